"""Matching the grammar over one sentence: candidates, the longest first, then their builders."""
from __future__ import annotations

import re
from typing import List

from .builders import Scan
from .relative import b_duration_n
from .resolve import Parsed
from .rules import AGE_BEFORE, ANNIVERSARY_AFTER, BY_DIGIT, BY_PREFIX, BY_WORD, CLOCK_AFTER, PREP_BEFORE, RULES, START

_BOUNDED = re.compile(r"(?:с|со|до|к|ко|начиная)\s", re.IGNORECASE)


class Hit:
    """A rule's match with the preposition read before it: what a builder reads (`m["d"]`, `m["prep"]`)."""
    __slots__ = ("m", "prep", "before")

    def __init__(self, m, prep: str, before: str):
        self.m, self.prep, self.before = m, prep, before

    def __getitem__(self, name):
        return self.prep if name == "prep" else self.m.group(name)

    def groupdict(self):
        d = self.m.groupdict()
        d["prep"] = self.prep
        return d


def lower(text: str) -> str:
    """The text in lower case, character for character (offsets unchanged)."""
    low = text.lower()
    if len(low) != len(text):       # `İ` lower-cases to two characters
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def _openings(low: str) -> dict:
    """{rule number: positions of its opening words in the sentence}."""
    todo: dict = {}
    for mm in START.finditer(low):
        kind = mm.lastgroup
        rules = BY_DIGIT if kind == "dg" else BY_WORD[mm.group("w")] if kind == "w" else BY_PREFIX[mm.group("px")]
        p = mm.start()
        for i in rules:
            todo.setdefault(i, []).append(p)
    return todo


def candidates(text: str, base: int, st: Scan) -> List[Parsed]:
    """The date mentions of one sentence (text with ё as е), offsets shifted by `base`."""
    low = lower(text)
    todo = _openings(low)
    if not todo:
        return []
    found = []
    for i in sorted(todo):
        ru = RULES[i]
        src = text if ru.cased else low
        for p in todo[i]:
            m = ru.rx.match(src, p)
            if m is None or m.end() == p or CLOCK_AFTER.match(text, m.end()):
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
            found.append((a, m.end(), m, prep, ru.build))
    # longest first, then earliest; rule order breaks the rest
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken = bytearray(len(text))      # characters already inside a chosen mention
    chosen = []
    for f in found:
        a, b_ = f[0], f[1]
        if any(taken[a:b_]):
            continue
        chosen.append(f)
        taken[a:b_] = b"\x01" * (b_ - a)
    out = []
    for a, b_, m, prep, build in sorted(chosen, key=lambda f: f[0]):
        if build is b_duration_n and (AGE_BEFORE.search(text[max(0, a - 40):a]) or ANNIVERSARY_AFTER.match(text, b_)):
            continue
        try:
            p = build(Hit(m, prep, low[max(0, a - 24):a]), st)
        except (KeyError, IndexError, ValueError, OverflowError, TypeError):   # a form the tables lack
            p = None
        if p is None:
            continue
        p.start, p.stop = base + a, base + b_
        p.bounded = bool(_BOUNDED.match(text, a))
        out.append(p)
    return out
