"""Pieces of the dates grammar: regex fragments built from the lexicon's word lists.

Everything is matched on the lower-cased sentence (ё as е), except named
days, whose capital letter matters (`Новый год`, not `новый год`).
"""
from __future__ import annotations

import re

from . import words
from .lex import (DAYWORD_OF, DEICTIC_OF, DEICTIC_UNIT_OF, HOUR_PREFIX, LEX, MONTH_ABBR_OF, MONTH_OF, ORDINAL_OF,
                  SEASON_OF, UNIT_OF, WEEKDAY_ABBR_OF, WEEKDAY_OF, WEEKEND_DEICTIC_OF, YEAR_HALF_OF, alt, fold, number_words)
from .relative import ANCHORED

L = r"(?<![\w-])"            # left word edge
R = r"(?![\w])"              # right word edge
S = r"[ \u00a0]+"            # a space inside a phrase
SP = r"[ \u00a0]*"           # a space that may be left out (`2021г.`)
DASH = r"\s*[-–—−]\s*"
MONTH = alt(MONTH_OF)
MON = r"(?:" + MONTH + r"|" + alt(MONTH_ABBR_OF) + r"\.?)"      # `августа`, `авг.`, `Авг`
WEEKDAY = alt(WEEKDAY_OF)
WD_ABBR = alt(WEEKDAY_ABBR_OF) + r"\.?"
SEASON = alt(SEASON_OF)
UNIT = alt(UNIT_OF)
YW = r"(?:" + alt(LEX["year_adjectives"]) + S + r")?" + alt(LEX["year_words"])
ORD = alt(ORDINAL_OF)
DEICTIC = alt(DEICTIC_OF)
NEAREST = r"ближайш\w+"
QUARTER = alt(LEX["quarter_words"])
HALF = alt(LEX["half_words"])
PART = alt(LEX["part_words"] + list(YEAR_HALF_OF))
VAGUE = alt(LEX["vague_numbers"])
NUMWORD = alt(number_words())
NUM = r"(?:\d+(?:[.,]\d+)?(?:-?[хи])?|%s(?:%s%s){0,3})" % (NUMWORD, S, NUMWORD)
YEAR = r"(?:[12]\d{3}|[3-9]\d{3})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:-?(?:го|е|ое|му|ого))?"
DAY_ANY = r"(?:" + DAY + r"|" + words.DAY_WORDS + r")"
BC = alt(LEX["era_bc"])
PARTS = r"(?:(?P<part>" + PART + r")" + S + r")?"
DECADE_WORD = alt(LEX["decade_words"])
DEICTIC_UNIT = alt(DEICTIC_UNIT_OF)
WEEKEND = alt(LEX["weekend_words"])
WEEKEND_DEIC = alt(WEEKEND_DEICTIC_OF)
DAYWORD = alt(DAYWORD_OF)
ANCHORED_DAY = alt(ANCHORED)
VAGUE_DAY = alt(LEX["vague_day_words"])
HOUR_PRE = alt(k for k in HOUR_PREFIX if HOUR_PREFIX[k])
WHOLE = r"(?:целый|целых|лишнего|лишний|прошлых|все|всё|ближайшие|ближайших)"

# what may follow a month: a year in digits (`2024 года`, `2021г.`, `2010-го`), `в 1989 году`,
# in words (`две тысячи шестого`), two digits before a clock time or `г.` (`95 11:15`),
# `этого/прошлого года`, `с.г.`, `того же года`
YEAR_TAIL = r"(?P<year>" + YEAR + r")(?:-?го)?(?:" + SP + YW + r")?(?:" + S + r"(?P<bc>" + BC + r"))?"
MONTH_TAIL = (r"(?:," + S + r"(?P<year3>" + YEAR + r")(?=" + SP + r"(?:[,.;)]|\d{1,2}:\d\d|$))"     # `17 апреля, 2024`
              + r"|" + S + r"(?:" + YEAR_TAIL + r"|в" + S + r"(?P<year2>" + YEAR + r")" + S + YW
              + r"|(?P<yw>" + words.YEAR_WORDS + r")(?:" + S + YW + r")?"
              + r"|(?P<yy>\d\d)(?:" + SP + r"(?:г\.|года|год)(?![\w])|(?=" + S + r"\d{1,2}:\d\d|[ \u00a0.]*$))"
              + r"|(?P<deic>" + DEICTIC + r")" + S + r"года|(?P<sg>[ст]\.\s?г\.)"
              + r"|(?P<same>того" + S + r"же" + S + r"года)))?")
# a weekday before the day (`в пятницу, 21 января`, `Пнд, 07 янв.`); a deictic word only with
# the weekday (`Об этом 3 марта` is no `этом 3 марта`)
WD_BEFORE = (r"(?P<wd>" + WEEKDAY + r"|" + WD_ABBR + r")(?:" + S + r"(?:днем|утром|вечером|ночью))?,?" + S)
WD_APPOS = r"(?:(?:(?:" + DEICTIC + r"|" + NEAREST + r")" + S + r")?" + WD_BEFORE + r")?"
# … or after it: `20 мая, в понедельник`, `25 октября (пятница)`, `22.10.2024 (вт)`
WD_BRACKET = r"(?:" + SP + r"\((?P<wd3>" + WEEKDAY + r"|" + WD_ABBR + r")\))?"
WD_AFTER = r"(?:,?" + S + r"(?:в" + S + r")?(?P<wd2>" + WEEKDAY + r")|" + SP + r"\((?P<wd3>" + WEEKDAY + r"|" + WD_ABBR \
    + r")\))?"
DAY_MONTH = r"(?P<d>" + DAY_ANY + r")" + S + r"(?P<mon>" + MON + r")"
# a figure after a numeric date: `1-2.5 млн` is no date
_AFTER = [w for w in LEX["short_date_guards"]["not_after"] if w[0].isalpha()]
NOT_QTY = (r"(?!" + SP + r"(?:" + alt(w for w in _AFTER if len(w) >= 3) + r"|(?:" + alt(w for w in _AFTER if len(w) < 3)
           + r")(?![\w])|[%$°]))")          # `15.02 процента`, `1-2.5 млн`, `14.12 т`


def holiday_names(entries):
    """The regex of every named day's forms (first letter as written, the rest in any case)
    and the look-up of each form (lower case)."""
    day_forms = LEX["holidays"]["day_forms"]
    forms, table = [], {}
    for e in entries:
        for f in e["forms"]:
            variants = [d + f[4:] for d in day_forms] if f.startswith("День ") else [f]
            for v in variants:
                v = fold(v)
                table[v.lower()] = e
                head, _, rest = v.partition(" ")
                inside = r"(?:" + S + r"\d{4})?" if e.get("year_inside") and rest else ""
                first = "(?i:%s)" % re.escape(head[0]) if e.get("any_case") else re.escape(head[0])
                body = first + "(?i:" + re.escape(head[1:]) + inside + (
                    S + r"\s+".join(re.escape(w) for w in rest.split()) if rest else "") + ")"
                forms.append((len(v), body))
    forms.sort(key=lambda f: -f[0])
    return "(?:" + "|".join(b for _, b in forms) + ")", table
