"""Resolution against the document's own time: the calendar arithmetic of the dates stage.

A builder (`builders.py`) turns a match into a `Parsed` mention whose
`resolve` takes a `Ctx` and returns its first and last day. The Ctx holds
what the document says about its time (`doctime.py`) and, per mention, the
year the same or the preceding sentence states, the day the mention may be
counted from, and the tense of its sentence.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Optional, Tuple

Span = Tuple[Optional[date], Optional[date]]
NONE: Span = (None, None)


@dataclass
class Ctx:
    year: Optional[int] = None          # the document's own year
    month: Optional[int] = None         # … and month, when the text gives them
    day: Optional[date] = None          # … and day
    region: str = "KZ"                  # whose holidays (`День Конституции`)
    carry: Optional[int] = None         # the year the same or the preceding sentence states
    carry_prev: bool = False            # … and it is the preceding sentence's
    anchor: Optional[date] = None       # the last day named in the same or the preceding sentence
    same_anchor: Optional[date] = None  # … in the same sentence, before the mention
    compared: Optional[int] = None      # the year the sentence states before a comparison (`… прошлого года`)
    tense: Callable[[], Optional[str]] = field(default=lambda: None)   # "past", "future" or None

    def yearless(self) -> Optional[int]:
        """The year of a mention that states none: the sentence's line of events, else the document's.
        When the document's day is known, a year the preceding sentence states does not pass into a
        sentence of the other tense: not a past year into a future-tense sentence (`Школы строились с
        весны 2023 года. Комиссия примет их 26 августа.`), not a coming year into a past-tense one."""
        c = self.carry
        if c and self.carry_prev and self.day is not None and c != self.year:
            if self.tense() == ("future" if c < self.year else "past"):
                return self.year
        return c or self.year

    def own_year(self) -> Optional[int]:
        """The year of a deictic `года` (`до конца года`, `с начала года`): the same sentence's, else the
        document's, else the preceding sentence's."""
        if self.carry_prev and self.year:
            return self.year
        return self.carry or self.year


@dataclass
class Parsed:
    start: int
    stop: int
    kind: str
    granularity: Optional[str] = None
    duration: Optional[str] = None
    resolve: Callable[[Ctx], Span] = lambda ctx: NONE
    full_date: Optional[date] = None      # an explicit day with its year
    period_end: Optional[date] = None     # an explicit reporting period with its year
    year: Optional[int] = None            # the explicit year it states (carried to the next mentions)
    month_only: bool = False              # an explicit month of a year (`2021-03`)
    bounded: bool = False                 # opened by `с`, `до`, `к`, `начиная с`
    regional: bool = False                # a named day whose date depends on the region
    carries: bool = True                  # its year passes to the year-less mentions after it
    sent: int = 0                         # index of its sentence


# --- the calendar -------------------------------------------------------------
def month_span(y, m) -> Span:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def year_span(y) -> Span:
    return date(y, 1, 1), date(y, 12, 31)


def months_span(y, first, last) -> Span:
    """Months `first`…`last` of year y (a quarter, a half, `январь-июль`)."""
    return date(y, first, 1), month_span(y, last)[1]


def span_years(c: Ctx, y: Optional[int], how: Optional[str], m1: int, m2: int,
               crosses: bool) -> Tuple[Optional[int], Optional[int]]:
    """The years of a span's start (month m1) and end (month m2), y being the year its phrase resolves to.

    A span whose end comes before its start in the calendar crosses the new year (`с 30 декабря по
    8 января`, `декабрь–февраль`): a year written at its end (`по 10 января 2025 года`, `следующего
    года`) is the end's; a year the preceding text states is the start's; the document's own year
    is the end's when the document is dated in the span's last months (a January text on `с 30
    декабря по 8 января`), or between its end and start months in a past-tense sentence (`в
    декабре–феврале потребление выросло`, written in March); else the start's."""
    if y is None:
        return None, None
    if not crosses:
        return y, y
    if how is not None:
        return y - 1, y
    if c.carry is None and c.month and c.year == y and c.month < m1 and (c.month <= m2 or c.tense() == "past"):
        return y - 1, y
    return y, y + 1


def safe_day(y, m, d) -> Optional[date]:
    try:
        return date(y, m, d)
    except (ValueError, TypeError):
        return None


def one(d: Optional[date]) -> Span:
    return d, d


def add_months(d: date, n: int) -> date:
    y, mo = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, mo + 1, min(d.day, calendar.monthrange(y, mo + 1)[1]))


def shift(d: Optional[date], years=0, months=0, weeks=0, days=0) -> Optional[date]:
    """A day moved by whole calendar units (`через 2 недели`, `1 год, 1 месяц назад`)."""
    if d is None:
        return None
    try:
        if years or months:
            d = add_months(d, 12 * years + months)
        return d + timedelta(weeks=weeks, days=days)
    except (ValueError, OverflowError):
        return None


def week_of(d: date, offset: int = 0) -> Span:
    """Monday to Sunday of d's week, `offset` weeks on."""
    monday = d - timedelta(days=d.weekday()) + timedelta(weeks=offset)
    return monday, monday + timedelta(days=6)


def quarter_of(d: date, offset: int = 0, size: int = 3) -> Span:
    """The quarter (size 3) or half (size 6) holding d, `offset` of them on."""
    k = (d.year * 12 + d.month - 1) // size + offset
    y, first = divmod(k * size, 12)
    return months_span(y, first + 1, first + size)


def two_digit_year(yy: int, ref_year: Optional[int]) -> int:
    """A two-digit year read within 80 years before to 20 after the reference year
    (today's year when the text gives none): `24` in 2024 is 2024, `74` is 1974."""
    base = ref_year or date.today().year
    y = (base // 100) * 100 + yy
    if y > base + 20:
        y -= 100
    elif y <= base - 80:
        y += 100
    return y


# --- weekdays and weekends ----------------------------------------------------
def weekday_near(ref: date, wd: int, tense: Optional[str]) -> date:
    """Weekday wd (1 = Monday) as news uses a bare one: in a future-tense sentence the next
    such day on or after the reference day, in a past-tense one the most recent one on or
    before it; with no verb to tell, the one of the reference day's week."""
    diff = wd - 1 - ref.weekday()
    if tense == "future":
        return ref + timedelta(days=diff % 7)
    if tense == "past":
        return ref - timedelta(days=(-diff) % 7)
    return ref + timedelta(days=diff)


def weekday_of_week(ref: date, wd: int, week_offset: int) -> date:
    """Weekday wd of the week `week_offset` weeks from the reference day's
    (`в следующую среду`, `в предыдущий понедельник`, `на следующей неделе в среду`)."""
    return week_of(ref, week_offset)[0] + timedelta(days=wd - 1)


def weekend(ref: date, offset: Optional[int], tense: Optional[str]) -> Span:
    """Saturday and Sunday: of the reference week moved by `offset` weeks (`в эти/прошлые
    выходные`), or for a bare `в выходные` by the tense, as for a weekday."""
    if offset is None:
        sat = weekday_near(ref, 6, tense)
        if tense != "future" and ref.weekday() == 6:    # on a Sunday, the weekend just lived
            sat = ref - timedelta(days=1)
        return sat, sat + timedelta(days=1)
    sat = week_of(ref, offset)[0] + timedelta(days=5)
    return sat, sat + timedelta(days=1)


# --- holidays -----------------------------------------------------------------
def holiday_day(month_day: str, y: Optional[int], ref: Optional[date]) -> Optional[date]:
    """A named day in year y. Without a stated year, a day early in January named in a
    November or December text is the coming one (`в канун Нового года`, `к Новому году`)."""
    if y is None:
        return None
    mo, d = map(int, month_day.split("-"))
    if ref is not None and ref.year == y and ref.month >= 11 and mo == 1 and d <= 14:
        y += 1
    return safe_day(y, mo, d)
