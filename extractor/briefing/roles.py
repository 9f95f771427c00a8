"""Who reported to whom: the recipient and the reporters of an article's briefing.

Each sentence with a cue (briefing.cues) gives the titles and names in it a
role by their grammatical case and the cue: `доложил Президенту` (the dative
is the recipient, the nominative the reporter), `принял акима` (the subject
before the verb receives, the official after it reports), `встреча
Президента с губернатором` and `выступил министр` at a meeting the President
chairs (the head of state or government receives). Foreign visitors and heads
of companies are no reporters (briefing.people.outsider): an article whose
reporters are all such is no briefing. Bare titles resolve to the persons
the article names: a senior title to the untitled person who gives the
directives, a junior one to the one official named.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from .. import lexicons, morph, names
from ..document import Doc
from ..positions import Title
from ..schema import Entity
from .cues import Cue, article_reports, chair_offsets, sentence_cue
from .people import outsider

_LEX = lexicons.table("briefing.json")
_parses = morph.cyr_parses
REPORTER, RECIPIENT = "reporter", "recipient"
CASES = ("nomn", "gent", "datv", "accs", "ablt")
ROLE_PREPS = frozenset(["перед", "с", "со"])
DIRECTIVE_SUBJECT = frozenset(_LEX["directive_subject_verbs"])
DIRECTIVE_SUBJECT_FORMS = morph.forms_of(DIRECTIVE_SUBJECT)


def _role(t: Title, cue: Cue, prep: str) -> Optional[str]:
    c, kind = t.cases, cue.kind
    if kind == "tell" or (kind == "present" and not cue.passive):
        # `рассказал Президенту`, `представил Главе государства проект`: only a head of state or government;
        # with a report noun any official (`представила губернатору итоги сезона`)
        if "datv" in c and (t.rank <= 1 or kind == "present" and cue.noun):
            return RECIPIENT
        if "nomn" in c:
            return REPORTER
    elif kind == "report" and not cue.passive:
        if "datv" in c or prep == "перед" or (cue.acc and "accs" in c):
            return RECIPIENT
        if "nomn" in c:
            return REPORTER
    elif kind in ("report", "present"):
        if "datv" in c or "nomn" in c:
            return RECIPIENT
    elif kind == "receive" and cue.passive:
        if "gent" in c:
            return REPORTER     # `заслушаны доклады министра`
    elif kind == "receive":
        if "nomn" in c:
            return RECIPIENT
        if "accs" in c or "gent" in c:
            return REPORTER
    elif kind == "meet":
        if c & {"nomn", "ablt", "gent"}:
            return RECIPIENT if t.rank <= 1 else REPORTER
    elif kind == "speak":
        if "nomn" in c and t.rank > 1:
            return REPORTER
    return None


def _office_ranks(titles: List[Title]) -> dict:
    out = {}
    for t in titles:
        if t.entity_id:
            out[t.entity_id] = min(out.get(t.entity_id, 99), t.rank)
    return out


def candidates(entities: List[Entity], titles: List[Title]) -> List[Title]:
    """Titles plus bare names (a person named without a title in that place), in text order;
    a bare name has the rank of the office its person holds."""
    covered = [(t.start, t.stop) for t in titles]
    ranks = _office_ranks(titles)
    # an untitled person may hold the senior office the article names with no one's name
    # (`Владимир Путин провёл встречу с губернатором …`, `Президент поручил …`)
    unheld = [t.rank for t in titles if t.entity_id is None and t.group and t.rank <= 1 and not t.plural]
    out = list(titles)
    for e in entities:
        if e.type != "PER":
            continue
        for m in e.mentions:
            prev = next((t for t in titles if t.entity_id == e.id and t.named and 0 <= m.start - t.stop <= 1), None)
            if prev or any(s <= m.start < t for s, t in covered):
                continue
            cases = _name_cases(m.text)
            # a mention spelt as the nominative name is in the nominative
            if m.text.lower() == e.name.lower() or m.text.lower() in e.name.lower().split():
                cases = frozenset(["nomn"])
            else:
                cases = cases - {"nomn"} or cases
            rank = ranks.get(e.id, min(unheld) if unheld and not e.positions else None)
            out.append(Title(m.start, m.stop, m.text, "", "", cases, entity_id=e.id, named=True, office_rank=rank))
    return sorted(out, key=lambda t: t.start)


def _name_cases(text: str) -> frozenset:
    """The cases every word of a person's name can be in (`Н. Ногаев`: nominative)."""
    readings = [names.person_readings(w.lower().rsplit("-", 1)[-1]) for w in text.split()]
    return frozenset(c for c in CASES if all(any(k[0] == c for k in r) for r in readings))


def _dependent(text: str, start: int) -> bool:
    """A bare name after a preposition or a noun depends on them (`о развитии Мангистау`,
    `в Астане`): it has no role of its own."""
    before = text[max(0, start - 30):start].split()
    if not before:
        return False
    w = before[-1].lower()
    if w in ROLE_PREPS or not morph.CYRILLIC_WORD.fullmatch(w):
        return False
    ps = _parses(w)
    return bool(ps) and (ps[0].tag.POS == "PREP" or ps[0].tag.POS == "NOUN" and w[:1].islower()
                         and not names.TITLE_FORMS.__contains__(w.replace("ё", "е")))


def _same(a: Title, b: Title) -> bool:
    if a.entity_id or b.entity_id:
        return a.entity_id == b.entity_id
    return a.formal.lower() == b.formal.lower()


def _chairs(doc: Doc, cands: List[Title]) -> List[Title]:
    """The officials who chair the meeting the article reports (a head of state or government,
    a governor, an akim, a deputy prime minister), heads of state or government first."""
    windows = chair_offsets(doc)
    # an official, or a person the article gives no office
    # (`Владимир Путин провёл совещание с членами Правительства`)
    chairs = [t for t in cands if not t.plural and any(s <= t.start <= e for s, e in windows)]
    return sorted(chairs, key=lambda t: t.rank)


def _sentence_roles(doc: Doc, sent, cue: Cue, cands: List[Title]):
    text = doc.text
    # plural titles (`акимы`, `принял акимов двух областей`) name no one person
    here = [t for t in cands if sent.start <= t.start < sent.stop and not t.plural]
    roles = []
    for t in here:
        before = text[max(sent.start, t.start - 8):t.start].lower().split()
        # the head of a named title is the one that says the case
        if not t.head and (any(x.entity_id == t.entity_id and x.named and 0 <= t.start - x.stop <= 1 for x in here)
                           or _dependent(text, t.start)):
            continue
        roles.append((t, _role(t, cue, before[-1] if before else "")))
    if cue.kind == "receive" and not cue.passive:
        # `X принял акима Y`: the subject before the verb, the official after it
        roles = [(t, r) for t, r in roles
                 if (r == RECIPIENT and t.start < cue.at) or (r == REPORTER and t.start > cue.at and t.head)]
    rec = sorted((t for t, r in roles if r == RECIPIENT), key=lambda t: t.rank)
    rep = [t for t, r in roles if r == REPORTER]
    return rec, rep


def _to_chair(chairs: List[Title], reporters: List[Title]) -> Tuple[List[Title], List[Title]]:
    """(recipient, reporters) of a report given at a chaired meeting: the chair hears the others."""
    reporters = [t for t in reporters if not _same(t, chairs[0])]
    return (chairs[:1] if reporters else []), reporters


def _right_after(text: str, cue: Cue, t: Title) -> bool:
    """The title stands right after the cue's verb: its subject, the order inverted (`Как доложил министр …`)."""
    return bool(re.fullmatch(r"[^\W\d_]+[ \u00a0]+", text[cue.at:t.start]))


def _host(titles: List[Title], cue: Cue) -> List[Title]:
    """The official before a meeting's verb whose office ranks above every official after it."""
    before = [t for t in titles if t.head and t.start < cue.at and "nomn" in t.cases]
    after = [t for t in titles if t.head and t.start > cue.at]
    if len(before) == 1 and after and before[0].rank < min(t.rank for t in after):
        return before
    return []


def find_roles(doc: Doc, entities: List[Entity], titles: List[Title], figures: bool = True):
    """(recipient, reporters) as Titles, or None when the article is no briefing. A meeting is
    a briefing only with a report word (`доложил`, `отчёт`, `рассказал`) or figures in the article
    (`figures`: it has any): `Премьер-министр встретился с акимом … Стороны обсудили …` is none."""
    cues = [(sent, sentence_cue(sent)) for sent in doc.sentences]
    cues = [(s, c) for s, c in cues if c]
    if not cues or (not figures and all(c.kind == "meet" and not c.working for _, c in cues)
                     and not article_reports(doc, tell=True)):
        return None
    cands = candidates(entities, titles)
    chairs = None           # worked out when a cue needs them
    heard = []              # `аким заслушал отчёт о ходе …` with no reporter in it: who speaks next reports to him
    article_report = None
    recipients, reporters, found, dropped = [], [], False, False
    senior_named = any(t.group and t.rank <= 1 for t in titles)
    for sent, cue in cues:
        if cue.kind == "present" and cue.passive and not cue.noun:
            continue
        if cue.kind == "receive" and not cue.noun and not cue.passive:
            # `принял акима` needs a report elsewhere: a president also receives foreign guests;
            # `Главе государства представлена информация о …` is one
            if article_report is None:
                article_report = article_reports(doc) or any(
                    c.kind == "present" and c.passive and c.noun for _, c in cues)
            if not article_report:
                continue
        rec, rep = _sentence_roles(doc, sent, cue, cands)
        if cue.kind in ("speak", "receive") and (cue.kind == "speak" or cue.passive):
            if chairs is None:
                chairs = _chairs(doc, cands)
            if not (chairs or heard):
                continue        # `выступил министр` at a meeting no head of state or government chairs
            rec = rec or chairs[:1]
        if not rec and not rep:
            continue
        if cue.kind == "present" and cue.noun and not cue.passive and not rec:
            # `совещание, на котором министр представила доклад`: the chair hears it
            if chairs is None:
                chairs = _chairs(doc, cands)
            if chairs:
                rec, rep = _to_chair(chairs, [t for t in rep if t.start > chairs[0].stop])
        if heard and not rec and cue.kind in ("tell", "report", "speak") and not cue.passive:
            rec, rep = _to_chair(heard, [t for t in rep if t.head or t.entity_id])
        if cue.kind in ("tell", "present") and not cue.passive and not rec:
            continue        # `министр рассказал журналистам`, `аким представил отчёт на сессии маслихата`
        if cue.kind == "meet" and not rec and rep:
            # `Владимир Путин провёл встречу с губернатором …` in an article that gives him no
            # office: the untitled person who holds the meeting receives the official
            # … or the official whose office ranks above the one he meets (`Полномочный представитель
            # Президента … провёл встречу с губернатором`)
            rec, rep = ([t for t in rep if not t.head and t.office_rank is None and t.start < cue.at]
                        or _host(rep, cue), [t for t in rep if t.head and t.start > cue.at])
        if cue.kind == "meet" and not (rec and rep):
            continue        # `губернатор встретился с жителями`
        if cue.kind == "report" and not cue.passive and not rec:
            if chairs is None:
                chairs = _chairs(doc, cands)
            if not ((senior_named or chairs) and any(t.head and (t.start < cue.at or _right_after(doc.text, cue, t))
                                                     for t in rep)):
                continue    # `министр проинформировал журналистов` is no briefing; `аким доложил о …`
                            # after `Президент провёл встречу с акимом` is one, and so is `Первым доложил аким …`
            if chairs and not senior_named:
                rec, rep = _to_chair(chairs, rep)   # `Губернатор провёл совещание. Министр … доложила о …`
        if cue.kind == "receive" and not rep:
            if cue.noun and not cue.passive and rec:
                heard = rec[:1]
            continue        # `Президент принял участие …`
        inside = [t for t in rep if not outsider(t, entities, titles, doc.text)]
        if rep and not inside:
            dropped = True
            continue        # a foreign minister or a company's head told the President
        found = True
        recipients.extend(rec)
        for t in inside:
            if not any(_same(t, r) for r in reporters):
                reporters.append(t)
    if not found or (dropped and not reporters):
        return None
    recipient, reporters = _resolve(doc, entities, titles, cands, recipients, reporters)
    inside = [t for t in reporters if not outsider(t, entities, titles, doc.text)]
    if not inside:
        return None         # no one reports, or `Глава Казатомпрома рассказал Президенту`: a company's head
    return recipient, inside


def _directive_subjects(doc: Doc, entities: List[Entity]) -> set:
    """Persons a mention of whom is followed by a directive or receive verb (`Токаев поручил`)."""
    out = set()
    text = doc.text
    for e in entities:
        if e.type != "PER":
            continue
        for m in e.mentions:
            nxt = text[m.stop:m.stop + 40].split()
            for w in nxt[:2]:
                w = w.strip(",.:;").lower()
                if w.replace("ё", "е") in DIRECTIVE_SUBJECT_FORMS and morph.cyr_lemmas(w) & DIRECTIVE_SUBJECT:
                    out.add(e.id)
    return out


def _resolve(doc, entities, titles, cands, recipients, reporters) -> Tuple[Optional[Title], List[Title]]:
    # a named recipient over a bare title (`Президенту доложили` in the headline, `Токаев принял …` below)
    recipient = next((t for t in recipients if t.entity_id), recipients[0] if recipients else None)
    reporters = [t for t in reporters if not (recipient and _same(t, recipient))]
    # a bare title whose office a named reporter holds is that reporter
    reporters = [t for t in reporters if t.entity_id or not any(r.entity_id and r.head == t.head for r in reporters)]
    if not reporters:       # passive sentences only: the junior official the article names
        junior = [t for t in cands if t.head and not t.plural and not (recipient and _same(t, recipient))
                  and (recipient is None or not recipient.head or t.rank > recipient.rank)
                  and not outsider(t, entities, titles, doc.text)]
        reporters = junior[:1]
    if recipient is None:
        senior = [t for t in cands if t.head and t.group and not any(_same(t, r) for r in reporters)]
        recipient = min(senior, key=lambda t: t.rank) if senior else None
    taken = {t.entity_id for t in reporters}
    if recipient is not None and recipient.entity_id is None and recipient.group:
        # `Главе государства доложили` in an article naming a person with no office and no
        # reporter's role (`Токаев провёл встречу с акимом …`, `Токаев поручил …`): that person holds it
        free = [e for e in entities if e.type == "PER" and not e.positions and e.id not in taken]
        if len(free) > 1:
            subjects = _directive_subjects(doc, entities)
            free = [e for e in free if e.id in subjects] or free
        if len(free) > 1:   # a full name over a stray one-word mention
            free = [e for e in free if len(e.name.split()) > 1]
        if len(free) == 1:
            recipient = Title(recipient.start, recipient.stop, recipient.text, recipient.nominative,
                              recipient.head, recipient.cases, entity_id=free[0].id)
            for t in titles:        # every unnamed title of that office is that person's
                if t.entity_id is None and t.group == recipient.group and not t.plural:
                    t.entity_id = free[0].id
            free[0].positions.append(recipient.written)
    return recipient, _named_reporters(entities, titles, recipient, reporters)


def _named_reporters(entities, titles, recipient, reporters) -> List[Title]:
    """Bare titles and bare names of the one official: `Глава региона доложил …` after
    `встреча с губернатором Курской области Х` is X; `Асаин Байханов доложил …` in an
    article whose one unnamed office is `Аким области` holds it."""
    rid = recipient.entity_id if recipient is not None else None
    by_id = {e.id: e for e in entities}
    officials = []
    for t in titles:
        if t.entity_id and t.named and not (t.group and t.rank <= 1) and t.entity_id != rid \
                and t.entity_id not in [o.entity_id for o in officials]:
            officials.append(t)
    if len(officials) == 1:
        one = officials[0]
        reporters = [one if not r.entity_id and not (r.group and r.rank <= 1) else r for r in reporters]
    elif not officials:
        # no titled official: the one untitled person other than the recipient holds the one
        # office the article gives no one
        free = [e for e in entities if e.type == "PER" and not e.positions and e.id != rid]
        unheld = [t for t in titles if t.entity_id is None and not t.plural and not (t.group and t.rank <= 1)]
        offices = {t.nominative.lower() for t in unheld}
        person = free[0] if len(free) == 1 else None
        if person is None and len(offices) == 1:
            named = [r.entity_id for r in reporters if r.entity_id and not r.head and by_id[r.entity_id] in free]
            person = by_id[named[0]] if len(set(named)) == 1 else None
        if person is not None and len(offices) == 1 and (
                any(not r.entity_id for r in reporters) or any(r.entity_id == person.id for r in reporters)):
            for t in unheld:
                t.entity_id = person.id
                if t.nominative not in person.positions:
                    person.positions.append(t.nominative)
            reporters = [r for r in reporters if r.entity_id or not r.head or r.entity_id == person.id]
            if not any(r.entity_id == person.id for r in reporters):
                reporters.insert(0, unheld[0])
    out = []
    for r in reporters:
        if not any(_same(r, x) for x in out):
            out.append(r)
    return out
