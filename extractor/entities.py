"""One entity per referent: mentions grouped under their fullest normalised name.

Persons: a mention whose words all belong to a longer name (`Токаев` in
`Касым-Жомарт Токаев`) joins it, before or after the full name appears; a
bare name shared by two different full names stays apart. Places and
organisations: same normalised name, or the name without its lowercase
generic word (`Жетісу` with `область Жетісу`).
"""
from __future__ import annotations

from typing import Dict, List, Tuple

from .document import NerSpan
from .schema import Entity, Mention


def _words(name: str) -> Tuple[str, ...]:
    return tuple(name.casefold().replace("ё", "е").split())


def _surname_key(word: str) -> str:
    """A surname without its gender (`саткалиева` ~ `саткалиев`): a bare surname
    read as a woman's nominative may be a man's genitive."""
    if word.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return word[:-1]
    if word.endswith(("ская", "цкая")):
        return word[:-2] + "ий"
    return word


def _joins(short: Tuple[str, ...], full_name: str, kind: str) -> bool:
    """Whether a mention named `short` refers to the entity named `full_name`."""
    full = _words(full_name)
    if len(short) >= len(full):
        return False
    if kind == "PER":
        return {_surname_key(w) for w in short} <= {_surname_key(w) for w in full}
    if not set(short) <= set(full):
        return False
    extra = [w for w, orig in zip(full, full_name.split()) if w not in short]
    return all(orig[:1].islower() for w, orig in zip(full, full_name.split()) if w in extra)


def canonical_names(spans: List[NerSpan]) -> Dict[Tuple[str, Tuple[str, ...]], str]:
    """(type, words) of each mention → the name of the entity it belongs to."""
    names: Dict[Tuple[str, Tuple[str, ...]], str] = {}
    for span in spans:
        key = (span.type, _words(span.name))
        old = names.get(key)
        if old is None or len(span.name) > len(old):
            names[key] = span.name
    out = {}
    items = list(names.items())
    for (kind, ws), name in items:
        fuller = [n for (k, w), n in items if k == kind and len(w) > len(ws) and _joins(ws, n, kind)]
        longest = max((len(_words(n)) for n in fuller), default=0)
        targets = {_words(n) for n in fuller if len(_words(n)) == longest}
        if len(targets) == 1:
            out[(kind, ws)] = names[(kind, targets.pop())]
        else:
            out[(kind, ws)] = name
    return out


def group(spans: List[NerSpan]) -> List[Entity]:
    """Entities in order of first mention."""
    spans = [s for s in sorted(spans, key=lambda s: s.start) if s.name]
    target = canonical_names(spans)
    entities: List[Entity] = []
    by_key: Dict[Tuple[str, Tuple[str, ...]], Entity] = {}
    for span in spans:
        name = target[(span.type, _words(span.name))]
        key = (span.type, _words(name))
        ent = by_key.get(key)
        if ent is None:
            ent = Entity(id="e%d" % (len(entities) + 1), type=span.type, name=name, mentions=[])
            entities.append(ent)
            by_key[key] = ent
        ent.mentions.append(Mention(start=span.start, stop=span.stop, text=span.text))
    return entities
