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

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from .. import lexicons
from ..morph import analyzer

# a number in digits: groups of three after spaces, or a decimal part
DIGITS = r"\d{1,3}(?:[ \u00a0\u202f\u2009](?=\d{3}(?!\d))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
DIGITS_RE = re.compile(r"(?<![\w.,])(?:%s)(?![\w])" % DIGITS)


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
    """The numeral value of one word form, or None."""
    return word_forms().get(w.lower().replace("ё", "е"))


def combine(values: List[Word]) -> Optional[float]:
    """Values of consecutive numeral words → the number they write.

    `двадцать три` → 23; `сто двадцать пять тысяч триста` → 125300;
    `пять миллионов` → 5e6; `полтора миллиона` → 1.5e6.
    """
    total, group, seen = 0.0, 0.0, False
    for w in values:
        if w.kind == "scale":
            total += (group if seen else 1) * w.value
            group, seen = 0.0, False
        else:
            group += w.value
            seen = True
    return total + group


_TOKEN = re.compile(r"[А-Яа-яЁё]+\.?|\S")


def words_value(text: str) -> Optional[Tuple[float, int]]:
    """The number written at the start of `text` in words: (value, characters used), or None.

    Reads numeral words (and scale words) as long as they form one number.
    """
    pos, items, end = 0, [], 0
    last = None
    for m in re.finditer(r"\s*([А-Яа-яЁё]+)(\.?)", text):
        if m.start() != pos:
            break
        w = word(m.group(1)) or (word(m.group(1) + ".") if m.group(2) else None)
        if w is None or not _follows(last, w):
            break
        items.append(w)
        last = w
        pos = m.end()
        end = m.end() if w.kind == "scale" and m.group(2) else m.end(1)
    # a scale word alone (`тысячи`) is no number; `тысяча двести` is
    if not items or items[0].kind == "scale" and len(items) == 1:
        return None
    return combine(items), end


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
