"""Figure facts: what each figure is for (GUIDE.md, "Figure facts").

For every quantity, after the quantities and dates stages:

- `period`: the date mention governing it in its clause or sentence (the
  nearest before it in its clause, then after it in its clause, then before it
  in its sentence); a date that is the base of a comparison (`по сравнению с
  аналогичным периодом прошлого года`, `чем годом ранее`) is no period, nor is
  a dateline. Else the period a report goes on about: the preceding sentence's,
  carried over while the report keeps its tense, across a paragraph only for
  a named period (a duration like `за последние 2 года` stays in its
  paragraph); a new topic (`Президенту было доложено о …`), the present
  (`сейчас`), a span the text names without a date (`за сезон`) or a change of
  tense end it. `за отчётный период` points back to the report's period. A
  design capacity takes only a date of its own clause.
- `status`: `plan` for a design capacity, a figure for a planned year or span
  (`бюджет на 2025 год`, `к 2030 году`), a plan word or a future verb next to
  it; `actual` for a past or present verb, or a plain statement of fact.
- `change`: `up`/`down` for `на N` or `в N раз` with a change word nearby
  (`вырос на 5%`, `на 3% меньше`), or a change taken as an object (`прибавил
  17%`); `до`/`с` figures are levels.
- `indicator`: the quantity's subject; `place`: the nearest place or
  organisation named in its sentence, else (set after the briefing) the
  briefing's region.

Words come from lexicons/facts.json; tense and lemmas from pymorphy3 (morph.py, cached).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import List, Optional, Tuple

from ..document import Doc, Sentence
from ..schema import Briefing, DateMention, Entity, Period, Quantity
from .periods import bare_duration, candidates, comparison, dateline, framing, pick, plan_period, unmarked_span
from .words import LEX, W, Word, built, capacity, change_of, clause_at, lemmas, low, status_at, words_of

_NOW = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, LEX["now_words"])))
_ANAPHOR = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, LEX["period_anaphors"])))
_REPORTING = re.compile(r"^(?:за|по итогам)\s", re.IGNORECASE)
_REPORTING_BEFORE = re.compile(r"(?:\bза|по итогам)\s+$")
MAX_GAP = 2          # sentences without figures or dates a carried period passes

__all__ = ["add_facts", "place_from_briefing"]


@dataclass
class _Carried:
    """The period a report goes on about: its date, the tense it was said in, whether it is a
    planned year (which carries whatever the tense), its paragraph, and the sentences passed since."""
    date: DateMention
    status: Optional[str]
    plan: bool
    paragraph: int
    gap: int = 0


def _topic(ws: List[Word]) -> bool:
    """`Президенту было доложено о ходе …`: a report turns to a new topic."""
    for i, w in enumerate(ws):
        if lemmas(w.low) & W["topic_verbs"] and any(x.low in ("о", "об", "обо") for x in ws[i + 1:i + 4]):
            return True
    return False


def _reporting(d: DateMention, text: str) -> bool:
    """A reporting span: `за январь-июль`, `по итогам 9 месяцев`."""
    return bool(_REPORTING.match(d.text) or _REPORTING_BEFORE.search(low(text[max(0, d.start - 12):d.start])))


def _period(d: Optional[DateMention]) -> Optional[Period]:
    if d is None:
        return None
    return Period(date_id=d.id, text=d.text, date_from=d.date_from, date_to=d.date_to)


def add_facts(doc: Doc, quantities: List[Quantity], dates: List[DateMention], entities: List[Entity],
              reference: Optional[str] = None, skip: Tuple[int, int] = (0, 0)) -> None:
    """Sets `period`, `status`, `change`, `indicator` and `place` on every quantity (in place).
    `reference`: the document's own date (ISO); `skip`: a span whose organisations name no
    figure's owner (the attribution, `сообщает Акорда`)."""
    text = doc.text
    places = sorted(((m.start, m.stop, e) for e in entities if e.type in ("LOC", "ORG") for m in e.mentions
                     if not (skip[0] <= m.start < skip[1])), key=lambda x: x[:2])
    starts = [p[0] for p in places]
    state: Optional[_Carried] = None
    reporting: Optional[DateMention] = None
    qi = di = 0
    for p_i, par in enumerate(doc.paragraphs):
        for sent in par.sentences:
            qs, ds = [], []
            while qi < len(quantities) and quantities[qi].start < sent.stop:
                if quantities[qi].start >= sent.start:
                    qs.append(quantities[qi])
                qi += 1
            while di < len(dates) and dates[di].start < sent.stop:
                if dates[di].start >= sent.start:
                    ds.append(dates[di])
                di += 1
            if not qs and not ds:
                state = _passing(doc, sent, state)
                continue
            stext = text[sent.start:sent.stop]
            # a duration is a period only as a reporting span (`за последние 2 года`, not `20 лет`)
            stamp = dateline(stext, ds, sent.start)
            own = [d for d in ds if not framing(d, stamp)
                   and (d.kind != "duration" or _reporting(d, text))]
            inside = [x for x in places[bisect_left(starts, sent.start):bisect_left(starts, sent.stop)]
                      if x[1] <= sent.stop] if qs else []
            state = _sentence(doc, sent, words_of(sent), qs, own, state, p_i, reporting, reference, inside)
            for d in own:
                if _reporting(d, text):
                    reporting = d


# a part of the figure before it: it shares that figure's plan
_PART_OF = re.compile(r"(?i)(?:из\s+(?:них|которых)|в\s+том\s+числе|в\s+т\.\s?ч\.)\s*[:–—-]?\s*$")


def _passing(doc: Doc, sent: Sentence, state: Optional[_Carried]) -> Optional[_Carried]:
    """A sentence with no figure and no date: the carried period passes it, unless it is the
    present, a new topic or a span of its own."""
    if state is None or state.gap >= MAX_GAP:
        return None
    stext = doc.text[sent.start:sent.stop]
    if _NOW.search(low(stext)) or unmarked_span(stext, sent.start, ()) or _topic(words_of(sent)):
        return None
    state.gap += 1
    return state


def _sentence(doc: Doc, sent: Sentence, ws: List[Word], qs: List[Quantity], own: List[DateMention],
              state: Optional[_Carried], p_i: int, reporting: Optional[DateMention],
              reference: Optional[str], places) -> Optional[_Carried]:
    """Facts for the figures of one sentence; returns the period carried on to the next."""
    text = doc.text
    stext = low(text[sent.start:sent.stop])
    nows = [sent.start + m.end() for m in _NOW.finditer(stext)]
    carry = _carried(stext, qs, ws, state, p_i, reporting)
    carried = carry.date if carry else None
    # `в целом за сезон`: a span of its own for levels (for a change it is the change's horizon)
    span = not _ANAPHOR.search(stext) and unmarked_span(text[sent.start:sent.stop], sent.start, own)
    cands = candidates(own, ws, text, sent.start)
    places = [(a, b, e, clause_at(ws, a)) for a, b, e in places]
    last: Optional[Tuple[DateMention, Optional[str]]] = None
    before: Optional[Quantity] = None
    for q in qs:
        clause = clause_at(ws, q.start)
        q.change = change_of(q, ws, low(text[max(sent.start, q.start - 30):q.start]), clause)
        cap = capacity(q, ws, text)
        d = pick(q, cands, clause, text, q.change, cap, qs)
        if any(n <= q.start and (d is None or d.start < n) for n in nows):
            d = None                                    # `сейчас уже — 166 тенге`
        elif carried is not None and not cap and not (span and q.change is None) \
                and (d is None or (bare_duration(d) and carried.kind != "duration")):
            d = carried
        q.period = _period(d)
        verb = status_at(ws, q.start, q.stop, clause)
        if verb is None:        # no word says: the report's tense, else a plain statement of fact
            verb = carry.status if carry and d is carried and carry.status else "actual"
        if cap:
            q.status = "actual" if built(ws, clause) else "plan"
        elif d is not None and plan_period(d, reference):
            q.status = "plan"
        else:
            q.status = verb
        if before is not None and before.status == "plan" and _PART_OF.search(text[before.stop:q.start]):
            q.status = "plan"                           # `планируется ввести 1,4 ГВт, из них 620 МВт приходится …`
        before = q
        q.indicator = q.subject
        q.place = _place(q, places, ws, clause, sent)
        if d is not None and not comparison(d, None, text, sent.start):
            last = (d, verb)
    if nows:
        return None
    if qs:
        if last is None:
            return None if all(q.period is None for q in qs) else state
        return _carried_on(last[0], last[1], reference, p_i, state, _as_of(last[0], text))
    fresh = [d for d in own if not comparison(d, None, text, sent.start) and d.granularity != "day"]
    if fresh:
        d = fresh[-1]
        return _Carried(d, status_at(ws, d.start, d.stop, clause_at(ws, d.start)), plan_period(d, reference), p_i)
    if state is None or _topic(ws) or span:
        return None
    state.gap += 1
    return state


def _carried_on(d: DateMention, status: Optional[str], reference: Optional[str], p_i: int,
                state: Optional[_Carried], as_of: bool = False) -> Optional[_Carried]:
    """What a sentence passes on: its period, unless a day (a day names an event; what a report
    goes on about is a month, a quarter, a year or a span), which passes on nothing; but the day
    a report's figures stand at (`По состоянию на 1 октября …`, `На 21 октября …`) goes on."""
    if d.granularity == "day" and not as_of:
        return None
    return _Carried(d, status, plan_period(d, reference), p_i)


_AS_OF = re.compile(r"(?:по\s+состоянию|по\s+данным)\s+(?:на\s+)?$", re.IGNORECASE)


def _as_of(d: DateMention, text: str) -> bool:
    """A day the figures stand at: `по состоянию на 1 октября`, `На 21 октября 2024 года`."""
    return d.granularity == "day" and (bool(re.match(r"(?i)на\s", d.text))
                                       or bool(_AS_OF.search(text[max(0, d.start - 24):d.start])))


def _carried(stext: str, qs: List[Quantity], ws: List[Word], state: Optional[_Carried], p_i: int,
             reporting: Optional[DateMention]) -> Optional[_Carried]:
    """The period a sentence without a date of its own is about: the report's period after
    `за отчётный период`, else the one carried on from the sentences before, while the report
    keeps its tense (a planned year keeps going whatever the tense) and, for a duration, its paragraph."""
    if _ANAPHOR.search(stext):
        return _Carried(reporting, None, False, p_i) if reporting else state
    if state is None or state.gap > MAX_GAP or (state.paragraph != p_i and state.date.kind == "duration"):
        return None
    status = status_at(ws, qs[0].start, qs[0].stop, clause_at(ws, qs[0].start)) if qs else None
    if state.plan or state.status is None or status is None or state.status == status:
        return state
    return None


def _place(q: Quantity, inside, ws: List[Word], clause: int, sent: Sentence) -> Optional[str]:
    """The entity id of the place (else organisation) nearest before the figure in its sentence,
    its clause first; else the first after it in its clause (`inside`: the sentence's places
    and organisations, in text order, with their clauses)."""
    if not inside:
        return None
    before = [x for x in inside if x[1] <= q.start]
    same_before = [x for x in before if x[3] == clause]
    after_same = [x for x in inside if x[0] >= q.stop and x[3] == clause]
    for group in (same_before[::-1], before[::-1], after_same):
        for kind in ("LOC", "ORG"):
            for a, b, e, _ in group:
                if e.type == kind:
                    return e.id
    return None


def place_from_briefing(quantities: List[Quantity], briefing: Optional[Briefing], entities: List[Entity]) -> None:
    """A figure whose sentence names no place belongs to the briefing's region."""
    if briefing is None or not briefing.region:
        return
    region = next((e.id for e in entities if e.type == "LOC" and e.name == briefing.region), None)
    if region is None:
        return
    for q in quantities:
        if q.place is None:
            q.place = region
