"""Directives: what the senior official instructed (`поручил …`, `дал ряд поручений …`).

A directive starts at its verb: the addressee and a deadline before it stay
out (`поручил акиму области до 1 марта обеспечить …` → `обеспечить …`), an
adverb of the verb stays in (`поручил акимам лично проконтролировать …`).
A date mention of a deadline (`до 1 марта 2026 года`, `к концу года`, `не
позднее 1 мая`) from the directive's verb to its end is its `deadline`, and
leaves its text when it stands at either end (`завершить ремонт до 1 октября`
→ `завершить ремонт`).
Without an infinitive near (`дал ряд поручений по развитию …`) the text after
the phrase is the directive. `потребовал`, `попросил`, `рекомендовал` give a
directive only with an infinitive and when no reporter is their subject
(`Президент попросил акима …`, not `аким попросил выделить …`).
"""
from __future__ import annotations

import re
from typing import List, Sequence, Tuple

from .. import lexicons, morph
from ..document import Doc
from ..schema import DateMention, Directive, Period

_LEX = lexicons.table("briefing.json")


def _phrase_with_gap(phrase: str) -> str:
    """`поставил задачу` also as `поставил перед акимом задачу`: up to three words after the verb."""
    first, *rest = phrase.split()
    return re.escape(first) + r"(?:\s+[^\s.,!?:;]+){0,3}?\s+" + r"\s+".join(map(re.escape, rest)) if rest \
        else re.escape(first)


_DIR_WORDS = r"(?:%s)" % "|".join(
    [r"поручил[аи]?", r"поручено", r"поручает"] + [_phrase_with_gap(p) for p in _LEX["directive_phrases"]])
_WEAK = r"(?P<weak>%s)" % "|".join(map(re.escape, _LEX["weak_directive_verbs"]))
DIRECTIVE = re.compile(r"\b(?:%s|%s)[\s:,]+(?P<what>[^.!?\n]+)" % (_DIR_WORDS, _WEAK), re.IGNORECASE)
# an attribution clause closing the directive's sentence is no part of it
ATTRIBUTION_TAIL = re.compile(r",\s*(?:сообща|переда|пишет|информирует|отмеча)\w*\b.*$", re.IGNORECASE)
_WORD = re.compile(r"[\w-]+")
# how far the infinitive may stand from the directive verb (`поручил Министерству энергетики
# совместно с акиматами до 1 марта 2026 года разработать …`)
REACH = 14


def _pos(w: str) -> set:
    return {p.tag.POS for p in morph.cyr_parses(w)}


def _verb_start(what: str) -> Tuple[int, bool]:
    """(offset in `what` where the instruction's verb group starts, an infinitive found?)."""
    words = list(_WORD.finditer(what))[:REACH]
    for i, m in enumerate(words):
        pos = _pos(m.group())
        if "INFN" in pos:
            k = i
            while k > 0 and (_pos(words[k - 1].group()) & {"ADVB", "COMP"} and
                             not _pos(words[k - 1].group()) & {"NOUN", "PREP", "NUMR"}
                             or words[k - 1].group().lower() in ("не", "ни")):
                k -= 1              # `лично проконтролировать`, `внимательнее отнестись`, `не допустить`
            return words[k].start(), True
        if pos & {"VERB"} and not pos & {"NOUN", "ADJF", "PRTF", "INFN"} or m.group().lower() in ("чтобы", "что"):
            break                   # another clause: no infinitive of this directive
    return 0, False


# a date mention that is a deadline: `до 1 марта`, `к концу года`, `не позднее 1 мая`, `в срок до …`
DEADLINE = re.compile(r"(?i)^(?:до|к|ко|не позднее|в срок до)\s")
DEADLINE_BEFORE = re.compile(r"(?i)(?:\bне позднее|\bв срок|\bв срок до)\s+$")


def _deadline(doc: Doc, d: DateMention) -> bool:
    return d.kind in ("date", "relative", "period") and bool(
        DEADLINE.match(d.text) or DEADLINE_BEFORE.search(doc.text[max(0, d.start - 14):d.start]))


def find_directives(doc: Doc, reporters: Sequence[Tuple[int, int]] = (),
                    dates: Sequence[DateMention] = ()) -> List[Directive]:
    """Directives of the article; `reporters` are the offsets of the reporter's mentions and titles
    (a weak verb with one of them as its subject gives no directive); a deadline among `dates`
    between the directive's verb and its end is its `deadline`, cut from its text at either end."""
    text = doc.text
    out = []
    for par in doc.paragraphs:
        for m in DIRECTIVE.finditer(text, par.start, par.stop):
            what = ATTRIBUTION_TAIL.sub("", m.group("what")).rstrip()
            skip, infinitive = _verb_start(what)
            if m.group("weak"):
                sent = doc.sentence_at(m.start())
                s0 = sent.start if sent is not None else par.start
                if not infinitive or any(s0 <= a < m.start() for a, _ in reporters):
                    continue
            start = m.start("what") + skip
            stop = m.start("what") + len(what)
            due = next((d for d in dates if m.start() <= d.start and d.stop <= stop and _deadline(doc, d)), None)
            if due is not None and due.start <= start < due.stop + 2:
                start = due.stop        # `поставил задачу до 1 марта завершить …`: the deadline first
            if due is not None and due.stop >= stop - 1 and due.start >= start:
                stop = due.start        # `… завершить ремонт до 1 октября`
            while start < stop and text[start] in " ,:;—–-":
                start += 1
            while stop > start and text[stop - 1] in " ,:;—–-":
                stop -= 1
            if stop > start:
                deadline = None if due is None else Period(
                    date_id=due.id, text=due.text, date_from=due.date_from, date_to=due.date_to)
                out.append(Directive(text=text[start:stop], start=start, stop=stop, deadline=deadline))
    return out
