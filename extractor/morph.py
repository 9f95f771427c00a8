"""pymorphy3, loaded once, with cached look-ups.

All morphology in the project goes through here (natasha's own MorphVocab
needs pymorphy2, which no longer starts on Python 3.12+).
"""
from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

_MORPH = None


def analyzer() -> pymorphy3.MorphAnalyzer:
    global _MORPH
    if _MORPH is None:
        _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


@lru_cache(maxsize=200_000)
def parses(word: str):
    """pymorphy3's parses of a word (lowercased), cached."""
    return tuple(analyzer().parse(word.lower()))


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The normal form of the most likely parse."""
    p = parses(word)
    return p[0].normal_form if p else word.lower()


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> frozenset:
    """Every normal form pymorphy3 gives a word."""
    return frozenset(p.normal_form for p in parses(word)) or frozenset([word.lower()])


def tag_has(word: str, *grammemes) -> bool:
    """Whether any parse of the word carries all these grammemes."""
    return any(all(g in p.tag for g in grammemes) for p in parses(word))


def inflect(word: str, grammemes: set, parse_filter=None):
    """The first parse of `word` (passing `parse_filter`) inflected into `grammemes`, or None."""
    for p in parses(word):
        if parse_filter and not parse_filter(p):
            continue
        f = p.inflect(grammemes)
        if f is not None:
            return f.word
    return None


CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+(?:-[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+)*")


# pymorphy3 only ever sees Cyrillic words (it fails on some other scripts)
@lru_cache(maxsize=200_000)
def cyr_parses(word: str):
    """`parses`, or () for a word that is not all Cyrillic letters."""
    return parses(word) if CYRILLIC_WORD.fullmatch(word) else ()


@lru_cache(maxsize=200_000)
def cyr_has(word: str, *grammemes) -> bool:
    """`tag_has` for Cyrillic words; False for any other."""
    return bool(CYRILLIC_WORD.fullmatch(word)) and tag_has(word, *grammemes)


@lru_cache(maxsize=10_000)
def place_name(word: str) -> bool:
    """A dictionary word (in any letter case) whose likeliest reading is a place's name, not an
    abbreviation (`Омск`, `ОМСК`, `Новгород`; not `СНГ`)."""
    ps = cyr_parses(word.capitalize())
    return bool(ps) and analyzer().word_is_known(word.lower()) and "Geox" in ps[0].tag and "Abbr" not in ps[0].tag


@lru_cache(maxsize=200_000)
def cyr_lemmas(word: str) -> frozenset:
    """`lemmas` for Cyrillic words; the lower-cased word itself for any other."""
    return lemmas(word) if CYRILLIC_WORD.fullmatch(word) else frozenset([word.lower()])


def cyr_inflect(word: str, grammemes: set, parse_filter=None):
    """`inflect` for Cyrillic words; None for any other."""
    return inflect(word, grammemes, parse_filter) if CYRILLIC_WORD.fullmatch(word) else None


@lru_cache(maxsize=None)
def forms_of(lemmas: frozenset) -> frozenset:
    """Every lower-case form of these words' lexemes, with ё also as е: a set look-up that says
    a word cannot have one of these lemmas, before any parse (most words of a text cannot).
    Cached: names and positions ask for the same title words."""
    out = set()
    for lemma in lemmas:
        out.add(lemma.lower())
        ps = [p for p in parses(lemma) if p.normal_form == lemma.lower()] or list(parses(lemma))[:1]
        for p in ps:
            out.update(f.word for f in p.lexeme)
    return frozenset(out | {w.replace("ё", "е") for w in out})


def nominative_group(adjectives, noun: str, case: str = "gent") -> str:
    """Adjectives and the noun they agree with, in the nominative: the noun keeps its number
    (of its reading in `case` first), the adjectives take the noun's number and gender
    (`арендного жилья` → `арендное жильё`, `новых мощностей` → `новые мощности`)."""
    ps = [p for p in cyr_parses(noun) if p.tag.POS == "NOUN"]
    p = next((x for x in ps if x.tag.case == case), ps[0] if ps else None)
    if p is None:
        return " ".join(list(adjectives) + [noun.lower()])
    number = p.tag.number or "sing"
    f = p.inflect({"nomn", number})
    head = f.word if f else noun.lower()
    want = {"nomn", number} | ({f.tag.gender} if f is not None and number == "sing" and f.tag.gender else set())
    words = [cyr_inflect(a, want, lambda x: x.tag.POS in ("ADJF", "PRTF"))
             or cyr_inflect(a, {"nomn", number}, lambda x: x.tag.POS in ("ADJF", "PRTF")) or a.lower()
             for a in adjectives]
    return " ".join(words + [head])
