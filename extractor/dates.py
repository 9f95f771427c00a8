"""Dates stage: find date expressions in a news text and resolve them to ISO.

A grammar of compiled regexes (one per rule, built from the word lists of
`lexicons/dates.json`) runs over each sentence; every rule hands its match
to a small builder that returns a `Parsed` mention whose calendar fields
may still need the document's reference date. When every sentence is read
the reference date is fixed (the caller's, else one inferred from the
text) and each mention resolves against it.

Rules overlap on purpose (`15 августа 2024 года` also holds a month and a
year); the longest match wins, so the rule order only breaks ties.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, List, Optional, Tuple

from . import lexicons
from .figures.numbers import parse_digits, word_forms, words_value
from .schema import DateMention, ReferenceDate

LEX = lexicons.table("dates.json")


def _alt(words) -> str:
    """A regex alternation of word forms as a trie, so a failing position costs one
    character test instead of one per word; longer forms are tried first (`года` before `год`)."""
    trie: dict = {}
    for w in {w.replace("ё", "е").lower() for w in words}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(sub) for ch, sub in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body


def _index(table) -> dict:
    """{key: [forms]} → {form: key}."""
    return {f.replace("ё", "е"): k for k, forms in table.items() for f in forms}


MONTH_OF = {f: int(k) for f, k in _index(LEX["months"]).items()}
WEEKDAY_OF = _index(LEX["weekdays"])
SEASON_OF = {f: tuple(LEX["seasons"][k][1]) for k in LEX["seasons"] for f in LEX["seasons"][k][0]}
UNIT_OF = _index(LEX["units"])
ORDINAL_OF = {f: int(k) for f, k in _index(LEX["ordinals"]).items()}
DEICTIC_OF = {f: int(k) for f, k in _index(LEX["deictic_words"]).items()}
DAYWORD_OF = {f: int(k) for f, k in _index(LEX["day_words"]).items()}
HOUR_PREFIX = LEX["hour_adjective_prefixes"]

# --- grammar pieces ---------------------------------------------------------
L = r"(?<![\w-])"            # left word edge
R = r"(?![\w])"              # right word edge
S = r"[ \u00a0]+"            # a space inside a phrase
DASH = r"\s*[-–—]\s*"
MONTH = _alt(MONTH_OF)
WEEKDAY = _alt(WEEKDAY_OF)
SEASON = _alt(SEASON_OF)
UNIT = _alt(UNIT_OF)
# `2024 году`, `2024-2025 учебном году`: an adjective may stand between a year and its noun
YW = r"(?:" + _alt(LEX["year_adjectives"]) + r"[ \u00a0]+)?" + _alt(LEX["year_words"])
ORD = _alt(ORDINAL_OF)
DEICTIC = _alt(DEICTIC_OF)
QUARTER = _alt(LEX["quarter_words"])
HALF = _alt(LEX["half_words"])
PART = _alt(LEX["part_words"])
VAGUE = _alt(LEX["vague_numbers"])
PREP = r"(?P<prep>" + _alt(LEX["prepositions"]) + S + r")?"
NUMWORD = _alt(w for w, v in word_forms().items() if v.kind != "scale" and re.fullmatch(r"[а-я]+", w))
NUM = r"(?:\d+(?:[.,]\d+)?(?:-?[хи])?|%s(?:%s%s){0,3})" % (NUMWORD, S, NUMWORD)
YEAR = r"(?:[12]\d{3}|[3-9]\d{3})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:-?(?:го|е))?"
PARTS = r"(?:(?P<part>" + PART + r")" + S + r")?"
# `2024 года`, `2024 г.`, `2010-го`
YEAR_TAIL = r"(?P<year>" + YEAR + r")(?:-?го)?(?:" + S + YW + r")?"
# what may follow a month: an explicit year, or `этого/прошлого года`, `с.г.`, `того же года`
MONTH_TAIL = (r"(?:" + S + r"(?:" + YEAR_TAIL + r"|(?P<deic>" + DEICTIC + r")" + S + r"года|"
              r"(?P<sg>[ст]\.\s?г\.)|(?P<same>того" + S + r"же" + S + r"года)))?")
# a weekday before the day (`в пятницу, 21 января`, `в эту пятницу 21 января`); a deictic word only
# with the weekday (`Об этом 3 марта` is no `этом 3 марта`)
WD_APPOS = (r"(?:(?:(?:" + DEICTIC + r"|ближайш\w+)" + S + r")?(?P<wd>" + WEEKDAY + r")"
            r"(?:" + S + r"(?:днем|утром|вечером|ночью))?,?" + S + r")?")


@dataclass
class Parsed:
    start: int
    stop: int
    kind: str
    granularity: Optional[str] = None
    duration: Optional[str] = None
    resolve: Callable[["Ctx"], Tuple[Optional[date], Optional[date]]] = lambda ctx: (None, None)
    full_date: Optional[date] = None      # an explicit day with its year
    period_end: Optional[date] = None     # an explicit reporting period with its year
    bounded: bool = False                 # opened by `с`, `до`, `начиная с`


@dataclass
class Ctx:
    year: Optional[int] = None           # the document's own year
    day: Optional[date] = None           # the document's own day, when given by the caller
    last_year: Optional[int] = None      # the latest explicit year read so far (`того же года`)


# --- calendar helpers -------------------------------------------------------
def month_span(y, m):
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def year_span(y):
    return date(y, 1, 1), date(y, 12, 31)


def safe_day(y, m, d):
    try:
        return date(y, m, d)
    except ValueError:
        return None


def number(s: str) -> Optional[float]:
    s = re.sub(r"(?<=\d)-?[хи]$", "", s.strip())   # `10-и`, `80-х`
    v = parse_digits(s)
    if v is not None:
        return v
    w = words_value(s)
    return w[0] if w else None


def iso_duration(n: float, unit: str) -> str:
    v = ("%g" % n)
    if unit in ("H", "MIN", "S"):
        return "PT" + v + {"H": "H", "MIN": "M", "S": "S"}[unit]
    return "P" + v + unit


def _low(s: Optional[str]) -> str:
    return re.sub(r"\s+", " ", (s or "").lower().replace("ё", "е"))


# --- builders: match → Parsed -------------------------------------------------
def b_numeric(m, st):
    d = safe_day(int(m["y"]), int(m["m"]), int(m["d"]))
    if not d:
        return None
    st.last_year = d.year
    return Parsed(0, 0, "date", "day", resolve=lambda c: (d, d), full_date=d)


def _year_of(m, st):
    """The year written after a month/day: explicit, deictic or anaphoric (a resolver of ctx)."""
    if m["year"]:
        y = int(m["year"])
        st.last_year = y
        return (lambda c: y), "explicit"
    if m.groupdict().get("deic"):
        off = DEICTIC_OF[_low(m["deic"])]
        return (lambda c: c.year + off if c.year else None), "relative"
    if m.groupdict().get("sg"):
        return (lambda c: c.year), "relative"
    if m.groupdict().get("same"):
        y = st.last_year
        return (lambda c: y), "relative"
    return (lambda c: c.year), None


def b_day(m, st):
    mon = MONTH_OF[_low(m["mon"])]
    d = int(re.match(r"\d+", m["d"]).group())
    yf, how = _year_of(m, st)

    def res(c):
        y = yf(c)
        x = safe_day(y, mon, d) if y else None
        return x, x
    full = safe_day(int(m["year"]), mon, d) if m["year"] else None
    return Parsed(0, 0, "relative" if how == "relative" else "date", "day", resolve=res, full_date=full)


def b_dayrange(m, st):
    m2 = MONTH_OF[_low(m["mon"])]
    m1 = MONTH_OF[_low(m["mon1"])] if m["mon1"] else m2
    d1 = int(re.match(r"\d+", m["d1"]).group())
    d2 = int(re.match(r"\d+", m["d"]).group())
    yf, how = _year_of(m, st)

    def res(c):
        y = yf(c)
        if not y:
            return None, None
        return safe_day(y, m1, d1), safe_day(y, m2, d2)
    full = safe_day(int(m["year"]), m1, d1) if m["year"] else None
    return Parsed(0, 0, "range", "day", resolve=res, full_date=full)


def b_night(m, st):
    p = b_day(m, st)
    if m["d1"]:
        p2 = b_dayrange(m, st)
        return p2
    return p


def b_month(m, st):
    mon = MONTH_OF[_low(m["mon"])]
    yf, how = _year_of(m, st)

    def res(c):
        y = yf(c)
        return month_span(y, mon) if y else (None, None)
    return Parsed(0, 0, "relative" if how == "relative" else "date", "month", resolve=res)


def b_monthrange(m, st):
    m1, m2 = MONTH_OF[_low(m["mon1"])], MONTH_OF[_low(m["mon"])]
    yf, how = _year_of(m, st)

    def res(c):
        y = yf(c)
        return (month_span(y, m1)[0], month_span(y, m2)[1]) if y else (None, None)
    # only a span from January is a reporting period (`январь-июль 2024 года`)
    period_end = month_span(int(m["year"]), m2)[1] if m["year"] and m1 == 1 else None
    return Parsed(0, 0, "range", "month", resolve=res, period_end=period_end)


def b_season(m, st):
    if not (m["prep"] or m["part"] or m["year"] or m["deic"] or m["sdeic"] or m["sg"] or m["same"]) \
            and not re.search(r"(ой|ою|ом|ью)$", _low(m["season"])):
        return None     # `весну`, `осень` alone: a noun, not a time
    a, b = SEASON_OF[_low(m["season"])]
    yf, how = _year_of(m, st)
    if m["sdeic"] and not m["year"]:    # `следующим летом`, `прошлой осенью` (not `этой осенью 2004 года`)
        off = DEICTIC_OF[_low(m["sdeic"])]
        yf, how = (lambda c: c.year + off if c.year else None), "relative"

    def res(c):
        y = yf(c)
        if not y:
            return None, None
        if a > b:   # winter runs December to February
            return month_span(y, a)[0], month_span(y + 1, b)[1]
        return month_span(y, a)[0], month_span(y, b)[1]
    return Parsed(0, 0, "relative" if how == "relative" else "date", None, resolve=res)


def b_year(m, st):
    y = int(m["year"])
    if len(m["year"]) == 2:
        y += 1900
    st.last_year = y
    return Parsed(0, 0, "date", "year", resolve=lambda c: year_span(y))


def b_yearrange(m, st):
    y1, y2 = int(m["y1"]), int(m["year"])
    st.last_year = y2
    return Parsed(0, 0, "range", "year", resolve=lambda c: (date(y1, 1, 1), date(y2, 12, 31)))


def b_decade(m, st):
    s = m["dec"]
    y = int(s) if len(s) == 4 else 1900 + int(s)
    if y % 10:
        return None
    return Parsed(0, 0, "date", None, resolve=lambda c: (date(y, 1, 1), date(y + 9, 12, 31)))


def b_months_period(m, st):
    n = number(m["n"])
    if not n or n != int(n) or not 1 <= n <= 12:
        return b_duration_n(m, st)     # `полтора месяца`, `18 месяцев`: a length
    n = int(n)
    yf, how = _year_of(m, st)
    if how is None and not _low(m["prep"]).startswith("за"):
        return b_duration_n(m, st)

    def res(c):
        y = yf(c)
        return (date(y, 1, 1), month_span(y, n)[1]) if y else (None, None)
    end = month_span(int(m["year"]), n)[1] if m["year"] else None
    return Parsed(0, 0, "period", "month", resolve=res, period_end=end)


def b_quarters_period(m, st):
    """`за три квартала 2025 года`, `за 2 квартала`: the year's first quarters."""
    n = number(m["n"])
    if not n or n != int(n) or not 1 <= n <= 4:
        return None
    months = 3 * int(n)
    yf, how = _year_of(m, st)
    if how is None and not _low(m["prep"]).startswith("за"):
        return None

    def res(c):
        y = yf(c)
        return (date(y, 1, 1), month_span(y, months)[1]) if y else (None, None)
    end = month_span(int(m["year"]), months)[1] if m["year"] else None
    return Parsed(0, 0, "period", "quarter", resolve=res, period_end=end)


def b_ordinal_period(m, st):
    k = ORDINAL_OF.get(_low(m["ord"]))
    half = bool(re.match(HALF, _low(m["what"])))
    if not k or (half and k > 2) or k > 4:
        return None
    size = 6 if half else 3
    yf, how = _year_of(m, st)

    def res(c):
        y = yf(c)
        return (date(y, size * (k - 1) + 1, 1), month_span(y, size * k)[1]) if y else (None, None)
    end = month_span(int(m["year"]), size * k)[1] if m["year"] else None
    return Parsed(0, 0, "period", "half" if half else "quarter", resolve=res, period_end=end)


def b_results_year(m, st):
    y = int(m["year"])
    st.last_year = y
    return Parsed(0, 0, "period", "year", resolve=lambda c: year_span(y), period_end=date(y, 12, 31))


def b_deictic(m, st):
    off = DEICTIC_OF[_low(m["deic"])]
    u = _low(m["u"])
    if u in LEX["deictic_units"]["plural"]:
        return Parsed(0, 0, "relative", None)     # `в прошлые годы`, `в следующее десятилетие`
    if u.startswith("год"):
        return Parsed(0, 0, "relative", "year",
                      resolve=lambda c: year_span(c.year + off) if c.year else (None, None))
    if u.startswith("месяц"):
        def res_m(c):
            if not c.day:
                return None, None
            y, mo = divmod(c.day.year * 12 + c.day.month - 1 + off, 12)
            return month_span(y, mo + 1)
        return Parsed(0, 0, "relative", "month", resolve=res_m)

    def res_w(c):
        if not c.day:
            return None, None
        monday = c.day - timedelta(days=c.day.weekday()) + timedelta(weeks=off)
        return monday, monday + timedelta(days=6)
    return Parsed(0, 0, "relative", None, resolve=res_w)


def b_end_of_year(m, st):
    off = DEICTIC_OF[_low(m["deic"])] if m["deic"] else 0
    last = None if m["deic"] else st.last_year   # bare `до конца года`: the year just named, if any

    def res(c):
        y = c.year + off if c.year else last
        return year_span(y) if y else (None, None)
    return Parsed(0, 0, "relative", "year", resolve=res)


def b_dayword(m, st):
    off = DAYWORD_OF[_low(m["w"])]

    def res(c):
        x = c.day + timedelta(days=off) if c.day else None
        return x, x
    return Parsed(0, 0, "relative", "day", resolve=res)


def b_vague_day(m, st):
    return Parsed(0, 0, "relative", "day")


def b_holiday(m, st):
    mo, d = map(int, LEX["holidays"][re.sub(r"\s+", " ", m.group(0))].split("-"))

    def res(c):
        x = safe_day(c.year, mo, d) if c.year else None
        return x, x
    return Parsed(0, 0, "date", "day", resolve=res)


def b_weekday(m, st):
    return Parsed(0, 0, "relative", "day")


def _unit(m):
    return UNIT_OF[_low(m["u"])]


def _shift(c, n, unit):
    if not c.day or n is None or n != int(n):
        return None
    n = int(n)
    if unit == "D":
        return c.day + timedelta(days=n)
    if unit == "W":
        return c.day + timedelta(weeks=n)
    if unit == "M":
        y, mo = divmod(c.day.year * 12 + c.day.month - 1 + n, 12)
        return safe_day(y, mo + 1, min(c.day.day, calendar.monthrange(y, mo + 1)[1]))
    if unit == "Y":
        return safe_day(c.day.year + n, c.day.month, min(c.day.day, 28 if c.day.month == 2 else 31))
    return None


def b_shift(m, st):
    """`через N дней`, `N дней назад`, `за N дней до …`: an offset from the document's day."""
    unit = _unit(m)
    g = m.groupdict()
    n = number(g["n"]) if g.get("n") else (None if g.get("vague") else 1)     # `через год`
    sign = -1 if (m.groupdict().get("ago") or _low(m["prep"]).startswith("за")) else 1
    gran = LEX["unit_granularity"][unit]
    anchored = _low(m["prep"]).startswith("за")   # `за N дней до события`: the event is not the document's day

    def res(c):
        if anchored or n is None:
            return None, None
        if gran == "year" and c.year and n == int(n):      # `год назад`, `годом ранее`: that year
            return year_span(c.year + sign * int(n))
        if gran != "day":
            return None, None
        x = _shift(c, sign * n, unit)
        return x, x
    return Parsed(0, 0, "relative", gran, resolve=res)


def b_duration_n(m, st):
    g = m.groupdict()
    unit = UNIT_OF[_low(g["u"])]
    vague = _low(g.get("vague"))
    if g.get("n"):
        n = number(g["n"])
        if n is None:
            return None
    elif vague:
        n = None          # `несколько лет`, `последние годы`: a length with no number
    elif _low(g.get("prep")).strip() == "после" and _low(g["u"]) in ("лет", "месяцев", "недель", "дней", "часов"):
        n = None          # `после месяцев переговоров`: a vague length
    elif g.get("whole") or len(_low(g.get("prep")).split()) > 1:
        n = 1             # `в течение недели`, `на протяжении года`, `целый день`
    else:
        return None
    if unit == "H" and not vague and _low(g.get("prep")) in ("с ", "до ", "к ", "со ", "в ") and n and n <= 24 and n == int(n):
        return None       # `с 8 часов`, `до 20 часов`: clock times
    if not g.get("n") and not vague and _low(g.get("prep")).strip() in ("в", "за", "на", "по"):
        return None       # `в сутки`, `в день`: a rate
    return Parsed(0, 0, "duration", None, duration=iso_duration(n, unit) if n else None)


def b_hour_adj(m, st):
    n = HOUR_PREFIX.get(_low(m["pre"]))
    return Parsed(0, 0, "duration", None, duration=iso_duration(n, "H") if n else None)


def b_year_adj(m, st):
    n = number(m["n"])
    return Parsed(0, 0, "duration", None, duration=iso_duration(n, "Y") if n else None)


def b_weeks_plural(m, st):
    return Parsed(0, 0, "duration", None)


# --- the rules ----------------------------------------------------------------
def _rule(pattern: str, build, gate: Optional[str], cased: bool = False) -> Tuple[re.Pattern, Callable, Optional[str], bool]:
    """A rule: its regex, the builder of its match, the name of a GATES pattern that must
    occur in a sentence for the rule to match there (None: always tried), and whether it
    reads the text as written. Other rules read the lower-cased text (the lexicons are
    lower-case): a third faster than matching with re.IGNORECASE."""
    return re.compile(L + pattern + R), build, gate, cased


# cheap look-ups that say which rules can match in a sentence at all (most sentences have no
# date, and one search for a month name costs less than the ten rules built on it)
GATES = {name: re.compile(rx) for name, rx in {
    "dot_date": r"\d\.\d",
    "digit": r"\d",
    "month": MONTH,
    "season": SEASON,
    "night": r"ночь",
    "month_unit": r"месяц",
    "quarter": QUARTER + "|" + HALF,
    "year_word": r"года",
    "deictic": DEICTIC,
    "weekday": WEEKDAY,
    "unit": UNIT,
    "plural_unit": r"неделями|месяцами|годами",
    "hour": r"час",
    "letn": r"летн",
}.items()}


DAY_MONTH = r"(?P<d>" + DAY + r")" + S + r"(?P<mon>" + MONTH + r")"
RULES = [
    _rule(PREP + r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>[12]\d{3})", b_numeric, "dot_date"),
    _rule(r"(?:" + PREP + r")?(?:с" + S + r")?(?P<d1>" + DAY + r")(?:" + S + r"(?P<mon1>" + MONTH + r"))?"
          r"(?:" + DASH + r"|" + S + r"(?:по|и)" + S + r")" + DAY_MONTH + MONTH_TAIL, b_dayrange, "month"),
    _rule(r"в" + S + r"ночь" + S + r"(?:с" + S + r"(?P<d1>" + DAY + r")(?:" + S + r"(?P<mon1>" + MONTH + r"))?" + S + r")?на" + S
          + DAY_MONTH + MONTH_TAIL, b_night, "night"),
    _rule(PREP + WD_APPOS + PARTS + DAY_MONTH + MONTH_TAIL + r"(?:,?" + S + r"в" + S + WEEKDAY + r")?", b_day, "month"),
    _rule(PREP + r"(?P<mon1>" + MONTH + r")(?:" + DASH + r"|" + S + r"по" + S + r")(?P<mon>" + MONTH + r")" + MONTH_TAIL,
          b_monthrange, "month"),
    _rule(PREP + PARTS + r"(?P<mon>" + MONTH + r")" + MONTH_TAIL, b_month, "month"),
    _rule(PREP + PARTS + r"(?:(?P<sdeic>" + DEICTIC + r")" + S + r")?(?P<season>" + SEASON + r")" + MONTH_TAIL,
          b_season, "season"),
    _rule(PREP + r"(?P<y1>" + YEAR + r")(?:-?х)?" + r"(?:" + DASH + r"|" + S + r"(?:по|и)" + S + r")(?P<year>" + YEAR + r")(?:-?х)?"
          + S + YW, b_yearrange, "digit"),
    _rule(PREP + PARTS + r"(?P<dec>\d0|[12]\d[1-9]0|[12]\d00)-?х(?:" + S + r"(?:годах|годов|годы|годам))?", b_decade, "digit"),
    _rule(PREP + PARTS + r"(?P<year>" + YEAR + r")(?:-?(?:го|й|м))?" + S + YW, b_year, "digit"),
    _rule(PREP + PARTS + r"(?P<year>\d\d)-?го" + S + r"года", b_year, "digit"),
    _rule(PREP + PARTS + r"(?P<year>" + YEAR + r")-(?:м|го)", b_year, "digit"),  # `в 2026-м`; a bare `2009-й` is mostly a title
    _rule(r"по" + S + r"итогам" + S + r"(?P<year>" + YEAR + r")" + S + YW, b_results_year, "digit"),
    _rule(PREP + r"(?:первые" + S + r")?(?P<n>" + NUM + r")" + S + r"(?P<u>месяц(?:ев|а))" + MONTH_TAIL, b_months_period, "month_unit"),
    _rule(PREP + r"(?:первые" + S + r")?(?P<n>" + NUM + r")" + S + r"(?P<u>квартал(?:ов|а))" + MONTH_TAIL, b_quarters_period, "quarter"),
    _rule(PREP + PARTS + r"(?P<ord>" + ORD + r")" + S + r"(?P<what>" + QUARTER + r"|" + HALF + r")" + MONTH_TAIL, b_ordinal_period, "quarter"),
    _rule(r"(?:до|к)" + S + r"(?:концу|конца)" + S + r"(?:(?P<deic>" + DEICTIC + r")" + S + r")?года", b_end_of_year, "year_word"),
    # `в начале года`, `с начала года`: the whole year, as for `до конца года`
    _rule(r"(?:в|во|с|со|к)" + S + PART + S + r"(?:(?P<deic>" + DEICTIC + r")" + S + r")?года", b_end_of_year, "year_word"),
    _rule(PREP + PARTS + r"(?P<deic>" + DEICTIC + r")" + S + r"(?P<u>" + _alt(sum(LEX["deictic_units"].values(), [])) + r")",
          b_deictic, "deictic"),
    _rule(r"(?:на" + S + r")?(?P<w>" + _alt(DAYWORD_OF) + r")", b_dayword, None),
    _rule(_alt(LEX["vague_day_words"]), b_vague_day, None),
    _rule("(?:" + "|".join(k for k in LEX["holidays"] if k[0] != "_") + ")", b_holiday, None, cased=True),
    _rule(PREP + r"(?:(?:" + DEICTIC + r"|ближайш\w+)" + S + r")?(?P<wd>" + WEEKDAY + r")", b_weekday, "weekday"),
    _rule(r"(?P<prep>через)" + S + r"(?:(?:(?P<n>" + NUM + r")|(?P<vague>" + VAGUE + r"))" + S + r")?(?P<u>" + UNIT + r")", b_shift, "unit"),
    _rule(r"(?P<prep>)(?:(?:(?P<n>" + NUM + r")|(?P<vague>" + VAGUE + r"))" + S + r")?(?P<u>" + UNIT + r")" + S + r"(?P<ago>назад)",
          b_shift, "unit"),
    _rule(r"(?P<prep>)(?P<u>годом|месяцем|неделей)" + S + r"(?P<ago>ранее|раньше)", b_shift, "unit"),  # `годом ранее`
    _rule(r"(?P<prep>за)" + S + r"(?P<n>" + NUM + r")" + S + r"(?P<u>" + UNIT + r")(?=" + S + r"до" + R + r")", b_shift, "unit"),
    _rule(r"неделями|месяцами|годами", b_weeks_plural, "plural_unit"),
    _rule(r"(?P<prep>(?:" + _alt(LEX["prepositions"]) + r"|не\s+менее|не\s+более|более|менее|около)" + S + r")?"
          r"(?:(?P<whole>целый|целых|лишнего|лишний|прошлых|все|всё|ближайшие|ближайших)" + S + r")?"
          r"(?:(?P<vague>" + VAGUE + r")" + S + r")?(?:(?P<n>" + NUM + r")" + S + r")?(?P<u>" + UNIT + r")"
          r"(?:" + S + r"и" + S + r"более)?", b_duration_n, "unit"),
    _rule(r"(?P<pre>" + _alt(k for k in HOUR_PREFIX if HOUR_PREFIX[k]) + r")час\w+", b_hour_adj, "hour"),
    _rule(r"(?P<n>\d+)(?:-?и)?[ -]?летн\w+(?=" + S + r"срок)", b_year_adj, "letn"),
]

# words before a number of years that make it an age, not a duration (`в возрасте от 14 до 35 лет`)
AGE_BEFORE = re.compile(r"(?<!\w)" + _alt(LEX["age_words"]) + r"(?:\s+(?:от|до|с|по)?\s*[\d\s]*(?:от|до|с|по)?)?\s*$",
                        re.IGNORECASE)
# `100 лет со дня рождения`, `33 года независимости`: an anniversary, not a length
ANNIVERSARY_AFTER = re.compile(r"^\s+" + _alt(LEX["anniversary_after"]) + R, re.IGNORECASE)
CLOCK_AFTER = re.compile(r"^[:.]\d\d")


def _lexicon_words(value) -> set:
    """Every word of a lexicon entry (dict keys and values, lists, strings), lower-cased."""
    if isinstance(value, dict):
        return set().union(*(_lexicon_words(k) | _lexicon_words(v) for k, v in value.items())) if value else set()
    if isinstance(value, (list, tuple)):
        return set().union(*(_lexicon_words(v) for v in value)) if value else set()
    if isinstance(value, str):
        return set(re.findall(r"\w+", value.lower().replace("ё", "е")))
    return set()


# A mention starts at a word that opens a phrase of the grammar: a number, or a word of the
# lexicons or of the rules. Rules are only tried at those words (most words open no date).
FIRST_WORDS = frozenset(_lexicon_words(LEX) | set(word_forms()) | {
    "по", "первые", "неделями", "месяцами", "годами", "через", "за", "до", "к", "с", "со", "в", "во",
    "не", "более", "менее", "около", "целый", "целых", "лишнего", "лишний", "прошлых", "все",
    "ближайшие", "ближайших", "на", "ночь", "т", "г"})
FIRST_PREFIXES = ["ближайш"] + [k for k in HOUR_PREFIX if HOUR_PREFIX[k]]
_START = re.compile(r"(?<![\w-])(?=\d|" + _alt(FIRST_WORDS) + r"(?!\w)|" + _alt(FIRST_PREFIXES) + r")")


def _starts(low: str) -> List[int]:
    """Where a date phrase may start in a lower-cased sentence."""
    return [m.start() for m in _START.finditer(low)]


def _lower(text: str) -> str:
    """The text in lower case, character for character (offsets unchanged)."""
    low = text.lower()
    if len(low) != len(text):       # `İ` lower-cases to two characters
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def _candidates(text: str, base: int, st: Ctx) -> List[Parsed]:
    found = []
    low = _lower(text)
    starts = _starts(low)
    if not starts:
        return []
    open_gates: dict = {}
    for rx, build, gate, cased in RULES:
        if gate is not None:
            if gate not in open_gates:
                open_gates[gate] = GATES[gate].search(low) is not None
            if not open_gates[gate]:
                continue
        src = text if cased else low
        after = 0                     # as finditer: the next match starts after the last one
        for p in starts:
            if p < after:
                continue
            m = rx.match(src, p)
            if m is None or m.end() == m.start():
                continue
            after = m.end()
            if CLOCK_AFTER.match(text[m.end():m.end() + 3]):
                continue
            found.append((m.start(), m.end(), m, build))
    # longest first, then earliest; rule order breaks the rest
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken = bytearray(len(text))      # characters already inside a chosen mention
    chosen = []
    for a, b, m, build in found:
        if any(taken[a:b]):
            continue
        chosen.append((a, b, m, build))
        taken[a:b] = b"\x01" * (b - a)
    out = []
    for a, b, m, build in sorted(chosen, key=lambda f: f[0]):
        if build is b_duration_n and (AGE_BEFORE.search(text[max(0, a - 40):a]) or ANNIVERSARY_AFTER.match(text[b:b + 30])):
            continue
        try:
            p = build(m, st)
        except (KeyError, IndexError, ValueError, OverflowError):   # a form the tables lack: no mention, not a crash
            p = None
        if p is None:
            continue
        p.start, p.stop = base + a, base + b
        p.bounded = bool(re.match(r"(?:с|со|до|к|ко|начиная)\s", text[a:b], re.IGNORECASE))
        out.append(p)
    return out


def infer_reference(parsed: List[Parsed]) -> Optional[ReferenceDate]:
    """The document's own time from its text: its first explicit full date, else its reporting period.

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


_CAP = "[А-ЯЁA-ZӘҒҚҢӨҰҮҺІ][\\w-]*"
# nothing, or a place in one to three capitalised words (`Астана,`, `УСТЬ-КАМЕНОГОРСК –`)
_DATELINE_BEFORE = re.compile(r"^(?:%s(?:[ ]%s){0,2}[ ]*[,.—–-]?)?$" % (_CAP, _CAP))
_DATELINE_AFTER = re.compile(r"^[ \u00a0]*(?:[.—–/|,-]|\d{1,2}:\d\d|$)")


def _dateline(doc, parsed: List[Parsed]) -> Optional[date]:
    """A full date standing at the head of one of the first two paragraphs, alone or after a
    place name (`Астана, 14 октября 2025 года.`, `14.10.2025 10:30`): the publication date."""
    for par in doc.paragraphs[:2]:
        for p in parsed:
            if not (par.start <= p.start < par.stop) or not p.full_date or p.kind != "date" or p.bounded:
                continue
            if _DATELINE_BEFORE.match(doc.text[par.start:p.start].strip()) and \
                    _DATELINE_AFTER.match(doc.text[p.stop:par.stop]):
                return p.full_date
    return None


def extract_dates(doc) -> Tuple[List[DateMention], Optional[ReferenceDate]]:
    st = Ctx()
    parsed: List[Parsed] = []
    for sent in doc.sentences:
        text = doc.text[sent.start:sent.stop].replace("ё", "е").replace("Ё", "Е")
        parsed.extend(_candidates(text, sent.start, st))
    if doc.reference:
        ref = ReferenceDate(date=doc.reference.isoformat(), source="input")
        ctx = Ctx(year=doc.reference.year, day=doc.reference)
    else:
        line = _dateline(doc, parsed)
        if line is not None:        # `Астана, 14 октября 2025 года.`: the day the text was written
            ref = ReferenceDate(date=line.isoformat(), source="text:dateline")
            ctx = Ctx(year=line.year, day=line)
        else:
            ref = infer_reference(parsed)
            ctx = Ctx(year=int(ref.date[:4])) if ref else Ctx()
    out = []
    for i, p in enumerate(parsed, 1):
        try:
            a, b = p.resolve(ctx)
        except (ValueError, OverflowError, TypeError):
            a, b = None, None
        if a is None or b is None:
            a = b = None
        out.append(DateMention(id="d%d" % i, text=doc.text[p.start:p.stop], start=p.start, stop=p.stop,
                               kind=p.kind, date_from=a and a.isoformat(), date_to=b and b.isoformat(),
                               granularity=p.granularity, duration=p.duration))
    return out, ref
