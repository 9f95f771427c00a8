"""The reporting period of a briefing: the date mention the report is for."""
from __future__ import annotations

import re
from typing import List, Optional

from .. import lexicons
from ..document import Doc
from ..facts.periods import comparison
from ..schema import DateMention, Period

_LEX = lexicons.table("briefing.json")
PERIOD_PREP = re.compile(r"^(?:%s)\s+" % "|".join(re.escape(p) for p in _LEX["period_preps"]), re.IGNORECASE)


def _after_za(doc: Doc, d: DateMention) -> bool:
    """`за январь-июль`, `по итогам 9 месяцев`, `за период с 1 по 14 сентября`: the words that
    mark a reporting period."""
    before = doc.text[max(0, d.start - 12):d.start].lower()
    return bool(re.match(r"(?i)(?:за|по итогам)\s", d.text) or re.search(r"(?:\bза(?: период)?|по итогам)\s+$", before))


# the results a report gives, the words of what they are of between (`об итогах социально-экономического
# развития региона в I полугодии 2025 года`)
RESULTS = re.compile(r"(?:по итогам|об итогах|о результатах|о предварительных итогах|итоги)(?:\s+[^\W\d]+[-\w]*){0,5}"
                     r"(?:\s+(?:в|во|за))?\s+$")
# a plan's horizon or a deadline, not what a report covers: `на 2025−2027 годы`, `до 2030 года`, `к 2030 году`
HORIZON = re.compile(r"(?i)^(?:на|до|к|ко)\s")
SINCE = re.compile(r"(?i)с начала\s")        # `с начала года`, `с начала 2024 года`: the year so far


def _results_of(doc: Doc, d: DateMention) -> bool:
    return bool(RESULTS.search(doc.text[max(0, d.start - 90):d.start].lower()) or re.match(r"(?i)по итогам\s", d.text))


def _base(doc: Doc, d: DateMention) -> bool:
    """The base a figure is compared with (`чем за январь–июнь 2024 года`), no reporting period."""
    sent = next((s for s in doc.sentences if s.start <= d.start < s.stop), None)
    return sent is not None and comparison(d, None, doc.text, sent.start)


def _reporting(doc: Doc, d: DateMention) -> bool:
    """What a report covers: a span after `за` or `по итогам`, a named reporting span (`в первом
    полугодии 2025 года`), months in `в` (`в январе–июне`), the year so far (`с начала года`)."""
    if _after_za(doc, d) or _results_of(doc, d):
        return True
    if HORIZON.match(d.text):
        return False
    return d.kind == "period" or SINCE.match(d.text) is not None or \
        d.kind == "range" and d.granularity in ("month", "quarter", "half") and re.match(r"(?i)во?\s", d.text) is not None


def _in_headline(doc: Doc, d: DateMention) -> bool:
    return doc.title is not None and doc.title.start <= d.start < doc.title.stop


def _tier(doc: Doc, d: DateMention) -> int:
    """2: a span a word marks as reported on (`за …`, `по итогам …`, `о результатах …`); 1: another
    reporting span (`в первом полугодии …`, `с начала года`); 0: any other."""
    if _after_za(doc, d) or _results_of(doc, d):
        return 2
    return 1 if _reporting(doc, d) else 0


def _event(doc: Doc, d: DateMention) -> bool:
    """A plan's horizon (`на 2025−2027 годы`), an event's days (`С 8 по 14 сентября`) or a season's
    name (`отопительного сезона 2024–2025 годов`): no reporting period unless `за` or `по итогам` says so."""
    return not _reporting(doc, d) and (bool(HORIZON.match(d.text)) or d.granularity == "day" or _named_by(doc, d))


# a span that names a season or a campaign (`к отопительному сезону 2024–2025 годов`), not what a
# report covers, unless `за` governs that noun (`за отопительный сезон 2023–2024 годов`)
NAMING_NOUN = re.compile(r"(?:%s)\w*\s+$" % "|".join(_LEX["period_naming_nouns"]))
ZA_NOUN = re.compile(r"\bза\s+(?:\w+\s+)?(?:%s)\w*\s+$" % "|".join(_LEX["period_naming_nouns"]))


def _named_by(doc: Doc, d: DateMention) -> bool:
    before = doc.text[max(0, d.start - 40):d.start].lower()
    return bool(NAMING_NOUN.search(before)) and not ZA_NOUN.search(before)


def _votes(dates: List[DateMention], quantities) -> dict:
    """How many figures are for each of these date spans, and where the first of them stands:
    (date_from, date_to) → (count, -offset); a span without bounds counts by its own mention.
    A figure for a date outside them (`в 2023 году`) counts for none."""
    by_id = {d.id: d for d in dates}
    out = {}
    for q in quantities:
        if q.status == "plan":
            continue        # `ожидается, что по итогам года ВРП составит …`: no figure of the report
        d = by_id.get(q.period.date_id) if q.period is not None else None
        if d is not None:
            n, at = out.get(_span(d), (0, -q.start))
            out[_span(d)] = (n + 1, max(at, -q.start))
    return out


def _span(d: DateMention):
    return (d.date_from, d.date_to) if d.date_from and d.date_to else d.id


def find_period(doc: Doc, dates: List[DateMention], quantities=()) -> Optional[Period]:
    """The reporting period: what the report covers (`за …`, `по итогам …`, a named period, `в
    январе–июне`), a month range first; else another range or named period with bounds that is no
    plan horizon and no event's days; failing those, a whole year or quarter after `за` (`за 2024
    год`), then a period or a span of time after `за` with no bounds (its text only: `за 10 месяцев
    текущего года`, `за последнюю неделю`). Of several reporting spans, the one most of the
    report's figures are for (`quantities`: their figure periods, no plan's), then the one of the
    first figure, wins; a span a word marks as reported on (`за …`) beats one it does not."""
    spans = [d for d in dates if d.kind in ("range", "period") and d.date_from and d.date_to]
    # `о результатах прошлого года`, `по итогам 2024 года`: a year the report is about
    spans += [d for d in dates if d.kind in ("date", "relative") and d.date_from and d.date_to
              and d.granularity in ("year", "half", "quarter", "month") and (_results_of(doc, d) or SINCE.match(d.text))]
    spans = [d for d in spans if not _event(doc, d) and not _base(doc, d)]
    votes = _votes(spans, quantities)
    best = max(spans, key=lambda d: (_tier(doc, d), votes.get(_span(d), (0, -len(doc.text))), d.kind == "range",
                                    not _in_headline(doc, d), -d.start),
               default=None)
    if best is None:
        best = next((d for d in dates if d.kind == "date" and d.granularity in ("year", "half", "quarter", "month")
                     and d.date_from and _after_za(doc, d)), None)
    if best is None:        # a period whose year the text does not give (`за 10 месяцев текущего года`)
        best = next((d for d in dates if d.kind == "period" and (_after_za(doc, d) or _results_of(doc, d))), None)
    if best is None:        # `за последнюю неделю`, `за последние пять лет`
        best = next((d for d in dates if d.kind == "duration" and _after_za(doc, d)
                     and re.search(r"(?i)\bпоследн", d.text)), None)
    if best is None:
        return None
    text = PERIOD_PREP.sub("", best.text)
    return Period(date_id=best.id, text=text, date_from=best.date_from, date_to=best.date_to)
