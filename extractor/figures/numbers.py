"""Numbers as news writes them, in digits or in words, to values.

- digits: `1 250 000` (spaces, no-break and thin spaces as thousands
  separators), `112,4`, `112.4`, `2,5`;
- words in any case and gender: `пять`, `двадцать три`, `полтора`,
  `двух тысяч`, `пятью миллионами`, `один миллиард`, `двое`;
- scale words after either: `тыс.`, `млн`, `млрд`, `трлн`, `тысяч`,
  `миллионов` (`5 миллиардов`, `188,2 млрд`).

The word forms come from pymorphy3's lexemes of the lemmas in
`lexicons/numerals.json`, built once into a dictionary, so that scanning a
text costs a dictionary look-up per word.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from .. import lexicons
from ..morph import analyzer

# a number in digits: groups of three after spaces, or a decimal part
DIGITS = r"\d{1,3}(?:[ \u00a0\u202f\u2009](?=\d{3}(?!\d))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
DIGITS_RE = re.compile(r"(?<![\w.,])(?:%s)(?![\w])" % DIGITS)


SCALE_ABBREVIATIONS = frozenset(["тыс", "млн", "млрд", "трлн"])
_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")


def parse_digits(s: str) -> Optional[float]:
    """`1 250 000` → 1250000.0, `112,4` → 112.4; None if it is not a number."""
    s = _SPACES.sub("", s).replace(",", ".")
    if s.count(".") > 1:
        return None
    try:
        return float(s)
    except ValueError:
        return None


@dataclass(frozen=True)
class Word:
    value: float
    kind: str      # unit, collective, scale, tens_noun


@lru_cache(maxsize=1)
def word_forms() -> Dict[str, Word]:
    """Every inflected form of every numeral and scale word → its value and kind."""
    table = lexicons.table("numerals.json")
    morph = analyzer()
    out: Dict[str, Word] = {}
    for kind in ("units", "collective", "scales", "tens_nouns"):
        k = {"units": "unit", "scales": "scale", "tens_nouns": "tens_noun"}.get(kind, kind)
        for lemma, value in table[kind].items():
            out.setdefault(lemma, Word(value, k))
            if not re.fullmatch(r"[а-яё]+", lemma):
                continue
            # every reading of the lemma but abbreviations (`сто` is also СТО, a garage)
            for p in morph.parse(lemma):
                if p.normal_form != lemma or "Abbr" in p.tag:
                    continue
                for form in p.lexeme:
                    out.setdefault(form.word.replace("ё", "е"), Word(value, k))
    # forms pymorphy3 lacks or parses otherwise
    for form, lemma in (("полтора", "полтора"), ("полторы", "полтора"), ("полутора", "полтора"),
                        ("одна", "один"), ("одну", "один"), ("одно", "один"), ("одной", "один"),
                        ("две", "два"), ("двух", "два"), ("двум", "два"), ("двумя", "два"),
                        ("обе", "оба"), ("обоих", "оба")):
        base = table["units"].get(lemma, table["collective"].get(lemma))
        kind = "collective" if lemma in table["collective"] else "unit"
        out.setdefault(form, Word(base, kind))
    return out


def word(w: str) -> Optional[Word]:
    """The numeral value of one word form, or None (scale words beyond a trillion and
    `полмиллиона` included; `десятых`, `целых` are read only inside a number)."""
    w = w.lower().replace("ё", "е")
    return word_forms().get(w) or _more_forms().get(w)


@lru_cache(maxsize=1)
def numeral_forms() -> frozenset:
    """Every word form that may start a number: `word_forms` and `_more_forms`."""
    return frozenset(word_forms()) | frozenset(_more_forms())


@lru_cache(maxsize=1)
def _more_forms() -> Dict[str, Word]:
    """The forms `word_forms` leaves to `read_words`: quadrillions and beyond, `полмиллиона`."""
    table = lexicons.table("numerals.json")
    out: Dict[str, Word] = {}
    for lemma, value in table["large_scales"].items():
        for form in _lexeme(lemma):
            out.setdefault(form, Word(value, "scale"))
    for lemma, value in table["parts"].items():
        for form in _lexeme(lemma):
            out.setdefault(form, Word(value, "part"))
    for form, (value, scale) in table["half_scales"].items():
        out[form] = Word(value, "half:%g" % scale)
        out[form.replace("пол", "пол-", 1) if form.startswith("пол") else form] = Word(value, "half:%g" % scale)
    return out


@lru_cache(maxsize=1)
def _fraction_forms() -> Dict[str, Tuple[str, float]]:
    """`десятых` → (`denominator`, 10), `целых` → (`whole`, 1): the words of a written fraction."""
    table = lexicons.table("numerals.json")
    out: Dict[str, Tuple[str, float]] = {}
    for lemma, value in table["denominators"].items():
        for form in _lexeme(lemma):
            out.setdefault(form, ("denominator", value))
    for lemma in table["whole"]:
        for form in _lexeme(lemma):
            out.setdefault(form, ("whole", 1.0))
    return out


def _lexeme(lemma: str) -> List[str]:
    forms = {lemma}
    for p in analyzer().parse(lemma):
        if p.normal_form == lemma and "Abbr" not in p.tag:
            forms.update(f.word.replace("ё", "е") for f in p.lexeme)
    return sorted(forms)


@dataclass(frozen=True)
class Spoken:
    """A number written in words, read from the start of a text."""
    value: float
    chars: int                     # characters used (a scale abbreviation's dot included)
    scale: float = 1.0             # the last scale word's value: `пяти миллионов` → 1e6, 1 without
    whole: bool = True             # False for `две целых пять десятых`, `три с половиной`
    first: Optional[Word] = None   # the first numeral word


# number words, `пол-миллиона` the one hyphenated form; a dot after an abbreviation
_WORD_RE = re.compile(r"\s*(-?)((?:[Пп]ол-)?[А-Яа-яЁё]+)(\.?)")
_MAX_WORDS = 40


def words_value(text: str) -> Optional[Tuple[float, int]]:
    """The number written at the start of `text` in words: (value, characters used), or None.

    Reads numeral words (and scale words) as long as they form one number.
    """
    got = read_words(text)
    return (got.value, got.chars) if got else None


def read_words(text: str) -> Optional[Spoken]:
    """The number written at the start of `text` in words, or None.

    `двадцать один миллион семьдесят три` → 21000073; `три триллиона двести миллиардов` → 3.2e12
    (scales strictly decreasing); `полтора миллиона` → 1.5e6; `три с половиной` → 3.5;
    `две целых и пять десятых тысячи` → 2500; `одна целая двадцать три сотых миллиарда` → 1.23e9;
    `семьсот двадцать девять тысячных` → 0.729; `полмиллиона` → 5e5. A scale word alone
    (`тысячи`) is no number; `тысяча двести` is.
    """
    toks, pos = [], 0
    for m in _WORD_RE.finditer(text):
        if m.start() != pos or len(toks) == _MAX_WORDS:
            break
        if m.group(1) and not toks:
            break
        toks.append((m.group(2).lower().replace("ё", "е"), bool(m.group(3)), m.end(2), m.end(), bool(m.group(1))))
        pos = m.end()
    return _Reader(toks).read()


class _Reader:
    """One left-to-right pass over the words: integer groups and scales, then a fraction."""

    def __init__(self, toks):
        self.toks = toks
        self.total, self.group, self.seen = 0.0, 0.0, False
        self.top = math.inf            # the smallest scale so far: the next must be smaller
        self.scale, self.whole = 1.0, True
        self.last: Optional[Word] = None
        self.first: Optional[Word] = None
        self.n = 0                     # words used
        self.end = 0
        self.scales = 0                # scale words used

    def word_at(self, i: int) -> Optional[Word]:
        w, dot, _, _, _ = self.toks[i]
        return word(w) or (word(w + ".") if dot else None)

    def use(self, i: int, with_dot: bool = False) -> None:
        """Word i is read; `with_dot`: with the dot after it when it is a scale's short form
        (`тыс.`, `млрд.`), not the full stop after a word (`полтора миллиона.`)."""
        w, dot, e1, e2, _ = self.toks[i]
        self.n, self.end = i + 1, e2 if with_dot and dot and len(w) <= 4 else e1

    def read(self) -> Optional[Spoken]:
        i = 0
        while i < len(self.toks):
            w = self.word_at(i)
            if w is None:
                if self.seen and self.fraction(i):
                    break
                if self.half(i):
                    i += 2
                    continue
                break
            if w.kind.startswith("half:"):
                if self.first is not None:
                    break                   # `полмиллиона` is a whole number on its own
                self.first, self.total, self.scale = w, w.value, float(w.kind[5:])
                self.use(i)
                break
            if w.kind == "part":
                if not self.share(i):
                    break
                i += 1
                continue
            if w.kind == "tens_noun" and self.seen and self.last is not None and self.last.kind != "scale" \
                    and not self.toks[i][4]:
                self.group *= w.value           # `два десятка` = 20, `полтора десятка` = 15, `три сотни` = 300
                self.use(i)
                self.last = w
                break
            if w.kind == "scale":
                if self.toks[i][4] or w.value >= self.top or self.last is not None and self.last.kind == "scale":
                    break
                self.total += (self.group if self.seen else 1) * w.value
                self.group, self.seen, self.top, self.scale = 0.0, False, w.value, w.value
                self.scales += 1
                self.use(i, with_dot=True)
            else:
                if not _follows(self.last, w) or self.toks[i][4] and (self.last is None or self.last.kind == "scale"):
                    break                   # `двух-трех` is a range; `тридцать-пять` is 35
                self.group += w.value
                self.seen = True
                self.use(i)
            self.first = self.first or w
            self.last = w
            i += 1
        if self.first is None or self.n == 1 and self.first.kind == "scale":
            return None
        return Spoken(self.total + self.group, self.end, self.scale, self.whole, self.first)

    def share(self, i: int) -> bool:
        """`четверть миллиона`, `три четверти миллиона`, `две трети миллиарда`: a share of the
        scale word that follows in the genitive; else (`половина жителей`) no number."""
        nxt = self.toks[i + 1][0] if i + 1 < len(self.toks) else ""
        scale = self.word_at(i + 1) if nxt else None
        if scale is None or scale.kind != "scale" or self.scales or not self.whole \
                or not (nxt in SCALE_ABBREVIATIONS or nxt.endswith(("а", "и"))) \
                or self.seen and (self.last is None or self.last.kind != "unit" or self.group >= 10):
            return False
        part = self.word_at(i)
        self.group = (self.group if self.seen else 1.0) * part.value
        self.seen, self.whole = True, False
        self.first, self.last = self.first or part, part
        self.use(i)
        return True

    def half(self, i: int) -> bool:
        """`три с половиной`, `два миллиона с половиной`: a half of the last group or scale."""
        if self.last is None or i + 1 >= len(self.toks) or not self.whole:
            return False
        extra = lexicons.table("numerals.json")["halves"].get(self.toks[i][0] + " " + self.toks[i + 1][0])
        if extra is None:
            return False
        if self.seen:
            self.group += extra
        else:
            self.total += extra * self.scale
        self.whole = False
        self.use(i + 1)
        return True

    def fraction(self, i: int) -> bool:
        """`две целых (и) пять десятых (тысячи)`, `пять десятых`: the number becomes a fraction."""
        kind, _ = _fraction_forms().get(self.toks[i][0], (None, None))
        whole = 0.0
        if kind == "whole":
            if self.scales or not self.whole:
                return False
            whole, i = self.group, i + 1
            if i < len(self.toks) and self.toks[i][0] == "и":
                i += 1
            num = _Reader(self.toks[i:])
            got = num.group_only()
            if got is None:
                return False
            numerator, i = got[0], i + got[1]
        elif kind == "denominator" and not self.scales and self.whole:
            numerator = self.group
        else:
            return False
        kind, den = _fraction_forms().get(self.toks[i][0], (None, None)) if i < len(self.toks) else (None, None)
        if kind != "denominator":
            return False
        self.use(i)
        self.total, self.group, self.whole = 0.0, whole + numerator / den, False
        scale = self.word_at(i + 1) if i + 1 < len(self.toks) else None
        if scale is not None and scale.kind == "scale":   # `… десятых тысячи`: of a thousand
            self.group *= scale.value
            self.scale = scale.value
            self.use(i + 1, with_dot=True)
        return True

    def group_only(self) -> Optional[Tuple[float, int]]:
        """The numerator of a fraction: numeral words without scales, (value, words used)."""
        for i in range(len(self.toks)):
            w = self.word_at(i)
            if w is None or w.kind != "unit" or not _follows(self.last, w):
                break
            self.group += w.value
            self.last, self.n = w, i + 1
        return (self.group, self.n) if self.n else None


def _follows(prev: Optional[Word], w: Word) -> bool:
    """Whether `w` can continue the numeral `prev` (`двадцать` + `три`, `три` + `тысячи`)."""
    if prev is None:
        return True
    if w.kind == "scale":
        return prev.kind != "scale"
    if w.kind != "unit" or prev.kind in ("collective", "tens_noun"):
        return False
    if prev.kind == "scale":
        return True
    # a smaller order of magnitude must follow: 100 → 20 → 3
    return _order(w.value) < _order(prev.value) and prev.value % 10 == 0 and prev.value >= 20


def _order(v: float) -> int:
    return 0 if v < 10 else 1 if v < 100 else 2
