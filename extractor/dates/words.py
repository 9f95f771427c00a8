"""Numbers in words as dates write them: ordinal days and years.

- a day: `восемнадцатого`, `тридцать первое`, `двадцать четвёртому`, `ноль второго`;
- a year: `две тысячи шестого`, `тысяча девятьсот шестого`, `две тысячи двадцать пятом`,
  `двухтысячном`.

The forms of every ordinal come from pymorphy3's lexemes of the lemmas in
`lexicons/dates.json` (`ordinal_lemmas`), built once.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, Optional

from ..morph import analyzer
from .lex import LEX, alt, fold, low

CARD = LEX["year_word_cardinals"]


@lru_cache(maxsize=1)
def ordinal_forms() -> Dict[str, int]:
    """Every case form of an ordinal numeral in the masculine and neuter singular → its value (ё as е)."""
    morph = analyzer()
    out: Dict[str, int] = {}
    for k, lemma in LEX["ordinal_lemmas"].items():
        if k.startswith("_"):
            continue
        for p in morph.parse(lemma):
            if p.normal_form != lemma or p.tag.POS != "ADJF":
                continue
            for f in p.lexeme:
                # a day (`число`) is neuter, a year masculine: their singular forms
                if "Supr" not in f.tag and "sing" in f.tag and ("neut" in f.tag or "masc" in f.tag):
                    out.setdefault(fold(f.word), int(k))
    return out


def _ordinals(lo: int, hi: int):
    return [w for w, v in ordinal_forms().items() if lo <= v <= hi]


S = r"[ \u00a0]+"
TENS = r"(?:двадцать|тридцать)"
# a day of the month in words: `первого`, `двадцать первое`, `тридцатого`, `ноль второго`
DAY_WORDS = r"(?:(?:ноль|нуль)" + S + r")?(?:" + TENS + S + r")?" + alt(_ordinals(1, 30))
# a month as an ordinal (`пятого` for May), read only between a day and a year
MONTH_WORDS = alt(w for w, v in ordinal_forms().items() if v <= 12 and w.endswith(("ого", "его")))
# a year in words ends with an ordinal: thousands, then hundreds and tens as cardinals
_THOUSANDS = alt(CARD["thousands"])
_HUNDREDS = alt(CARD["hundreds"])
_TENS = alt(CARD["tens"])
YEAR_WORDS = (r"(?:" + _THOUSANDS + r"(?:" + S + _HUNDREDS + r")?(?:" + S + _TENS + r")?" + S
              + alt(_ordinals(1, 900)) + r"|" + alt(_ordinals(1000, 2000)) + r")")


def day_value(s: str) -> Optional[int]:
    """`двадцать первое` → 21, `ноль второго` → 2; None outside 1…31."""
    words = low(s).split()
    if words and words[0] in ("ноль", "нуль"):
        words = words[1:]
    tens = {"двадцать": 20, "тридцать": 30}.get(words[0], 0) if len(words) == 2 else 0
    v = ordinal_forms().get(words[-1])
    if v is None or (tens and v > 9):
        return None
    v += tens
    return v if 1 <= v <= 31 else None


def year_value(s: str) -> Optional[int]:
    """`две тысячи шестого` → 2006, `тысяча девятьсот девяностом` → 1990, `двухтысячного` → 2000."""
    t = low(s)
    total = 0
    for table in ("thousands", "hundreds", "tens"):
        for w, v in sorted(CARD[table].items(), key=lambda kv: -len(kv[0])):
            if re.match(re.escape(w) + r"(?: |$)", t):
                total += v
                t = t[len(w):].strip()
                break
    v = ordinal_forms().get(t)
    if v is None:
        return None
    return total + v if total or v >= 1000 else None
