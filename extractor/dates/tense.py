"""The tense of the verb nearest a mention: `в пятницу прошел` (past) vs `в пятницу пройдет` (future)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..morph import CYRILLIC_WORD, cyr_parses


@lru_cache(maxsize=50_000)
def verb_tense(word: str) -> Optional[str]:
    """"past" or "future" for a finite verb (the present counts as future: `открывается в
    понедельник`, and so does the imperative: `приходите в субботу`), None for any other word
    (its likeliest parse decides)."""
    ps = cyr_parses(word.lower())
    if not ps or ps[0].tag.POS != "VERB":
        return None
    if ps[0].tag.mood == "impr":
        return "future"
    t = ps[0].tag.tense
    return "past" if t == "past" else "future" if t in ("futr", "pres") else None


def tense_near(tokens, pos: int) -> Optional[str]:
    """The tense of the finite verb nearest `pos` in a sentence's tokens; None when it has none."""
    best, dist = None, None
    for t in tokens:
        if not CYRILLIC_WORD.fullmatch(t.text):
            continue
        v = verb_tense(t.text)
        if v is None:
            continue
        d = abs(t.start - pos)
        if dist is None or d < dist:
            best, dist = v, d
    return best
