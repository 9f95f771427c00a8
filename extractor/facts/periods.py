"""Which date mention a figure is for, within its sentence: datelines, comparison bases,
a change's horizon (`за месяц`), planned years (`на 2025 год`)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Sequence

from ..schema import DateMention, Quantity
from .. import lexicons, morph
from .words import LEX, W, Words, clause_at, lemmas, low

_SPAN = re.compile(r"(?<!\w)(?:%s)\s+(\w+)(?:\s+(\w+))?" % "|".join(map(re.escape, LEX["span_preps"])))
# the base named after the phrase may have a noun of its own first (`аналогичного периода сезона 2009-2010 года`)
# the words that compare with the date after them, one list with the dates stage's year carry-over
_COMPARISON = re.compile(r"(?<!\w)(?:%s)(?:\s+\w+){0,2}\s*$" % "|".join(
    map(re.escape, lexicons.table("dates.json")["comparison_before"]["words"])))
# `к прошлому году`, `к декабрю прошлого года`, `к соответствующему периоду предыдущего года`: a base in any place
_PAST_BASE = re.compile(r"^ко?\s.*\b(?:%s)" % "|".join(map(re.escape, W["past_base_stems"])), re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^\d{1,4}[-./]\d{1,2}(?:[-./]\d{1,4})?$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_READING_PREP = re.compile(r"^(?:за|по итогам|в течение|на|к|до|в|во|с)\s+", re.IGNORECASE)


def framing(d: DateMention, dateline: bool) -> bool:
    """A dateline or publication stamp, no period: a numeric date (`04.12.2023`), or a date of
    a `dateline` sentence (see `dateline`)."""
    return dateline or bool(_NUMERIC_DATE.match(d.text.strip()))


def dateline(sentence_text: str, dates_in: Sequence[DateMention], base: int) -> bool:
    """A sentence holding besides its dates only place names, agency names and stamp words
    (`МАХАЧКАЛА, 6 мар - РИА Новости.`, `Опубликовано: 28 сентября 2011 г.`)."""
    rest, k = [], 0
    for x in dates_in:
        rest.append(sentence_text[k:max(k, x.start - base)])
        k = max(k, x.stop - base)
    rest.append(sentence_text[k:])
    return not any(_content_word(w) for w in _WORD.findall(" ".join(rest)))


def _content_word(w: str) -> bool:
    if low(w) in W["dateline_words"] or w.isupper():
        return False
    if w[0].islower():
        return True
    ps = morph.cyr_parses(w)
    return bool(ps) and not any(t in ps[0].tag for t in ("Geox", "Name", "Surn", "Orgn", "Abbr")) \
        and ps[0].tag.POS is not None and "UNKN" not in ps[0].tag


def comparison(d: DateMention, q: Optional[Quantity], text: str, sent_start: int,
               change: Optional[str] = None) -> bool:
    """A date that is the base a figure is compared with (`по сравнению с … прошлого года`,
    `чем годом ранее`, `117 процентов к прошлому году`); the figure right after such a date
    (`(10,68 млн тонн)`) is that base's own figure, for which the date is its period."""
    return _compares(Cand.of(d, 0, text, sent_start), q, text, change)


@dataclass
class Cand:
    """A date mention of a sentence, with what its words say about it."""
    d: DateMention
    clause: int
    base: bool          # a comparison base by the words before it (`по сравнению с`, `чем`)
    after_base: bool    # one after its figure (`чем годом ранее`, `117 процентов к прошлому году`)
    to: bool            # `к …`: a base after a change (`к прошлому году`), else a target
    bare: bool          # a one-unit duration (`за месяц`)

    @classmethod
    def of(cls, d: DateMention, clause: int, text: str, sent_start: int) -> "Cand":
        lw = low(d.text)
        return cls(d, clause, _compared(low(text[max(sent_start, d.start - 40):d.start])) or bool(_PAST_BASE.match(lw)),
                   lw in W["comparison_dates"] or low(_READING_PREP.sub("", d.text)) in W["comparison_dates"],
                   lw.startswith("к "), bare_duration(d))


def candidates(dates: Sequence[DateMention], ws: Words, text: str, sent_start: int) -> List[Cand]:
    return [Cand.of(d, clause_at(ws, d.start), text, sent_start) for d in dates]


def _compares(c: Cand, q: Optional[Quantity], text: str, change: Optional[str]) -> bool:
    d = c.d
    # the base's own figure right after it (`(10,68 млн тонн)`), not a change measured against it
    # (`к соответствующему периоду прошлого года на 14,1%`)
    if q is not None and change is None and d.stop <= q.start and q.start - d.stop < 8 \
            and re.fullmatch(r"[\s(«\"„“]*", text[d.stop:q.start]):
        return False
    # before its figure, `Годом ранее … составлял 4,9%` is that figure's period
    if c.after_base and (q is None or d.start >= q.stop):
        return True
    return c.base or (q is not None and change is not None and d.start >= q.stop and c.to)


@lru_cache(maxsize=20_000)
def _compared(before: str) -> bool:
    return bool(_COMPARISON.search(before))


def bare_duration(d: DateMention) -> bool:
    """`за месяц`, `в течение года`: a duration of one unit, no number (a change's horizon)."""
    return d.kind == "duration" and not re.search(r"\d", d.text) and len(_READING_PREP.sub("", d.text).split()) == 1


def plan_period(d: DateMention, reference: Optional[str]) -> bool:
    """A year or span the figure is planned for: `на 2025 год`, `на 2025−2027 годы`, `к 2030 году`,
    `на текущий год` (not `на 19 сентября`, nor a `к`/`до` year already past)."""
    lw = low(d.text)
    prep = lw.split(" ", 1)[0]
    if prep not in W["plan_period_preps"] or d.granularity not in ("year", "half", "quarter"):
        return False
    if prep != "на" and reference and d.date_to and d.date_to < reference:
        return False
    return True


def pick(q: Quantity, cands: List[Cand], clause: int, text: str, change: Optional[str],
         own_clause_only: bool, others: Sequence[Quantity] = ()) -> Optional[DateMention]:
    """The date governing a figure in its sentence: the nearest before it in its clause, then
    the nearest after it in its clause (with no other figure between: `14,2 ц против 11,8 ц в
    прошлом году`), then the nearest before it in the sentence; not a comparison base, and a
    one-unit duration only when nothing else is there. `own_clause_only`: a design capacity."""
    usable = [c for c in cands if not _compares(c, q, text, change)]
    if any(not c.bare for c in usable):
        usable = [c for c in usable if not c.bare]
    before_same = [c for c in usable if c.clause == clause and c.d.stop <= q.start]
    if before_same:
        return before_same[-1].d
    for c in usable:
        if c.clause == clause and c.d.start >= q.stop:
            if not any(q.stop <= o.start and o.stop <= c.d.start for o in others if o is not q):
                return c.d
            break
    if own_clause_only:
        return None
    before = [c for c in usable if c.d.stop <= q.start]
    return before[-1].d if before else None


def unmarked_span(sentence_text: str, base: int, dates: Sequence[DateMention]) -> bool:
    """`в целом за сезон`: a span the text names with no date mention (and no `отчётный период`)."""
    lower = low(sentence_text)
    for m in _SPAN.finditer(lower):
        words = [w for w in m.groups() if w]
        if any(lemmas(w) & W["comparison_adjectives"] for w in words) or _compared(lower[max(0, m.start() - 40):m.start()]):
            continue                    # `чем за аналогичный период`: a comparison, not a span
        nouns = [w for w in words if lemmas(w) & W["time_nouns"]]
        if nouns and not any(
                d.start <= base + m.start() < d.stop for d in dates):
            return True
    return False
