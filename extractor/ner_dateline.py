"""A news agency named in a dateline is an organisation: `АСТАНА, 15 октября – Kazinform.`,
`АЛМАТЫ, 12 фев — Sputnik.`, `АСТАНА. 22 июля. KAZINFORM – …`, `МОСКВА, 3 окт – РИА Новости.`

The dateline is read on one sentence's tokens: a place's name at its start, a comma or a
full stop, a day and a month (its year may follow), then the agency's one to three
capitalised words, after a dash and before the full stop or before a dash.
"""
from __future__ import annotations

from functools import lru_cache
from typing import List, Optional, Tuple

from .lexicons import table

DASHES = frozenset("-–—")


@lru_cache(maxsize=1)
def _months() -> frozenset:
    """Month names in every case and their short forms (lexicons/dates.json)."""
    lex = table("dates.json")
    words = set()
    for key in ("months", "month_abbreviations"):
        for k, forms in lex[key].items():
            if not k.startswith("_"):
                words.update(f.lower().replace("ё", "е") for f in forms)
    return frozenset(words)


def _cap(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def _date_end(tokens: List[str], k: int) -> int:
    """Past `15 октября [2025 [года|г]] [.]` from k, or k when there is none."""
    if not (k + 1 < len(tokens) and tokens[k].isdigit() and len(tokens[k]) <= 2
            and tokens[k + 1].lower().replace("ё", "е") in _months()):
        return k
    k += 2
    if k < len(tokens) and tokens[k] == ".":         # `фев.`
        k += 1
    if k < len(tokens) and tokens[k].isdigit() and len(tokens[k]) == 4:
        k += 1
        if k < len(tokens) and tokens[k].lower() in ("года", "г"):
            k += 1
    return k


def agency(tokens: List[str]) -> Optional[Tuple[int, int]]:
    """The tokens (from, to) of the agency a dateline opening these tokens names, or None."""
    if len(tokens) < 5 or not _cap(tokens[0]):
        return None
    k = 1
    while k < len(tokens) and k < 4 and _cap(tokens[k]) and tokens[k] not in DASHES:
        k += 1                                      # `НИЖНИЙ НОВГОРОД`, `УСТЬ-КАМЕНОГОРСК`
    if k >= len(tokens) or tokens[k] not in (",", "."):
        return None
    end = _date_end(tokens, k + 1)
    if end == k + 1:
        return None
    dash = end < len(tokens) and tokens[end] in DASHES
    a = end + 1 if dash else (end + 1 if end < len(tokens) and tokens[end] == "." else end)
    b = a
    while b < len(tokens) and b - a < 3 and _cap(tokens[b]):
        b += 1
    if b == a or b >= len(tokens):
        return None
    # `… – Kazinform.` (after a dash, closing the sentence) or `… KAZINFORM – …` (before a dash)
    if not (dash and tokens[b] == "." or not dash and tokens[b] in DASHES):
        return None
    return a, b


def agencies(tokens: List[str], mentions: List[list]) -> List[list]:
    """The agency's words of a dateline, an organisation (whatever the tagger said of them)."""
    span = agency(tokens)
    if span is None:
        return mentions
    a, b = span
    return [m for m in mentions if not (m[0] < b and a < m[1])] + [[a, b, "ORG"]]
