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
    r"|(?P<junk>\d+(?:[.,]\d+)?[^\W\d_]\w*|\w+)"
    r"|(?P<sym>\S)" % DIGITS)


DASHES = {"-", "–", "—", "‒", "−"}


class Tok:
    """One token: `kind` is num, word, junk or sym; `suffix` the case ending or adjective after a
    number's `-` (`13-ю`); `low` the text lowercased, ё as е."""
    __slots__ = ("start", "stop", "text", "kind", "suffix", "low")

    def __init__(self, start: int, stop: int, text: str, kind: str, suffix: str = ""):
        self.start, self.stop, self.text, self.kind, self.suffix = start, stop, text, kind, suffix
        self.low = text.lower().replace("ё", "е")

    def __repr__(self):
        return "Tok(%d, %d, %r, %s)" % (self.start, self.stop, self.text, self.kind)


def tokenize(text: str, start: int, stop: int, glued=None, numerals=frozenset()) -> List[Tok]:
    """The tokens of text[start:stop]. `glued` = (after, before): letters glued after digits
    (`10руб`, `100к`, `43ц`) or before them (`USD3.14`; `Т178 млрд` only with a scale word after:
    before maps the letters to whether a scale must follow) split off as words of their own;
    other letters glued to digits make junk (`HTML5`, `5G`). A hyphenated word of `numerals`
    (`двух-трех`, `тридцать-пять`) is its words and its hyphens."""
    out = []
    junk = False
    for m in _TOKEN_RE.finditer(text, start, stop):
        kind = m.lastgroup
        if kind == "suf" or kind == "num":
            suf = m.group("suf")
            out.append(Tok(m.start(), m.end(), m.group(), "num", suf.lower() if suf else ""))
            continue
        if kind == "junk" and glued is not None:
            junk = True
            g = _GLUED_RE.fullmatch(m.group())
            if g and (g.group("w") in glued[0] or g.group("w").lower().replace("ё", "е") in glued[0]):
                a, b = m.start(), m.start() + len(g.group("n"))
                out += [Tok(a, b, g.group("n"), "num"), Tok(b, m.end(), g.group("w"), "word")]
                continue
        elif kind == "word" and "-" in m.group() and numerals:
            parts = m.group().split("-")
            if all(p.lower().replace("ё", "е") in numerals for p in parts):
                a = m.start()
                for n, p in enumerate(parts):
                    if n:
                        out.append(Tok(a, a + 1, "-", "sym"))
                        a += 1
                    out.append(Tok(a, a + len(p), p, "word"))
                    a += len(p)
                continue
        out.append(Tok(m.start(), m.end(), m.group(), kind))
    return _glued_before(text, out, glued[1]) if junk else out     # digits glued after letters are junk


_GLUED_RE = re.compile(r"(?P<n>\d+(?:[.,]\d+)?)(?P<w>[^\W\d_]+)")
_NUM_AT_RE = re.compile(r"\d+(?:[.,]\d+)?(?!\w)")
_SCALE_AFTER_RE = re.compile(r"\s?(?:тыс|млн|млрд|трлн)")


def _glued_before(text: str, toks: List[Tok], before) -> List[Tok]:
    """`USD3.14`, `Rs20`, `Т178 млрд`: the digits after a currency word glued to them are a number;
    `м3`, `км2` (a unit with its power in digits) are one word."""
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        out.append(t)
        i += 1
        if t.kind != "word" or i == len(toks) or toks[i].start != t.stop:
            continue
        m = _NUM_AT_RE.match(text, t.stop)
        if m is None:
            continue
        if (t.low + m.group()) in before.get("", ()):
            out[-1] = Tok(t.start, m.end(), text[t.start:m.end()], "word")
        else:
            need = before.get(t.text, before.get(t.low))
            if need is None or need and not _SCALE_AFTER_RE.match(text, m.end()):
                continue
            out.append(Tok(t.stop, m.end(), m.group(), "num"))
        while i < len(toks) and toks[i].start < m.end():
            i += 1
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
    glued: bool = False   # the scale is a letter glued to the digits (`100к`): it needs a unit


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
    unit_i: Optional[int] = None      # the unit as written: tokens unit_i…unit_j-1 (a sign before the number)
    unit_j: Optional[int] = None
    end: int = 0                      # past the tokens read after the span (a rate's `за тонну`)


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
