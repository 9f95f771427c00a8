"""The words of a sentence and what they say about its figures: status and change.

A sentence's tokens are numbered by clause (a comma, colon, dash or bracket
starts one); a figure's status is read from the nearest word that says (its
clause first), its change from a change word near a `на N` or `в N раз`.
Words by lemma from lexicons/facts.json; tense and lemmas from pymorphy3
(morph.py), cached per word.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, List, Optional

from .. import lexicons, morph
from ..document import Sentence
from ..schema import Quantity

LEX = lexicons.table("facts.json")
W = {k: frozenset(w.replace("ё", "е") for w in v) for k, v in LEX.items() if isinstance(v, list)}
_CLAUSE_MARKS = frozenset(",;:()—–-")
_RATE = re.compile(r"^\s*(?:%s)\b" % "|".join(map(re.escape, LEX["rate_words"])))
_LEVEL_BEFORE = re.compile(r"\b(?:%s)\s*$" % "|".join(LEX["level_preps"]))
_NA_BEFORE = re.compile(r"\bна\s*$")
_NA_IN = re.compile(r"(?:^|\s)на\s")


def low(s: str) -> str:
    """Lower case, ё as е."""
    return s.lower().replace("ё", "е")


@dataclass
class Word:
    start: int
    stop: int
    low: str
    clause: int


class Words(list):
    """A sentence's words, with their starts and stops for looking words up by offset."""
    starts: List[int]
    stops: List[int]


def words_of(sent: Sentence) -> Words:
    """The sentence's tokens, numbered by clause (a comma, colon, dash or bracket starts one)."""
    out, clause = Words(), 0
    for t in sent.tokens:
        if t.text in _CLAUSE_MARKS:
            clause += 1
            continue
        out.append(Word(t.start, t.stop, low(t.text), clause))
    out.starts = [w.start for w in out]
    out.stops = [w.stop for w in out]
    return out


def _before(ws: Words, a: int) -> int:
    """The number of words that end at or before offset `a` (their indexes are below it)."""
    return bisect_right(ws.stops, a)


def _after(ws: Words, b: int) -> int:
    """The index of the first word that starts at or after offset `b`."""
    return bisect_left(ws.starts, b)


@lru_cache(maxsize=100_000)
def lemmas(word: str) -> frozenset:
    return frozenset(lemma.replace("ё", "е") for lemma in morph.cyr_lemmas(word))


@lru_cache(maxsize=100_000)
def verb_status(word: str) -> Optional[str]:
    """What one word says of a figure's status: `plan` (a plan word, a future verb), `actual`
    (a past or present verb, a past participle), `speech` (a reporting verb), `infinitive`, or None."""
    lem = lemmas(word)
    if lem & W["plan_words"]:
        return "plan"
    ps = morph.cyr_parses(word)
    if not ps or ps[0].tag.POS not in ("VERB", "PRTS", "INFN"):
        return None
    if lem & W["speech_verbs"]:
        return "speech"
    p = ps[0]
    if p.tag.POS == "INFN":
        return "infinitive"
    if p.tag.POS == "VERB" and "futr" in p.tag:
        # a verb of both aspects reads as present (`выходим`, `инвестируют`)
        if any(x.tag.POS == "VERB" and "pres" in x.tag for x in ps):
            return "actual"
        return "plan"
    return "actual"


def _future_be(word: str) -> bool:
    return word in ("будет", "будут", "буду", "будем", "будете", "будешь")


def _scan_order(ws: Words, a: int, b: int, clause: int) -> Iterator[int]:
    """Word indexes to look at for a figure at [a, b): its clause before it (nearest first),
    its clause after it, the clauses before (nearest first), the clauses after."""
    i, j = _before(ws, a) - 1, _after(ws, b)
    while i >= 0 and ws[i].clause == clause:
        yield i
        i -= 1
    while j < len(ws) and ws[j].clause == clause:
        yield j
        j += 1
    yield from range(i, -1, -1)
    yield from range(j, len(ws))


def status_at(ws: List[Word], a: int, b: int, clause: int) -> Optional[str]:
    """`plan`/`actual` from the nearest word that says (see `verb_status`); a plan word after a
    comparative is the base of a comparison (`на 18 млрд выше плана`). None when no word says
    (a verbless sentence: the report's tense, else a plain statement of fact)."""
    for i in _scan_order(ws, a, b, clause):
        st = verb_status(ws[i].low)
        if st == "actual":
            near = [ws[k].low for k in (i - 2, i - 1, i + 1) if 0 <= k < len(ws) and ws[k].clause == ws[i].clause]
            return "plan" if any(_future_be(w) for w in near) else "actual"
        if st == "plan" and not (i > 0 and ws[i - 1].low in W["comparatives"]):
            return st
    return None


def clause_at(ws: Words, offset: int) -> int:
    """The clause of the first word ending after `offset`."""
    i = bisect_right(ws.stops, offset)
    return ws[i].clause if i < len(ws) else (ws[-1].clause if ws else 0)


# --- change ---------------------------------------------------------------------

def _direction(word: str) -> Optional[str]:
    lem = lemmas(word) | {word}
    if lem & W["up_words"]:
        return "up"
    if lem & W["down_words"]:
        return "down"
    return None


_SIGNED = re.compile(r"(\+|−|–|‒|-|минус|плюс)\s*\d")


def change_of(q: Quantity, ws: List[Word], before: str, clause: int) -> Optional[str]:
    """`up`/`down` for a figure that is a change, else None (`before`: the text of its sentence
    right before it, lower case); a figure written with its sign is a change (a temperature is not)."""
    lw = low(q.text)
    sign = _SIGNED.match(lw)
    if sign and q.unit not in W["level_units"]:          # `(+2,1%)`, `минус 3,2%`, `+62 копейки`; not `+10 °C`
        return "up" if sign.group(1) in ("+", "плюс") else "down"
    na = bool(_NA_IN.search(lw)) or bool(_NA_BEFORE.search(before))     # `не менее чем на 5%`
    ratio = q.unit == "times"
    if not na and _LEVEL_BEFORE.search(before):
        return None                                # `выросли с 63 до 97 млрд`: levels
    if na or ratio:
        i, j = _before(ws, q.start) - 1, _after(ws, q.stop)
        k = i
        while k >= 0 and ws[k].clause == clause:
            k -= 1
        order = list(range(i, k, -1)) + [m for m in range(j, min(j + 3, len(ws))) if ws[m].clause == clause]
        if na and q.kind in ("percent", "pp"):     # `подорожал на 0,1%, АИ-92 — на 0,4%`
            order += range(k, -1, -1)
        for m in order:
            d = _direction(ws[m].low)
            if d:
                return d
        return None
    n = _before(ws, q.start)
    if n:
        lem = lemmas(ws[n - 1].low)
        if lem & W["up_gain_verbs"]:
            return "up"
        if lem & W["down_gain_verbs"]:
            return "down"
    if q.subject:
        head = lemmas(low(q.subject.split()[0]))
        if head & W["change_nouns"]:                   # `рост ВРП составил 5%`, `прирост составил 3,2 тыс. человек`
            return _direction(q.subject.split()[0].lower())
    return None


# --- capacity -------------------------------------------------------------------

def capacity(q: Quantity, ws: List[Word], text: str) -> bool:
    """A design capacity: `мощностью 1 ГВт`, `проектной мощностью`, `с объемом 4 тысячи тонн в год`."""
    n = _before(ws, q.start)
    for w in reversed(ws[max(0, n - 3):n]):
        lem = lemmas(w.low)
        if lem & W["capacity_nouns"]:
            return True
        if lem & W["capacity_volume_nouns"]:
            return bool(_RATE.match(low(text[q.stop:q.stop + 20])))
        if not morph.cyr_has(w.low, "ADJF") and w.low != "с":
            return False
    return False


def built(ws: List[Word], clause: int) -> bool:
    """A completed verb in the clause (`введена электростанция мощностью 50 МВт`)."""
    for w in ws:
        if w.clause == clause and verb_status(w.low) == "actual":
            p = morph.cyr_parses(w.low)[0]
            if "past" in p.tag and "perf" in p.tag:
                return True
    return False
