"""One entity per referent: mentions grouped under their fullest normalised name.

Persons: a mention whose words all belong to a longer name (`Токаев` in
`Касым-Жомарт Токаев`, initials `Б. Исабаев` or `К.-Ж. Токаев` in `Бейбит
Исабаев`, a first name and patronymic `Александр Петрович`) joins it, before or
after the full name appears; a bare name shared by two different full names
stays apart. A person is named by first name and surname, without the
patronymic (`Владимир Владимирович Путин` → `Владимир Путин`); a mention whose
case leaves two names open takes the one the person's other mentions agree on. Places and
organisations: same normalised name, or the name without its lowercase
generic word (`Жетісу` with `область Жетісу`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Tuple

from . import names
from .document import NerSpan
from .schema import Entity, Mention


@lru_cache(maxsize=50_000)
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


INITIAL = re.compile(r"^\w(?:\.-?\w)*\.$")
PATRONYMIC = ("вич", "вна", "ична", "инична")


def _patronymic(word: str) -> bool:
    return word.endswith(PATRONYMIC) and len(word) > 5


def _initial_of(initial: str, word: str) -> bool:
    """`б.` ~ `бейбит`, `к.-ж.` ~ `касым-жомарт`."""
    letters = [x for x in re.split(r"[.\-]+", initial) if x]
    parts = word.split("-")
    return len(letters) <= len(parts) and all(p.startswith(x) for x, p in zip(letters, parts))


def _word_in(word: str, full: Tuple[str, ...]) -> bool:
    if INITIAL.match(word):
        return any(_initial_of(word, f) for f in full)
    return _surname_key(word) in {_surname_key(f) for f in full}


@lru_cache(maxsize=50_000)
def _size(ws: Tuple[str, ...]) -> Tuple[int, int]:
    """How much a person's name says: words that are neither initials nor a patronymic, then all words."""
    return sum(1 for w in ws if not INITIAL.match(w) and not (_patronymic(w) and len(ws) > 1)), len(ws)


def _joins(short: Tuple[str, ...], full_name: str, kind: str) -> bool:
    """Whether a mention named `short` refers to the entity named `full_name`, which says more."""
    full = _words(full_name)
    if kind == "PER":
        # `Александр Петрович` joins `Александр Худилайнен`: the patronymic is not part of the key
        rest = tuple(w for w in short if not _patronymic(w)) if len(short) > 1 else short
        if all(INITIAL.match(w) for w in rest) or _size(full) <= _size(short):
            return False
        return all(_word_in(w, full) for w in rest)
    if len(short) >= len(full):
        return False
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
    # a cheap look first: a fuller name shares a word's first letter with the short one
    letters = {key: {w[:1] for w in key[1]} for key, _ in items}
    for (kind, ws), name in items:
        fuller = [n for (k, w), n in items if k == kind and w != ws and (len(w) > len(ws) or kind == "PER")
                  and letters[(k, w)] & letters[(kind, ws)] and _joins(ws, n, kind)]
        size = (lambda n: _size(_words(n))) if kind == "PER" else (lambda n: len(_words(n)))
        longest = max((size(n) for n in fuller), default=0)
        targets = {_words(n) for n in fuller if size(n) == longest}
        if len(targets) == 1:
            out[(kind, ws)] = names[(kind, targets.pop())]
        else:
            out[(kind, ws)] = name
    for (kind, ws), name in items:
        if kind == "LOC" and _ABBR.fullmatch(name):
            full = {out[key] for key, n in items if key[0] == "LOC" and key[1] != ws and _abbreviates(name, n)}
            bare = {_REPUBLIC.sub("", n) for n in full}
            if len(bare) == 1:                 # `Республика Татарстан` and `Татарстан` are one place
                out[(kind, ws)] = min(full, key=len)
    return out


_ABBR = re.compile(r"[А-ЯЁ][А-ЯЁа-яё]{0,3}[А-ЯЁ]")
_REPUBLIC = re.compile(r"^Республика\s+|\s+Республика$")


def _abbreviates(abbr: str, name: str) -> bool:
    """Whether a place's abbreviation is made of its name's words' first letters, in order
    (`ХМАО`: `Ханты-Мансийский автономный округ`, `УрФО`: `Уральский федеральный округ`), `Р`
    standing for `Республика` (`РТ`: `Татарстан`)."""
    words = [w.lower() for w in re.split(r"[\s-]+", name) if w]
    if len(words) == 1 and len(abbr) == 2 and abbr[0] == "Р" and not words[0].startswith("р"):
        words = ["республика"] + words
    return len(words) > 1 and _consumes(abbr.lower(), words)


def _consumes(abbr: str, words: List[str]) -> bool:
    """Each word gives the abbreviation its next one or two letters (all of it, all of them)."""
    if not words:
        return not abbr
    return any(abbr[:k] == words[0][:k] and _consumes(abbr[k:], words[1:])
               for k in (1, 2) if len(abbr) >= k)


def _display(name: str, kind: str) -> str:
    """A person's first name and surname: the patronymic of a three-word name goes."""
    words = name.split()
    if kind == "PER" and len(words) == 3 and _patronymic(words[1].lower()):
        return words[0] + " " + words[2]
    return name


@lru_cache(maxsize=20_000)
def _readable_as(text: str, name: Tuple[str, ...]) -> bool:
    """Whether every word of a person mention can be one reading (one case and gender) of
    the words of `name` (`Дарига Назарбаева` can be `дарига назарбаева` or `дариг назарбаев`)."""
    words = [w.lower().rsplit("-", 1)[-1] for w in text.split()]
    target = [w.rsplit("-", 1)[-1] for w in name]
    if len(words) != len(target):
        return False
    readings = [names.person_readings(w) for w in words]
    keys = set(readings[0])
    for r in readings[1:]:
        keys &= set(r)
    return any(all(r[k][1].replace("ё", "е") == t for r, t in zip(readings, target)) for k in keys)


def _agree_persons(spans: List[NerSpan]) -> None:
    """One reading for one person: a mention whose case leaves it open between two names
    another mention gives takes the name more mentions can be (`Дарига Назарбаева` with
    `Дариги Назарбаевой` is a woman, not `Дариг Назарбаев`)."""
    pers = [s for s in spans if s.type == "PER"]
    if len(pers) < 2:
        return
    found = {_words(s.name): s.name for s in pers}
    if len(found) < 2:
        return
    # only names of as many words with the same surname stem can be readings of one mention
    stem = {n: (len(n), n[-1][:3]) for n in found}
    cands = {id(s): [n for n in found if stem[n] == stem[_words(s.name)] and _readable_as(s.text, n)] for s in pers}
    support = {n: sum(n in c for c in cands.values()) for n in found}
    for s in pers:
        # a tie between readings of the same words goes to the one another mention's context
        # gave (`акима Асаина Байханова` is a man's genitive; `По словам Асаина Байханова` could
        # be a woman's nominative)
        own = _words(s.text)
        best = max(cands[id(s)], key=lambda n: (support[n], n != own, n == _words(s.name)), default=None)
        if best is not None and best != _words(s.name) and support[best] >= support.get(_words(s.name), 0):
            s.name = found[best]


def group(spans: List[NerSpan]) -> List[Entity]:
    """Entities in order of first mention."""
    spans = [s for s in sorted(spans, key=lambda s: s.start) if s.name]
    _agree_persons(spans)
    target = canonical_names(spans)
    entities: List[Entity] = []
    by_key: Dict[Tuple[str, Tuple[str, ...]], Entity] = {}
    for span in spans:
        name = target[(span.type, _words(span.name))]
        key = (span.type, _words(name))
        ent = by_key.get(key)
        if ent is None:
            ent = Entity(id="e%d" % (len(entities) + 1), type=span.type, name=_display(name, span.type), mentions=[])
            entities.append(ent)
            by_key[key] = ent
        ent.mentions.append(Mention(start=span.start, stop=span.stop, text=span.text))
    return entities
