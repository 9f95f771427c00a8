"""Matching the grammar over one sentence: candidates, the longest first, then their builders."""
from __future__ import annotations

import re
from typing import List

from .builders import Scan
from .lex import YEAR_HALF_OF, low as _low
from .periods import year_half
from .relative import b_duration_n
from .resolve import Parsed
from .rules import (AGE_BEFORE, ANNIVERSARY_AFTER, CLASS_OF_PREFIX, CLASS_OF_WORD, CLOCK_AFTER, PREP_BEFORE, RULES,
                    START)

_BOUNDED = re.compile(r"(?:с|со|до|к|ко|начиная)\s", re.IGNORECASE)


class Hit:
    """A rule's match, its tail's and the preposition read before it: what a builder reads
    (`m["d"]`, `m["year"]`, `m["prep"]`)."""
    __slots__ = ("groups", "prep", "before")

    def __init__(self, m, tail, prep: str, before: str):
        self.groups = m.groupdict()
        if tail is not None:
            self.groups.update(tail.groupdict())
        self.groups["prep"] = prep
        self.prep, self.before = prep, before

    def __getitem__(self, name):
        return self.groups[name]

    def groupdict(self):
        return self.groups


def lower(text: str) -> str:
    """The text in lower case, character for character (offsets unchanged)."""
    low = text.lower()
    if len(low) != len(text):       # `İ` lower-cases to two characters
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


_DIGITS = re.compile(r"\d+")
# a number opens the rules for what follows it: `15.08.2024`, `2/3/1906`, `2024-08-15`, `15 августа`, `2000год`
_AFTER_NUMBER = {".": ("d.",), ",": ("d.",), "/": ("d/",), "-": ("d-",), "–": ("d-",), "—": ("d-",), "−": ("d-",),
                 " ": ("d_",), "\u00a0": ("d_",)}


def _openings(low: str) -> dict:
    """{class: positions of its words in the sentence}: where rules may open, and their gates."""
    at: dict = {}
    for mm in START.finditer(low):
        kind = mm.lastgroup
        p = mm.start()
        if kind == "dg":
            q = _DIGITS.match(low, p).end()
            after = low[q:q + 1]
            # `2000год`, `2021г.`: a year noun written on to its number opens year rules and passes their gate
            classes = _AFTER_NUMBER.get(after) or (("da", "year_noun") if after == "г" else ("da",) if after.isalpha()
                                                   else ())
        else:
            classes = CLASS_OF_WORD[mm.group("w")] if kind == "w" else CLASS_OF_PREFIX[mm.group("px")]
        for cls in classes:
            at.setdefault(cls, []).append(p)
    return at


_OPENED_BY: dict = {}
for _i, _ru in enumerate(RULES):
    for _cls in _ru.first:
        _OPENED_BY.setdefault(_cls, []).append(_i)
_RULE_SETS: dict = {}


def _rules_for(classes: frozenset) -> list:
    """The rules, in order, that open on one of these classes and whose gate they pass (cached)."""
    got = _RULE_SETS.get(classes)
    if got is None:
        idx = sorted({i for cls in classes for i in _OPENED_BY.get(cls, ())})
        got = [RULES[i] for i in idx if RULES[i].gate is None or not RULES[i].gate.isdisjoint(classes)]
        if len(_RULE_SETS) < 100_000:
            _RULE_SETS[classes] = got
    return got


def candidates(text: str, base: int, st: Scan) -> List[Parsed]:
    """The date mentions of one sentence (text with ё as е), offsets shifted by `base`."""
    low = lower(text)
    at = _openings(low)
    if not at:
        return []
    found = []
    for ru in _rules_for(frozenset(at)):
        starts = [p for cls in ru.first for p in at.get(cls, ())]
        src = text if ru.cased else low
        for p in (sorted(set(starts)) if len(ru.first) > 1 else starts):
            m = ru.rx.match(src, p)
            if m is None or m.end() == p:
                continue
            t = None
            if ru.tail is not None:
                t = ru.tail.match(src, m.end())
                if t is None:           # the tail may be empty but not wrong (`за два месяца с тех пор`)
                    continue
            end = t.end() if t is not None else m.end()
            if CLOCK_AFTER.match(text, end):
                continue
            a, prep = p, ""
            if ru.preps:
                pm = PREP_BEFORE.search(low, max(0, p - 24), p)
                if pm:
                    w = " ".join(pm.group("prep").split())
                    if w in ru.preps:
                        a, prep = pm.start(), w
            if ru.need and not prep:
                continue
            found.append((a, end, (m, t), prep, ru.build))
    # longest first, then earliest; rule order breaks the rest. A match its builder turns down
    # (`через 3 месяца` is no reporting period) leaves its place to the next one.
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken = bytearray(len(text))      # characters already inside a chosen mention
    chosen = []
    for f in found:
        a, b_ = f[0], f[1]
        if any(taken[a:b_]):
            continue
        own = Scan()                  # what this mention alone would record (`того же года` reads it back)
        p = _build(f, text, low, own)
        if p is None:
            continue
        chosen.append((f, p, own.last_year))
        taken[a:b_] = b"\x01" * (b_ - a)
    out = []
    for f, p, year in sorted(chosen, key=lambda c: c[0][0]):
        tail = f[2][1]
        if tail is not None and tail.groupdict().get("same"):
            # `того же года`: built again in text order, with the year read before it
            p = _build(f, text, low, st) or p
        elif year is not None:
            st.last_year = year
        p.start, p.stop = base + f[0], base + f[1]
        p.bounded = bool(_BOUNDED.match(text, f[0]))
        out.append(p)
    return out


def _build(f, text: str, low: str, st: Scan):
    """The builder's mention for a match, or None (not a date here, or a form the tables lack)."""
    a, b_, (m, t), prep, build = f
    if build is b_duration_n and (AGE_BEFORE.search(text[max(0, a - 40):a]) or ANNIVERSARY_AFTER.match(text, b_)):
        return None
    try:
        hit = Hit(m, t, prep, low[max(0, a - 24):a])
        p = build(hit, st)
    except (KeyError, IndexError, ValueError, OverflowError, TypeError):
        return None
    half = YEAR_HALF_OF.get(_low(hit.groups.get("part")))
    return year_half(p, half) if half and p is not None and p.granularity == "year" else p
