"""Briefing: who reported to whom, about which region and period, with which figures.

An article is a briefing when one of its sentences has a briefing verb
(lexicons/briefing.json, by lemma) with an official in the role the verb
gives: `доложил Президенту` (report verb, recipient in the dative),
`Главе государства было доложено` (passive), `принял акима` /
`заслушал отчёт министра` (receive verb, reporter as object),
`Президенту был представлен отчёт`. Roles come from the grammatical case
of the title or name (positions.find_titles); where the case leaves it open,
the more senior office is the recipient. Titles resolve to the persons the
article names (positions.py). Figures are the article's quantities, named
by the quantities stage's subject or, when it has none, by the counted noun
and its genitive complements.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from . import lexicons, morph
from .document import Doc, Sentence
from .figures.subjects import indicator_name as figure_name
from .positions import _LEX as _LEX_POS
from .positions import Title, find_titles
from .schema import Briefing, DateMention, Directive, Entity, Indicator, Period, Person, Quantity

_LEX = lexicons.table("briefing.json")


_CYR = morph.CYRILLIC_WORD
_parses, _has, _lem, _infl = morph.cyr_parses, morph.cyr_has, morph.cyr_lemmas, morph.cyr_inflect

REPORT = frozenset(_LEX["report_verbs"])
RECEIVE = frozenset(_LEX["receive_verbs"])
PRESENT = frozenset(_LEX["present_verbs"])
NOUNS = frozenset(_LEX["report_nouns"])
ACC_RECIPIENT = frozenset(_LEX["accusative_recipient_verbs"])
TELL = frozenset(_LEX["tell_verbs"])
NOT_RECEIVE = frozenset(_LEX["not_receive_objects"])
STRONG_NOUNS = frozenset(_LEX["report_nouns_strong"])
REPORT_OR_STRONG = REPORT | STRONG_NOUNS
# the forms of every lemma above: a word outside them is no briefing verb or noun (no parse needed)
BRIEFING_FORMS = morph.forms_of(REPORT | RECEIVE | PRESENT | NOUNS | TELL | STRONG_NOUNS)


def _phrase_with_gap(phrase: str) -> str:
    """`поставил задачу` also as `поставил перед акимом задачу`: up to three words after the verb."""
    first, *rest = phrase.split()
    return re.escape(first) + r"(?:\s+[^\s.,!?:;]+){0,3}?\s+" + r"\s+".join(map(re.escape, rest)) if rest \
        else re.escape(first)


_DIR_WORDS = r"(?:%s)" % "|".join(
    [r"поручил[аи]?", r"поручено", r"поручает"] + [_phrase_with_gap(p) for p in _LEX["directive_phrases"]])
DIRECTIVE = re.compile(r"\b%s[\s:,]+(?P<what>[^.!?\n]+)" % _DIR_WORDS, re.IGNORECASE)
# an attribution clause closing the directive's sentence is no part of it
ATTRIBUTION_TAIL = re.compile(r",\s*(?:сообща|переда|пишет|информирует|отмеча)\w*\b.*$", re.IGNORECASE)
PERIOD_PREP = re.compile(r"^(?:%s)\s+" % "|".join(re.escape(p) for p in _LEX["period_preps"]), re.IGNORECASE)

REPORTER, RECIPIENT = "reporter", "recipient"


def _lemmas(word: str) -> frozenset:
    return _lem(word)


@lru_cache(maxsize=100_000)
def _verbal(w: str) -> Tuple[frozenset, bool, bool, bool]:
    """(lemmas of the word's verbal parses, a short participle?, a singular or infinitive
    receive verb?, a plural receive verb?)"""
    verbal = [p for p in _parses(w) if p.tag.POS in ("VERB", "PRTS", "PRTF", "INFN", "GRND")]
    rec = [p for p in verbal if p.normal_form in RECEIVE]
    return (frozenset(p.normal_form for p in verbal), any(p.tag.POS == "PRTS" for p in verbal),
            any(p.tag.number == "sing" or p.tag.POS == "INFN" for p in rec),
            any(p.tag.number == "plur" for p in rec))


def _verb_kind(sent: Sentence) -> Tuple[Optional[str], bool, bool, bool, int]:
    """(kind of briefing verb, passive?, report noun in the sentence?, recipient in the accusative?,
    offset of a receive verb)."""
    kind, passive, noun, acc, verb_at = None, False, False, False, -1
    toks = sent.tokens
    for k, tok in enumerate(toks):
        w = tok.text.lower()
        if w.replace("ё", "е") not in BRIEFING_FORMS:
            continue
        lem = _lemmas(w)
        if lem & NOUNS:
            noun = True
        if kind:
            continue
        vl, prts, rec_sing, rec_plur = _verbal(w)
        if not vl:
            continue
        # pymorphy lemmatises participles to the verb; `доложено` → доложить
        if vl & REPORT:
            kind, passive, verb_at = "report", prts, tok.start
            acc = bool(vl & ACC_RECIPIENT)
        elif vl & RECEIVE:
            # one official receives another: not `приняли обращение`, not `принял участие`
            nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
            if rec_sing and not rec_plur and nxt not in NOT_RECEIVE:
                kind, verb_at = "receive", tok.start
        elif vl & PRESENT:
            kind, passive = "present", True
        elif vl & TELL:
            kind = "tell"
    return kind, passive, noun, acc, verb_at


def _role(t: Title, kind: str, passive: bool, after_prep: bool, acc: bool = False) -> Optional[str]:
    c = t.cases
    if kind == "tell":      # `рассказал Президенту`: only a head of state or government as recipient
        if "datv" in c and t.rank <= 1:
            return RECIPIENT
        if "nomn" in c:
            return REPORTER
    elif kind == "report" and not passive:
        if "datv" in c or after_prep or (acc and "accs" in c):
            return RECIPIENT
        if "nomn" in c:
            return REPORTER
    elif kind in ("report", "present"):
        if "datv" in c or "nomn" in c:
            return RECIPIENT
    elif kind == "receive":
        if "nomn" in c:
            return RECIPIENT
        if "accs" in c or "gent" in c:
            return REPORTER
    return None


def _person_titles(doc: Doc, entities: List[Entity], titles: List[Title]) -> List[Title]:
    """Titles plus bare names (a person named without a title in that place), in text order."""
    covered = [(t.start, t.stop) for t in titles]
    out = list(titles)
    for e in entities:
        if e.type != "PER":
            continue
        for m in e.mentions:
            prev = next((t for t in titles if t.entity_id == e.id and t.named and 0 <= m.start - t.stop <= 1), None)
            if prev or any(s <= m.start < t for s, t in covered):
                continue
            last = m.text.split()[-1]
            cases = frozenset(c for p in _parses(last) if {"Surn", "Name"} & set(p.tag.grammemes)
                              for c in ("nomn", "gent", "datv", "accs", "ablt") if c in p.tag)
            # a mention spelt as the nominative name is in the nominative (pymorphy knows few surnames)
            if m.text.lower() == e.name.lower():
                cases = frozenset(["nomn"])
            else:
                cases = cases - {"nomn"}
            out.append(Title(m.start, m.stop, m.text, "", "", cases, entity_id=e.id, named=True))
    return sorted(out, key=lambda t: t.start)


def find_roles(doc: Doc, entities: List[Entity], titles: List[Title]):
    """(recipient, reporters) as Titles, or None when no sentence is a briefing."""
    text = doc.text
    verbs = [(sent, _verb_kind(sent)) for sent in doc.sentences]
    if not any(v[0] for _, v in verbs):
        return None
    cands = _person_titles(doc, entities, titles)
    # `принял акима` needs a report elsewhere: a report verb or `отчёт`/`доклад`, not mere `информация`
    article_report = None       # worked out when a receive verb needs it
    recipients, reporters, found = [], [], False
    senior_named = any(t.group and t.rank <= 1 for t in titles)
    for sent, (kind, passive, noun, acc, verb_at) in verbs:
        if not kind or (kind == "present" and not noun):
            continue
        if kind == "receive" and not noun:
            if article_report is None:
                article_report = any(_lemmas(t.text.lower()) & REPORT_OR_STRONG for t in doc.tokens
                                     if t.text.lower().replace("ё", "е") in BRIEFING_FORMS)
            if not article_report:
                continue
        # plural titles (`акимы`, `принял акимов двух областей`) name no one person
        here = [t for t in cands if sent.start <= t.start < sent.stop and not t.plural]
        roles = []
        for t in here:
            before = text[max(sent.start, t.start - 8):t.start].lower().split()
            # the head of a named title is the one that says the case
            if not t.head and any(x.entity_id == t.entity_id and x.named and 0 <= t.start - x.stop <= 1 for x in here):
                continue
            roles.append((t, _role(t, kind, passive, bool(before) and before[-1] in _LEX["recipient_preps"], acc)))
        if kind == "receive":   # `X принял акима Y`: the subject before the verb, the official after it
            roles = [(t, r) for t, r in roles
                     if (r == RECIPIENT and t.start < verb_at) or (r == REPORTER and t.start > verb_at and t.head)]
        rec = [t for t, r in roles if r == RECIPIENT]
        rep = [t for t, r in roles if r == REPORTER]
        if not rec and not rep:
            continue
        if kind == "tell" and not rec:
            continue        # `министр рассказал журналистам`
        if kind == "report" and not passive and not rec and not (
                senior_named and any(t.head and t.start < verb_at for t in rep)):
            continue        # `министр проинформировал журналистов` is no briefing; `аким доложил о …`
                            # after `Президент провёл встречу с акимом` is one
        if kind == "receive" and not rep:
            continue        # `Президент принял участие …`
        found = True
        rec.sort(key=lambda t: t.rank)
        recipients.extend(rec)
        for t in rep:
            if not any(_same(t, r) for r in reporters):
                reporters.append(t)
    if not found:
        return None
    # a named recipient over a bare title (`Президенту доложили` in the headline, `Токаев принял …` below)
    recipient = next((t for t in recipients if t.entity_id), recipients[0] if recipients else None)
    reporters = [t for t in reporters if not (recipient and _same(t, recipient))]
    # a bare title whose office a named reporter holds is that reporter
    reporters = [t for t in reporters if t.entity_id or not any(r.entity_id and r.head == t.head for r in reporters)]
    if not reporters:       # passive sentences only: the junior official the article names
        junior = [t for t in cands if t.head and not t.plural and not (recipient and _same(t, recipient))
                  and (recipient is None or not recipient.head or t.rank > recipient.rank)]
        reporters = junior[:1]
    # `Глава региона доложил …` after `встреча с губернатором Курской области Х`: the one
    # official the article names (other than the recipient) is the reporter
    officials = []
    for t in titles:
        if t.entity_id and t.named and not (t.group and t.rank <= 1) and t.entity_id not in [o.entity_id for o in officials] \
                and not (recipient is not None and recipient.entity_id == t.entity_id):
            officials.append(t)
    if len(officials) == 1:
        reporters = [officials[0] if not r.entity_id else r for r in reporters]
        reporters = [r for k, r in enumerate(reporters) if not any(_same(r, x) for x in reporters[:k])]
    if recipient is None:
        senior = [t for t in cands if t.head and t.group and not any(_same(t, r) for r in reporters)]
        recipient = min(senior, key=lambda t: t.rank) if senior else None
    if recipient is not None and recipient.entity_id is None and recipient.group:
        # `Главе государства доложили` in an article naming one person with no office and no
        # reporter's role (`Токаев провёл встречу с акимом …`): that person holds it
        taken = {t.entity_id for t in reporters}
        free = [e for e in entities if e.type == "PER" and not e.positions and e.id not in taken]
        if len(free) > 1:   # a full name over a stray one-word mention
            free = [e for e in free if len(e.name.split()) > 1]
        if len(free) == 1:
            recipient = Title(recipient.start, recipient.stop, recipient.text, recipient.nominative,
                              recipient.head, recipient.cases, entity_id=free[0].id)
            free[0].positions.append(recipient.formal)
    return recipient, reporters


def _same(a: Title, b: Title) -> bool:
    if a.entity_id or b.entity_id:
        return a.entity_id == b.entity_id
    return a.formal.lower() == b.formal.lower()


def _position(e: Optional[Entity], t: Title, titles: List[Title]) -> Optional[str]:
    """The formal office of a person: the group's formal title, else the fullest phrase."""
    mine = [x for x in titles if e is not None and x.entity_id == e.id] or ([t] if t.head else [])
    if not mine:
        return None
    grouped = [x for x in mine if x.group]
    if grouped:
        # the office, not the country (`Президент России` → `Президент`)
        return _LEX_POS["groups"][grouped[0].group][0]
    return max(mine, key=lambda x: (len(x.nominative.split()), -x.start)).nominative


def _region(e: Optional[Entity], t: Title, titles: List[Title], entities: List[Entity]) -> Optional[str]:
    mine = [x for x in titles if e is not None and x.entity_id == e.id] or [t]
    for x in mine:
        for loc in entities:
            if loc.type == "LOC" and any(x.start <= m.start and m.stop <= x.stop for m in loc.mentions):
                return loc.name
    return None


def _person(t: Optional[Title], entities: List[Entity], titles: List[Title]) -> Optional[Person]:
    if t is None:
        return None
    e = next((x for x in entities if x.id == t.entity_id), None)
    return Person(entity_id=e.id if e else None, name=e.name if e else None,
                  position=_position(e, t, titles), region=_region(e, t, titles, entities))


def _office_by_title(titles: List[Title], recipient: Title, entities: List[Entity]) -> Optional[str]:
    """A recipient named without a title (`доложил Владимиру Путину`) holds the senior office
    the article names without a name (`сообщил губернатор президенту`)."""
    free = sorted((t for t in titles if t.entity_id is None and t.group and not t.plural), key=lambda t: t.rank)
    if not free:
        return None
    office = free[0].formal
    e = next((x for x in entities if x.id == recipient.entity_id), None)
    if e is not None and office not in e.positions:
        e.positions.append(office)
    return office


def _after_za(doc: Doc, d: DateMention) -> bool:
    """`за январь-июль`, `по итогам 9 месяцев`: the words that mark a reporting period."""
    before = doc.text[max(0, d.start - 12):d.start].lower()
    return bool(re.match(r"(?i)(?:за|по итогам)\s", d.text) or re.search(r"(?:\bза|по итогам)\s+$", before))


def find_period(doc: Doc, dates: List[DateMention]) -> Optional[Period]:
    """The reporting period: a month range or named period with bounds; `за …` first, then ranges,
    then the first; failing those, a whole year or quarter after `за` (`за 2024 год`), then a
    period after `за` with no bounds (its text only)."""
    spans = [d for d in dates if d.kind in ("range", "period") and d.date_from and d.date_to]
    best = max(spans, key=lambda d: (_after_za(doc, d), d.kind == "range", -d.start), default=None)
    if best is None:
        best = next((d for d in dates if d.kind == "date" and d.granularity in ("year", "half", "quarter", "month")
                     and d.date_from and _after_za(doc, d)), None)
    if best is None:        # a period whose year the text does not give (`за 10 месяцев текущего года`)
        best = next((d for d in dates if d.kind == "period" and _after_za(doc, d)), None)
    if best is None:
        return None
    text = PERIOD_PREP.sub("", best.text)
    return Period(date_id=best.id, text=text, date_from=best.date_from, date_to=best.date_to)


def indicator_name(doc: Doc, q: Quantity) -> Optional[str]:
    """What a figure measures: the figures stage's one naming rule (figures/subjects.py)."""
    return figure_name(doc.text, q)


# `…составила 95,3 млрд кВт·ч, что на 4,2% больше`: the second figure measures the first one's thing
_SAME_THING = re.compile(r"^\s*,?\s*(?:что|это)\s*$", re.IGNORECASE)


def find_directives(doc: Doc) -> List[Directive]:
    text = doc.text
    out = []
    for par in doc.paragraphs:
        for m in DIRECTIVE.finditer(text, par.start, par.stop):
            what = ATTRIBUTION_TAIL.sub("", m.group("what")).rstrip()
            out.append(Directive(text=what, start=m.start("what"), stop=m.start("what") + len(what)))
    return out


def build_briefing(doc: Doc, entities: List[Entity], quantities: List[Quantity],
                   dates: List[DateMention], titles: Optional[List[Title]] = None) -> Optional[Briefing]:
    if titles is None:
        titles = find_titles(doc, entities)
    roles = find_roles(doc, entities, titles)
    if roles is None:
        return None
    recipient, reporters = roles
    people = [_person(t, entities, titles) for t in reporters]
    rec = _person(recipient, entities, titles)
    if rec is not None:
        rec.region = None       # the region is the reporter's
        if rec.position is None:
            rec.position = _office_by_title(titles, recipient, entities)
    region = next((p.region for p in people if p.region), None)
    title = doc.title
    indicators = []
    prev_stop = 0
    for q in quantities:
        if title is not None and title.start <= q.start < title.stop:
            continue
        name = indicator_name(doc, q)
        if name is None and indicators and prev_stop <= q.start and _SAME_THING.match(doc.text[prev_stop:q.start]):
            name = indicators[-1].name
        prev_stop = q.stop
        if name:
            indicators.append(Indicator(name=name, quantity_id=q.id, text=q.text, value=q.value,
                                        value_max=q.value_max, unit=q.unit))
    return Briefing(reporter=people[0] if people else None, recipient=rec, reporters=people,
                    region=region, period=find_period(doc, dates), indicators=indicators,
                    directives=find_directives(doc))
