"""Positions: the offices the article gives its persons.

A position phrase is a title word (`аким`, `министр`, `Глава`, lemmas in
lexicons/positions.json) with the adjectives before it (`первый
заместитель`) and its genitive complements after it (`аким области Жетісу`,
`министр энергетики`, `председатель правления АО «…»`). A phrase right
before a person's name is that person's (`Глава государства Касым-Жомарт
Токаев`). A phrase standing alone (`Президент заслушал …`, `по словам
акима`) refers to the one person the article already gave the same office
(or a title of the same office: `Глава государства` = `Президент`).

Phrases go into the nominative by inflecting the head word and the
adjectives before it; the complements stay as written. A title also names
the person it stands in apposition to (`Нурлан Ногаев, аким области,`) and
the person after a comma clause (`губернатор области, назначенный в мае,
Александр Хинштейн`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, List, Optional

from . import lexicons, morph
from .document import Doc, Token
from .positions_compound import acting, merge_compounds
from .schema import Entity

_LEX = lexicons.table("positions.json")


_CYR = morph.CYRILLIC_WORD
_parses, _has, _lem, _infl = morph.cyr_parses, morph.cyr_has, morph.cyr_lemmas, morph.cyr_inflect

HEADS = frozenset(_LEX["heads"])
NEEDS_COMPLEMENT = frozenset(_LEX["needs_complement"])
PREPS = frozenset(_LEX["complement_preps"])
HEAD_ALIASES: Dict[str, str] = _LEX["head_aliases"]
PLACE_HEADS, PLACE_PREPS = frozenset(_LEX["place_heads"]), frozenset(_LEX["place_preps"])
GLAVA_OF = frozenset(_LEX["glava_complements"])
CAPITALISED = frozenset(_LEX["capitalised"])
RANK = _LEX["rank"]
WRITTEN = frozenset(_LEX["written"])
GENERIC = frozenset(_LEX["generic_complements"])
# title (lower-case) → (group, formal title)
GROUP_OF: Dict[str, tuple] = {t.lower(): (g, ts[0]) for g, ts in _LEX["groups"].items() for t in ts}
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
STATES = sorted(_LEX["state_complements"], key=len, reverse=True)


def _group_of(nominative: str) -> tuple:
    """(group, formal title) of a title in the nominative, lower case; a group's title with the
    state after it is still of the group (`председатель правительства россии`); else (None,)."""
    got = GROUP_OF.get(nominative)
    if got:
        return got
    for state in STATES:
        if nominative.endswith(" " + state):
            return GROUP_OF.get(nominative[:-len(state) - 1].rstrip(), (None,))
    return (None,)


@dataclass
class Title:
    """One position phrase in the text."""
    start: int
    stop: int
    text: str              # as written
    nominative: str        # `аким области Жетісу`
    head: str              # lemma of the title word
    cases: frozenset       # cases the head word can be in here
    plural: bool = False
    entity_id: Optional[str] = None   # the person it names or refers to
    named: bool = False               # directly before the person's name
    office_rank: Optional[int] = None  # a bare name's rank: that of the office its person holds

    @property
    def group(self) -> Optional[str]:
        return _group_of(self.nominative.lower())[0] or GROUP_OF.get(self.head, (None,))[0]

    @property
    def formal(self) -> str:
        """The formal title of the office (`Президент` for `Глава государства`)."""
        g = GROUP_OF.get(self.nominative.lower())
        return g[1] if g else self.nominative

    @property
    def written(self) -> str:
        """The office as the text writes it (`Президент России`, `премьер`), or the group's
        formal title for a title of the group that is not its own word (`Глава государства`)."""
        if self.group and self.head not in WRITTEN:
            return _LEX["groups"][self.group][0]
        return self.nominative

    @property
    def rank(self) -> int:
        if self.office_rank is not None:
            return self.office_rank
        return RANK.get(self.group or "", RANK.get(self.head, RANK["default"]))


HEAD_FORMS = morph.forms_of(HEADS)
# two words written together where a line break was lost (`АдыгеиВаловой`): the first ends here
GLUED = re.compile(r"^[А-ЯЁ]?[а-яё]+(?=[А-ЯЁ][а-яё])")


@lru_cache(maxsize=100_000)
def _head_lemma(word: str) -> Optional[str]:
    if word.lower().replace("ё", "е") not in HEAD_FORMS:
        return None
    for p in _parses(word):
        if p.normal_form in HEADS and p.tag.POS == "NOUN":
            return HEAD_ALIASES.get(p.normal_form, p.normal_form)
    return None


def _abridged(word: str) -> bool:
    """A short form that stands for its title alone (`полпреду`)."""
    return any(p.normal_form in HEAD_ALIASES for p in _parses(word))


RANKS = [tuple(r.split()) for r in sorted(_LEX["ranks"], key=lambda r: -len(r.split()))]


def _rank_length(toks: List[Token], j: int) -> int:
    """How many tokens from j are a rank (`полковник`, `генерал армии`), in any case."""
    for rank in RANKS:
        if j + len(rank) <= len(toks) and all(_lem(toks[j + n].text.lower()) & {w} or toks[j + n].text.lower() == w
                                              for n, w in enumerate(rank)):
            return len(rank)
    return 0


def _top_verb(word: str) -> bool:
    """The word reads first as a verb (`дел` in `иностранных дел` reads first as a noun)."""
    ps = _parses(word)
    return bool(ps) and ps[0].tag.POS in ("VERB", "INFN")


def _abbreviation(word: str) -> bool:
    """`НК`, `ҚТЖ`, `ВКО`: part of an organisation's name inside a complement."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _is_gent(word: str) -> bool:
    return _has(word, "gent")


def _cases(word: str, lemma: str) -> frozenset:
    return frozenset(c for p in _parses(word) if HEAD_ALIASES.get(p.normal_form, p.normal_form) == lemma
                     for c in CASES if c in p.tag)


def _nominative(tokens: List[Token], head_i: int, first_i: int, plural: bool) -> List[str]:
    """The words of tokens[first_i..head_i] in the nominative singular, capitals kept."""
    return list(_nominative_words(tuple(t.text for t in tokens[first_i:head_i + 1])))


@lru_cache(maxsize=50_000)
def _nominative_words(words: tuple) -> tuple:
    """`_nominative` of a phrase whose last word is the title word."""
    out = []
    head_i = len(words) - 1
    head_p = next((p for p in _parses(words[head_i]) if p.normal_form in HEADS), None)
    gender = head_p.tag.gender if head_p is not None else None
    for i in range(head_i + 1):
        w = words[i]
        want = {"nomn", "sing"}
        if i < head_i and gender:
            want.add(gender)
        f = _infl(w, want, (lambda p: p.normal_form in HEADS) if i == head_i
                          else (lambda p: p.tag.POS in ("ADJF", "PRTF")))
        f = f or w.lower()
        out.append(w[:1] + f[1:] if w[:1].isupper() else f)
    return tuple(out)


def find_titles(doc: Doc, entities: List[Entity]) -> List[Title]:
    """Every position phrase of the article, in text order, with the person it belongs to."""
    text = doc.text
    per_at = {}      # mention start → entity id, for persons
    inside = []      # (start, stop) of LOC/ORG mentions: complements may be names
    for e in entities:
        for m in e.mentions:
            if e.type == "PER":
                per_at[m.start] = e.id
            else:
                inside.append((m.start, m.stop))
    # characters inside person mentions (1) and inside other names (2)
    marks = bytearray(len(text) + 1)
    for s, t in inside:
        marks[s:t] = b"\x02" * (t - s)
    for e in entities:
        if e.type == "PER":
            for m in e.mentions:
                marks[m.start:m.stop] = b"\x01" * (m.stop - m.start)

    def in_name(tok):
        return marks[tok.start] == 2

    def in_person(tok):
        return marks[tok.start] == 1

    per_stop = {m.stop: e.id for e in entities if e.type == "PER" for m in e.mentions}
    titles: List[Title] = []
    for sent in doc.sentences:
        toks = sent.tokens
        i, before = 0, len(titles)
        while i < len(toks):
            tok = toks[i]
            if tok.text.lower() not in HEAD_FORMS:       # most words: no title, no parse
                i += 1
                continue
            head = _head_lemma(tok.text) if not in_person(tok) and tok.text[:1].isalpha() else None
            if not head:
                i += 1
                continue
            first = i
            while first > 0 and _has(toks[first - 1].text, "ADJF") and not in_person(toks[first - 1]) \
                    and not _has(toks[first - 1].text, "Apro") and toks[first - 1].text.isalpha():
                first -= 1
            j = i + 1
            # genitive complements, names of places and bodies, `по` + its noun group
            while j < len(toks):
                t = toks[j]
                if in_person(t):
                    break
                if in_name(t) or t.text in "«»\"" or t.text.lower() in ("ао", "тоо", "ао«", "рк") \
                        or _abbreviation(t.text):
                    j += 1
                    continue
                if t.text == "," and j > i + 1 and _genitive_list(toks, j + 1, in_person):
                    j += 1              # `министр цифрового развития, инноваций и аэрокосмической промышленности`
                    continue
                if t.text.lower() == "и" and j > i + 1 and j + 1 < len(toks) and _is_gent(toks[j - 1].text) \
                        and toks[j + 1].text.replace("-", "").isalpha() and toks[j + 1].text.islower() \
                        and not in_person(toks[j + 1]) \
                        and (_has(toks[j + 1].text, "NOUN", "gent") or _has(toks[j + 1].text, "ADJF", "gent")) \
                        and not _head_lemma(toks[j + 1].text):
                    j += 1              # `министр туризма и спорта`, `… энергетики и жилищно-коммунального хозяйства`
                    continue
                if head in PLACE_HEADS and t.text.lower() in PLACE_PREPS and j + 1 < len(toks) \
                        and in_name(toks[j + 1]):
                    j += 1              # `… представитель Президента` + `в Приволжском федеральном округе`
                    continue
                if t.text.lower() in PREPS and j + 1 < len(toks) and not in_person(toks[j + 1]) \
                        and RANK.get(GROUP_OF.get(head, ("",))[0], 9) > 1:   # no `Президент по …`
                    j += 1
                    while j < len(toks) and toks[j].text.isalpha() and not in_person(toks[j]) \
                            and _has(toks[j].text, "datv") and not _head_lemma(toks[j].text):
                        j += 1
                    continue
                if t.text.replace("-", "").isalpha() and _is_gent(t.text) and not _top_verb(t.text) \
                        and not _has(t.text, "PREP") and not _has(t.text, "CONJ") \
                        and not (t.text[:1].isupper() and _head_lemma(t.text) is None and not _has(t.text, "Geox")
                                 and not _lem(t.text) & GENERIC and not _lem(t.text) & GLAVA_OF
                                 and j + 1 < len(toks) and in_person(toks[j + 1])):
                    j += 1
                    continue
                break
            # no complement ending in a dangling adjective or preposition
            while j > i + 1 and (_has(toks[j - 1].text, "PREP") or toks[j - 1].text in "«\""):
                j -= 1
            if head in NEEDS_COMPLEMENT and j == i + 1 and not _abridged(tok.text):
                i += 1
                continue
            if head == "глава" and not (_lem(toks[i + 1].text) & GLAVA_OF or in_name(toks[i + 1])):
                i += 1
                continue
            words = _nominative(toks, i, first, False) + [t.text for t in toks[i + 1:j]]
            start, stop = toks[first].start, toks[j - 1].stop
            nom = _join(text, toks[first:j], words)
            glue = GLUED.search(toks[j - 1].text) if j > i + 1 else None
            if glue:            # `главу АдыгеиВаловой …`: a line break the page lost ends the title
                cut = len(toks[j - 1].text) - glue.end()
                stop, nom = stop - cut, nom[:len(nom) - cut]
            cases = _cases(tok.text, head)
            act = acting(text, toks, first)
            if act:             # `исполняющим обязанности акима области` → `исполняющий обязанности акима области`
                office_at = start
                first, prefix, cases = act
                start = toks[first].start
                nom = " ".join(prefix + text[office_at:stop].split())
            if first == 0 and nom.split()[0].lower() not in CAPITALISED and \
                    " ".join(nom.lower().split()[:2]) not in CAPITALISED:
                nom = nom[:1].lower() + nom[1:]
            elif nom.split()[0].lower() in CAPITALISED or " ".join(nom.lower().split()[:2]) in CAPITALISED:
                nom = nom[:1].upper() + nom[1:]     # `президенту` in a headline is still `Президент`
            plural = any("plur" in p.tag for p in _parses(tok.text) if p.normal_form == head) and \
                not any("sing" in p.tag for p in _parses(tok.text) if p.normal_form == head)
            t = Title(start, stop, text[start:stop], nom, head, cases, plural)
            r = j + _rank_length(toks, j)      # `начальник ДЧС полковник Марат Алимжанов`
            nxt = toks[r] if r < len(toks) else None
            if not plural:
                who = per_at.get(nxt.start) if nxt is not None else None
                who = who or _after_clause(toks, r, per_at, in_person) or _apposition(toks, first, j, per_stop)
                if who:
                    t.entity_id, t.named = who, True
            titles.append(t)
            i = j
        # `первого заместителя Премьер-министра – министра финансов`: one title
        titles[before:] = merge_compounds(text, titles[before:], _compound_title)
    _resolve(titles, entities)
    return titles


def _compound_title(start, stop, text, nominative, head, cases, named, entity_id) -> Title:
    return Title(start, stop, text, nominative, head, cases, entity_id=entity_id, named=named)


def _genitive_list(toks: List[Token], k: int, in_person) -> bool:
    """After a comma, lower-case genitives that go on to `и` or another comma: the complement
    is a list (`развития, инноваций и аэрокосмической промышленности`)."""
    n = 0
    while k < len(toks) and len(toks[k].text) > 2 and toks[k].text.isalpha() and toks[k].text.islower() and not in_person(toks[k]) \
            and _is_gent(toks[k].text) and not _head_lemma(toks[k].text) and not _top_verb(toks[k].text):
        k, n = k + 1, n + 1
    return 0 < n <= 3 and k < len(toks) and toks[k].text in ("и", ",")


def _after_clause(toks: List[Token], r: int, per_at: dict, in_person) -> Optional[str]:
    """The person named after a comma clause that follows the title (`губернатор области,
    назначенный в мае, Александр Хинштейн`; `аким области, Нурлан Ногаев,`): the clause has
    no finite verb and no other title."""
    if r >= len(toks) or toks[r].text != ",":
        return None
    for k in range(r + 1, min(len(toks) - 1, r + 14)):
        w = toks[k].text
        if w == "," and toks[k + 1].start in per_at:
            return per_at[toks[k + 1].start]
        if in_person(toks[k]):
            return per_at.get(toks[k].start) if k == r + 1 else None
        if w in ".;:!?()«»\"" or _head_lemma(w) or (_has(w, "VERB") and not _has(w, "PRTF")
                                                    and not _has(w, "GRND") and _parses(w)[0].tag.POS == "VERB"):
            return None
    return None


def _apposition(toks: List[Token], first: int, j: int, per_stop: dict) -> Optional[str]:
    """The person a title stands in apposition to: `Нурлан Ногаев, аким области, доложил`,
    `Фархат Ибраев, заместитель руководителя управления:`."""
    if first < 2 or toks[first - 1].text not in (",", "—", "–") or toks[first - 2].stop not in per_stop:
        return None
    if j < len(toks) and toks[j].text not in (",", ":", "—", "–", ")", ".", ";"):
        return None
    return per_stop[toks[first - 2].stop]


def _join(text: str, toks: List[Token], words: List[str]) -> str:
    """Words joined with the spacing of the text between their tokens."""
    out = words[0]
    for k in range(1, len(toks)):
        out += text[toks[k - 1].stop:toks[k].start] + words[k]
    return " ".join(out.split())


def _resolve(titles: List[Title], entities: List[Entity]) -> None:
    """Titles standing alone refer to the one person holding that office."""
    holders: Dict[str, set] = {}
    for t in titles:
        if t.entity_id:
            for key in filter(None, (t.group, t.nominative.lower(), t.head)):
                holders.setdefault(key, set()).add(t.entity_id)
    for t in titles:
        if t.entity_id or t.plural:
            continue
        for key in filter(None, (t.group, t.nominative.lower(), t.head if not t.group else None)):
            ids = holders.get(key)
            if ids and len(ids) == 1:
                t.entity_id = next(iter(ids))
                break


def find_positions(doc: Doc, entities: List[Entity]) -> List[Title]:
    """Fill `Entity.positions` of persons: nominative position phrases in text order.
    Returns the article's titles (find_titles) for the briefing stage."""
    by_id = {e.id: e for e in entities}
    titles = find_titles(doc, entities)
    for t in titles:
        e = by_id.get(t.entity_id)
        if e is None:
            continue
        for pos in (t.nominative, t.written):
            if pos.lower() not in {x.lower() for x in e.positions}:
                e.positions.append(pos)
    return titles
