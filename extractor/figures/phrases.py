"""Noun phrases in a sentence's tokens, for naming figures: the verb whose subject a figure
measures (`составил`, `выросли`, a passive, an infinitive change), the nominative noun before it,
with its agreeing adjectives and one genitive group after it (`объем промышленного производства`,
`объем ВРП`); a noun that is a verb's object or another noun's genitive is none."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import morph
from .tokens import Sent, Tok
from .lexicon import lex, lexicon_lemmas
from .counts import is_named, is_proper, lemma_of


def is_object(s: Sent, m: int) -> bool:
    """Whether the noun at m, after its adjectives, follows a verb: it is its object
    (`превышает прошлогодний показатель на 4%`), not the figure's name."""
    k = m - 1
    while k >= 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS in ("ADJF", "PRTF"):
        k -= 1
    return k >= 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS in ("VERB", "INFN")


def skip_back(s: Sent, k: int) -> int:
    """Back from token k over the words between a verb and its figure: `уже`, `на`, `около`, and a
    date (`вырастет с 1 июля на 9,8%`)."""
    toks, L = s.toks, lex()
    while k >= 0:
        if toks[k].low in L.words["subject_skip"]:
            k -= 1
        elif lexicon_lemmas(toks[k]) & L.words["time_nouns"]:
            k -= 1
            while k >= 0 and toks[k].kind == "num":
                k -= 1                       # `1 июля`, `2024 года`
        else:
            break
    return k


def measuring_verb(t: Tok):
    """The parse of a verb whose subject is what the figure measures: `составил`, `достигнет`,
    an intransitive change (`выросли`), a passive (`сохранена`); not `правительство выделит`."""
    return _measuring_verb_parse(t.text)


@lru_cache(maxsize=50_000)
def _measuring_verb_parse(word: str):
    for p in morph.parses(word):
        if p.tag.POS not in ("VERB", "PRTS", "PRTF", "INFN"):
            continue
        lemma = p.normal_form.replace("ё", "е")
        if lemma in lex().words["subject_verbs"] or p.tag.POS == "PRTS":
            return p
        if lemma in lex().words["change_words"] and (p.tag.POS == "PRTS" or "tran" not in p.tag):
            return p
        if lemma in lex().words["change_words"] and p.tag.POS == "INFN":
            return p                         # `продукт удалось увеличить в 1,6 раза`: its object
    return None


def is_dependent(s: Sent, m: int, p) -> bool:
    """A noun right after another noun (adjectives between allowed), and not nominative at first
    sight but possibly genitive, is its genitive (`уровень газификации`, `объем промышленного
    производства`), not the subject (`в промышленности производство увеличилось` has one)."""
    k = m - 1
    while k > 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS in ("ADJF", "PRTF"):
        k -= 1
    prev = s.toks[k] if k >= 0 else None
    top = morph.parses(s.toks[m].text)[0].tag
    genitive = any(p.tag.case == "gent" for p in morph.parses(s.toks[m].text))
    return prev is not None and prev.kind == "word" and morph.parses(prev.text)[0].tag.POS == "NOUN" \
        and (top.case != "nomn" and genitive or "Fixd" in top)


def after_preposition(s: Sent, m: int) -> bool:
    k = m - 1
    while k >= 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS == "ADJF":
        k -= 1
    return k >= 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS == "PREP"


def nominative_noun(t: Tok, verb=None):
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


def noun_phrase(s: Sent, m: int, head) -> str:
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
        if not tail and ACRONYM.fullmatch(toks[k].text):
            words.append(toks[k].text)       # `объем ВРП`, `доля МСБ`: an acronym in the genitive
            break
        ps = morph.parses(toks[k].text)
        if ps[0].tag.case != "gent" or is_proper(toks[k].text) or "Apro" in ps[0].tag:
            break                            # not `часть которых`
        tail.append(toks[k].low)
        if ps[0].tag.POS == "NOUN":
            words += tail
            break
        if ps[0].tag.POS not in ("ADJF", "PRTF"):
            break
        k += 1
    return " ".join(w if ACRONYM.fullmatch(w) else w.lower() for w in words).replace("ё", "е")


ACRONYM = re.compile(r"[А-ЯЁ]{2,6}")
