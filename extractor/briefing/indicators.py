"""Indicators: the figures of the report, each with the name of what it measures.

Which figures: every quantity of the article outside its headline, except
what the reporter asks the recipient for (`попросил выделить 5 млрд тенге`:
the cost of a request is no figure of the region) and figures of another
region the sentence names instead of the report's own. The name: the
figures stage's one naming rule (`figures.subjects.indicator_name`).
"""
from __future__ import annotations

import re
from typing import List, Optional, Set

from .. import lexicons, morph
from ..document import Doc
from ..figures.subjects import indicator_name as figure_name
from ..schema import Entity, Indicator, Quantity

_LEX = lexicons.table("briefing.json")
REQUEST = frozenset(_LEX["request_words"])
REQUEST_FORMS = morph.forms_of(REQUEST)
REGION_WORDS = ("область", "облысы", "край", "республика")


def indicator_name(doc: Doc, q: Quantity) -> Optional[str]:
    """What a figure measures: the figures stage's one naming rule (figures/subjects.py)."""
    return figure_name(doc.text, q)


# `…составила 95,3 млрд кВт·ч, что на 4,2% больше`, `введено 1,36 млн кв. м жилья, или 108,5% к
# уровню прошлого года`: the second figure measures the first one's thing
_SAME_THING = re.compile(r"^(?:\s+[а-яё-]+){0,2}\s*,?\s*(?:что|это|или)\s*$", re.IGNORECASE)


def _requested(doc: Doc, q: Quantity) -> bool:
    """The figure follows a request word in its sentence (`аким попросил выделить 5 млрд тенге`)."""
    sent = doc.sentence_at(q.start)
    if sent is None:
        return False
    for tok in sent.tokens:
        if tok.start >= q.start:
            return False
        w = tok.text.lower().replace("ё", "е")
        if w in REQUEST_FORMS and morph.cyr_lemmas(w) & REQUEST:
            return True
    return False


def _elsewhere(doc: Doc, q: Quantity, entities: List[Entity], regions: Set[str]) -> bool:
    """The figure's sentence names another region and not the report's own (`в соседней
    Жамбылской области рост составил 2%` in the report of the akim of Туркестанская область)."""
    if not regions:
        return False
    sent = doc.sentence_at(q.start)
    if sent is None:
        return False
    named = set()
    for e in entities:
        if e.type == "LOC" and any(w in e.name.lower() for w in REGION_WORDS) \
                and any(sent.start <= m.start < sent.stop for m in e.mentions):
            named.add(e.name)
    return bool(named) and not (named & regions)


def find_indicators(doc: Doc, quantities: List[Quantity], entities: List[Entity],
                    regions: Set[str]) -> List[Indicator]:
    title = doc.title
    indicators = []
    prev_stop = 0
    for q in quantities:
        if title is not None and title.start <= q.start < title.stop:
            continue
        if _requested(doc, q) or _elsewhere(doc, q, entities, regions):
            prev_stop = q.stop
            continue
        name = indicator_name(doc, q)
        if name is None and indicators and prev_stop <= q.start and _SAME_THING.match(doc.text[prev_stop:q.start]):
            name = indicators[-1].name
        prev_stop = q.stop
        if name:
            indicators.append(Indicator(name=name, quantity_id=q.id, text=q.text, value=q.value,
                                        value_max=q.value_max, unit=q.unit))
    return indicators
