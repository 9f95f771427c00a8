"""Attribution: the outlet that published the news and the source it cites.

`сообщает Kazpravda.kz со ссылкой на Акорду` → outlet `Kazpravda.kz`, via `Акорда`;
`передает Информбюро`; `сообщается на сайте Акорды`.
"""
from __future__ import annotations

import re
from typing import List, Optional

from . import lexicons, morph
from .document import Doc
from .ner_dateline import agency
from .schema import Attribution, Entity

# a name: quoted, or capitalised words; dots only inside a word (`Kazpravda.kz`, not the full stop of `ТАСС.`)
_NAME = (r"(?:«[^»\n]{1,80}»|[a-z0-9][\w\-]*(?:\.[a-z]{2,})+\b"        # `primeminister.kz`
         r"|[A-ZА-ЯЁ0-9][\w\-]*(?:\.[\w\-]+)*(?:\s+[A-ZА-ЯЁ][\w\-]*){0,3})")
SOURCES = lexicons.words("attribution-sources.txt")
# a body named in lower case (`акимата Костанайской области`, `городского акимата`)
BODIES = tuple(lexicons.words("attribution-bodies.txt"))
_BODY = (r"(?:[а-яё]+(?:ого|ой|ых)\s+)?(?:%s)[а-яё]*"
         r"(?:\s+(?:[A-ZА-ЯЁ][\w\-]*|области|района|города|округа|края|республики)){0,4}") % "|".join(BODIES)
_VERB = r"(?:сообщает|сообщают|передает|передаёт|пишет|информирует|сообщило|сообщила|сообщил)"
# `передает корреспондент Kazinform`, `со ссылкой на пресс-службу Акорды`
_WHO = r"(?:(?:корреспондент|агентство|издание|портал|сайт)\s+)?"
_VIA = r"(?:\s+со\s+ссылкой\s+на\s+(?:пресс-службу\s+|официальный\s+сайт\s+|сайт\s+)?(?P<via>%s|%s))?" % (_NAME, _BODY)
OUTLET = re.compile(r"\b%s\s+%s(?P<outlet>%s)%s" % (_VERB, _WHO, _NAME, _VIA))
SITE = re.compile(r"\b(?:сообщается|говорится|передает|сообщает)\s+на\s+(?:официальном\s+)?(?:сайте|портале)\s+(?P<via>%s)" % _NAME)
PRESS = re.compile(r"\bсообщ(?:ает|ила|или)\s+пресс-служба\s+(?P<via>%s|%s)" % (_NAME, _BODY))
TOLD_IN = re.compile(r"\b[Кк]ак\s+сообщили\s+в\s+(?P<via>%s)" % _NAME)


def _nominative(name: str, entities: List[Entity], start: int) -> str:
    for ent in entities:
        for m in ent.mentions:
            if m.start <= start < m.stop:
                return ent.name
    if name[:1].islower() and re.search(r"[а-яё]", name[:1]):
        return _body_nominative(name)
    if name.startswith("«") or not re.search(r"[А-Яа-яЁё]", name) or " " in name:
        return name
    # a known source in any case form (`Акорду`, `Акорды` → `Акорда`)
    for known in SOURCES:
        if known.lower() in morph.lemmas(name):
            return known
    nom = morph.inflect(name, {"nomn"}, lambda p: p.tag.POS == "NOUN")
    return nom[:1].upper() + nom[1:] if nom else name


def _body_nominative(name: str) -> str:
    """`акимата Костанайской области` → `акимат Костанайской области`, `городского акимата` →
    `городской акимат`: the body word and the adjectives before it in the nominative."""
    words = name.split()
    h = next((i for i, w in enumerate(words) if w.lower().startswith(BODIES)), None)
    if h is None:
        return name
    return " ".join([morph.nominative_group(words[:h], words[h])] + words[h + 1:])


def find_attribution(doc: Doc, entities: List[Entity]) -> Optional[Attribution]:
    text = doc.text
    for par in doc.paragraphs:
        chunk = text[par.start:par.stop]
        for rx in (OUTLET, SITE, PRESS, TOLD_IN):
            m = rx.search(chunk)
            if not m:
                continue
            outlet = m.groupdict().get("outlet")
            via = m.group("via")
            vias = [_nominative(via, entities, par.start + m.start("via"))] if via else []
            return Attribution(outlet=outlet, via=vias, start=par.start + m.start(), stop=par.start + m.end())
    return _dateline_agency(doc, entities)


def _dateline_agency(doc: Doc, entities: List[Entity]) -> Optional[Attribution]:
    """The agency the first sentence's dateline names (`АСТАНА, 15 октября – Kazinform.`,
    read by ner_dateline as NER reads it): the outlet."""
    sent = next((s for s in doc.sentences if doc.title is None or s.start >= doc.title.stop), None)
    span = agency([t.text for t in sent.tokens]) if sent is not None else None
    if span is None:
        return None
    a, b = sent.tokens[span[0]].start, sent.tokens[span[1] - 1].stop
    ent = next((e for e in entities if e.type == "ORG" and any(m.start == a and m.stop == b for m in e.mentions)), None)
    return Attribution(outlet=ent.name if ent else doc.text[a:b], via=[], start=sent.start, stop=b)
