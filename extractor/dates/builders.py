"""Builders of calendar mentions: a rule's match → a `Parsed` mention.

Days, months, seasons, years, decades, their ranges and reporting periods,
in digits or in words. What a builder cannot know yet (the document's year,
the year of the sentence's line of events) it leaves to `resolve(ctx)`.
Reporting periods and parts of a year are in `periods.py`; relative mentions
(offsets, weekdays, holidays, durations) in `relative.py`.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from . import words
from .lex import DEICTIC_OF, LEX, MONTH_OF, ORDINAL_OF, SEASON_OF, WEEKDAY_ABBR_OF, WEEKDAY_OF, alt, low, month_of
from .resolve import NONE, Parsed, month_span, months_span, one, safe_day, span_years, two_digit_year, year_span


SHORT_NOT_AFTER = frozenset(LEX["short_date_guards"]["not_before"])
SHORT_NOT_BEFORE = re.compile(r"(?:^|[^\w])(?:" + alt(LEX["short_date_guards"]["not_before"]) + r")\s*$")


class Scan:
    """What the scan of the text has read so far (for `того же года`)."""
    last_year: Optional[int] = None


def g(m, name) -> Optional[str]:
    """A group of the match, None when the rule has no such group or it did not take part."""
    return m.groupdict().get(name)


def day_of(s: str) -> Optional[int]:
    """`15`, `05`, `15-го`, `пятнадцатого`, `двадцать первое` → the day number."""
    d = re.match(r"\d+", s)
    return int(d.group()) if d else words.day_value(s)


def stated_year(m) -> Optional[int]:
    """The year written in the match, in digits or words (two digits read against today's year)."""
    for name in ("year", "year2", "year3"):
        if g(m, name):
            return int(g(m, name))
    if g(m, "yw"):
        return words.year_value(g(m, "yw"))
    if g(m, "yy"):
        return two_digit_year(int(g(m, "yy")), None)
    return None


def year_of(m, st: Scan):
    """The year of a month or day: written (digits, words, two digits), deictic (`этого года`),
    `с.г.`, anaphoric (`того же года`) or none: (a resolver of ctx, how it was given)."""
    if g(m, "yy"):
        yy = int(g(m, "yy"))
        st.last_year = two_digit_year(yy, None)
        return (lambda c: two_digit_year(yy, c.year)), "explicit"
    y = stated_year(m)
    if y:
        st.last_year = y
        return (lambda c: y), "explicit"
    if g(m, "deic"):
        off = DEICTIC_OF[low(g(m, "deic"))]
        cmp = (lambda c: c.compared if off else None)     # `чем в текущем году`: the document's own
        return (lambda c: (cmp(c) or c.year) + off if c.year or cmp(c) else None), "relative"
    if g(m, "sg"):
        return (lambda c: c.year), "relative"
    if g(m, "same"):
        y = st.last_year
        return (lambda c: y), "relative"
    return (lambda c: c.yearless()), None


def weekday_of(word: Optional[str]) -> Optional[int]:
    w = low(word).rstrip(".") if word else ""
    return WEEKDAY_OF.get(w) or WEEKDAY_ABBR_OF.get(w)


def weekday_day(y, mon, d, wd):
    """Day d of month mon in year y; with a weekday and no stated year (`В пятницу, 21 января`,
    `16.10 (ср)`), in the year next to y in which that day is that weekday."""
    if wd and y:
        return next((day for day in (safe_day(y + k, mon, d) for k in (0, 1, -1)) if day and day.isoweekday() == wd),
                    None)
    return safe_day(y, mon, d)


def _kind(how, absolute="date"):
    return "relative" if how == "relative" else absolute


def b_numeric(m, st):
    """`15.08.2024`, `27. 05.99`, `2/3/1906`, `2024-08-15`, `03-фев-2002`."""
    mon = int(m["m"]) if g(m, "m") else month_of(m["mon"])
    d = int(m["d"])
    if not 1 <= mon <= 12 or not 1 <= d <= 31:
        return None
    if g(m, "yy"):
        yy = int(m["yy"])
        full = safe_day(two_digit_year(yy, None), mon, d)
        if not full:
            return None
        st.last_year = full.year
        return Parsed(0, 0, "date", "day", resolve=lambda c: one(safe_day(two_digit_year(yy, c.year), mon, d)),
                      full_date=full, year=full.year)
    full = safe_day(int(m["year"]), mon, d)
    if not full:
        return None
    st.last_year = full.year
    return Parsed(0, 0, "date", "day", resolve=lambda c: one(full), full_date=full, year=full.year)


def b_short_numeric(m, st):
    """`15.02`, `14.10.`: a day and month in digits, the year from the text (not `в 10.05`, a clock
    time, nor `ст. 14.12`, an article number)."""
    wd = weekday_of(g(m, "wd") or g(m, "wd3"))
    if not wd and (m["prep"] in SHORT_NOT_AFTER or SHORT_NOT_BEFORE.search(m.before)):
        return None
    mon, d = int(m["m"]), int(m["d"])
    if not 1 <= mon <= 12 or not 1 <= d <= 31:
        return None
    return Parsed(0, 0, "date", "day", resolve=lambda c: one(weekday_day(c.yearless(), mon, d, wd)))


def b_numeric_range(m, st):
    """`14.–15.10.2018`, `14./15.10.`, `с 14.10. по 15.10.2018`, `14.10–15.10.2018`,
    `с 25.12 по 10.01.2025` (across the new year)."""
    m2 = int(m["m"])
    m1 = int(m["m1"]) if g(m, "m1") else m2
    d1, d2 = int(m["d1"]), int(m["d"])
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31) or (m1, d1) == (m2, d2) \
            or (m1 == m2 and d1 > d2):
        return None
    crosses = (m1, d1) > (m2, d2)
    yy = int(m["yy"]) if g(m, "yy") else None
    y2 = int(m["year"]) if g(m, "year") else two_digit_year(yy, None) if yy is not None else None
    y1 = int(m["y1"]) if g(m, "y1") else None
    if y1 and y2 and (y1 > y2 or y1 == y2 and crosses):
        return None
    if y1 and not y2:
        y2 = y1 + crosses
    if y2 and not y1:
        y1 = y2 - crosses
    if y2:
        st.last_year = y2

    def res(c):
        if yy is not None and not g(m, "y1"):
            b = two_digit_year(yy, c.year)
            a = b - crosses
        elif y2:
            a, b = y1, y2
        else:
            a, b = span_years(c, c.yearless(), None, m1, m2, crosses)
        return (safe_day(a, m1, d1), safe_day(b, m2, d2)) if a and b else NONE
    full = safe_day(y1, m1, d1) if y1 else None
    return Parsed(0, 0, "range", "day", resolve=res, full_date=full, year=y2)


def b_day(m, st):
    """`15 августа 2024 года`, `восемнадцатого февраля`, `13 авг. 2005`, `Авг 26, 2015`,
    `второго пятого две тысячи девятого года`."""
    if g(m, "om"):
        mon = words.ordinal_forms().get(low(m["om"]))
        if not mon or mon > 12 or not stated_year(m):
            return None
    else:
        mon = month_of(m["mon"])
    d = day_of(m["d"])
    if not d:
        return None
    if g(m, "bc"):
        return Parsed(0, 0, "date", "day")
    yf, how = year_of(m, st)
    y = stated_year(m)
    full = safe_day(y, mon, d) if y else None
    if y and not full:
        return None
    wd = weekday_of(g(m, "wd") or g(m, "wd2") or g(m, "wd3"))

    def res(c):
        return one(weekday_day(yf(c), mon, d, wd if how is None else None))
    return Parsed(0, 0, _kind(how), "day", resolve=res, full_date=full, year=y)


def b_dayrange(m, st):
    """`1-3 октября`, `с 25 мая по 2 июня 2024 года`, `20 и 21 марта`, `8 авг - 12 авг`,
    `с 30 декабря по 8 января` (across the new year), `с 20 декабря 2024 года по 15 января 2025 года`."""
    m2 = month_of(m["mon"])
    m1 = month_of(m["mon1"]) if g(m, "mon1") else m2
    d1, d2 = day_of(m["d1"]), day_of(m["d"])
    if not d1 or not d2 or (m1 == m2 and d1 > d2):
        return None
    if g(m, "mid"):                     # `20, 21 и 22 марта`: from the first day to the last
        days = [day_of(x.strip()) for x in m["mid"].split(",") if x.strip()] + [d2]
        if m1 == m2:                    # `30 ноября, 1 и 2 декабря`: the days after the first are the last month's
            days = [d1] + days
        if None in days or days != sorted(set(days)):
            return None
    y1 = int(m["y1"]) if g(m, "y1") else None
    if y1 and low(g(m, "sep")) == "и":
        return None                     # `1 мая 2024 года и 9 мая`: two days, not a span
    crosses = (m1, d1) > (m2, d2)
    yf, how = year_of(m, st)
    y = stated_year(m)
    if y1 and y and (y1 > y or y1 == y and crosses):
        return None
    if y1 and not y:
        st.last_year = y1 + crosses

    def res(c):
        if y1:
            a, b = y1, (y if y else y1 + crosses)
        else:
            a, b = span_years(c, yf(c), how, m1, m2, crosses)
        return (safe_day(a, m1, d1), safe_day(b, m2, d2)) if a and b else NONE
    start_year = y1 or (y - crosses if y else None)
    return Parsed(0, 0, "range", "day", resolve=res, full_date=safe_day(start_year, m1, d1) if start_year else None,
                  year=y or (y1 and y1 + crosses))


def b_night(m, st):
    return b_dayrange(m, st) if g(m, "d1") else b_day(m, st)


def b_month(m, st):
    mon = month_of(m["mon"])
    yf, how = year_of(m, st)
    if how is None and low(m["mon"]) not in MONTH_OF:
        return None                     # `окт.` alone; `в окт. 2024 г.` is a month

    def res(c):
        y = yf(c)
        return month_span(y, mon) if y else NONE
    return Parsed(0, 0, _kind(how), "month", resolve=res, year=stated_year(m))


def b_monthrange(m, st):
    """`январь-июль 2024 года`, `с января по июль`, `декабрь–февраль` (across the new year),
    `с декабря 2024 года по февраль 2025 года`."""
    m1, m2 = month_of(m["mon1"]), month_of(m["mon"])
    listed = g(m, "mid") is not None
    if m1 == m2 or listed and not _in_order([m1] + [month_of(x.strip()) for x in m["mid"].split(",") if x.strip()]
                                            + [m2]):
        return None
    y1 = int(m["y1"]) if g(m, "y1") else None
    yf, how = year_of(m, st)
    y = stated_year(m)
    crosses = m1 > m2
    if y1 and y and (y1 > y or y1 == y and crosses):
        return None
    if y1 and not y:
        st.last_year = y1 + crosses

    def res(c):
        if y1:
            a, b = y1, (y if y else y1 + crosses)
        else:
            a, b = span_years(c, yf(c), how, m1, m2, crosses)
        return (month_span(a, m1)[0], month_span(b, m2)[1]) if a and b else NONE
    # only a span from January is a reporting period (`январь-июль 2024 года`)
    period_end = month_span(y, m2)[1] if y and m1 == 1 and not y1 else None
    return Parsed(0, 0, "range", "month", resolve=res, period_end=period_end, year=y or (y1 and y1 + crosses))


def _in_order(months) -> bool:
    """Each month of a list after the one before, across at most one new year and within half a year
    (`в ноябре, декабре и январе`, not `в марте и январе`)."""
    return sum(b <= a for a, b in zip(months, months[1:])) <= (1 if months[-1] < months[0] else 0) \
        and (months[-1] - months[0]) % 12 <= 5


def b_month_decade(m, st):
    """`в первой декаде марта`: days 1-10, 11-20 or 21 to the end of the month."""
    k = ORDINAL_OF.get(low(m["ord"])) or words.day_value(m["ord"])
    if not k or k > 3:
        return None
    mon = month_of(m["mon"])
    yf, how = year_of(m, st)

    def res(c):
        y = yf(c)
        if not y:
            return NONE
        last = month_span(y, mon)[1]
        return date(y, mon, 10 * (k - 1) + 1), (date(y, mon, 10 * k) if k < 3 else last)
    return Parsed(0, 0, _kind(how), None, resolve=res, year=stated_year(m))


def b_season(m, st):
    if not (m["prep"] or g(m, "part") or stated_year(m) or g(m, "deic") or g(m, "sdeic") or g(m, "sg")
            or g(m, "same")) and not re.search(r"(ой|ою|ом|ью)$", low(m["season"])):
        return None     # `весну`, `осень` alone: a noun, not a time
    a, b = SEASON_OF[low(m["season"])]
    if g(m, "y1"):                      # `зимой 2024–2025 годов`: the winter across those two years
        y1 = int(m["y1"])
        if not (a > b and stated_year(m) == y1 + 1):
            return None
        st.last_year = y1 + 1
        return Parsed(0, 0, "date", None, resolve=lambda c: (month_span(y1, a)[0], month_span(y1 + 1, b)[1]))
    if g(m, "sdeic") and re.search(r"[ое]го$", low(m["sdeic"])) and not re.search(r"(а|ы|и)$", low(m["season"])):
        return None     # `предстоящего летом этого года`: the genitive word goes with another noun
    yf, how = year_of(m, st)
    if g(m, "sdeic") and not stated_year(m):    # `следующим летом`, `прошлой осенью` (not `этой осенью 2004 года`)
        off = DEICTIC_OF[low(m["sdeic"])]
        yf, how = (lambda c: c.year + off if c.year else None), "relative"

    def res(c):
        y = yf(c)
        if not y:
            return NONE
        if a > b:   # winter runs December to February
            return month_span(y, a)[0], month_span(y + 1, b)[1]
        return months_span(y, a, b)
    return Parsed(0, 0, _kind(how), None, resolve=res, year=stated_year(m))


def b_year(m, st):
    if g(m, "bc"):
        return Parsed(0, 0, "date", "year")          # `5000 год до н.э.`: no ISO date
    if g(m, "yy"):
        yy = int(m["yy"])
        st.last_year = two_digit_year(yy, None)
        return Parsed(0, 0, "date", "year", resolve=lambda c: year_span(two_digit_year(yy, c.year)),
                      year=st.last_year)
    y = stated_year(m)
    if not y:
        return None
    st.last_year = y
    return Parsed(0, 0, "date", "year", resolve=lambda c: year_span(y), year=y)


def b_yearrange(m, st):
    y1 = int(m["y1"])
    y2 = y1 // 100 * 100 + int(m["yy2"]) if g(m, "yy2") else int(m["year"])     # `2024/25 учебный год`
    years = [y1] + [int(x) for x in (g(m, "mid") or "").split(",") if x.strip()] + [y2]
    if y2 < y1 or years != sorted(set(years)):
        return None
    st.last_year = y2
    return Parsed(0, 0, "range", "year", resolve=lambda c: (date(y1, 1, 1), date(y2, 12, 31)))


def b_decade(m, st):
    s = m["dec"]
    y = int(s) if len(s) == 4 else 1900 + int(s)
    if y % 10:
        return None
    return Parsed(0, 0, "date", None, resolve=lambda c: (date(y, 1, 1), date(y + 9, 12, 31)))
