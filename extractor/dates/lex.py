"""The dates lexicon (`lexicons/dates.json`) as look-up tables and regex alternations.

Every word list the grammar uses is read here once. This is also the one
place the dates package takes number helpers from (`..numbers`), so that a
move of that module is a one-line change.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import lexicons
from ..figures.numbers import parse_digits, word_forms, words_value  # noqa: F401  (the dates package's only number import)

LEX = lexicons.table("dates.json")


def fold(s: str) -> str:
    return s.replace("ё", "е").replace("Ё", "Е")


def alt(words) -> str:
    """A regex alternation of word forms as a trie, so a failing position costs one
    character test instead of one per word; longer forms are tried first (`года` before `год`)."""
    trie: dict = {}
    for w in {fold(w).lower() for w in words}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(sub) for ch, sub in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def index(table) -> dict:
    """{key: [forms]} → {form: key} (keys starting with `_` are notes)."""
    return {fold(f).lower(): k for k, forms in table.items() if not k.startswith("_") for f in forms}


_SPACES = re.compile(r"\s+")


def low(s: Optional[str]) -> str:
    """A matched piece, lower case, ё as е, single spaces."""
    return _SPACES.sub(" ", fold(s).lower()) if s else ""


MONTH_OF = {f: int(k) for f, k in index(LEX["months"]).items()}
MONTH_ABBR_OF = {f: int(k) for f, k in index(LEX["month_abbreviations"]).items()}
WEEKDAY_OF = {f: int(k) for f, k in index(LEX["weekdays"]).items()}
WEEKDAY_ABBR_OF = {f: int(k) for f, k in index(LEX["weekday_abbreviations"]).items()}
SEASON_OF = {fold(f): tuple(LEX["seasons"][k][1]) for k in LEX["seasons"] for f in LEX["seasons"][k][0]}
UNIT_OF = index(LEX["units"])
ORDINAL_OF = {f: int(k) for f, k in index(LEX["ordinals"]).items()}
YEAR_HALF_OF = {f: int(k) for f, k in index(LEX["year_halves"]).items()}
DEICTIC_OF = {f: int(k) for f, k in index(LEX["deictic_words"]).items()}
DAYWORD_OF = {f: int(k) for f, k in index(LEX["day_words"]).items()}
WEEKEND_DEICTIC_OF = {f: int(k) for f, k in index(LEX["weekend_deictic"]).items()}
HOUR_PREFIX = LEX["hour_adjective_prefixes"]
DEICTIC_UNIT_OF = index(LEX["deictic_units"])


def month_of(word: str) -> int:
    """The month of a full or short month name (`августа`, `авг.`, `Авг`)."""
    w = low(word).rstrip(".")
    return MONTH_OF.get(w) or MONTH_ABBR_OF[w]


def number(s: str) -> Optional[float]:
    """A number in digits or words (`10`, `3,5`, `10-и`, `двух`), or None."""
    s = re.sub(r"(?<=\d)-?[хи]$", "", s.strip())   # `10-и`, `80-х`
    v = parse_digits(s)
    if v is not None:
        return v
    w = words_value(s)
    return w[0] if w else None


def number_words():
    """Every form of a cardinal numeral word (not scale words): what `NUM` reads in words."""
    return [w for w, v in word_forms().items() if v.kind != "scale" and re.fullmatch(r"[а-я]+", w)]
