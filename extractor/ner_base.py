"""Word helpers the NER rules share: a word's key and lemmas, matching a lexicon entry
whatever its ending, the legal forms, cutting tokens out of mentions."""
from __future__ import annotations

from functools import lru_cache
from typing import List, Tuple

from . import morph
from .lexicons import words

OPEN_QUOTES = "«„“"
CLOSE_QUOTES = "»“”"


def key(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=100_000)
def forms(word: str) -> frozenset:
    """A token's lowercase text and its lemmas: what lexicon words match."""
    w = key(word)
    if not any(c.isalpha() for c in w):
        return frozenset([w])
    return frozenset([w]) | frozenset(key(x) for x in morph.lemmas(w))


def stem_match(token: str, entry: str) -> bool:
    """`Акорду` ~ `акорда`, `Европейского` ~ `европейский`: the same word but
    for an ending of up to three letters (exact for short words)."""
    t = key(token)
    if t == entry:
        return True
    if len(entry) < 4:
        return False
    base = entry[:-2] if entry.endswith(("ий", "ый", "ой", "ая")) else entry[:-1] if entry[-1] in "аяоеиыьй" else entry
    return t.startswith(base) and len(t) - len(base) <= 3


@lru_cache(maxsize=None)
def all_forms(lemmas: Tuple[str, ...]) -> frozenset:
    """Every form of these words (lowercase): lists match by text, no parse per token."""
    out = set()
    for lemma in lemmas:
        out.add(lemma)
        for p in morph.parses(lemma):
            if p.normal_form == lemma:
                out.update(key(f.word) for f in p.lexeme)
    return frozenset(out)


@lru_cache(maxsize=None)
def legal_forms() -> frozenset:
    return frozenset(words("ner-legal-forms.txt"))


def without(mentions, i, j):
    """Mentions with tokens i..j removed (cut, not dropped, when they reach outside)."""
    out = []
    for a, b, kind in mentions:
        if b <= i or a >= j:
            out.append([a, b, kind])
            continue
        if a < i:
            out.append([a, i, kind])
        if b > j:
            out.append([j, b, kind])
    return out
