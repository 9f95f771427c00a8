"""A table written as text lines, one row a line, its unit in a header:

- a list: a header that ends with its unit and a colon (`Средние цены на отдельные товары, тенге за
  кг:`, `Средняя зарплата, январь–июнь 2025 года, руб.:`, `Производство продукции (млн тенге):`),
  then rows (`Говядина — 3 450`): the number that closes a row takes the header's unit;
- cells apart by `|`: a title whose brackets hold the unit (`Ввод жилых домов (тыс. кв. м общей
  площади)`), a row of column heads (`Территория | январь–август 2025 г. | в % к январю–августу
  2024 г.`), then rows (`Санкт-Петербург | 2 118,4 | 87,6`): a number takes its column's unit, a
  column `в % …` is percent, one with a unit of its own has that one, the others the title's.

A number with a unit of its own keeps it; the unit's scale applies (`млн тенге`, `тыс. кв. м`).
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
# … or before a note of the columns in brackets, words after the unit allowed (`Тарифы, тенге за кубометр
# с НДС (2025 год / с 1 января 2026 года):`)
_HEADER_NOTE = re.compile(r",\s*(?P<unit>[^,():\n]{1,40}?)\s*(?:\([^()\n]*\))?\s*:\s*$")
# the numbers of one row apart by a slash (`холодная вода — 97,2 / 118,6;`)
_SLASH = re.compile(r"\s*/\s*")
# a title's unit in its last brackets (`Ввод жилых домов (тыс. кв. м общей площади)`)
_TITLE = re.compile(r"\((?P<unit>[^()\n]{1,40})\)\s*[:.]?\s*$")
_ROW_END = re.compile(r"[\s.;]*$")
_PERCENT_HEAD = re.compile(r"(?i)^\s*(?:в\s+)?(?:%|процент)")


@dataclass(frozen=True)
class Unit:
    kind: str
    unit: str
    scale: float          # `млн тенге`: 1 000 000


@dataclass
class Table:
    unit: Optional[Unit]                        # the header's or the title's
    columns: Optional[List[Optional[Unit]]] = None   # cells apart by `|`: each column's


PERCENT = Unit("percent", "%", 1.0)


class Tables:
    """Paragraph by paragraph (one line each), the table whose rows they are, if any: a colon
    header's or a `|` table's, until a blank line or, for `|` cells, a line without them."""

    def __init__(self, text: str):
        self.text = text
        self.table: Optional[Table] = None
        self.last = None                        # the paragraph before

    def enter(self, par) -> Optional[Table]:
        line, last = self.text[par.start:par.stop], self.last
        apart = last is None or "\n\n" in self.text[last.stop:par.start]
        if self.table is not None and (apart or self.table.columns is not None and not pipe_row(line)):
            self.table = None
        if self.table is None and pipe_row(line):      # the row of column heads; the title before it
            title = "" if apart else self.text[last.start:last.stop].rsplit("\n", 1)[-1]
            unit = title_unit(title) or header_unit(title)
            self.table = Table(unit, column_heads(line, unit))
        self.last = par
        return self.table

    def leave(self, par) -> None:
        """After a line ending in a colon with a unit (`…, тенге за кг:`), its rows follow."""
        line = self.text[par.start:par.stop].rstrip()
        if self.table is None and line.endswith(":"):
            unit = header_unit(line.rsplit("\n", 1)[-1])
            self.table = Table(unit) if unit else None


def header_unit(line: str) -> Optional[Unit]:
    """The unit a table header ends with, or None (`Средние цены, тенге за кг:` → KZT/kg)."""
    line = line.strip()
    m = _HEADER.search(line)
    unit = _read_unit(m.group("unit").lower()) if m else None
    if unit is None:
        m = _HEADER_NOTE.search(line)
        unit = _read_unit(m.group("unit").lower(), whole=False) if m else None
    return unit


def title_unit(line: str) -> Optional[Unit]:
    """The unit in a title's last brackets, words of what is measured after it allowed
    (`(тыс. кв. м общей площади)` → m2 ×1000)."""
    m = _TITLE.search(line.strip())
    return _read_unit(m.group("unit").lower(), whole=False) if m else None


def cells(line: str) -> List[str]:
    return line.split("|")


def pipe_row(line: str) -> bool:
    return line.count("|") >= 1 and len([c for c in cells(line) if c.strip()]) >= 2


def column_heads(line: str, unit: Optional[Unit]) -> List[Optional[Unit]]:
    """Each column's unit by its head: `в % к …` percent, a unit of its own, else the title's."""
    out = []
    for k, head in enumerate(cells(line)):
        if k == 0:
            out.append(None)                    # the rows' labels
        elif _PERCENT_HEAD.match(head):
            out.append(PERCENT)
        else:
            out.append(_read_unit(head.strip().lower()) or unit)
    return out


@lru_cache(maxsize=1000)
def _read_unit(phrase: str, whole: bool = True) -> Optional[Unit]:
    """`млн тенге` → money KZT ×1 000 000: the phrase read after a `1`; `whole`: all of it a unit."""
    if not phrase:
        return None
    probe = "1 " + phrase
    toks = tokenize(probe, 0, len(probe), glued_words(), figure_words())
    found = sentence_figures(Sent(probe, toks, 0, len(probe)))
    if not found or found[0].unit is None or found[0].i != 0 or whole and len(found) != 1:
        return None
    f = found[0]
    if whole and any(t.text != "." for t in toks[max(f.j, f.end):]):
        return None
    return Unit(f.kind, f.unit, f.value)


def fill_row(s: Sent, found: List[Found], table: Table) -> None:
    """The unit-less numbers of a table row take the unit of their column, or of the header."""
    if table.columns is not None:
        for f in found:
            at = s.toks[f.i].start
            col = s.text.count("|", s.text.rfind("\n", 0, at) + 1, at)
            if col < len(table.columns) and table.columns[col] is not None:
                _take(f, table.columns[col])
        return
    if not found or table.unit is None:
        return
    f = found[-1]
    if not _ROW_END.fullmatch(s.text[s.toks[f.j - 1].stop:s.stop]) or f.i == 0:
        return                                # the row's label comes first, its number last
    _take(f, table.unit)
    for g in reversed(found[:-1]):            # and the numbers before it apart by `/`
        if g.i == 0 or not _SLASH.fullmatch(s.text[s.toks[g.j - 1].stop:s.toks[f.i].start]):
            break
        _take(g, table.unit)
        f = g


def _take(f: Found, unit: Unit) -> None:
    if f.unit is not None or not f.bare:
        return
    f.kind, f.unit = unit.kind, unit.unit
    if unit.scale != 1 and f.scale == 1:
        f.value = multiply(f.value, unit.scale)
        if f.value_max is not None:
            f.value_max = multiply(f.value_max, unit.scale)
