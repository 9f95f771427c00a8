"""What a figure measures, as a nominative noun phrase: the subject of `составил` before
it, a `мощностью`-like noun before it, `штраф в размере …`, or a genitive after it."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import morph
from .tokens import Found, Sent, Tok
from .units import lex, lexicon_lemmas
from .counts import is_named, is_proper, lemma_of


def subject(s: Sent, f: Found) -> Optional[str]:
    """What a figure measures, as a nominative phrase: the subject of `составил`/`достиг`
    before it, a `мощностью`-like noun right before it, or a genitive noun right after it."""
    if f.kind == "count":
        return None
    return _subject_of_verb(s, f.i) or _measure_noun(s, f.i) or _amount_of(s, f.i) or _genitive_after(s, f.j)


def shared_subject(s: Sent, prev: Optional[Found], f: Found) -> Optional[str]:
    """`Производство выросло на 4,5% и составило 88,7 млрд кВт·ч`: a second verb joined by `и`
    shares the subject of the figure before it."""
    if prev is None or f.kind == "count" or not 1 < f.i - prev.j <= 3 or s.toks[prev.j].low != "и":
        return None
    return prev.subject if _measuring_verb(s.toks[f.i - 1]) is not None else None


def _amount_of(s: Sent, i: int) -> Optional[str]:
    """`штраф в размере 500 млн долларов` → `штраф`."""
    toks = s.toks
    for phrase in lex().words["amount_phrases"]:
        words = phrase.split()
        k = i - len(words)
        if k > 0 and [t.low for t in toks[k:i]] == words and toks[k - 1].kind == "word":
            ps = morph.parses(toks[k - 1].text)
            if ps[0].tag.POS == "NOUN" and not is_proper(toks[k - 1].text):
                f = ps[0].inflect({"nomn"})
                return (f.word if f else ps[0].normal_form).replace("ё", "е")
    return None


def _subject_of_verb(s: Sent, i: int) -> Optional[str]:
    toks = s.toks
    k = i - 1
    while k >= 0 and toks[k].low in lex().words["subject_skip"]:
        k -= 1
    if k > 0 and toks[k].text in ("—", "–") and toks[k - 1].kind == "word":
        verb = None                          # `Длина границы — 2 356 км`: the dash stands for the verb
    elif k < 0 or toks[k].kind != "word":
        return None
    else:
        verb = _measuring_verb(toks[k])
        if verb is None:
            return None
    m = k - 1
    while m >= max(0, k - 10):
        t = toks[m]
        if t.kind == "num":
            m -= 1
            continue
        if t.kind != "word":
            return None
        p = _nominative_noun(t, verb)
        if p is not None and not _after_preposition(s, m) and not _dependent(s, m, p):
            return _phrase(s, m, p)
        m -= 1
    return None


def _measuring_verb(t: Tok):
    """The parse of a verb whose subject is what the figure measures: `составил`, `достигнет`,
    an intransitive change (`выросли`), a passive (`сохранена`); not `правительство выделит`."""
    return _measuring_verb_parse(t.text)


@lru_cache(maxsize=50_000)
def _measuring_verb_parse(word: str):
    for p in morph.parses(word):
        if p.tag.POS not in ("VERB", "PRTS", "PRTF"):
            continue
        lemma = p.normal_form.replace("ё", "е")
        if lemma in lex().words["subject_verbs"] or p.tag.POS == "PRTS":
            return p
        if lemma in lex().words["change_words"] and (p.tag.POS == "PRTS" or "tran" not in p.tag):
            return p
    return None


def _dependent(s: Sent, m: int, p) -> bool:
    """A noun right after another noun (adjectives between allowed), and not nominative at first
    sight, is its genitive (`уровень газификации`, `объем промышленного производства`), not the subject."""
    k = m - 1
    while k > 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS in ("ADJF", "PRTF"):
        k -= 1
    prev = s.toks[k] if k >= 0 else None
    top = morph.parses(s.toks[m].text)[0].tag
    return prev is not None and prev.kind == "word" and morph.parses(prev.text)[0].tag.POS == "NOUN" \
        and (top.case != "nomn" or "Fixd" in top)


def _after_preposition(s: Sent, m: int) -> bool:
    k = m - 1
    while k >= 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS == "ADJF":
        k -= 1
    return k >= 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS == "PREP"


def _nominative_noun(t: Tok, verb=None):
    """A nominative parse of a noun that agrees with the verb in number (and gender, in the past)."""
    if verb is None:
        return _nominative_noun_of(t.text, None, None)
    return _nominative_noun_of(t.text, verb.tag.number, verb.tag.gender)


@lru_cache(maxsize=50_000)
def _nominative_noun_of(word: str, number: Optional[str], gender: Optional[str]):
    ps = morph.parses(word)
    if not ps or ps[0].tag.POS != "NOUN" or word[0].isupper() and is_named(word):
        return None
    for p in ps:
        if p.tag.POS != "NOUN" or p.tag.case != "nomn" or any(g in p.tag for g in ("Name", "Surn", "Patr")):
            continue
        if lemma_of(p) in lex().words["time_nouns"]:
            continue                         # `на 15 августа — 97,5 рубля`: a date is no subject
        if number and p.tag.number and number != p.tag.number:
            continue
        if gender and p.tag.gender and gender != p.tag.gender:
            continue
        return p
    return None


def _phrase(s: Sent, m: int, head) -> str:
    """The head noun with the agreeing adjectives before it and one genitive noun after it."""
    toks = s.toks
    words = [head.word]
    k = m - 1
    while k >= 0 and toks[k].kind == "word":
        if toks[k].low == "и" and len(words) > 1 and k > 0:
            k -= 1                           # `налоговые и иные обязательные платежи`
            words.insert(0, "и")
            continue
        ps = morph.parses(toks[k].text)
        adj = next((p for p in ps if p.tag.POS == "ADJF" and p.tag.case == "nomn"
                    and (p.tag.number == head.tag.number)), None)
        if adj is None or ps[0].tag.POS != "ADJF":
            break
        words.insert(0, adj.word)
        k -= 1
    if words[0] == "и":
        words.pop(0)
    # one genitive group after the head: `уровень газификации`, `индекс физического объема`
    k, tail = m + 1, []
    while k < len(toks) and toks[k].kind == "word" and len(tail) < 3:
        ps = morph.parses(toks[k].text)
        if ps[0].tag.case != "gent" or is_proper(toks[k].text):
            break
        tail.append(toks[k].low)
        if ps[0].tag.POS == "NOUN":
            words += tail
            break
        if ps[0].tag.POS not in ("ADJF", "PRTF"):
            break
        k += 1
    return " ".join(words).lower().replace("ё", "е")


def _measure_noun(s: Sent, i: int) -> Optional[str]:
    """`электростанция мощностью 1 ГВт` → `мощность`."""
    if i == 0 or s.toks[i - 1].kind != "word":
        return None
    got = lexicon_lemmas(s.toks[i - 1]) & lex().words["subject_nouns"]
    return min(got).replace("ё", "е") if got else None


def _genitive_after(s: Sent, j: int) -> Optional[str]:
    """`188,2 млрд тенге инвестиций` → `инвестиции`, `6,5 ГВт новых мощностей` → `новые мощности`
    (nominative, number kept)."""
    adjs = []
    for k in range(j, min(j + 4, len(s.toks))):
        t = s.toks[k]
        if t.kind != "word" or t.text[0].isupper():
            return None
        p = morph.parses(t.text)[0]
        if p.tag.case != "gent" or p.tag.POS not in ("NOUN", "ADJF", "PRTF"):
            return None
        if p.tag.POS != "NOUN":
            adjs.append(t.text)
            continue
        return morph.nominative_group(adjs, t.text).replace("ё", "е")
    return None
