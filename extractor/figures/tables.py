"""A table written as text lines: a header that ends with its unit and a colon
(`Средние цены на отдельные товары, тенге за кг:`, `Средняя зарплата, январь–июнь 2025 года, руб.:`,
`Производство продукции (млн тенге):`), then one row a line (`Говядина — 3 450`). The number that
closes a row and has no unit of its own takes the header's, its scale too (`млн тенге`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional

from .grammar import sentence_figures
from .lexicon import figure_words, glued_words
from .reading import multiply
from .tokens import Found, Sent, tokenize

# the header's last part: after its last comma or inside its last brackets, right before the colon
_HEADER = re.compile(r"(?:,|\()\s*(?P<unit>[^,():\n]{1,30}?)\s*\)?\s*:\s*$")
_ROW_END = re.compile(r"[\s.;]*$")


@dataclass(frozen=True)
class Unit:
    kind: str
    unit: str
    scale: float          # `млн тенге`: 1 000 000


def header_unit(line: str) -> Optional[Unit]:
    """The unit a table header ends with, or None (`Средние цены, тенге за кг:` → KZT/kg)."""
    m = _HEADER.search(line.strip())
    return _read_unit(m.group("unit").lower()) if m else None


@lru_cache(maxsize=1000)
def _read_unit(phrase: str) -> Optional[Unit]:
    """`млн тенге` → money KZT ×1 000 000: the phrase read after a `1`, wholly a unit."""
    probe = "1 " + phrase
    toks = tokenize(probe, 0, len(probe), glued_words(), figure_words())
    found = sentence_figures(Sent(probe, toks, 0, len(probe)))
    if len(found) != 1 or found[0].unit is None or found[0].i != 0:
        return None
    f = found[0]
    if any(t.text != "." for t in toks[max(f.j, f.end):]):
        return None
    return Unit(f.kind, f.unit, f.value)


def fill_row(s: Sent, found: List[Found], unit: Unit) -> None:
    """The unit-less number that closes a table row takes the header's unit."""
    if not found:
        return
    f = found[-1]
    if f.unit is not None or not f.bare:
        return
    if not _ROW_END.fullmatch(s.text[s.toks[f.j - 1].stop:s.stop]) or f.i == 0:
        return                                # the row's label comes first, its number last
    f.kind, f.unit = unit.kind, unit.unit
    if unit.scale != 1 and f.scale == 1:
        f.value = multiply(f.value, unit.scale)
        if f.value_max is not None:
            f.value_max = multiply(f.value_max, unit.scale)
