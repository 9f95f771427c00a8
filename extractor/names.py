"""Names in the nominative: `Бейбита Исабаева` → `Бейбит Исабаев`.

First version: single-word names through pymorphy3's nominative; longer
names are kept as written. (Issue 5 takes this to the bar.)
"""
from __future__ import annotations

from .document import NerSpan
from . import morph


def _restore_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    return word


def normalize(span: NerSpan) -> str:
    words = span.text.split()
    if len(words) == 1 and words[0].isalpha():
        w = words[0]
        nom = morph.inflect(w, {"nomn"}, lambda p: p.tag.POS == "NOUN")
        if nom:
            return _restore_case(nom, w)
    return span.text
