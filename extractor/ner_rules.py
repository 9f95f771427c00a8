"""Rules on top of slovnet's tags, one sentence at a time, on token indices.

A mention is `[i, j, type]` over the sentence's tokens (j exclusive). In order:
split mentions at list bullets, commas and brackets; drop titles from the
edges (`Аким`, `Президент`); quoted names (`ОАО «Газпром»` → `Газпром`,
`СЭЗ «Хоргос»` whole); gazetteer names from extractor/lexicons (Kazakh
regions, state bodies) retype or replace what slovnet found, taking the
generic word of a region with them (`области Жетісу`). Then the words of a
mention (ner_words.py), organisations' tails (ner_tails.py) and the rules that
find and bound organisations (ner_orgs.py).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Tuple

from . import morph, ner_dateline, ner_orgs, ner_tails
from .lexicons import words
from .ner_base import (CLOSE_QUOTES, OPEN_QUOTES, all_forms as _all_forms, forms, key as _key,  # noqa: F401
                       legal_forms, stem_match as _stem_match, without as _without)
from .ner_quotes import no_entity_zones, quoted, quoted_generics  # noqa: F401
from .ner_words import (TLDS, common_noun, country_adjectives, district_words, domains, generic_prefix, list_items,
                        no_places, persons, sentence_start, written_types)

SPLITTERS = {"•", ",", "(", ")", ";", "[", "]", "|", "/"}
EDGE_JUNK = set("•,.;:()[]|/-–—!?\"'") | set(OPEN_QUOTES) | set(CLOSE_QUOTES)
TRAILING_WORDS = {"по", "при", "в", "во", "на", "и", "с", "со", "для", "из", "от", "к"}
REGION_WORDS = {"область", "район", "облысы", "ауданы"}


_CANONICAL: Dict[Tuple[str, ...], str] = {}


def lexicon_name(tokens: List[str]):
    """The gazetteer's own spelling of a mention that is exactly one of its names (`Акорду` → `Акорда`)."""
    if not tokens:
        return None
    for ws, kind, strong in gazetteer().get(_key(tokens[0])[:4], ()):
        if len(ws) == len(tokens) and all(_stem_match(t, w) for t, w in zip(tokens, ws)):
            return _CANONICAL[ws]
    return None


@lru_cache(maxsize=None)
def gazetteer() -> Dict[str, List[Tuple[Tuple[str, ...], str, bool]]]:
    """First word → [(words, type, strong)], longest first."""
    out: Dict[str, list] = {}
    for line in words("ner-gazetteer.txt"):
        kind, name, strength = line.split("\t")
        ws = tuple(_key(w) for w in name.split())
        out.setdefault(ws[0][:4], []).append((ws, kind, strength == "strong"))
        _CANONICAL[ws] = name
    for v in out.values():
        v.sort(key=lambda e: -len(e[0]))
    return out


@lru_cache(maxsize=None)
def titles() -> frozenset:
    return frozenset(words("ner-titles.txt"))


def bio_mentions(tags: List[str]) -> List[list]:
    if _OUTSIDE.issuperset(tags):
        return []               # most sentences: no mention at all
    out, kind = [], None
    for i, tag in enumerate(tags):
        part, _, label = tag.partition("-")
        if part == "I" and kind == label:
            out[-1][1] = i + 1
            continue
        kind = None
        if part in ("B", "I"):
            out.append([i, i + 1, label])
            kind = label
    return out


_OUTSIDE = frozenset(["O"])


def apply(tokens: List[str], mentions: List[list]) -> List[list]:
    mentions = split_and_trim(tokens, mentions)
    mentions = sentence_start(tokens, mentions)
    mentions = quoted(tokens, mentions)
    mentions = gazetteer_names(tokens, mentions)
    mentions = district_words(tokens, mentions)
    mentions = generic_prefix(tokens, mentions)
    mentions = written_types(tokens, mentions)
    mentions = ner_dateline.agencies(tokens, mentions)
    mentions = domains(tokens, mentions)
    mentions = ner_tails.org_tails(tokens, mentions)
    mentions = ner_orgs.apply(tokens, mentions)
    mentions = country_adjectives(tokens, mentions)
    mentions = list_items(tokens, mentions)
    mentions = no_places(tokens, mentions)
    mentions = persons(tokens, mentions)
    zones = no_entity_zones(tokens)
    return sorted(m for m in mentions if not _spurious(tuple(tokens[m[0]:m[1]]), m[2])
                  and not any(a <= m[0] and m[1] <= b for a, b in zones)
                  and not (m[:2] == [0, 1] and m[2] == "ORG" and common_noun(tokens[0]) and not lexicon_name(tokens[:1])))


@lru_cache(maxsize=None)
def not_entities() -> frozenset:
    return frozenset(_key(w) for w in words("ner-not-entities.txt")) | ner_orgs.plant_words()


@lru_cache(maxsize=50_000)
def _spurious(toks: Tuple[str, ...], kind: str) -> bool:
    """Mentions that name nothing: all lowercase (`мировым лидером`), a bare
    legal form (`ПАО`), a listed common word (`СМИ`), a people (`Американцы`)."""
    if len(toks) == 3 and toks[1] == "." and toks[2].lower() in TLDS:
        return False        # `energyprom.kz`
    if not any(t[:1].isupper() or t[:1].isdigit() and len(t) > 1 for t in toks):
        return not any(lexicon_name([t]) for t in toks) and not ner_orgs.lower_case_body(list(toks))
    if all(_key(t) in legal_forms() or _key(t) in not_entities() for t in toks):
        return True
    if any(t[:1].isupper() for t in toks) and all(_key(t) in not_entities() or not t[:1].isupper() for t in toks) \
            and not ner_orgs.lower_case_body(list(toks)):
        return True         # `уральскую ТЭЦ`: a lower-case word and a generic abbreviation (not `министерстве … ЖКХ`)
    if len(toks) == 1 and kind in ("LOC", "ORG") and _people(toks[0]):
        return True
    if len(toks) == 1 and kind == "LOC" and (is_region_word(toks[0]) or _key(toks[0]) in _GENERIC_PLACES):
        return True         # `Глава Республики Кумпилов`: a generic word names no one place
    return False


_GENERIC_PLACES = _all_forms(("республика", "регион", "край", "округ", "город", "страна"))


@lru_cache(maxsize=10_000)
def _people(word: str) -> bool:
    """A plural animate noun and nothing else (`Американцы`, `Палестинцы`)."""
    if not word.isalpha() or not word.lower().endswith(("цы", "ане", "яне", "ки")) \
            or not morph.analyzer().word_is_known(word.lower()):
        return False
    ps = morph.parses(word)
    return bool(ps) and all(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.number == "plur"
                            and not ({"Geox", "Orgn"} & p.tag.grammemes) for p in ps)


@lru_cache(maxsize=50_000)
def is_title(token: str) -> bool:
    return _key(token) in _all_forms(tuple(titles()))


STREET_WORDS = ("площадь", "улица", "бульвар", "проспект", "переулок", "шоссе", "набережная", "проезд")


def is_street_word(token: str) -> bool:
    """Street words stay out after the name (`Кронштадтском бульваре`); lakes,
    mountains and islands keep theirs there (`Боденским озером`)."""
    return _key(token) in _all_forms(STREET_WORDS)


def is_place_word(token: str) -> bool:
    return _key(token) in _all_forms(tuple(words("ner-place-words.txt")))


def is_region_word(token: str) -> bool:
    return _key(token) in _all_forms(tuple(sorted(REGION_WORDS)))


def split_and_trim(tokens: List[str], mentions: List[list]) -> List[list]:
    out = []
    for i, j, kind in mentions:
        start = i
        for k in range(i, j + 1):
            if k == j or tokens[k] in SPLITTERS:
                out.extend(_trim(tokens, start, k, kind))
                start = k + 1
    return out


def _trim(tokens, i, j, kind):
    while i < j and (tokens[i] in EDGE_JUNK or is_title(tokens[i])):
        i += 1
    while i < j and (tokens[j - 1] in EDGE_JUNK or tokens[j - 1] in TRAILING_WORDS):
        j -= 1
    # a person's name starts with a capital: `Аким доложил Президенту` is no name at all
    while kind == "PER" and i < j and tokens[i][:1].islower() and tokens[i].isalpha() and len(tokens[i]) > 3:
        i += 1
    if kind == "LOC" and j - i >= 2:
        if is_street_word(tokens[j - 1]) and tokens[j - 1].islower():
            j -= 1            # Тверской площади
        elif is_place_word(tokens[i]) and tokens[i + 1][:1].isupper():
            i += 1            # Острове Уайт
    if i < j and not (kind == "PER" and j - i == 1 and is_title(tokens[i])):
        # a bare title is no mention of any type (`Президенту`, `Аким`)
        if not (j - i == 1 and is_title(tokens[i]) and tokens[i][:1].isupper()):
            return [[i, j, kind]]
    return []


def gazetteer_names(tokens: List[str], mentions: List[list]) -> List[list]:
    gaz = gazetteer()
    # where a gazetteer name may start: a capitalised word whose first letters open one
    starts = [k for k, t in enumerate(tokens) if t[:1].isupper() and t[:4].lower().replace("ё", "е") in gaz]
    if not starts:
        return mentions
    k = starts[0]
    while k < len(tokens):
        if not tokens[k][:1].isupper():
            k += 1
            continue
        cands = gaz.get(_key(tokens[k])[:4])
        hit = None
        if cands:
            for ws, kind, strong in cands:
                n = len(ws)
                if k + n <= len(tokens) and all(_stem_match(tokens[k + x], ws[x]) for x in range(n)):
                    hit = (n, kind, strong)
                    break
        if not hit:
            k += 1
            continue
        n, kind, strong = hit
        i, j = k, k + n
        ws = next(w for w, kd, st in cands if len(w) == n and all(_stem_match(tokens[k + x], w[x]) for x in range(n)))
        # `области Жетісу`; not `районе Жамбылской области`: the entry has its own generic word
        before = i > 0 and is_region_word(tokens[i - 1]) and not any(w in REGION_WORDS for w in ws)
        after = j < len(tokens) and n == 1 and is_region_word(tokens[j]) \
            and tokens[j][:1].islower()
        found = any(m[0] < j and m[1] > i for m in mentions)
        if strong or found or before:
            if kind == "LOC" and before:
                i -= 1
            elif kind == "LOC" and after:
                j += 1
            if any(m[0] <= i and m[1] >= j and m[2] == kind for m in mentions) or \
                    any(m[0] <= i and m[1] >= j and m[1] - m[0] > j - i and m[0] > 0 and tokens[m[0] - 1] in OPEN_QUOTES
                        for m in mentions) or \
                    kind == "LOC" and any(m[0] < i and m[1] >= j and m[2] == "ORG" for m in mentions):
                # a place inside a quoted name (`ТОО «Кокшетау Минералы»`) or after an organisation's
                # first word (`Совета Европы`) is part of it
                k = j
                continue
            mentions = _without(mentions, i, j) + [[i, j, kind]]
            # what was left of a mention that held the name is kept only if it still looks like a name
            mentions = [m for m in mentions if any(t[:1].isupper() and not is_title(t)
                                                   for t in tokens[m[0]:m[1]])]
        k = j
    return mentions
