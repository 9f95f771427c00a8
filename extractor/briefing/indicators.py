"""Indicators: the figures of the report, each with the name of what it measures.

Which figures: every quantity of the article outside its headline, except
what the reporter asks the recipient for (`попросил выделить 5 млрд тенге`:
the cost of a request is no figure of the region) and figures of another
region the sentence names instead of the report's own. The name: the
quantities stage's subject or, when it has none, the counted noun and its
genitive complements (`indicator_name`).
"""
from __future__ import annotations

import re
from typing import List, Optional, Set

from .. import lexicons, morph
from ..document import Doc
from ..numbers import word as number_word
from ..schema import Entity, Indicator, Quantity

_LEX = lexicons.table("briefing.json")
_CYR = morph.CYRILLIC_WORD
_parses, _has, _infl = morph.cyr_parses, morph.cyr_has, morph.cyr_inflect
REQUEST = frozenset(_LEX["request_words"])
REQUEST_FORMS = morph.forms_of(REQUEST)
REGION_WORDS = ("область", "облысы", "край", "республика")


_THIN = frozenset(["мощность", "объём", "объем", "сумма", "рост", "уровень", "доля", "число", "количество"])


def indicator_name(doc: Doc, q: Quantity) -> Optional[str]:
    """What a figure measures: the quantities stage's subject, or the counted noun with its complements."""
    thin = q.subject is None or q.subject.lower() in _THIN or \
        (q.kind == "count" and len(q.subject.split()) == 1)     # `объект` for `86 объектов …`
    if not thin:
        return q.subject
    if q.kind == "count":
        # the counted noun with its adjectives, in the nominative plural (`655 медицинских объектов`)
        words = [w for w in q.text.split() if _CYR.fullmatch(w) and not _has(w, "NUMR")
                 and not number_word(w) and not _function_word(w)]      # not `более`, `тысяч`
        if words and words[-1].lower().startswith(("тыс", "млн", "млрд")):
            words = []
        if words:
            nom = " ".join(_infl(w, {"nomn", "plur"}, lambda p: p.tag.POS in ("NOUN", "ADJF", "PRTF")) or w
                           for w in words)
            return " ".join([nom] + _gent_tail(doc, q.stop))
    if q.subject:
        return q.subject
    tail = _gent_tail(doc, q.stop)
    if tail:    # `580 млрд тенге льготных кредитов` → `льготные кредиты`, `арендного жилья` → `арендное жильё`
        h = next(i for i, w in enumerate(tail) if _has(w, "NOUN"))    # the tail ends on a noun
        return " ".join([morph.nominative_group(tail[:h], tail[h])] + tail[h + 1:])
    # the clause before the figure (`на эти цели направлено 12 млрд рублей`)
    before = re.split(r"[,;:.!?\n]|\bи\b", doc.text[max(0, q.start - 80):q.start])[-1].split()
    before = [w for w in before[-4:] if not _function_word(w)]
    return " ".join(before) or None


_FUNCTION_POS = {"CONJ", "NPRO", "PRCL", "PREP", "ADVB", "PRED", "INTJ", "COMP"}


def _function_word(w: str) -> bool:
    """`что`, `это`, `на`, `уже`: words that name nothing."""
    ps = _parses(w.lower())
    return bool(ps) and all(p.tag.POS in _FUNCTION_POS for p in ps[:2])


# `…составила 95,3 млрд кВт·ч, что на 4,2% больше`: the second figure measures the first one's thing
_SAME_THING = re.compile(r"^\s*,?\s*(?:что|это)\s*$", re.IGNORECASE)


def _gent_tail(doc: Doc, stop: int) -> List[str]:
    """The genitive words right after an offset (`социальной инфраструктуры`)."""
    tail = []
    for m in re.finditer(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі-]+|\S", doc.text[stop:stop + 80]):
        w = m.group()
        if _CYR.fullmatch(w) and _has(w, "gent") and not _has(w, "PREP") \
                and not _has(w, "CONJ") and not _has(w, "VERB") and not _has(w, "NPRO"):
            tail.append(w)
        else:
            break
    tail = tail[:4]
    while tail and not _has(tail[-1], "NOUN"):
        tail.pop()                  # `64 проекта общей стоимостью`: no adjective without its noun
    return tail



def _requested(doc: Doc, q: Quantity) -> bool:
    """The figure follows a request word in its sentence (`аким попросил выделить 5 млрд тенге`)."""
    sent = doc.sentence_at(q.start)
    if sent is None:
        return False
    for tok in sent.tokens:
        if tok.start >= q.start:
            return False
        w = tok.text.lower().replace("ё", "е")
        if w in REQUEST_FORMS and morph.cyr_lemmas(w) & REQUEST:
            return True
    return False


def _elsewhere(doc: Doc, q: Quantity, entities: List[Entity], regions: Set[str]) -> bool:
    """The figure's sentence names another region and not the report's own (`в соседней
    Жамбылской области рост составил 2%` in the report of the akim of Туркестанская область)."""
    if not regions:
        return False
    sent = doc.sentence_at(q.start)
    if sent is None:
        return False
    named = set()
    for e in entities:
        if e.type == "LOC" and any(w in e.name.lower() for w in REGION_WORDS) \
                and any(sent.start <= m.start < sent.stop for m in e.mentions):
            named.add(e.name)
    return bool(named) and not (named & regions)


def find_indicators(doc: Doc, quantities: List[Quantity], entities: List[Entity],
                    regions: Set[str]) -> List[Indicator]:
    title = doc.title
    indicators = []
    prev_stop = 0
    for q in quantities:
        if title is not None and title.start <= q.start < title.stop:
            continue
        if _requested(doc, q) or _elsewhere(doc, q, entities, regions):
            prev_stop = q.stop
            continue
        name = indicator_name(doc, q)
        if name is None and indicators and prev_stop <= q.start and _SAME_THING.match(doc.text[prev_stop:q.start]):
            name = indicators[-1].name
        prev_stop = q.stop
        if name:
            indicators.append(Indicator(name=name, quantity_id=q.id, text=q.text, value=q.value,
                                        value_max=q.value_max, unit=q.unit))
    return indicators
