"""Figures named by their neighbours: an item of an elliptical list (`пшеницы — 1,38 млн тонн,
ячменя — 512 тыс. тонн`), a figure that goes on from the one before it and shares its subject
(`Производство выросло на 4,5% и составило …`, `индекс составил 103,8%, в обрабатывающих отраслях —
105,1%`, `направлено 4,3 млрд рублей, а с начала года — 6,8 млрд`), one that compares the one
before it (`…, что на 4,2% больше`)."""
from __future__ import annotations

from typing import Optional

from .. import morph
from .counts import is_proper, lemma_of
from .lexicon import lex
from .numbers import word
from .phrases import measuring_verb
from .tokens import Found, Sent

DASHES = ("—", "–", "-")
# what may open the words between a figure and the dash of the next one that goes on from it
_GOES_ON = {"а", "и", "в", "во", "на", "по", "среди", "для", "из", "у", "с", "со", "за"}


def listed(s: Sent, f: Found) -> Optional[str]:
    """`В структуре урожая пшеницы — 1,38 млн тонн, ячменя — 512 тыс. …`, `овец и коз — 780 тыс.`:
    the genitive noun (its adjectives, a second one after `и`) right before the figure's dash,
    in the nominative. Not a time word (`с начала года — 6,8 млрд`), nor a name."""
    toks, i = s.toks, f.i
    if i < 2 or toks[i - 1].text not in DASHES or toks[i - 2].kind != "word":
        return None
    nouns, k = [], i - 2
    while k >= 0 and toks[k].kind == "word":
        head = _genitive_noun(toks[k].text)
        if head is None:
            break
        adjs, m = [], k - 1
        while m >= 0 and toks[m].kind == "word" and _genitive_adjective(toks[m].text):
            adjs.insert(0, toks[m].text)
            m -= 1
        nouns.insert(0, morph.nominative_group(adjs, toks[k].text, "gent"))
        if m > 0 and toks[m].low == "и" and len(nouns) == 1:
            k = m - 1                        # `овец и коз`
            continue
        break
    if not nouns:
        return None
    return " и ".join(nouns).replace("ё", "е")


def _genitive_noun(w: str):
    ps = morph.cyr_parses(w)
    if not ps or ps[0].tag.POS != "NOUN" or is_proper(w) or word(w):
        return None
    p = next((p for p in ps if p.tag.POS == "NOUN" and p.tag.case == "gent"), None)     # `коз`: accs = gent
    if p is None or lemma_of(p) in lex().words["time_nouns"] or lemma_of(p) in lex().words["not_counted"]:
        return None
    return p


def _genitive_adjective(w: str) -> bool:
    ps = morph.cyr_parses(w)
    return bool(ps) and ps[0].tag.POS in ("ADJF", "PRTF") and "Apro" not in ps[0].tag \
        and any(p.tag.case == "gent" and p.tag.POS == ps[0].tag.POS for p in ps)


def shared_subject(s: Sent, prev: Optional[Found], f: Found) -> Optional[str]:
    """A figure that goes on from the one before it shares its subject: a second verb joined by `и`
    (`Производство выросло на 4,5% и составило 88,7 млрд кВт·ч`), the end of a change
    (`доходы выросли с 63 до 97 миллиардов`), a change in brackets after it (`3,4 млрд долларов
    (+12,5%)`), a part or a later span of it after a comma and before a dash (`составил 103,8%, в
    обрабатывающих отраслях — 105,1%`, `направлено 4,3 млрд рублей, а с начала года — 6,8 млрд`)."""
    if prev is None or f.kind == "count" or prev.j > f.i:
        return None
    toks, gap = s.toks, f.i - prev.j
    if gap == 1 and toks[prev.j].low in ("до", "-", "–", "—", "("):
        return prev.subject                  # `с 63 до 97 млрд`, `3,4 млрд долларов (+12,5%)`
    if gap == 2 and toks[prev.j].text in (",", "-", "–", "—") and toks[prev.j + 1].low == "до":
        return prev.subject                  # `снизился на 1,2 п.п. — до 8,1%`, `выросли на 12,4%, до 1,1 трлн`
    if 1 < gap <= 3 and toks[prev.j].low == "и" and measuring_verb(toks[f.i - 1]) is not None:
        return prev.subject
    at = max(prev.j, prev.end)
    gap = f.i - at
    if 3 <= gap <= 9 and toks[at].text == "," and toks[at + 1].low in _GOES_ON and toks[f.i - 1].text in DASHES \
            and all(t.kind == "word" or t.kind == "num" or t.text in DASHES for t in toks[at + 1:f.i - 1]) \
            and prev.kind == f.kind:
        return prev.subject                  # `…, в обрабатывающих отраслях — 105,1%`
    if 3 <= gap <= 8 and toks[at].text == "," and [t.low for t in toks[at + 1:at + 3]] in (["из", "них"], ["в", "том"]) \
            and prev.kind == f.kind:
        return prev.subject                  # `выделено 3,9 млрд руб., из них в этом году освоено 2,35 млрд`
    return None


def same_thing(s: Sent, f: Found) -> bool:
    """`…, что на 4,2% больше`, `Это на 1,7% больше`: the figure compares the one before it."""
    toks, i = s.toks, f.i
    if i >= 2 and toks[i - 1].low in ("что", "это") and toks[i - 2].text == ",":
        return True                          # `…, что на 4,2% больше`, `1,3 млн тонн грузов, это на 18% больше`
    return i == 1 and toks[0].low in ("это", "что")
