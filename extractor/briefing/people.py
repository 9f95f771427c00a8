"""The reporter and the recipient as persons: name, office, region.

The office is a title the text gives the person, in the nominative: the
reporter's as written (`Первый вице-премьер`, `аким Костанайской области`),
the recipient's as written for the office's own word, with its country
(`Президент России`, `премьер`), else the office's formal title (`Глава
государства` → `Президент`). A title naming a particular place beats one with
only a generic word (`аким Костанайской области` over `аким региона`); a
generic one is completed from the one region of that kind the article names.
"""
from __future__ import annotations

from functools import lru_cache
from typing import List, Optional, Tuple

from .. import lexicons, morph
from ..positions import Title
from ..schema import Entity, Person

_POS = lexicons.table("positions.json")
GENERIC = frozenset(_POS["generic_complements"])
COMPANY = frozenset(_POS["company_words"])
OUTSIDER_HEADS = frozenset(_POS["outsider_heads"])
INTERNATIONAL = frozenset(_POS["international_bodies"])
COUNTRIES = frozenset(w.lower().replace("ё", "е") for w in lexicons.words("countries.txt"))
HOME = frozenset(["казахстан", "россия", "республика казахстан", "российская федерация", "рф", "рк"])
# the generic word of a title's complement → the word a region of that kind is named with
KIND_WORD = {"область": ("область", "облысы"), "облысы": ("область", "облысы"), "край": ("край",),
             "район": ("район", "ауданы"), "округ": ("округ",), "республика": ("республика",),
             "регион": ("область", "облысы", "край", "республика", "округ")}


def _words(text: str) -> List[str]:
    return [w.strip("«»\"(),.") for w in text.split()]


@lru_cache(maxsize=20_000)
def _lemma(w: str) -> str:
    return morph.lemma(w) if morph.CYRILLIC_WORD.fullmatch(w) else w.lower()


def _complement(t: Title) -> List[str]:
    """The words of a title after its title word (`области Жетісу` of `аким области Жетісу`)."""
    words = t.text.split()
    heads = [i for i, w in enumerate(words) if t.head and t.head in morph.cyr_lemmas(w.strip("«»\""))]
    return words[heads[0] + 1:] if heads else words[1:]


def specific(t: Title) -> int:
    """2: the title names a place or body (`аким Костанайской области`); 1: only generic words
    (`аким области`); 0: no complement."""
    comp = [w for w in _complement(t) if any(c.isalpha() for c in w)]
    if not comp:
        return 0
    return 1 if all(_lemma(w.strip("«»\"")) in GENERIC for w in comp) else 2


def outsider(t: Title, entities: List[Entity], titles: List[Title], text: str) -> bool:
    """A foreign visitor, an envoy or a company's head: no official of the country reporting.
    A bare name counts by the titles its person holds."""
    mine = [x for x in titles if t.entity_id and x.entity_id == t.entity_id] or ([t] if t.head else [])
    return any(_outsider_title(x, entities) for x in mine)


def _outsider_title(t: Title, entities: List[Entity]) -> bool:
    if t.head in OUTSIDER_HEADS or (t.group and t.rank <= 1):
        return True         # an ambassador; a head of state or government reports to no one here
    comp = _complement(t)
    if any(w.strip("«»\"").lower() in COMPANY or _lemma(w.strip("«»\"")) in COMPANY for w in comp):
        return True         # `председатель правления АО «…»`, `глава компании`
    if any(w.strip("«»\"").lower() in INTERNATIONAL or _lemma(w.strip("«»\"")) in INTERNATIONAL for w in comp):
        return True         # `Генеральный секретарь ООН`
    for e in _places_in(t, entities):
        name = e.name.lower().replace("ё", "е")
        if name in COUNTRIES and name not in HOME:
            return True         # `министр иностранных дел Франции`
    return any(_lemma(w) in COUNTRIES and _lemma(w) not in HOME for w in _words(" ".join(comp)) if w[:1].isupper())


def _in_title_line(t: Title, title_span) -> bool:
    return title_span is not None and title_span.start <= t.start < title_span.stop


def _best(mine: List[Title], title_span, recipient: bool = False) -> Title:
    """The title that says most: a particular place, the office's own word, outside the headline,
    directly before the name, longest, first. The recipient's office is the one the article's
    body gives (a headline's `Президент Казахстана` over a body's `Глава государства` is not)."""
    def key(x):
        body = not _in_title_line(x, title_span)
        k = (specific(x), not x.group or x.head in _POS["written"], body, x.named, len(x.nominative.split()), -x.start)
        return (body,) + k if recipient else k
    return max(mine, key=key)


def _genitive(name: str) -> str:
    """A region's name in the genitive: `Костанайская область` → `Костанайской области`,
    `область Жетісу` → `области Жетісу`, `Республика Адыгея` → `Республики Адыгея`."""
    words = name.split()
    h = next((i for i, w in enumerate(words) if _lemma(w) in GENERIC), None)
    if h is None:
        return name
    head = morph.cyr_inflect(words[h], {"gent", "sing"}, lambda p: p.tag.POS == "NOUN") or words[h]
    gender = next((p.tag.gender for p in morph.cyr_parses(words[h]) if p.tag.POS == "NOUN"), None)
    want = {"gent", "sing"} | ({gender} if gender else set())
    adjs = [morph.cyr_inflect(w, want, lambda p: p.tag.POS in ("ADJF", "PRTF")) or w for w in words[:h]]
    adjs = [a[:1].upper() + a[1:] if w[:1].isupper() else a for a, w in zip(adjs, words[:h])]
    head = head[:1].upper() + head[1:] if words[h][:1].isupper() else head
    return " ".join(adjs + [head] + words[h + 1:])


def completed(t: Title, entities: List[Entity]) -> Tuple[str, Optional[Entity]]:
    """A generic title completed with the one region of its kind the article names
    (`аким региона` → `аким Костанайской области`), and that region; else as written."""
    comp = [w for w in _complement(t) if any(c.isalpha() for c in w)]
    if specific(t) != 1 or len(comp) != 1:
        return t.nominative, None
    loc = _one_region(comp[0], entities)
    if loc is None:
        return t.nominative, None
    name = loc.name
    head_part = t.nominative.split()
    n_head = len(head_part) - len(comp)
    return " ".join(head_part[:n_head] + [_genitive(name)]), loc


def _one_region(word: str, entities: List[Entity]) -> Optional[Entity]:
    """The region of the kind a generic word names (`области`, `региона`) that the article names
    most often, when one does."""
    kind = KIND_WORD.get(_lemma(word))
    if not kind:
        return None
    regions = {}
    for e in entities:
        words = e.name.lower().split()
        if e.type == "LOC" and len(words) > 1 and any(_lemma(w) in kind or w in kind for w in words):
            regions[e.name] = regions.get(e.name, 0) + len(e.mentions)
    if not regions:
        return None
    ranked = sorted(regions.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return next(e for e in entities if e.name == ranked[0][0])


def generic_region(t: Title, entities: List[Entity]) -> Optional[str]:
    """The region a title of generic words ends with (`заместитель акима области`): the one of
    that kind the article names."""
    comp = [w for w in _complement(t) if any(c.isalpha() for c in w)]
    if not comp or _places_in(t, entities):
        return None
    loc = _one_region(comp[-1].strip("«»\"(),."), entities)
    return loc.name if loc is not None else None


def region_in(t: Title, entities: List[Entity]) -> Optional[str]:
    """The region a title names (`аким Костанайской области`)."""
    for loc in _places_in(t, entities):
        if specific(t) == 2 or len(loc.name.split()) > 1:
            return loc.name
    return None


def _places_in(t: Title, entities: List[Entity]) -> List[Entity]:
    """The places named inside a title, in the article's order."""
    return [e for e in entities
            if e.type == "LOC" and any(t.start <= m.start and m.stop <= t.stop for m in e.mentions)]


def person(t: Optional[Title], entities: List[Entity], titles: List[Title], title_span,
           recipient: bool = False) -> Optional[Person]:
    if t is None:
        return None
    e = next((x for x in entities if x.id == t.entity_id), None)
    mine = [x for x in titles if e is not None and x.entity_id == e.id] or ([t] if t.head else [])
    position = region = None
    if mine:
        best = _best(mine, title_span, recipient)
        if recipient:
            position = best.written
        else:
            position, loc = completed(best, entities)
            region = loc.name if loc is not None else region_in(best, entities)
            if region is None:
                region = next((r for r in (region_in(x, entities) for x in mine) if r), None)
            if region is None:
                region = next((r for r in (generic_region(x, entities) for x in mine) if r), None)
        if e is not None and position not in e.positions:
            e.positions.append(position)
    return Person(entity_id=e.id if e else None, name=e.name if e else None, position=position, region=region)


def office_by_title(titles: List[Title], recipient: Title, entities: List[Entity]) -> Optional[str]:
    """A recipient named without a title (`доложил Владимиру Путину`) holds the senior office
    the article names without a name (`сообщил губернатор президенту`)."""
    free = sorted((t for t in titles if t.entity_id is None and t.group and t.rank <= 1 and not t.plural),
                  key=lambda t: t.rank)
    if not free:
        return None
    office = free[0].written
    e = next((x for x in entities if x.id == recipient.entity_id), None)
    if e is not None and office not in e.positions:
        e.positions.append(office)
    return office
