"""One entity per referent: mentions grouped under a normalised name."""
from __future__ import annotations

from typing import List

from .document import NerSpan
from .schema import Entity, Mention


def group(spans: List[NerSpan]) -> List[Entity]:
    """Entities in order of first mention; a person's bare surname joins the full name."""
    entities: List[Entity] = []
    by_key = {}
    for span in sorted(spans, key=lambda s: s.start):
        key = (span.type, span.name.casefold())
        if span.type == "PER":
            surname = span.name.split()[-1].casefold() if span.name else ""
            for ent in entities:
                if ent.type == "PER" and ent.name.split()[-1].casefold() == surname:
                    key = (ent.type, ent.name.casefold())
                    break
        ent = by_key.get(key)
        if ent is None:
            ent = Entity(id="e%d" % (len(entities) + 1), type=span.type, name=span.name, mentions=[])
            entities.append(ent)
            by_key[key] = ent
        elif span.type == "PER" and len(span.name.split()) > len(ent.name.split()):
            ent.name = span.name
        ent.mentions.append(Mention(start=span.start, stop=span.stop, text=span.text))
    return entities
