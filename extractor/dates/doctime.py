"""The document's own time: the day, month or year its relative and year-less mentions resolve against.

In this order (GUIDE.md, "The document's own time"):

1. the publication date the caller gives (`input`, or `html:date` when a reader sets
   `doc.reference_source`);
2. a date heading the text: a line holding only a date, with or without a time
   (`2025-12-01`, `01.12.2025 10:45`, `1 декабря 2025, 10:45`, `Опубликовано: …`)
   → `text:date-line`; or a dateline before the first sentence (`Астана, 14 октября
   2025 года.`, `АЛМАТЫ, 12 фев — Sputnik.`, `АСТАНА. 12 марта. KAZINFORM –`), whose
   missing year is that of the nearest full date in the text → `text:dateline`;
3. otherwise only a year: a line holding only a year (`2022 года`) → `text:year`; the
   text's first full date that is not a start, a deadline or a range end → `text:date`;
   the day after an explicit reporting period (`за 7 месяцев 2024 года`) → `text:period`.

Year carry-over (`Timeline`, `resolve.Ctx.yearless`). A year-less mention (`15 октября`, `за
девять месяцев`, `с 30 декабря по 8 января`) takes:

1. the year the same sentence states before it, else the last year the preceding sentence
   of its paragraph states (`В 2024 году … За девять месяцев …`);
2. else the document's own year; else it stays null.

A stated year carries only when it is the year of the events:

- a comparison base never carries: `чем годом ранее`, `чем в прошлом году`, `по сравнению
  с 2023 годом`, `против 1,2 млн тонн в 2023 году`, `(в 2023 году – 5%)`, `за аналогичный
  период прошлого года` (`_compared`, `Parsed.carries`); nor does a year a span starts or ends
  in (`с 2021 года подключено …, до конца года …`, `к 2030 году`), though a year's end is the
  year in progress (`к концу 2024 года будет введено … С начала года …`);
- across tense, when the document's own day is known: a past year the preceding sentence
  states does not pass into a future-tense sentence (`Школы строились с весны 2023 года.
  Комиссия примет их 26 августа.` in a text of 20 August 2024 → 2024-08-26), nor a coming
  year into a past-tense one (`Запуск намечен на декабрь 2025 года. В марте провели
  конкурс.` in a 2024 text → March 2024). A year-less day in a past-tense sentence that
  lands after the document's day keeps the document's year: it goes back a year only
  when the text states that year;
- a deictic `года` after `до`, `к`, `с` (`до конца года`, `с начала года`) is the document's
  current year: it takes the same sentence's year (`в конце сентября 2010-го и до конца
  года`), never the preceding sentence's (`Запуск намечен на декабрь 2025 года. Кроме
  того, до конца года …` in a 2024 text → 2024), unless the document's year is unknown.
  `по итогам года` is anaphoric and takes the carried year (`В первом полугодии 2014
  года … по итогам года` → 2014).
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import List, Optional, Tuple

from ..schema import ReferenceDate
from .lex import LEX, alt
from .resolve import Ctx, Parsed, month_span, year_span

HEAD_PARAGRAPHS = 12          # a date heading the text stands in its first paragraphs…
HEAD_CHARS = 2500             # … within its first characters
LABEL = r"(?:" + alt(LEX["date_labels"]["words"]) + r")"
# before a date on a date-line: nothing, a bullet, a label (`Опубликовано:`, `date`)
# … or a section's name and a separator (`Новости · 15 октября 2024 · 3 мин`, `Общество | 15.10.2024`)
_LINE_BEFORE = re.compile(r"^[\s\-–—•|·]*(?:" + LABEL + r"\s*:?)?[\s\-–—•|·]*(?:[\w-]+(?:[ ][\w-]+){0,2}[ ]*[|·][ ]*)?"
                          r"(?:\d{1,2}:\d\d(?::\d\d)?[\s,|·•/]*)?$", re.IGNORECASE)
_YEAR_END = re.compile(r"(?i)\bконц[ауе]\b")
_LABELLED = re.compile(r"^[\s\-–—•|·]*" + LABEL + r"\s*:?[\s\-–—•|·]*$", re.IGNORECASE)
# after it: nothing, a clock time (`, 10:45`, `T10:45:00+05:00`), a count of views, separators
_TIME = r"(?:(?:в\s*|T)?\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)"
_LINE_AFTER = re.compile(r"^[\s,|·•\-–—]*" + _TIME + r"?(?:[\s,|·•]*(?:\d[\d\s]*)?[\s.]*$|\s*[|•·/])")
_TIME_AFTER = re.compile(r"^[\s,|·•]*" + _TIME)
_ISO_MONTH = re.compile(r"[\s\-–—•|·]*(?:" + LABEL + r"\s*:?\s*)?(?P<y>[12]\d{3})-(?P<m>0[1-9]|1[0-2])(?![\d-])",
                        re.IGNORECASE)
_CAP = "[А-ЯЁA-ZӘҒҚҢӨҰҮҺІ][\\w-]*"
# nothing, or a place in one to three capitalised words (`Астана,`, `УСТЬ-КАМЕНОГОРСК –`)
_DATELINE_BEFORE = re.compile(r"^(?:%s(?:[ ]%s){0,2}[ ]*[,.—–•·|-]?)?$" % (_CAP, _CAP))
_DATELINE_AFTER = re.compile(r"^[ \u00a0]*(?:[.—–/|,-]|\d{1,2}:\d\d|$)")
REGION_WORDS = {k: re.compile("|".join(map(re.escape, v))) for k, v in LEX["holidays"]["regions"].items()
                if not k.startswith("_")}


def _head(doc):
    for n, par in enumerate(doc.paragraphs):
        if n >= HEAD_PARAGRAPHS or par.start >= HEAD_CHARS:
            return
        yield par


def iso_month_lines(doc) -> List[Parsed]:
    """`2021-03` on a line of its own at the head of the text: the month the text is from."""
    out = []
    for par in _head(doc):
        m = _ISO_MONTH.match(doc.text, par.start, par.stop)
        if m:
            y, mo = int(m["y"]), int(m["m"])
            out.append(Parsed(m.start("y"), m.end(), "date", "month",
                              resolve=lambda c, y=y, mo=mo: month_span(y, mo), year=y, month_only=True))
    return out


def _paragraph_of(doc, starts: List[int], pos: int):
    """The paragraph holding pos (starts: the paragraphs' starts, in order), or None."""
    k = bisect.bisect_right(starts, pos) - 1
    return doc.paragraphs[k] if k >= 0 and pos < doc.paragraphs[k].stop else None


def date_line(doc, parsed: List[Parsed]) -> Optional[Tuple[Parsed, str]]:
    """The mention that a line of its own holds at the head of the text (or anywhere after a
    label such as `Опубликовано:`): (mention, "day" | "month" | "year")."""
    head = {id(p) for p in _head(doc)}
    labelled = None
    starts = [par.start for par in doc.paragraphs]
    for p in parsed:
        if p.bounded or p.kind not in ("date", "relative"):
            continue
        par = _paragraph_of(doc, starts, p.start)
        if par is None:
            continue
        before, after = doc.text[par.start:p.start], doc.text[p.stop:par.stop]
        grain = "day" if p.full_date else "month" if p.month_only else \
            "year" if p.granularity == "year" and p.year and p.kind == "date" else \
            "yearless" if p.granularity == "day" and p.kind == "date" and _TIME_AFTER.match(after) else None
        if grain is None:
            continue
        if _LABELLED.match(before) and grain != "year":
            if id(par) in head:
                return p, grain             # `date 2025-08-14 «Президент принял…»`
            labelled = labelled or (p, grain)
        elif id(par) in head and _LINE_BEFORE.match(before) and _LINE_AFTER.match(after):
            return p, grain
    return labelled


def dateline(doc, parsed: List[Parsed]) -> Optional[Parsed]:
    """A day at the head of one of the first paragraphs, after a place name (`Астана, 14 октября
    2025 года.`, `МАХАЧКАЛА, 6 мар - РИА Новости.`): the day the text was written."""
    for par in _head(doc):
        for p in parsed:
            if not (par.start <= p.start < par.stop) or p.kind not in ("date", "relative") or p.bounded \
                    or p.granularity != "day":
                continue
            place = doc.text[par.start:p.start].strip()
            if not doc.text[p.start].isdigit() or not (place or p.full_date):
                continue        # `В пятницу, 21 января, …` opens a paragraph but is no dateline
            # `… 2025 года.`, `… 2024 г. За январь …` (the dot of `г.` ends the dateline)
            if _DATELINE_BEFORE.match(place) and (_DATELINE_AFTER.match(doc.text[p.stop:par.stop])
                                                  or doc.text.endswith("г.", p.start, p.stop) and p.full_date):
                return p
    return None


def _nearest_full_date(parsed: List[Parsed], p: Parsed) -> Optional[date]:
    full = [q for q in parsed if q.full_date and q is not p]
    return min(full, key=lambda q: abs(q.start - p.start)).full_date if full else None


def _with_year(parsed: List[Parsed], p: Parsed, inferred: Optional[ReferenceDate]) -> Optional[date]:
    """The day of a date-line or dateline, its missing year that of the nearest full date in the
    text, else the year the text makes evident, else the year the text's one year names
    (`Воронеж. 24 апреля. … бюджет на 2025 год`; not a start, a deadline or a horizon)."""
    near = p.full_date or _nearest_full_date(parsed, p)
    y = near.year if near else int(inferred.date[:4]) if inferred else _only_year(parsed, p)
    return p.resolve(Ctx(year=y))[0] if y else None


def _only_year(parsed: List[Parsed], p: Parsed) -> Optional[int]:
    years = {q.year for q in parsed if q is not p and q.year and not q.bounded}
    return years.pop() if len(years) == 1 else None


def infer_year(parsed: List[Parsed]) -> Optional[ReferenceDate]:
    """Only a year from the text: its first explicit full date, else its reporting period.

    A date after `с`/`до` (a start or a deadline) or inside a range says when a
    rule holds, not when the text was written, so it does not count.
    """
    for p in parsed:
        if p.full_date and p.kind in ("date", "range") and not p.bounded:
            return ReferenceDate(date=p.full_date.isoformat(), source="text:date")
    for p in parsed:
        if p.period_end:
            # a report on a period comes out after it ends: `по итогам 2005 года` is written in 2006
            return ReferenceDate(date=(p.period_end + timedelta(days=1)).isoformat(), source="text:period")
    return None


def region(text: str) -> str:
    """KZ or RU, by the words of each region the text holds (KZ when it holds none)."""
    low = text.lower()
    counts = {k: len(rx.findall(low)) for k, rx in REGION_WORDS.items()}
    return max(sorted(counts), key=lambda k: counts[k]) if any(counts.values()) else "KZ"


def document_time(doc, parsed: List[Parsed]) -> Tuple[Optional[ReferenceDate], Ctx]:
    """The reference date (with its source) and the Ctx of the document's own time."""
    if doc.reference:
        d = doc.reference
        return ReferenceDate(date=d.isoformat(), source=getattr(doc, "reference_source", None) or "input"), \
            Ctx(year=d.year, month=d.month, day=d)
    inferred = infer_year(parsed)
    line = date_line(doc, parsed)
    if line is not None and line[1] == "yearless":      # `12 мар, 10:45`: the year of the nearest full date
        d = _with_year(parsed, line[0], inferred)
        if d is not None:
            return ReferenceDate(date=d.isoformat(), source="text:date-line"), Ctx(year=d.year, month=d.month, day=d)
        line = None
    if line is not None:
        p, grain = line
        if grain == "day":
            d = p.full_date
            return ReferenceDate(date=d.isoformat(), source="text:date-line"), Ctx(year=d.year, month=d.month, day=d)
        if grain == "month":
            d = p.resolve(Ctx())[0]
            return ReferenceDate(date=d.isoformat(), source="text:date-line"), Ctx(year=d.year, month=d.month)
        return ReferenceDate(date=year_span(p.year)[0].isoformat(), source="text:year"), Ctx(year=p.year)
    p = dateline(doc, parsed)
    if p is not None:
        d = _with_year(parsed, p, inferred)
        if d is not None:
            return ReferenceDate(date=d.isoformat(), source="text:dateline"), Ctx(year=d.year, month=d.month, day=d)
    if inferred is None:
        return None, Ctx()
    d = date.fromisoformat(inferred.date)
    month = d.month if inferred.source == "text:period" else None
    return inferred, Ctx(year=d.year, month=month)



# words before a year that compare with it: `по сравнению с 2021 годом` states no year of the events
_COMPARED = re.compile(r"(?<![\w])(?:" + alt(LEX["comparison_before"]["words"]) + r")(?:\s+[а-яё]+){0,2}\s*$",
                       re.IGNORECASE)      # `в сравнении с аналогичным показателем прошлого года`
# … `против 1,2 млн тонн в 2023 году`; `(в 2023 году – 5,1%)`
_AGAINST = re.compile(r"(?<![\w])против(?:\s+[\w.,%]+){0,5}\s*$", re.IGNORECASE)
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_BRACKET_AFTER = re.compile(r"\s*[-–—:]")


class Timeline:
    """The years and days the sentences read so far state: the year a year-less mention takes
    (the same sentence's before it, else the preceding sentence's in the same paragraph), the
    day an anaphoric one counts from (`на следующий день`), the year a comparison goes back from."""

    def __init__(self, doc, sentence_starts: List[int]):
        self.doc = doc
        self.par_of, k = [], 0
        for a in sentence_starts:           # the paragraph of each sentence
            while k < len(doc.paragraphs) - 1 and doc.paragraphs[k].stop <= a:
                k += 1
            self.par_of.append(k)
        self.years: dict = {}               # sentence → [(start, explicit year)]
        self.days: dict = {}                # sentence → [(start, the single day a mention resolved to)]

    def _compared(self, p: Parsed) -> bool:
        """The mention is a comparison base (`чем в 2023 году`, `по сравнению с 2023 годом`, `против … в
        2023 году`, `(в 2023 году – 5%)`)."""
        text, a = self.doc.text, max(0, p.start - 60)
        return bool(_COMPARED.search(text, a, p.start) or _AGAINST.search(text, a, p.start)
                    or _BRACKET_BEFORE.search(text, max(0, p.start - 3), p.start)
                    and _BRACKET_AFTER.match(text, p.stop))

    def set_context(self, ctx: Ctx, p: Parsed) -> None:
        i = p.sent
        same = _last_before(self.years.get(i, ()), p.start)
        ctx.carry, ctx.carry_prev = same, False
        if same is None and i and self.par_of[i - 1] == self.par_of[i]:
            ctx.carry = _last_before(self.years.get(i - 1, ()), None)
            ctx.carry_prev = ctx.carry is not None
        ctx.same_anchor = _last_before(self.days.get(i, ()), p.start)
        ctx.anchor = ctx.same_anchor or _last_before(self.days.get(i - 1, ()), None)
        # `в сравнении с аналогичным показателем прошлого года`: the year before the one the sentence states
        ctx.compared = same if same is not None and self._compared(p) else None

    def record(self, p: Parsed, a: Optional[date], b: Optional[date], ctx: Optional[Ctx] = None) -> None:
        year = p.year
        if year is None and p.kind == "relative" and p.granularity in ("year", "half", "quarter", "month") \
                and a is not None and a.year == b.year:
            year = a.year                            # `в текущем году`, `в октябре прошлого года` state theirs
        if year is None and ctx is not None and ctx.carry is not None and ctx.carry != ctx.year \
                and p.kind in ("date", "range", "period") and a is not None and a.year == ctx.carry:
            year = ctx.carry                         # `В 2024 году … В январе начнется … к сентябрю`: passed on
        # `по сравнению с 2021 годом` is not the events' year, nor a year a span starts or ends in
        # (`с 2021 года подключено …, до конца года подключим ещё …`, `до 2030 года`); a year's end
        # is the year in progress (`к концу 2024 года будет введено … С начала года построено …`)
        if year and p.carries and not self._compared(p) and not (p.bounded and p.granularity == "year"
                                                                 and not _YEAR_END.search(self.doc.text, p.start, p.stop)):
            self.years.setdefault(p.sent, []).append((p.start, year))
        if a is not None and a == b:
            self.days.setdefault(p.sent, []).append((p.start, a))


def _last_before(items, pos: Optional[int]):
    """The value of the last (start, value) before pos (None: the last one)."""
    best = None
    for start, value in items:
        if pos is None or start < pos:
            best = value
    return best
