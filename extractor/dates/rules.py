"""The dates grammar: one regex per rule, tried only where its first word stands.

Each rule is the core of a phrase (`15 августа 2024 года`, `прошлом году`);
the preposition before it (`в`, `за`, `с … по`, `в течение`) is read back
from the text once the core matched and belongs to the mention. A sentence
is scanned once for the words that can open a rule (a number, a month, a
weekday…); each rule is tried only at its own opening words, and most
sentences have none. Rules overlap on purpose (`15 августа 2024 года` also
holds a month and a year): the longest match wins, the rule order breaks ties.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, FrozenSet, List, Optional

from . import builders as b, periods as per, relative as r, words
from .grammar import (ANCHORED_DAY, BC, DASH, DAY, DAY_ANY, DAY_MONTH, DAYWORD, DECADE_WORD, DEICTIC, DEICTIC_UNIT,
                      HALF, HOUR_PRE, L, MON, MONTH, MONTH_TAIL, NEAREST, NOT_QTY, NUM, ORD, PART, PARTS, QUARTER, R,
                      S, SEASON, SP, UNIT, VAGUE, VAGUE_DAY, WD_AFTER, WD_APPOS, WD_BEFORE, WD_BRACKET, WEEKDAY, WEEKEND, WEEKEND_DEIC, WHOLE,
                      YEAR, YW, holiday_names)
from .lex import (DAYWORD_OF, DEICTIC_OF, HOUR_PREFIX, LEX, MONTH_ABBR_OF, MONTH_OF, ORDINAL_OF, SEASON_OF, UNIT_OF,
                  WEEKDAY_ABBR_OF, WEEKDAY_OF, WEEKEND_DEICTIC_OF, YEAR_HALF_OF, alt, fold, number_words)

HOLIDAY, _NAMES = holiday_names(LEX["holidays"]["days"])
r.HOLIDAYS.update(_NAMES)
PREPS = frozenset(LEX["prepositions"])
DUR_PREPS = PREPS | frozenset(LEX["duration_qualifiers"])
GUIDE_PREPS = frozenset(["в", "во", "за", "до", "к", "ко", "с", "со", "от", "на", "по"])     # not `после`
_WORD = lambda forms: {fold(f).lower().split()[0].rstrip(".") for f in forms}     # noqa: E731  (first words)

# the words that open rules, by class
CLASSES = {
    "month": _WORD(MONTH_OF), "mon_abbr": _WORD(MONTH_ABBR_OF), "weekday": _WORD(WEEKDAY_OF),
    "wd_abbr": _WORD(WEEKDAY_ABBR_OF), "season": _WORD(SEASON_OF), "unit": _WORD(UNIT_OF),
    "dayword": {w for w, v in words.ordinal_forms().items() if v <= 30} | {"ноль", "нуль", "двадцать", "тридцать"},
    "yearword": {"тысяча", "одна", "две"} | {w for w, v in words.ordinal_forms().items() if v >= 1000},
    "numword": set(number_words()), "part": _WORD(LEX["part_words"]) | _WORD(YEAR_HALF_OF), "deictic": _WORD(DEICTIC_OF),
    "ordinal": {w for w in _WORD(ORDINAL_OF) if w.isalpha()}, "vague": _WORD(LEX["vague_numbers"]),
    "whole": {"целый", "целых", "лишнего", "лишний", "прошлых", "все", "всё", "ближайшие", "ближайших"},
    "night": {"ночь"}, "dayword_rel": _WORD(DAYWORD_OF), "anchored": _WORD(r.ANCHORED),
    "vague_day": _WORD(LEX["vague_day_words"]), "results": {"итогам"}, "first": {"первые", "первых"},
    "holiday": _WORD(f for e in LEX["holidays"]["days"] for f in e["forms"]) | _WORD(LEX["holidays"]["day_forms"])
    | {"праздник", "праздника", "празднику", "праздником", "празднике"},
    "weekend": _WORD(LEX["weekend_words"]) | _WORD(WEEKEND_DEICTIC_OF),
    "new": set(LEX["new_year_words"]),
    "plural_unit": {"неделями", "месяцами", "годами"},
    "ago_unit": {"годом", "месяцем", "неделей", "днем", "годами", "месяцами", "неделями", "днями"},
    # words that open no rule but that a rule needs somewhere in the sentence (its gate)
    "year_noun": _WORD(LEX["year_words"]) | {"г", "гг"}, "month_unit": {"месяцев", "месяца", "мес"},
    "quarter_unit": _WORD(LEX["quarter_words"]) | _WORD(LEX["half_words"]) | {"кв"}
    | _WORD(LEX["quarter_plural_words"]["quarter"]) | _WORD(LEX["quarter_plural_words"]["half"]),
    "через": {"через", "спустя"}, "назад": {"назад"}, "ранее": {"ранее", "раньше", "позже", "позднее"}, "до": {"до"},
    "bc": {"э", "эры"}, "decade": _WORD(LEX["decade_words"]),
}
PREFIXES = {"nearest": "ближайш", "year_noun": "год"} | {"hour:" + k: k for k in HOUR_PREFIX if HOUR_PREFIX[k]}


@dataclass
class Rule:
    rx: re.Pattern
    build: Callable
    first: tuple                       # classes of its opening word (CLASSES, PREFIXES, or a number by what
                                       # follows it: `d.` a dot or comma, `d/`, `d-` a dash, `d_` a space, `da` a letter)
    gate: Optional[FrozenSet[str]]     # classes one of which the sentence must hold (None: no gate)
    preps: Optional[FrozenSet[str]]    # prepositions it takes before it (None: none)
    need: bool = False                 # … and it needs one of them
    cased: bool = False                # matched on the text as written (named days)
    tail: Optional[re.Pattern] = None  # matched on where rx ends (TAIL …): the mention takes it too


def rule(pattern, build, first, gate=None, preps=PREPS, need=False, cased=False, edge=True, tail=None) -> Rule:
    rx = re.compile(L + pattern + (R if edge else ""))
    return Rule(rx, build, tuple(first.split()), gate and frozenset(gate.split()), preps and frozenset(preps), need,
                cased, tail)


# what may follow a month, a season or a period (its year, `этого года`, …), compiled once and matched on
# from where the rule's own match ends (one copy of the big word lists instead of one per rule)
TAIL = re.compile(MONTH_TAIL + R)
TAIL_WEEKDAY = re.compile(MONTH_TAIL + WD_AFTER + R)
TAIL_BRACKET = re.compile(WD_BRACKET)
# `за два месяца с тех пор, как …`, `за 3 месяца до выборов`: a length, not the year's first months
TAIL_SINCE = re.compile(MONTH_TAIL + r"(?!" + S + r"(?:с" + S + r"тех|с" + S + r"момента|после|до|назад|спустя)" + R
                        + r")" + R)


D4 = r"(?P<year>\d{4})(?![\d])"
# the last item of a list (`в ноябре и декабре`, `в январе, феврале и марте`, `20, 21 и 22 марта`)
AND = r"(?:,?" + S + r"и" + S + r"|," + S + r")"
# … where the preposition may come again (`в ноябре и в декабре`, `в первом и во втором кварталах`)
AND_PREP = r"(?:,?" + S + r"и" + S + r"(?:во?" + S + r")?|," + S + r")"
QUARTERS = r"(?P<what>" + alt(LEX["quarter_words"] + LEX["quarter_plural_words"]["quarter"]) + r"|" + alt(
    LEX["half_words"] + LEX["quarter_plural_words"]["half"]) + r"|кв\.(?!\s*(?:м|км|метр)))"
NUM_DAY = r"(?P<d>[0-3]?\d)"
# `14.–15.10.2018`, `14. - 15.10.18`, `по 30.11.2024 г.`
RANGE_YEAR = r"(?:\.(?:" + D4 + r"(?:" + SP + r"(?:г\.|года|год)(?![\w]))?|(?P<yy>\d\d)(?!\d)))?"
# a part of the end of a span (`в конце марта – начале апреля`)
PART2 = r"(?:" + PART + S + r")?"
# the start's own year in a span (`с 20 декабря 2024 года по …`, `с декабря 2024 года по …`)
START_YEAR = r"(?:" + S + r"(?P<y1>" + YEAR + r")(?:-?го)?(?:" + SP + YW + r")?)?"
AGO = r"(?:тому" + S + r")?(?P<ago>назад)"
NUM_UNIT = r"(?:" + NUM + S + r")?" + UNIT
DATE_WORDS = "d_ d- dayword weekday wd_abbr deictic nearest part"
MONTHS = "month mon_abbr"
NUM_DATE = NUM_DAY + r"\.[ ]?(?P<m>[01]?\d)\.[ ]?" + D4 + r"(?![.,]\d)(?:" + SP + r"(?:г\.|года|год)(?![\w]))?"
SHORT_DATE = NUM_DAY + r"\.(?P<m>0[1-9]|1[0-2])(?![.,]?\d)" + NOT_QTY
RULES: List[Rule] = [
    # numeric dates
    rule(NUM_DATE, b.b_numeric, "d.", edge=False, tail=TAIL_BRACKET),
    rule(WD_BEFORE + NUM_DATE, b.b_numeric, "weekday wd_abbr", edge=False, tail=TAIL_BRACKET),    # `Вт, 15.10.2024`
    rule(r"(?P<d>[0-3]\d)\.[ ]?(?P<m>[01]\d)\.[ ]?(?P<yy>\d\d)(?![\d]|[.,]\d)", b.b_numeric, "d."),
    rule(NUM_DAY + r"/(?P<m>[01]?\d)/" + D4 + r"(?:" + SP + r"г\.)?", b.b_numeric, "d/", edge=False),
    rule(r"(?P<year>[12]\d{3})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?=t\d|(?![\w-]))", b.b_numeric,
         "d-", edge=False),
    rule(NUM_DAY + r"-(?P<mon>" + MON + r")-" + D4, b.b_numeric, "d-"),
    rule(r"(?P<d1>[0-3]?\d)\.?(?:" + DASH + r"|/)" + NUM_DAY + r"\.(?P<m>0[1-9]|1[0-2]|[1-9](?=\.\d{4}))" + RANGE_YEAR
         + r"(?![.,]?\d)" + NOT_QTY, b.b_numeric_range, "d. d- d/ d_", edge=False),
    rule(r"(?P<d1>[0-3]?\d)\.(?P<m1>0[1-9]|1[0-2])(?:\.(?P<y1>\d{4}))?\.?(?:" + DASH + r"|" + S + r"(?:по|до)" + S + r")"
         + NUM_DAY + r"\.(?P<m>0[1-9]|1[0-2])" + RANGE_YEAR + r"(?![.,]?\d)", b.b_numeric_range, "d.", edge=False),
    rule(SHORT_DATE, b.b_short_numeric, "d.", edge=False, tail=TAIL_BRACKET),      # `15.02`, `16.10 (ср)`
    rule(WD_BEFORE + SHORT_DATE, b.b_short_numeric, "weekday wd_abbr", edge=False),  # `В среду, 16.10`
    # days and months in words
    rule(r"(?P<d1>" + DAY_ANY + r")(?:" + S + r"(?P<mon1>" + MON + r")" + START_YEAR + r")?(?:" + DASH + r"|" + S
         + r"(?P<sep>по|и|до)" + S + r")" + DAY_MONTH, b.b_dayrange, "d_ d- dayword", MONTHS, tail=TAIL),
    rule(r"(?P<d1>" + DAY_ANY + r")(?:" + S + r"(?P<mon1>" + MON + r"))?(?P<mid>(?:," + S + DAY_ANY + r"){1,10})" + AND
         + DAY_MONTH, b.b_dayrange, "d. d_ dayword", MONTHS, tail=TAIL),
    rule(r"ночь" + S + r"(?:с" + S + r"(?P<d1>" + DAY + r")(?:" + S + r"(?P<mon1>" + MON + r"))?" + S + r")?на" + S
         + DAY_MONTH, b.b_night, "night", MONTHS, tail=TAIL),
    rule(WD_APPOS + PARTS + DAY_MONTH, b.b_day, DATE_WORDS, MONTHS, tail=TAIL_WEEKDAY),
    rule(r"(?P<mon>" + MON + r")" + S + NUM_DAY + r",?" + S + r"(?P<year>" + YEAR + r")", b.b_day, "month mon_abbr"),
    # `ноль второго пятого две тысячи девятого года`: the month as an ordinal, only with a year after it
    rule(r"(?P<d>" + words.DAY_WORDS + r")" + S + r"(?P<om>" + words.MONTH_WORDS + r")", b.b_day, "dayword",
         "year_noun yearword", tail=TAIL),
    # `январь-июль`, `с декабря 2024 года по февраль 2025 года`, `в конце марта – начале апреля`
    rule(PARTS + r"(?P<mon1>" + MON + r")" + START_YEAR + r"(?:" + DASH + r"|" + S + r"по" + S + r")" + PART2
         + r"(?P<mon>" + MON + r")", b.b_monthrange, "month mon_abbr part", tail=TAIL),
    rule(r"(?P<mon1>" + MONTH + r")(?P<mid>(?:," + S + MONTH + r"){0,10})" + AND_PREP + r"(?P<mon>" + MONTH + r")",
         b.b_monthrange, "month", tail=TAIL),
    rule(PARTS + r"(?P<ord>" + ORD + r"|" + words.DAY_WORDS + r")" + S + DECADE_WORD + S + r"(?P<mon>" + MONTH + r")",
         b.b_month_decade, "part ordinal dayword", "decade", tail=TAIL),
    rule(PARTS + r"(?P<mon>" + MONTH + r")", b.b_month, "month part", "month", tail=TAIL),
    rule(PARTS + r"(?P<mon>" + MON + r")", b.b_month, "mon_abbr part", "mon_abbr", tail=TAIL),    # `в окт. 2024 г.`
    rule(r"(?P<season>" + SEASON + r")" + S + r"(?P<y1>" + YEAR + r")(?:" + DASH + r"|/)(?P<year>" + YEAR + r")" + SP
         + YW, b.b_season, "season", "year_noun"),                                  # `зимой 2024–2025 годов`
    rule(PARTS + r"(?:(?P<sdeic>" + DEICTIC + r")" + S + r")?(?P<season>" + SEASON + r")", b.b_season,
         "season part deictic", "season", tail=TAIL),
    # years
    rule(PARTS + r"(?P<y1>" + YEAR + r")(?:-?х|(?:-?го)?" + SP + YW + r"(?=" + DASH + r"))?(?:" + DASH + r"|/|" + S
         + r"(?:по|и)" + S + r")" + PART2 + r"(?P<year>" + YEAR + r")(?:-?х|-?го)?" + SP + YW, b.b_yearrange,
         "d- d_ da d/ part", "year_noun"),                                      # `в конце 2024 – начале 2025 года`
    rule(r"(?P<y1>" + YEAR + r")(?:/|" + DASH + r")(?P<yy2>\d\d)" + SP + YW, b.b_yearrange, "d/ d-", "year_noun"),
    rule(r"(?P<y1>" + YEAR + r")(?P<mid>(?:," + S + YEAR + r"){1,10})" + AND + r"(?P<year>" + YEAR + r")" + SP + YW,
         b.b_yearrange, "d.", "year_noun"),
    rule(r"(?P<y1>" + YEAR + r")(?:-?го)?" + SP + YW + S + r"(?:по|до)" + S + r"(?P<year>" + YEAR + r")(?:-?го)?" + SP
         + YW, b.b_yearrange, "d_ d- da", "year_noun"),
    rule(PARTS + r"(?P<dec>\d0|[12]\d[1-9]0|[12]\d00)(?:-?х|-е)(?:" + S + r"(?:годах|годов|годы|годам))?", b.b_decade,
         "d- da part"),
    rule(PARTS + r"(?P<year>" + YEAR + r")(?:-?(?:го|й|м|му|ом))?" + SP + YW + r"(?:" + S + r"(?P<bc>" + BC + r"))?",
         b.b_year,
         "d_ d- da part", "year_noun"),
    rule(r"(?P<year>\d{1,4})" + SP + YW + S + r"(?P<bc>" + BC + r")", b.b_year, "d_ da", "bc"),
    rule(PARTS + r"(?P<yw>" + words.YEAR_WORDS + r")" + S + YW, b.b_year, "yearword part", "year_noun"),
    rule(PARTS + r"(?P<yy>\d\d)-?го" + S + r"года", b.b_year, "d- da part", "year_noun"),
    rule(PARTS + r"(?P<year>" + YEAR + r")-(?:м|го)", b.b_year, "d- part"),  # `в 2026-м`; a bare `2009-й` is mostly a title
    rule(r"год" + SP + r"(?P<year>" + YEAR + r")(?=" + SP + r"(?:[.,;:!?)»\"]|$))", b.b_year, "year_noun", edge=False),
    # reporting periods and parts of a year
    rule(r"итогам" + S + r"(?P<year>" + YEAR + r")" + SP + YW, per.b_results_year, "results", "year_noun", preps={"по"},
         need=True),
    rule(r"(?:первы[ех]" + S + r")?(?P<n>" + NUM + r")" + S + r"(?P<u>месяц(?:ев|а)|мес\.)", per.b_months_period,
         "d_ d. d- numword first", "month_unit", tail=TAIL_SINCE),
    rule(r"(?:первы[ех]" + S + r")?(?P<n>" + NUM + r")" + S + r"(?P<u>квартал(?:ов|а))", per.b_quarters_period,
         "d_ d. d- numword first", "quarter_unit", tail=TAIL),
    rule(r"(?P<ord1>" + ORD + r")(?P<mid>(?:," + S + ORD + r"){0,2})(?:" + DASH + r"|" + AND_PREP + r"|" + S + r"по" + S
         + r")(?P<ord>" + ORD + r")" + S + QUARTERS, per.b_ordinal_range, "d_ d- d. ordinal", "quarter_unit", tail=TAIL),
    rule(PARTS + r"(?P<ord>" + ORD + r")" + S + r"(?P<what>" + QUARTER + r"|" + HALF + r"|кв\.(?!\s*(?:м|км|метр)))",
         per.b_ordinal_period, "d_ d- ordinal part", "quarter_unit", tail=TAIL),
    rule(r"(?P<what>" + QUARTER + r"|" + HALF + r")", per.b_bare_period, "quarter_unit", preps={"за"}, tail=TAIL),
    rule(r"(?:(?P<part>" + PART + r")|итогам)" + S + r"(?:(?P<deic>" + DEICTIC + r")" + S + r")?(?P<pu>года|месяца|недели|дня)",
         per.b_part_of_year, "part results", "year_noun month_unit unit",
         preps={"в", "во", "с", "со", "к", "ко", "до", "по", "на", "за"}, need=True),
    # relative
    rule(PARTS + r"(?P<deic>" + DEICTIC + r")" + S + r"(?P<u>" + DEICTIC_UNIT + r")", r.b_deictic, "deictic part"),
    # `с нового года`, `в новом году`: the next year (`К Новому году`, capitalised, is the holiday)
    rule(r"(?:(?P<part>(?i:" + PART + r"))" + S + r")?(?:" + alt(LEX["new_year_words"]) + r")" + S + r"(?:года|году)",
         r.b_new_year, "new part", preps={"с", "со", "в", "во"}, need=True, cased=True),
    rule(r"(?P<w>" + DAYWORD + r")", r.b_dayword, "dayword_rel"),
    rule(r"(?P<w>" + ANCHORED_DAY + r")", r.b_anchored_day, "anchored", preps={"в", "во", "на", "с", "со", "до", "к", "ко"},
         need=True),
    rule(r"(?P<w>" + VAGUE_DAY + r")", r.b_vague_day, "vague_day", preps={"в", "во", "на"}, need=True),
    rule(r"(?:(?P<part>(?i:" + PART + r"))" + S + r")?(?:(?i:праздник\w*)" + S + r")?(?P<name>" + HOLIDAY + r")"
         + r"(?i:(?:" + S + r"(?P<year>" + YEAR + r")"
         + SP + YW + r"|" + S + r"(?P<deic>" + DEICTIC + r")" + S + r"года)?)", r.b_holiday, "holiday part",
         preps=GUIDE_PREPS, cased=True),
    rule(r"(?P<deic>" + DEICTIC + r")" + S + r"(?P<week>недел[еиюя])" + S + r"(?:в|во)" + S + r"(?P<wd>" + WEEKDAY + r")",
         r.b_weekday, "deictic"),
    rule(r"(?P<wd>" + WEEKDAY + r")" + S + r"(?:на" + S + r")?(?P<deic>" + DEICTIC + r")" + S + r"(?P<week>недел[еию])",
         r.b_weekday, "weekday"),
    rule(r"(?:(?P<deic>" + DEICTIC + r"|" + NEAREST + r")" + S + r")?(?P<wd>" + WEEKDAY + r")", r.b_weekday,
         "weekday deictic nearest"),
    rule(r"(?:(?P<wdeic>" + WEEKEND_DEIC + r")" + S + r")?" + WEEKEND
         + r"(?!" + S + r"(?:дни|дням|днях|и" + S + r"праздничн))",
         r.b_weekend, "weekend"),
    rule(r"(?:(?P<n>" + NUM + r")|(?P<vague>" + VAGUE + r"))?" + SP + r"(?P<u>" + UNIT + r")", r.b_shift,
         "d_ d. d- numword vague unit", "через", preps={"через", "спустя"}, need=True),
    rule(r"(?P<seq>" + NUM_UNIT + r"(?:(?:," + SP + r"|" + S + r"и" + S + r")" + NUM_UNIT + r")+)", r.b_shift,
         "d_ d. d- numword unit", "через", preps={"через", "спустя"}, need=True),
    rule(r"(?:(?:(?P<n>" + NUM + r")|(?P<vague>" + VAGUE + r"))" + S + r")?(?P<u>" + UNIT + r")" + S + AGO, r.b_shift,
         "d_ d. d- numword vague unit", "назад", preps=None),
    rule(r"(?P<seq>" + NUM_UNIT + r"(?:(?:," + SP + r"|" + S + r"и" + S + r")" + NUM_UNIT + r")+)" + S + AGO, r.b_shift,
         "d_ d. d- numword unit", "назад", preps=None),
    # `годом ранее`, `неделей позже`, `два года спустя`: counted from the year or day just named
    rule(r"(?:(?P<n>" + NUM + r")" + S + r")?(?P<u>годом|годами|месяцем|месяцами|неделей|неделями|днем|днями)" + S
         + r"(?P<rel>ранее|раньше|позже|позднее)", r.b_shift, "ago_unit numword d_", "ранее", preps=None),
    rule(r"(?:(?P<n>" + NUM + r")" + S + r")?(?P<u>" + UNIT + r")" + S + r"(?P<rel>спустя)", r.b_shift,
         "d_ d. d- numword unit", "через", preps=None),
    rule(r"(?:(?P<n>" + NUM + r")" + S + r")?(?P<u>" + UNIT + r")(?=" + S + r"до" + R + r")", r.b_shift,
         "d_ d. d- numword unit", "до", preps={"за"}, need=True),
    # lengths
    rule(r"неделями|месяцами|годами", r.b_weeks_plural, "plural_unit", preps=None),
    rule(r"(?:(?P<whole>" + WHOLE + r")" + S + r")?(?:(?P<vague>" + VAGUE + r")" + S + r")?(?:(?P<n>" + NUM + r")" + S
         + r")?(?P<u>" + UNIT + r")(?:" + S + r"и" + S + r"более)?", r.b_duration_n, "d_ d. d- da numword vague whole unit",
         "unit", preps=DUR_PREPS),
    rule(r"(?P<pre>" + HOUR_PRE + r")час\w+", r.b_hour_adj, " ".join(k for k in PREFIXES if k.startswith("hour:")),
         preps=None),
    rule(r"(?P<n>\d+)(?:-?и)?[ -]?летн\w+(?=" + S + r"срок)", r.b_year_adj, "d- da d_", preps=None),
]


def _classes():
    """{opening word: its classes}, and the classes of each word prefix."""
    of_word: dict = {}
    for cls, ws in CLASSES.items():
        for w in ws:
            of_word.setdefault(w, set()).add(cls)
    of_prefix = {px: {cls} for cls, px in PREFIXES.items()}
    for cls, px in PREFIXES.items():
        for w in of_word:       # `ближайшие` is a word of its own and opens `ближайш…` rules too
            if w.startswith(px):
                of_word[w].add(cls)
    return {w: tuple(c) for w, c in of_word.items()}, {px: tuple(c) for px, c in of_prefix.items()}


CLASS_OF_WORD, CLASS_OF_PREFIX = _classes()
# an opening word (a number is classed by what follows it: match._openings)
START = re.compile(L + r"(?:(?P<dg>\d)|(?P<w>" + alt(CLASS_OF_WORD) + r")(?![\w])|(?P<px>" + alt(CLASS_OF_PREFIX)
                   + r"))")
PREP_BEFORE = re.compile(r"(?<![\w-])(?P<prep>" + alt(DUR_PREPS) + r")[ \u00a0]+$")
CLOCK_AFTER = re.compile(r"[:.]\d\d")
# words before a number of years that make it an age, not a duration (`в возрасте от 14 до 35 лет`)
AGE_BEFORE = re.compile(r"(?<!\w)" + alt(LEX["age_words"]) + r"(?:\s+(?:от|до|с|по)?\s*[\d\s]*(?:от|до|с|по)?)?\s*$",
                        re.IGNORECASE)
# `100 лет со дня рождения`, `33 года независимости`: an anniversary, not a length
ANNIVERSARY_AFTER = re.compile(r"\s+" + alt(LEX["anniversary_after"]) + R, re.IGNORECASE)
