"""Reading a number in a sentence's tokens: digits or words, with their scale word.

`188,2 млрд`, `двух тысяч`, `1 млрд 200 млн`; a scale word alone when it is
singular (`около тысячи`, `миллиарда рублей`).
"""
from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Optional

from .. import morph
from .numbers import parse_digits, read_words, word
from .tokens import Num, Sent, Tok, word_before
from .lexicon import glued_scales, lex, lexicon_lemmas
from .units import match_unit


_NON_DIGIT = re.compile(r"\D")


_MAX_DIGITS = 18          # longer digit runs are not figures (and overflow floats)
_WORDS_SPAN = 400         # the most characters a number in words is read from


def scale_of(t: Tok) -> Optional[float]:
    if t.kind != "word":
        return None
    w = word(t.text)
    return w.value if w and w.kind == "scale" else None


def _glued_scale(t: Tok, nxt: Tok) -> Optional[float]:
    """`100к`, `$10К`, `1.2М`: a thousand or a million glued to the digits (`М` in capitals only)."""
    if nxt.start != t.stop or nxt.kind != "word":
        return None
    return glued_scales().get(nxt.text) or glued_scales().get(nxt.low)


def read_number(s: Sent, i: int) -> Optional[Num]:
    """The number starting at token i, scale word included: `188,2 млрд`, `двух тысяч`."""
    t = s.toks[i]
    if t.kind == "num":
        raw = t.text.split("-")[0]
        if len(raw) > _MAX_DIGITS and len(_NON_DIGIT.sub("", raw)) > _MAX_DIGITS:
            return None
        v = parse_digits(raw)
        if v is None or not math.isfinite(v):
            return None
        n = Num(i, i + 1, v)
        if not t.suffix and i + 1 < len(s.toks):
            sc = scale_of(s.toks[i + 1])
            glued = None if sc else _glued_scale(t, s.toks[i + 1])
            if sc or glued:
                n.value, n.j, n.scaled, n.scale = multiply(v, sc or glued), i + 2, True, sc or glued
                n.glued = bool(glued)
                _compound(s, n)
        return n
    if t.kind == "word" and word(t.text):
        got = read_words(s.text[t.start:min(s.stop, t.start + _WORDS_SPAN)])
        if got is None:
            return None
        end = t.start + got.chars
        j = i
        while j < len(s.toks) and s.toks[j].stop <= end:
            j += 1
        n = Num(i, j, got.value, got.scale > 1, True, got.first, got.scale)
        if n.scaled:
            _compound(s, n)
        return n
    return None


def _compound(s: Sent, n: Num) -> None:
    """`1 млрд 200 млн`, `три триллиона 200 миллиардов`, `1 триллион двести миллиардов`: a smaller
    scaled number right after a scaled one, in digits or in words, adds to it."""
    toks = s.toks
    while True:
        k = n.j
        if k < len(toks) and toks[k].text == "." and toks[k].start == toks[k - 1].stop:
            k += 1
        if k >= len(toks):
            return
        t = toks[k]
        if t.kind == "num" and not t.suffix and k + 1 < len(toks):
            sc, v = scale_of(toks[k + 1]), parse_digits(t.text)
            if v is None or not sc and not (t.text.isdigit() and _unit_follows(s, k + 1)):
                return                       # `125 тысяч 500 тенге`, `5 тысяч 200 человек`
            add, j = (multiply(v, sc), k + 2) if sc else (v, k + 1)
        elif t.kind == "word" and word(t.text):
            got = read_words(s.text[t.start:min(s.stop, t.start + _WORDS_SPAN)])
            if got is None or not got.whole:
                return
            add, sc, j = got.value, got.scale if got.scale > 1 else None, k
            while j < len(toks) and toks[j].stop <= t.start + got.chars:
                j += 1
            if sc is None and not _unit_follows(s, j):
                return
        else:
            return
        if not ((sc or 1) < n.scale and add < n.scale):
            return
        n.value, n.j = n.value + add, j
        if sc is None:
            return                           # a plain number ends the compound
        n.scale = sc


def _unit_follows(s: Sent, j: int) -> bool:
    """Whether a unit or a noun (not a date's: `5 млн 2023 года`) follows token j-1."""
    if j >= len(s.toks) or s.toks[j].kind != "word" or lexicon_lemmas(s.toks[j]) & lex().words["time_nouns"]:
        return False
    return match_unit(s, j) is not None or morph.parses(s.toks[j].text)[0].tag.POS in ("NOUN", "ADJF", "PRTF")


def multiply(v: float, scale: float) -> float:
    """`17,1 трлн` → 17100000000000.0 exactly, not 17100000000000.002."""
    return float(Decimal(repr(v)) * Decimal(repr(scale)))


def read_bare_scale(s: Sent, i: int) -> Optional[Num]:
    """`триллиона`, `десятка` alone: one of it, when the form is singular (`тысячи` may be plural)."""
    t = s.toks[i]
    if t.kind != "word":
        return None
    w = word(t.text)
    if not w or w.kind not in ("scale", "tens_noun") or len(t.text) <= 4:
        return None                          # `млрд` alone is no figure; `миллиарда` is one
    ps = morph.parses(t.text)
    if not ps or plural_numeral(t) and not after_qualifier(s, i):
        return None                          # `тысячи людей` is vague; `около тысячи` is 1000
    return Num(i, i + 1, w.value, w.kind == "scale", True, w, w.value if w.kind == "scale" else 1.0)


def plural_numeral(t: Tok) -> bool:
    return any("plur" in p.tag for p in morph.parses(t.text) if p.normal_form in _NUMERAL_NOUNS)


def after_qualifier(s: Sent, i: int) -> bool:
    return word_before(s, i) in lex().qualifiers or word_before(s, i) == "до"


_NUMERAL_NOUNS = {"тысяча", "миллион", "миллиард", "триллион", "квадриллион", "десяток", "дюжина", "сотня"}
