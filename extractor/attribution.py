"""Attribution: the outlet that published the news and the source it cites.

`сообщает Kazpravda.kz со ссылкой на Акорду` → outlet `Kazpravda.kz`, via `Акорда`;
`передает Информбюро`; `сообщается на сайте Акорды`.
"""
from __future__ import annotations

import re
from typing import List, Optional

from . import lexicons, morph
from .document import Doc
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


# what stands before the agency of a dateline: its place, day and month (`АСТАНА, 15 октября –`)
_DATELINE = re.compile(r"[A-ZА-ЯЁ][\w .-]{1,30}[,.]\s+\d{1,2}\s+[а-яё]+\.?(?:\s+\d{4}(?:\s+(?:года|г\.?))?)?\.?\s*[–—-]?\s*$")


def _dateline_agency(doc: Doc, entities: List[Entity]) -> Optional[Attribution]:
    """The agency a dateline names (`АСТАНА, 15 октября – Kazinform.`): the outlet."""
    if not doc.paragraphs:
        return None
    par = next((p for p in doc.paragraphs if doc.title is None or p.start >= doc.title.stop), doc.paragraphs[0])
    for e in entities:
        for m in e.mentions:
            if e.type == "ORG" and par.start < m.start < par.start + 60 \
                    and _DATELINE.fullmatch(doc.text[par.start:m.start]):
                return Attribution(outlet=e.name, via=[], start=par.start, stop=m.stop)
    return None
