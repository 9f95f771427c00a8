"""Builders of reporting periods and parts of a year: a rule's match → a `Parsed` mention.

`за 7 месяцев 2024 года`, `по итогам девяти месяцев`, `за три квартала`, `в первом полугодии`,
`во II–III кварталах`, `за полугодие`, `по итогам 2024 года`, `до конца года`. A period that
states no year takes the year of the sentence's line of events, else the document's (`resolve.Ctx`).
"""
from __future__ import annotations

import re
from datetime import date

from .builders import g, stated_year, year_of
from .lex import DEICTIC_OF, LEX, ORDINAL_OF, alt, low, number
from .resolve import NONE, Parsed, month_span, months_span, quarter_of, year_span

# `об итогах девяти месяцев`, `по итогам полугодия`: a report's period with no `за`
RESULTS_BEFORE = re.compile(r"(?:^|[^\w])(?:" + alt(LEX["results_words"]["words"]) + r")\s+$")


def _first_months(m, st, n_months, gran):
    """`за 7 месяцев 2024 года`, `за три квартала`: the year's first months."""
    if m["prep"] in ("через", "спустя"):
        return None
    yf, how = year_of(m, st)
    if how is None and not low(m["prep"]).startswith("за") and not RESULTS_BEFORE.search(m.before):
        return None             # `за 7 месяцев`, `по итогам 9 месяцев`, `итоги девяти месяцев`, not `7 месяцев`
    y = stated_year(m)

    def res(c):
        x = yf(c)
        return months_span(x, 1, n_months) if x else NONE
    end = month_span(y, n_months)[1] if y else None
    return Parsed(0, 0, "period", gran, resolve=res, period_end=end, year=y)


def b_months_period(m, st):
    from .relative import b_duration_n
    if m["prep"] in ("через", "спустя"):
        return None                    # `через 3 месяца`: an offset (relative.b_shift)
    n = number(m["n"])
    if not n or n != int(n) or not 1 <= n <= 12:
        return b_duration_n(m, st)     # `полтора месяца`, `18 месяцев`: a length
    return _first_months(m, st, int(n), "month") or b_duration_n(m, st)


def b_quarters_period(m, st):
    n = number(m["n"])
    if not n or n != int(n) or not 1 <= n <= 4:
        return None
    return _first_months(m, st, 3 * int(n), "quarter")


def b_ordinal_period(m, st):
    """`в первом полугодии 2024 года`, `за IV квартал прошлого года`."""
    if m["prep"] in ("через", "спустя"):
        return None                    # `через 2 квартала`: a length of time
    k = ORDINAL_OF.get(low(m["ord"]))
    half = low(m["what"]).startswith("полугод")
    if not k or (half and k > 2) or k > 4:
        return None
    size = 6 if half else 3
    yf, how = year_of(m, st)
    y = stated_year(m)

    def res(c):
        x = yf(c)
        return months_span(x, size * (k - 1) + 1, size * k) if x else NONE
    end = month_span(y, size * k)[1] if y else None
    return Parsed(0, 0, "period", "half" if half else "quarter", resolve=res, period_end=end, year=y)


def b_ordinal_range(m, st):
    """`во II–III кварталах`, `в первом и втором полугодиях 2024 года`, `за I, II и III кв.`: from the
    first quarter or half to the last."""
    if m["prep"] in ("через", "спустя"):
        return None
    half = low(m["what"]).startswith("полугод")
    ks = [ORDINAL_OF.get(low(x).strip()) for x in [m["ord1"]] + (g(m, "mid") or "").split(",")[1:] + [m["ord"]]]
    if None in ks or ks != sorted(set(ks)) or ks[-1] > (2 if half else 4):
        return None
    size = 6 if half else 3
    yf, how = year_of(m, st)
    y = stated_year(m)

    def res(c):
        x = yf(c)
        return months_span(x, size * (ks[0] - 1) + 1, size * ks[-1]) if x else NONE
    end = month_span(y, size * ks[-1])[1] if y and ks[0] == 1 else None
    return Parsed(0, 0, "range", "half" if half else "quarter", resolve=res, period_end=end, year=y)


def b_bare_period(m, st):
    """`за полугодие`, `за квартал`, `по итогам полугодия`, `итоги квартала`: the last half or quarter
    that ended before the document's day (a 15 October text: January–June, July–September), in the
    year the preceding text states if it is that one's."""
    w = low(m["what"])
    half = w.startswith("полугод")
    if not (m["prep"] == "за" and w in ("полугодие", "квартал")
            or not m["prep"] and w in ("полугодия", "квартала") and RESULTS_BEFORE.search(m.before)):
        return None
    size = 6 if half else 3
    yf, how = year_of(m, st)
    if how is not None:                 # `за полугодие 2024 года`, `за полугодие текущего года`: its first half
        if not half:
            return None
        return Parsed(0, 0, "period" if how == "explicit" else "relative", "half", year=stated_year(m),
                      resolve=lambda c: months_span(yf(c), 1, 6) if yf(c) else NONE)

    def res(c):
        if not (c.year and c.month):
            return NONE
        a, b = quarter_of(c.day or month_span(c.year, c.month)[0], -1, size)
        return (a, b) if c.carry in (None, a.year) else NONE
    return Parsed(0, 0, "period", "half" if half else "quarter", resolve=res)


def b_results_year(m, st):
    y = int(m["year"])
    st.last_year = y
    return Parsed(0, 0, "period", "year", resolve=lambda c: year_span(y), period_end=date(y, 12, 31), year=y)


def b_part_of_year(m, st):
    """`до конца года`, `с начала года`, `по итогам года`, `в начале этого года`: the whole year;
    a bare `года` is the year of the sentence's line of events, else the document's.
    `до конца месяца`, `до конца недели`, `до конца дня`: the month, week or day it is."""
    unit = low(m["pu"])
    if unit != "года":
        from .relative import b_this
        return b_this({"месяца": "month", "недели": "week", "дня": "day"}[unit],
                      DEICTIC_OF[low(m["deic"])] if g(m, "deic") else 0)
    if g(m, "deic"):
        off = DEICTIC_OF[low(m["deic"])]
        return Parsed(0, 0, "relative", "year", resolve=lambda c: year_span(c.year + off) if c.year else NONE)
    deadline = m["prep"] in ("до", "к", "ко", "с", "со")      # `до конца года`, `с начала года`: this year

    def res(c):
        y = (c.own_year() if deadline else None) or c.yearless()
        return year_span(y) if y else NONE
    return Parsed(0, 0, "relative", "year", resolve=res)


def year_half(p: Parsed, k: int) -> Parsed:
    """`в первой половине 2024 года`, `во второй половине текущего года`: a year's mention narrowed to
    the half `k` names (January–June, July–December), a reporting period of its own."""
    whole = p.resolve

    def res(c):
        a, b = whole(c)
        if a is None or b is None or (a.month, a.day, b.month, b.day) != (1, 1, 12, 31) or a.year != b.year:
            return a, b
        return months_span(a.year, 6 * k - 5, 6 * k)
    p.resolve, p.granularity = res, "half"
    if p.kind == "date":
        p.kind = "period"
    if p.year:
        p.period_end = month_span(p.year, 6 * k)[1]
    return p
