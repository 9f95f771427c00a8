"""Builders of relative mentions and lengths: a rule's match → a `Parsed` mention.

`в прошлом году`, `вчера`, `позапозавчера`, `на следующий день`, weekdays and
weekends, `через неделю`, `3 дня назад`, named days (`Наурыз`, `ко Дню
Независимости`), and durations (`за последние 2 года`, `в течение недели`).
They resolve against the document's own time (`resolve.Ctx`).
"""
from __future__ import annotations

import re

from .builders import g, stated_year, year_of
from .lex import (DAYWORD_OF, DEICTIC_OF, DEICTIC_UNIT_OF, HOUR_PREFIX, LEX, UNIT_OF, WEEKDAY_OF,
                  WEEKEND_DEICTIC_OF, low, number)
from .resolve import (NONE, Parsed, holiday_day, month_span, one, quarter_of, shift, week_of, weekday_near,
                      weekday_of_week, weekend, year_span)
from datetime import timedelta

ANCHORED = {low(f): int(k) for k, forms in LEX["anchored_days"].items() if not k.startswith("_") for f in forms}
HOLIDAYS = {}        # lower-case name form → holiday entry (filled by rules.py from the lexicon)


def b_deictic(m, st):
    """`в этом году`, `в прошлом месяце`, `на следующей неделе`, `в следующем квартале`."""
    off = DEICTIC_OF[low(m["deic"])]
    unit = DEICTIC_UNIT_OF[low(m["u"])]
    if unit == "anaphoric" and not m["prep"]:
        return None                               # `с приближением этой даты`: no time of its own
    if unit == "plural" or unit == "anaphoric":
        return Parsed(0, 0, "relative", None)     # `в прошлые годы`, `в следующее десятилетие`, `на эту дату`
    return b_this(unit, off)


def b_new_year(m, st):
    """`с нового года`, `в новом году`, `в начале нового года`: the year after the reference date's;
    in a January text the year just begun."""
    def res(c):
        if not c.year:
            return NONE
        return year_span(c.year if c.day is not None and c.day.month == 1 else c.year + 1)
    return Parsed(0, 0, "relative", "year", resolve=res)


def b_this(unit: str, off: int) -> Parsed:
    """The year, half, quarter, month, week or day of the reference date, `off` of them on."""
    if unit == "day":
        return Parsed(0, 0, "relative", "day", resolve=lambda c: one(c.day + timedelta(days=off)) if c.day else NONE)
    if unit == "year":
        def res_y(c):
            y = (c.compared if off else None) or c.year     # `чем в текущем году`: the document's
            return year_span(y + off) if y else NONE
        return Parsed(0, 0, "relative", "year", resolve=res_y)
    if unit == "week":
        return Parsed(0, 0, "relative", None, resolve=lambda c: week_of(c.day, off) if c.day else NONE)
    size = {"month": 1, "quarter": 3, "half": 6}[unit]

    def res(c):
        if not (c.year and c.month):
            return NONE
        a, b = quarter_of(c.day or month_span(c.year, c.month)[0], off, size)
        return a, b
    return Parsed(0, 0, "relative", {"month": "month", "quarter": "quarter", "half": "half"}[unit], resolve=res)


def b_dayword(m, st):
    """`вчера`, `сегодня`, `позапозавчера`, `послезавтра`."""
    off = DAYWORD_OF[low(m["w"])]
    return Parsed(0, 0, "relative", "day", resolve=lambda c: one(c.day + timedelta(days=off)) if c.day else NONE)


def b_anchored_day(m, st):
    """`на следующий день`, `в тот же день`: counted from the day the sentence or the one before
    names; with none, `на следующий день` is the day after the reference day unless the
    sentence tells of the past."""
    off = ANCHORED[low(m["w"])]

    def res(c):
        base = c.anchor
        if base is None and off and c.day and c.tense() != "past":
            base = c.day
        return one(base + timedelta(days=off)) if base else NONE
    return Parsed(0, 0, "relative", "day", resolve=res)


def b_vague_day(m, st):
    return Parsed(0, 0, "relative", "day")


def b_weekday(m, st):
    """`в понедельник`, `в следующую среду`, `в прошлый вторник`, `на следующей неделе в среду`."""
    wd = WEEKDAY_OF[low(m["wd"])]
    deic = low(g(m, "deic"))
    if g(m, "week"):                           # `на следующей неделе в среду`
        off = DEICTIC_OF[deic]
        return Parsed(0, 0, "relative", "day", resolve=lambda c: one(weekday_of_week(c.day, wd, off)) if c.day else NONE)
    if deic.startswith("ближайш"):
        return Parsed(0, 0, "relative", "day",
                      resolve=lambda c: one(weekday_near(c.day, wd, "future")) if c.day else NONE)
    if deic:
        off = DEICTIC_OF.get(deic, 0)
        return Parsed(0, 0, "relative", "day", resolve=lambda c: one(weekday_of_week(c.day, wd, off)) if c.day else NONE)
    return Parsed(0, 0, "relative", "day", resolve=lambda c: one(weekday_near(c.day, wd, c.tense())) if c.day else NONE)


def b_weekend(m, st):
    """`в эти выходные`, `в прошлые выходные`, `на выходных`."""
    deic = low(g(m, "wdeic"))
    if not deic and not m["prep"]:
        return None                             # `выходные прошли спокойно`: a noun
    off = WEEKEND_DEICTIC_OF[deic] if deic else None
    return Parsed(0, 0, "relative", None, resolve=lambda c: weekend(c.day, off, c.tense()) if c.day else NONE)


def b_holiday(m, st):
    """`Новый год`, `Наурыз`, `ко Дню Независимости`, `в канун Рождества`: the day in the year the
    text gives, else the sentence's, else the document's."""
    name = m["name"]
    entry = HOLIDAYS[low(re.sub(r"\s+\d{4}", "", name))]
    inside = re.search(r"\d{4}", name)           # `Нового 2025 года`
    if inside:
        y = int(inside.group())
        yf, how = (lambda c: y), "explicit"
    else:
        yf, how = year_of(m, st)

    def res(c):
        md = entry.get("date") or entry.get(c.region)
        if not md:
            return NONE
        return one(holiday_day(md, yf(c), c.day if how is None else None))
    return Parsed(0, 0, "date" if how != "relative" else "relative", "day", resolve=res, year=stated_year(m),
                  regional="date" not in entry)


# --- offsets --------------------------------------------------------------------
def unit_of(word: str):
    """A time unit word → (unit, how many of it): `недели` → ("W", 1), `полгода` → ("M", 6)."""
    u = UNIT_OF[low(word)]
    return (u[-1], int(u[:-1])) if u[0].isdigit() else (u, 1)


_PART = re.compile(r"(?:(\d+(?:[.,]\d+)?|[а-я]+(?:\s+[а-я]+)*?)\s+)?(" + "|".join(
    sorted(UNIT_OF, key=len, reverse=True)) + r")(?![\w])")


def _offsets(text: str):
    """`1 год, 1 месяц и 2 дня` → {"Y": 1, "M": 1, "D": 2}; None if a number cannot be read."""
    out = {}
    for piece in re.split(r",\s*|\s+и\s+", text):
        piece = piece.strip()
        if not piece:
            continue
        mm = _PART.fullmatch(piece)
        if not mm:
            return None
        n = number(mm.group(1)) if mm.group(1) else 1
        if n is None or n != int(n):
            return None
        unit, k = unit_of(mm.group(2))
        out[unit] = out.get(unit, 0) + k * int(n)
    return out


def b_shift(m, st):
    """`через N дней`, `N дней назад`, `неделю тому назад`, `1 год, 1 месяц назад`, `годом ранее`,
    `за N дней до …`: a day (or a year) counted from the reference day."""
    prep = low(m["prep"]).strip()
    g_ = m.groupdict()
    if g_.get("vague"):
        offs = None
    elif g_.get("seq"):
        offs = _offsets(low(m["seq"]))
    else:
        n = number(g_["n"]) if g_.get("n") else 1
        unit, k = unit_of(m["u"])
        offs = {unit: k * int(n)} if n is not None and n == int(n) else None
    rel = low(g_.get("rel"))
    sign = -1 if (g_.get("ago") or prep == "за" or rel in ("ранее", "раньше")) else 1
    units = set(offs) if offs else {unit_of(m["u"])[0]}
    day_units = {k: v for k, v in (offs or {}).items() if k in ("Y", "M", "W", "D")}
    seconds = sum(v * {"H": 3600, "MIN": 60, "S": 1}[k] for k, v in (offs or {}).items() if k in ("H", "MIN", "S"))
    if seconds:                 # `2 часа назад` is the reference day, `через 48 часов` two days on
        day_units["D"] = day_units.get("D", 0) + seconds // 86400
    gran = "year" if units == {"Y"} else "day"
    anchored = prep == "за"      # `за N дней до события`: the event is not the document's day

    def res(c):
        if anchored or not day_units:
            return NONE
        if units == {"Y"}:      # `год назад`, `через 2 года`: that year; `годом ранее`: from the sentence's year
            y = c.year if not rel else c.carry or (c.year if sign < 0 else None)   # `три года спустя`: from when?
            return year_span(y + sign * day_units["Y"]) if y else NONE
        base = c.day
        if rel:                                        # `неделей позже`, `два дня спустя`: from the day just named
            base = c.anchor
        elif sign > 0 and c.same_anchor is not None:   # `6 апреля через день`: from the day just named
            base = c.same_anchor
        elif sign > 0 and c.tense() == "past":         # `через два дня вернулись`: from some earlier day
            base = None
        if base is None:
            return NONE
        return one(shift(base, **{k: sign * day_units.get(u, 0) for k, u in
                                  (("years", "Y"), ("months", "M"), ("weeks", "W"), ("days", "D"))}))
    # `годом ранее`: a comparison base, whose year is not that of the events after it
    return Parsed(0, 0, "relative", gran, resolve=res, carries=rel not in ("ранее", "раньше"))


# --- lengths --------------------------------------------------------------------
def iso_duration(n: float, unit: str) -> str:
    v = ("%g" % n)
    if unit in ("H", "MIN", "S"):
        return "PT" + v + {"H": "H", "MIN": "M", "S": "S"}[unit]
    return "P" + v + unit


def b_duration_n(m, st):
    g_ = m.groupdict()
    unit, k = unit_of(g_["u"])
    vague = low(g_.get("vague"))
    prep = low(g_.get("prep")).strip()
    if g_.get("n"):
        n = number(g_["n"])
        if n is None:
            return None
    elif vague:
        n = None          # `несколько лет`, `последние годы`: a length with no number
    elif prep == "после" and low(g_["u"]) in ("лет", "месяцев", "недель", "дней", "часов"):
        n = None          # `после месяцев переговоров`: a vague length
    elif g_.get("whole") or len(prep.split()) > 1:
        n = 1             # `в течение недели`, `на протяжении года`, `целый день`
    elif prep == "за" and unit in ("Y", "M", "W", "D") and low(g_["u"]) in LEX["unit_singular"]:
        n = 1             # `за неделю отремонтировали`, `выросли на 0,4% за месяц`
    else:
        return None
    if unit == "H" and not vague and prep in ("с", "до", "к", "со", "в") and n and n <= 24 and n == int(n):
        return None       # `с 8 часов`, `до 20 часов`: clock times
    if not g_.get("n") and not vague and prep in ("в", "на", "по"):
        return None       # `в сутки`, `в день`: a rate
    return Parsed(0, 0, "duration", None, duration=iso_duration(k * n, unit) if n else None)


def b_hour_adj(m, st):
    n = HOUR_PREFIX.get(low(m["pre"]))
    return Parsed(0, 0, "duration", None, duration=iso_duration(n, "H") if n else None)


def b_year_adj(m, st):
    n = number(m["n"])
    return Parsed(0, 0, "duration", None, duration=iso_duration(n, "Y") if n else None)


def b_weeks_plural(m, st):
    return Parsed(0, 0, "duration", None)
