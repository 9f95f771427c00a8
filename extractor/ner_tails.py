"""Where an organisation's name ends, on one sentence's tokens.

`Высшего совета` + `по реформам`: a body's name goes on past `по`/`при` (its
head a listed noun, or an abbreviation: `МЧС по Санкт-Петербургу`); over `имени
…`/`им. …` (`Театра им. Йозефа Бойса`); over the body it belongs to
(`Парламентской ассамблеи` + `Совета Европы`); and it takes the relational
adjectives before its capitalised head (`государственной Комиссии по атомной
энергии`).
"""
from __future__ import annotations

import re

from functools import lru_cache
from typing import List

from . import morph
from .lexicons import table, words
from .names_places import GENERIC_PLACE_NOUNS
from .ner_kinds import adjective, agree, low, relational, section

Mention = List
TRAILING_WORDS = {"по", "при", "в", "во", "на", "и", "с", "со", "для", "из", "от", "к"}


def _key(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=None)
def org_heads() -> frozenset:
    return morph.forms_of(frozenset(words("ner-org-heads.txt")))


PREP_CASE = {"по": "datv", "при": "loct"}


def _abbr(t: str) -> bool:
    return t.isupper() and t.isalpha() and len(t) <= 4


def _state(tokens: List[str], j: int) -> int:
    """How many words from j name the state a body belongs to before its `по`/`при`
    (`РФ`, `Республики Казахстан`), or 0."""
    if _abbr(tokens[j]) and j + 1 < len(tokens) and tokens[j + 1] in PREP_CASE:
        return 1
    if _key(tokens[j]) == "республики" and j + 2 < len(tokens) and tokens[j + 1][:1].isupper() \
            and tokens[j + 2] in PREP_CASE:
        return 2
    return 0


def _is(word: str, case: str, pos=("NOUN", "ADJF", "PRTF")) -> bool:
    if not word.replace("-", "").isalpha() or len(word) < 3 or word.lower() in PREP_CASE or word.lower() in TRAILING_WORDS:
        return False
    return any(p.tag.POS in pos and p.tag.case == case for p in morph.parses(word))


def _phrase_end(tokens, k, case, limit=6):
    """End of a noun phrase in `case` from k, then its genitive dependents and
    a capitalised abbreviation (`развитию информационного общества`, `Президенте РФ`)."""
    n = len(tokens)
    start = k
    while k < n and k - start < limit and _is(tokens[k], case, ("ADJF", "PRTF")) and not _is(tokens[k], case, ("NOUN",)):
        k += 1
    if not (k < n and _is(tokens[k], case, ("NOUN",))):
        return None
    k += 1
    while k < n and k - start < limit:
        t = tokens[k]
        if t.isupper() and t.isalpha() and len(t) <= 4:
            k += 1
        elif t not in TRAILING_WORDS and t not in PREP_CASE and _is(t, "gent"):
            k += 1
        else:
            break
    return k


def org_tails(tokens: List[str], mentions: List[list]) -> List[list]:
    """`Высшего совета` + `по реформам`: an organisation's name goes on past
    `по`/`при` when its head is a listed noun, or past `по` and a place when it is an abbreviation."""
    heads = org_heads()
    out = []
    for m in sorted(mentions):
        i, j, kind = m
        # an abbreviation takes a place after `по` (`МЧС по Санкт-Петербургу`, `ДЧС по Алматинской области`)
        abbreviation = kind == "ORG" and j - i == 1 and tokens[i].isupper() and tokens[i].isalpha() and len(tokens[i]) > 1
        if kind == "ORG" and (abbreviation or any(_key(t) in heads for t in tokens[i:j])):
            # the state before `по` (`Агентства Республики Казахстан по …`) only after a bare head or a
            # `при …` phrase: `Министерством промышленности РК` + `по привлечению инвестиций` is no name
            bare = _key(tokens[j - 1]) in heads or abbreviation or "при" in tokens[i:j]
            while j + 1 < len(tokens) and (tokens[j] in PREP_CASE or bare and _state(tokens, j)):
                bare = tokens[j] == "при"
                if tokens[j] not in PREP_CASE:
                    j += _state(tokens, j)    # Совета при Президенте РФ по развитию …, Агентства Республики Казахстан по …
                    continue
                case = PREP_CASE[tokens[j]]
                end = _phrase_end(tokens, j + 1, case)
                if end is None or abbreviation and not any(t[:1].isupper() for t in tokens[j + 1:end]):
                    break
                # `по патентам и товарным знакам`, `по Санкт-Петербургу и Ленобласти`
                if end + 1 < len(tokens) and tokens[end] == "и":
                    more = _phrase_end(tokens, end + 1, case)
                    if more is not None and (not abbreviation or tokens[end + 1][:1].isupper()):
                        end = more
                j = end
            # a name that holds its own `по …` and goes on with `и …` (`Агентства по
            # стратегическому планированию` + `и реформам`)
            inner = next((tokens[k] for k in range(i + 1, j) if tokens[k] in PREP_CASE), None)
            if inner and j == m[1] and j + 1 < len(tokens) and tokens[j] == "и":
                more = _phrase_end(tokens, j + 1, PREP_CASE[inner])
                if more is not None:
                    j = more
            if j > m[1]:
                m = [i, j, kind]
        out.append(m)
    # mentions a longer one reaches into go
    return [m for m in out if not any(o is not m and o[0] < m[1] and m[0] < o[1] and o[1] - o[0] > m[1] - m[0]
                                      for o in out)]


def named_after(tokens: List[str], mentions: List[Mention]) -> List[Mention]:
    """`Театра им. Йозефа Бойса`, `университета имени аль-Фараби`: the name takes the person it is named after."""
    out = sorted(mentions)
    for m in out:
        if m[2] != "ORG":
            continue
        k = m[1]
        if tokens[k - 1] == "им" and m[1] - m[0] > 1:
            k -= 1
        if k < len(tokens) and tokens[k] == "имени":
            k += 1
        elif k + 1 < len(tokens) and tokens[k] == "им" and tokens[k + 1] == ".":
            k += 2
        else:
            continue
        end = k
        while end < len(tokens) and end - k < 4 and (tokens[end][:1].isupper() or tokens[end].startswith("аль-")):
            end += 1
        if end > k:
            m[1] = end
    return [m for m in out if not any(o is not m and o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0]
                                      for o in out)]


def body_tails(tokens: List[str], mentions: List[Mention]) -> List[Mention]:
    """A body's name over the body it belongs to (`Парламентской ассамблеи` + `Совета Европы`, `Бюро
    национальной статистики` + `Агентства по стратегическому планированию …`), and
    with the relational adjectives before its capitalised head (`государственной Комиссии …`)."""
    heads = section("heads")
    out = sorted(mentions)
    merged = []
    for m in out:
        if merged and merged[-1][2] == "ORG" == m[2] and merged[-1][1] == m[0] \
                and (low(tokens[m[0] - 1]) in heads or low(tokens[merged[-1][0]]) in heads and low(tokens[m[0]]) in heads) \
                and tokens[m[0]][:1].isupper() and morph.cyr_has(tokens[m[0]], "gent"):
            merged[-1] = [merged[-1][0], m[1], "ORG"]
            continue
        merged.append(list(m))
    merged = _people_of(tokens, merged, heads)
    taken = {k for m in merged for k in range(m[0], m[1])}
    for m in merged:
        i = m[0]
        if m[2] != "ORG" or not tokens[i][:1].isupper() or low(tokens[i]) not in heads:
            continue
        while i > 0 and i - 1 not in taken and tokens[i - 1].islower() and relational(tokens[i - 1]) \
                and agree(tokens[i - 1], tokens[m[0]]):
            i -= 1
        m[0] = i
    return merged


STATE_ABBREVIATIONS = frozenset(["РФ", "РК"])
PART_WORDS = morph.forms_of(frozenset(["часть", "побережье"]))
REGION_FORMS = morph.forms_of(frozenset(GENERIC_PLACE_NOUNS))


def _governs(tokens: List[str], org: Mention, place: Mention) -> bool:
    """A body of a region by its official name: its head in [of_region] (`Правительства`,
    `Министерство экономики`), the place a region in the genitive (`Омской области`, `Республики Башкортостан`)."""
    words = [_key(t) for t in tokens[place[0]:place[1]]]
    return (words[0] in REGION_FORMS or words[-1] in REGION_FORMS) \
        and (_key(tokens[org[0]]) in section("of_region") or _key(tokens[org[1] - 1]) in section("of_region"))


# a state's names after a body (`России`, `Республики Казахстан`): the ones a title may end in too
STATE_NAMES = frozenset(table("positions.json")["state_complements"])
_MINISTRY = re.compile(r"Мин[а-яё]{3,}")


def _ministry_of_state(tokens: List[str], org: Mention, place: Mention) -> bool:
    """`Минстроя России`, `Минфина Республики Казахстан`: a ministry's short name and its state, one name."""
    return org[1] - org[0] == 1 and bool(_MINISTRY.fullmatch(tokens[org[0]])) \
        and " ".join(_key(t) for t in tokens[place[0]:place[1]]) in STATE_NAMES


def state_and_parts(tokens: List[str], mentions: List[Mention]) -> List[Mention]:
    """An organisation takes the state's initials after it (`Минсельхоза РФ`, `министерства энергетики
    РК`: a body of that state by its official name; a ministry's short name also the state's name:
    `Минстроя России`) and the region it governs (`Правительства Омской области`); a region takes its
    other name in brackets (`Республики Саха (Якутия)`); a place named as a part of a country takes
    the country (`Европейской части России`)."""
    out = sorted(mentions)
    for m in out:                              # `Акимате` alone, taken by the tagger for a place
        if m[2] == "LOC" and m[1] - m[0] == 1 and _key(tokens[m[0]]) in section("of_region"):
            m[2] = "ORG"
    merged: List[Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if prev and prev[2] == "LOC" == m[2] and prev[1] + 1 == m[0] and m[1] < len(tokens) \
                and tokens[prev[1]] == "(" and tokens[m[1]] == ")" \
                and any(_key(t) in REGION_FORMS for t in tokens[prev[0]:prev[1]]):
            merged[-1] = [prev[0], m[1] + 1, "LOC"]      # `Республики Саха (Якутия)`: one official name
            continue
        if prev and prev[1] == m[0] and (
                prev[2] == "ORG" and m[2] == "LOC" and _governs(tokens, prev, m)
                or prev[2] == "ORG" and m[2] == "LOC" and _ministry_of_state(tokens, prev, m)
                or m[1] - m[0] == 1 and (
                    prev[2] == "ORG" and m[2] == "LOC" and tokens[m[0]] in STATE_ABBREVIATIONS
                    or prev[2] == "LOC" == m[2] and _key(tokens[prev[1] - 1]) in PART_WORDS
                    and tokens[prev[1] - 1].islower() and morph.cyr_has(tokens[m[0]], "gent"))):
            merged[-1] = [prev[0], m[1], prev[2]]
            continue
        merged.append(list(m))
    return merged


def _people_of(tokens: List[str], mentions: List[Mention], heads: frozenset) -> List[Mention]:
    """A body named for the people it unites, and their country (`Совета муфтиев` + `России`,
    `Ассамблеи` + `народа Казахстана`, `Союза журналистов`)."""
    out = []
    for n, m in enumerate(mentions):
        i, j, kind = m
        ends_people = j - i >= 2 and low(tokens[j - 2]) in heads and _people_word(tokens[j - 1])
        if kind == "ORG" and (ends_people or j < len(tokens) and low(tokens[j - 1]) in heads and _people_word(tokens[j])):
            end = j if ends_people else j + 1
            nxt = next((x for x in mentions[n + 1:] if x[0] == end), None)
            if nxt is not None and nxt[2] == "LOC" and nxt[1] - nxt[0] <= 2:
                end = nxt[1]
            m = [i, end, kind]
        out.append(m)
    return [m for m in out if not any(o is not m and o[0] <= m[0] and m[1] <= o[1] and o[1] - o[0] > m[1] - m[0]
                                      for o in out)]


@lru_cache(maxsize=10_000)
def _people_word(word: str) -> bool:
    """`муфтиев`, `журналистов`, `народа`: people in the genitive, in lower case."""
    if not word.isalpha() or not word.islower() or len(word) < 4:
        return False
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" and (
        p.tag.number == "plur" and "anim" in p.tag or p.normal_form == "народ") for p in morph.cyr_parses(word))
