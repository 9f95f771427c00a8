"""Dates stage: find date expressions in a news text and resolve them to ISO.

The parts, in the order they run:

- `rules.py` (with `grammar.py`, `words.py`, `lex.py`): the grammar, one regex per
  rule built from the word lists of `lexicons/dates.json`, tried at the words that
  can open it; `match.py` runs it over each sentence, the longest match winning;
- `builders.py` (days, months, years, spans), `periods.py` (reporting periods, parts of a
  year), `relative.py` (offsets, weekdays, named days, lengths): each rule's match → a
  `Parsed` mention whose calendar fields may still need the document's time;
- `doctime.py`: the document's own time (the caller's date, a date-line or dateline
  heading the text, else a year the text makes evident) → the record's `reference_date`;
- `resolve.py`, `tense.py`: each mention resolved against it, with the year the same or
  the preceding sentence states (`В 2024 году … За девять месяцев …`) and the day just
  named (`на следующий день`), both kept by `doctime.Timeline` (whose rules of year
  carry-over the docstring of `doctime.py` spells out), and the tense of its sentence
  (`в пятницу прошел`).
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from ..schema import DateMention, ReferenceDate
from .builders import Scan
from .doctime import Timeline, document_time, iso_month_lines, region
from .lex import LEX, alt, fold
from .match import candidates
from .resolve import Parsed
from .tense import tense_near

__all__ = ["extract_dates"]

# a sentence that razdel ended after a short month name goes on: `13 авг.` + `2005 19:13`, `за 9 мес.` + `2025 г.`
_ABBR_END = re.compile(r"(?<![\w])(?:" + alt([w for ws in LEX["month_abbreviations"].values() if isinstance(ws, list)
                                             for w in ws] + ["мес", "кв"]) + r")\.$", re.IGNORECASE)
# … and after a day and month in digits when the range goes on: `14.10.` + `- 15.10.2018`
_DATE_DOT_END = re.compile(r"(?<![\d.])[0-3]?\d\.[01]?\d\.$")
_RANGE_GOES_ON = re.compile(r"(?:[-–—−]\s*|по\s+|до\s+)\d")
def _sentences(doc) -> List[tuple]:
    """(start, stop, tokens) of the sentences the grammar reads, the segmenter's with a break
    after a short month name (`13 авг. 2005`) undone."""
    out = []
    for par in doc.paragraphs:
        prev = None
        for s in par.sentences:
            if prev is not None and doc.text[prev[1] - 1] == "." and (
                    _ABBR_END.search(doc.text, max(prev[0], prev[1] - 8), prev[1])
                    or _DATE_DOT_END.search(doc.text, max(prev[0], prev[1] - 8), prev[1])
                    and _RANGE_GOES_ON.match(doc.text, s.start)):
                prev = (prev[0], s.stop, prev[2] + s.tokens)
                out[-1] = prev
                continue
            prev = (s.start, s.stop, s.tokens)
            out.append(prev)
    return out


def extract_dates(doc) -> Tuple[List[DateMention], Optional[ReferenceDate]]:
    st = Scan()
    sents = _sentences(doc)
    parsed: List[Parsed] = []
    for i, (a, b, _) in enumerate(sents):
        for p in candidates(fold(doc.text[a:b]), a, st):
            p.sent = i
            parsed.append(p)
    extra = [p for p in iso_month_lines(doc) if not any(q.start < p.stop and p.start < q.stop for q in parsed)]
    if extra:
        for p in extra:
            p.sent = next((i for i, s in enumerate(sents) if s[0] <= p.start < s[1]), 0)
        parsed = sorted(parsed + extra, key=lambda p: p.start)
    ref, ctx = document_time(doc, parsed)
    if any(p.regional for p in parsed):
        ctx.region = region(doc.text)
    line = Timeline(doc, [a for a, _, _ in sents])
    out = []
    for n, p in enumerate(parsed, 1):
        line.set_context(ctx, p)
        ctx.tense = _tense(sents, p)
        try:
            a, b = p.resolve(ctx)
        except (ValueError, OverflowError, TypeError, AttributeError):
            a, b = None, None
        if a is None or b is None or a > b:         # a span never ends before it starts
            a = b = None
        if a is None and n < len(parsed) and p.granularity == "day":     # `накануне (4 июня)`
            a = b = _in_brackets(doc, p, parsed[n], ctx)
        line.record(p, a, b, ctx)
        out.append(DateMention(id="d%d" % n, text=doc.text[p.start:p.stop], start=p.start, stop=p.stop,
                               kind=p.kind, date_from=a and a.isoformat(), date_to=b and b.isoformat(),
                               granularity=p.granularity, duration=p.duration))
    return out, ref


def _in_brackets(doc, p: Parsed, q: Parsed, ctx):
    """The day in brackets right after a relative day (`накануне (4 июня)`), or None."""
    if p.kind != "relative" or q.granularity != "day" or doc.text[p.stop:q.start].strip() != "(" \
            or not doc.text.startswith(")", q.stop):
        return None
    try:
        a, b = q.resolve(ctx)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    return a if a == b else None


def _tense(sents, p):
    memo = []

    def tense():
        if not memo:
            memo.append(tense_near(sents[p.sent][2], p.start) if p.sent < len(sents) else None)
        return memo[0]
    return tense

