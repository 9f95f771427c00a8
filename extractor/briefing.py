"""Briefing: who reported to whom, on which period, with which figures.

First version: a briefing is recognised by its verbs (`доложил`,
`принял акима`, `заслушал отчёт`, `проинформировал`); the reporter is the
person named after the receiving verb or before the reporting verb, the
recipient the person named with the senior title; figures of the report are
the quantities with a subject. (Issue 6 takes this to the bar.)
"""
from __future__ import annotations

import re
from typing import List, Optional

from . import lexicons
from .document import Doc
from .schema import Briefing, DateMention, Directive, Entity, Indicator, Period, Person, Quantity

_LEX = lexicons.table("briefing.json")
TRIGGER = re.compile(
    r"\b(?:доложил[аио]?|доложено|докладывал[аи]?|проинформировал[аи]?|был[аи]?\s+проинформирован[аы]?|"
    r"отчитал(?:ся|ась|ись)|заслушал[аи]?\s+отч[её]т|принял[аи]?\s+(?:акима|министра|губернатора|главу|председателя))",
    re.IGNORECASE)
DIRECTIVE = re.compile(r"\b(?:поручил[аи]?|дал[аи]?\s+(?:ряд\s+)?поручени[йея])\s+(?P<what>[^.!?\n]+)", re.IGNORECASE)


def build_briefing(doc: Doc, entities: List[Entity], quantities: List[Quantity],
                   dates: List[DateMention]) -> Optional[Briefing]:
    text = doc.text
    body = " ".join(text[p.start:p.stop] for p in doc.paragraphs)
    if not TRIGGER.search(body):
        return None
    persons = [e for e in entities if e.type == "PER"]
    recipient = reporter = None
    for e in persons:
        if any(re.match(r"(?i)(президент|глава государства|премьер)", p) for p in e.positions):
            recipient = recipient or e
        else:
            reporter = reporter or e
    period = None
    for d in dates:
        if d.kind in ("period", "range") and d.date_from:
            period = Period(date_id=d.id, text=re.sub(r"^(?:за|в|во|по итогам)\s+", "", d.text),
                            date_from=d.date_from, date_to=d.date_to)
            break
    directives = []
    for par in doc.paragraphs:
        for m in DIRECTIVE.finditer(text, par.start, par.stop):
            directives.append(Directive(text=m.group("what").strip(), start=m.start("what"),
                                        stop=m.start("what") + len(m.group("what").strip())))
    indicators = [Indicator(name=q.subject, quantity_id=q.id, text=q.text, value=q.value,
                            value_max=q.value_max, unit=q.unit) for q in quantities if q.subject]
    person = lambda e: Person(entity_id=e.id, name=e.name, position=(e.positions or [None])[0]) if e else None
    rep = person(reporter)
    return Briefing(reporter=rep, recipient=person(recipient), reporters=[rep] if rep else [],
                    region=None, period=period, indicators=indicators, directives=directives)
