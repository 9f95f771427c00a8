"""The reporting period of a briefing: the date mention the report is for."""
from __future__ import annotations

import re
from typing import List, Optional

from .. import lexicons
from ..document import Doc
from ..schema import DateMention, Period

_LEX = lexicons.table("briefing.json")
PERIOD_PREP = re.compile(r"^(?:%s)\s+" % "|".join(re.escape(p) for p in _LEX["period_preps"]), re.IGNORECASE)


def _after_za(doc: Doc, d: DateMention) -> bool:
    """`за январь-июль`, `по итогам 9 месяцев`: the words that mark a reporting period."""
    before = doc.text[max(0, d.start - 12):d.start].lower()
    return bool(re.match(r"(?i)(?:за|по итогам)\s", d.text) or re.search(r"(?:\bза|по итогам)\s+$", before))


RESULTS = re.compile(r"(?:по итогам|об итогах|о результатах|о предварительных итогах|итоги)\s+$")


def _results_of(doc: Doc, d: DateMention) -> bool:
    return bool(RESULTS.search(doc.text[max(0, d.start - 28):d.start].lower()) or re.match(r"(?i)по итогам\s", d.text))


def find_period(doc: Doc, dates: List[DateMention]) -> Optional[Period]:
    """The reporting period: a month range or named period with bounds; `за …` first, then ranges,
    then the first; failing those, a whole year or quarter after `за` (`за 2024 год`), then a
    period after `за` with no bounds (its text only)."""
    spans = [d for d in dates if d.kind in ("range", "period") and d.date_from and d.date_to]
    # `о результатах прошлого года`, `по итогам 2024 года`: a year the report is about
    spans += [d for d in dates if d.kind in ("date", "relative") and d.date_from and d.date_to
              and d.granularity in ("year", "half", "quarter", "month") and _results_of(doc, d)]
    best = max(spans, key=lambda d: (_after_za(doc, d) or _results_of(doc, d), d.kind == "range", -d.start),
               default=None)
    if best is None:
        best = next((d for d in dates if d.kind == "date" and d.granularity in ("year", "half", "quarter", "month")
                     and d.date_from and _after_za(doc, d)), None)
    if best is None:        # a period whose year the text does not give (`за 10 месяцев текущего года`)
        best = next((d for d in dates if d.kind == "period" and _after_za(doc, d)), None)
    if best is None:
        return None
    text = PERIOD_PREP.sub("", best.text)
    return Period(date_id=best.id, text=text, date_from=best.date_from, date_to=best.date_to)

