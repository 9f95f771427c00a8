"""Briefing: who reported to whom, about which region and period, with which figures.

An article is a briefing when one of its sentences reports a meeting at which
an official reports to a senior one (briefing.cues: `доложил Президенту`,
`Главе государства было доложено`, `принял акима`, `заслушал отчёт министра`,
`провёл рабочую встречу с губернатором`, `выступил министр` at a meeting the
President chairs, `рассказал Президенту`). Roles come from the grammatical
case of the titles and names (briefing.roles); titles resolve to the persons
the article names (positions.py); a foreign visitor or a company's head is no
reporter. The parts:

- `cues`: the word that makes a sentence part of a briefing
- `roles`: the recipient and the reporters
- `people`: their names, offices and regions
- `indicators`: which figures are the report's, and their names
- `period`, `directives`
"""
from __future__ import annotations

from typing import List, Optional

from ..document import Doc
from ..positions import Title, find_titles
from ..schema import Briefing, DateMention, Entity, Quantity
from .directives import find_directives
from .indicators import find_indicators, indicator_name
from .people import office_by_title, person, region_in
from .period import find_period
from .roles import find_roles

__all__ = ["build_briefing", "find_directives", "find_period", "find_roles", "indicator_name"]


def _heads_region(recipient: Optional[Title], entities: List[Entity], titles: List[Title]) -> Optional[str]:
    """A reporter whose title names no region reports on the region his hearer heads
    (`министр по туризму` to `губернатор Калининградской области`); not on a state's."""
    if recipient is None or recipient.rank < 3:
        return None
    mine = [t for t in titles if t is recipient or recipient.entity_id and t.entity_id == recipient.entity_id]
    return next((r for r in (region_in(t, entities) for t in mine if t.rank >= 3) if r), None)


def build_briefing(doc: Doc, entities: List[Entity], quantities: List[Quantity],
                   dates: List[DateMention], titles: Optional[List[Title]] = None) -> Optional[Briefing]:
    if titles is None:
        titles = find_titles(doc, entities)
    roles = find_roles(doc, entities, titles, figures=bool(quantities))
    if roles is None:
        return None
    recipient, reporters = roles
    people = [person(t, entities, titles, doc.title) for t in reporters]
    rec = person(recipient, entities, titles, doc.title, recipient=True)
    if rec is not None and rec.position is None:
        rec.position = office_by_title(titles, recipient, entities)
    region = next((p.region for p in people if p.region), None) or _heads_region(recipient, entities, titles)
    regions = {p.region for p in people if p.region}
    # the reporter's mentions and titles: a directive they are the subject of is no directive
    ids = {p.entity_id for p in people if p.entity_id}
    spans = [(m.start, m.stop) for e in entities if e.id in ids for m in e.mentions] + \
        [(t.start, t.stop) for t in reporters] + [(t.start, t.stop) for t in titles if t.entity_id in ids]
    return Briefing(reporter=people[0] if people else None, recipient=rec, reporters=people,
                    region=region, period=find_period(doc, dates, quantities),
                    indicators=find_indicators(doc, quantities, entities, regions),
                    directives=find_directives(doc, spans, dates))
