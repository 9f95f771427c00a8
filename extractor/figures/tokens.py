"""Tokens of a sentence, and the small records the figure grammar passes around.

`Tok` is a word, a number in digits (with a case ending: `13-ю`), a symbol,
or junk (letters glued to digits: `HTML5`). `Sent` is one sentence's tokens
with offsets into the whole text; `Num` a number read at a token; `Found` a
figure being built (kind, value, unit, qualifier, span in tokens).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from .numbers import DIGITS, Word


# a number in digits may carry a case ending (`13-ю`, `24-х`) or an
# adjectival measure (`1600-километрового`); letters glued to it (`HTML5`,
# `5G`) make it a code, read as one junk token
_TOKEN_RE = re.compile(
    r"(?P<num>(?<![\w.,])(?:%s)(?![.,]?\d)(?:-(?P<suf>[а-яёА-ЯЁ]+))?)(?![^\W_])"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)"
    r"|(?P<junk>\w+)"
    r"|(?P<sym>\S)" % DIGITS)


DASHES = {"-", "–", "—", "‒", "−"}


@dataclass(slots=True)
class Tok:
    start: int
    stop: int
    text: str
    kind: str             # num, word, junk, sym
    suffix: str = ""      # the case ending or adjective after `-`
    low: str = ""         # lowercase, ё as е

    def __post_init__(self):
        self.low = self.text.lower().replace("ё", "е")


def tokenize(text: str, start: int, stop: int) -> List[Tok]:
    out = []
    for m in _TOKEN_RE.finditer(text, start, stop):
        kind = m.lastgroup if m.lastgroup != "suf" else "num"
        if m.group("num"):
            kind = "num"
        out.append(Tok(m.start(), m.end(), m.group(), kind, (m.group("suf") or "").lower()))
    return out


@dataclass
class Num:
    i: int                # first token
    j: int                # one past the last token
    value: float
    scaled: bool = False  # a scale word was read (`млн`)
    words: bool = False   # written in words
    first: Optional[Word] = None   # the first numeral word, when in words
    scale: float = 1.0    # the scale word's value (`млн` → 1e6), 1 without one


@dataclass
class Found:
    i: int
    j: int
    kind: str
    value: float
    value_max: Optional[float] = None
    unit: Optional[str] = None        # None: elided, taken from a neighbour
    unit_text: Optional[str] = None
    qualifier: Optional[str] = None
    subject: Optional[str] = None
    bare: bool = False
    scale: float = 1.0


@dataclass
class Sent:
    text: str             # the whole document text (offsets are absolute)
    toks: List[Tok]
    start: int
    stop: int
    stems: frozenset = frozenset()        # the context stems the document contains
    quoted: List[Tuple[int, int]] = field(default_factory=list)


ELIDED = ""


def word_before(s: Sent, i: int) -> str:
    return s.toks[i - 1].low if i > 0 else ""


def match_words(toks, k, words) -> Optional[int]:
    for w in words:
        if k >= len(toks) or toks[k].low != w:
            return None
        k += 1
    return k
