"""Rules on the words of a mention, after slovnet and before the gazetteer's names settle.

A sentence's first word that is no name opens no mention (`Вчера ВРП вырос`),
and a common noun alone there is no organisation (`Отчёт`, `Почта`);
a district's adjective keeps its generic word (`Кордайском районе`); an
organisation's kind word before a brand stays out (`компания Microsoft`); a
site's name is an organisation (`energyprom.kz`); an organisation takes the
country adjective before it (`японского МИДа`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List

from . import morph

REGION_WORDS = frozenset(["область", "район", "облысы", "ауданы", "округ", "край"])
_REGION_FORMS = morph.forms_of(REGION_WORDS)


def _key(word: str) -> str:
    return word.lower().replace("ё", "е")


NAME_GRAMMEMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"}


@lru_cache(maxsize=10_000)
def _capitalised_word(word: str) -> bool:
    """A word capitalised only because it opens the sentence: known to pymorphy3,
    never a name, not a noun (`Побритый`, `Всё-таки`, `Если-же`)."""
    low = word.lower()
    parts = low.split("-")
    if not all(morph.analyzer().word_is_known(p) for p in parts if p):
        return False
    for p in parts:
        for parse in morph.parses(p):
            if NAME_GRAMMEMES & parse.tag.grammemes or parse.tag.POS == "NOUN":
                return False
    return True


@lru_cache(maxsize=10_000)
def common_noun(word: str) -> bool:
    """A dictionary word that is no name in any reading (`Отчёт`, `Почта`, `Судом`): alone at
    a sentence's start, it is capitalised for the sentence, not for a name."""
    low = word.lower()
    if not morph.CYRILLIC_WORD.fullmatch(word) or word.isupper() or not morph.analyzer().word_is_known(low):
        return False
    return not any(NAME_GRAMMEMES & p.tag.grammemes for p in morph.parses(low))


@lru_cache(maxsize=10_000)
def _adjective(word: str) -> bool:
    """`Европейский`, `Северная`: a place's or a body's name may open with it."""
    return any(p.tag.POS in ("ADJF", "PRTF") for p in morph.parses(word))


def sentence_start(tokens: List[str], mentions: List[list]) -> List[list]:
    """A mention opening the sentence loses a first word that is no name (`Вчера ВРП вырос`,
    `Читайте в Facebook`, `Побритый Иван Петров`)."""
    out = []
    for m in mentions:
        initial = len(tokens[0]) == 1 and len(tokens) > 1 and tokens[1] == "."      # `А. Кульгинов`
        if m[0] == 0 and not initial and _capitalised_word(tokens[0]) and (m[2] == "PER" or not _adjective(tokens[0])):
            if m[1] - m[0] == 1:
                continue
            m = [1, m[1], m[2]]
        out.append(m)
    return out


def district_words(tokens: List[str], mentions: List[list]) -> List[list]:
    """A place named by an adjective keeps the generic word after it (`Кордайском районе`
    → `Кордайский район`), when another mention does not take that word."""
    taken = {k for m in mentions for k in range(m[0], m[1])}
    out = []
    for i, j, kind in mentions:
        if kind == "LOC" and j - i == 1 and j < len(tokens) and j not in taken and tokens[j].islower() \
                and _key(tokens[j]) in _REGION_FORMS and _SK_ADJ(tokens[i]):
            j += 1
        out.append([i, j, kind])
    return out


GENERIC_ORG_WORDS = ("агентство", "компания", "корпорация", "концерн", "холдинг", "фирма", "иа")


def _brand(word: str) -> bool:
    """A name no dictionary word spells: Latin, an inner capital (`БелТА`, `АгроФакт`), or unknown."""
    if not word[:1].isupper():
        return False
    if not morph.CYRILLIC_WORD.fullmatch(word) or any(c.isupper() for c in word[1:]):
        return True
    return not morph.analyzer().word_is_known(word.lower())


def generic_prefix(tokens: List[str], mentions: List[list]) -> List[list]:
    """`компания Microsoft`, `Агентство АгроФакт`: the organisation is the name, not its kind word."""
    kinds = morph.forms_of(frozenset(GENERIC_ORG_WORDS))
    starts = {m[0] for m in mentions if m[2] == "ORG"}
    out = []
    for i, j, kind in mentions:
        if kind == "ORG" and j - i == 2 and _key(tokens[i]) in kinds and _brand(tokens[i + 1]):
            i += 1
        if kind == "ORG" and j - i == 1 and _key(tokens[i]) in kinds and j < len(tokens) \
                and (j in starts or tokens[j] in QUOTES and j + 1 in starts):
            continue            # `ИА «Тверьинформ»`: the kind word of the name after it
        out.append([i, j, kind])
    return out


QUOTES = frozenset("«\"„“")
_ABBREVIATED_NAME = re.compile(r"[А-ЯЁ]{2,5}-[А-ЯЁ][а-яё]+")


def written_types(tokens: List[str], mentions: List[list]) -> List[list]:
    """Types the way a name is written tells: a place written in capitals (`ОМСК`, `НИЖНИЙ
    НОВГОРОД` in a dateline) is a place; initials joined to a name (`НТА-Приволжье`) are a body."""
    out = []
    for i, j, kind in mentions:
        words = tokens[i:j]
        if kind != "LOC" and all(morph.CYRILLIC_WORD.fullmatch(w) and w.isupper() and len(w) > 2 for w in words) \
                and morph.place_name(words[-1]):
            kind = "LOC"
        elif kind != "ORG" and j - i == 1 and _ABBREVIATED_NAME.fullmatch(words[0]):
            kind = "ORG"
        out.append([i, j, kind])
    return out


TLDS = frozenset(["kz", "ru", "com", "org", "net", "info", "ua", "by", "uz", "kg", "su", "tv", "media", "news"])


def domains(tokens: List[str], mentions: List[list]) -> List[list]:
    """A site's name (`energyprom.kz`, `Lenta.ru`: razdel gives three tokens) is an organisation."""
    for k in range(len(tokens) - 2):
        if tokens[k + 1] != "." or tokens[k + 2].lower() not in TLDS or not re.fullmatch(r"[A-Za-z0-9-]+", tokens[k]):
            continue
        inner = [m for m in mentions if k <= m[0] and m[1] <= k + 3]
        rest = [m for m in mentions if m not in inner]
        if any(m[0] < k + 3 and k < m[1] for m in rest):
            continue            # part of a longer name
        mentions = rest + [[k, k + 3, "ORG"]]
    # a domain zone (`в зоне .РФ`) names no country
    return [m for m in mentions if not (m[1] - m[0] == 1 and m[0] >= 2 and tokens[m[0] - 1] == "."
                                        and tokens[m[0]].isupper() and len(tokens[m[0] - 2]) >= 3
                                        and tokens[m[0] - 2].isalpha() and tokens[m[0] - 2].islower())]


TIME_WORDS = frozenset(["время", "времени", "временем"])


def no_places(tokens: List[str], mentions: List[list]) -> List[list]:
    """Words the tagger takes for places: a time zone's adjective (`по Московскому времени`), a
    common word alone opening a sentence (`Речная экосистема`, `Космонавтов встретили`)."""
    out = []
    for m in mentions:
        i, j, kind = m
        if kind == "LOC" and _adjective(tokens[i]) and (
                j - i == 2 and tokens[j - 1].lower() in TIME_WORDS or j - i == 1 and j < len(tokens)
                and tokens[j].lower() in TIME_WORDS):
            continue
        if kind == "LOC" and [i, j] == [0, 1] and len(tokens) > 1 and tokens[1][:1].islower() \
                and tokens[1].lower() not in _REGION_FORMS and _plain_word(tokens[0]):
            continue
        if kind == "LOC" and [i, j] == [0, 2] and _key(tokens[1]) in _REGION_FORMS and tokens[1].islower() \
                and common_noun(tokens[0]) and not _adjective(tokens[0]):
            continue            # `Аграрии области собрали …`: the region's people, no place's name
        out.append(m)
    return out


@lru_cache(maxsize=10_000)
def _plain_word(word: str) -> bool:
    """A dictionary word that no reading makes a name or a place's adjective."""
    low = word.lower()
    if not morph.CYRILLIC_WORD.fullmatch(word) or word.isupper() or not morph.analyzer().word_is_known(low):
        return False
    return not any(NAME_GRAMMEMES & p.tag.grammemes or p.normal_form.endswith(("ский", "цкий"))
                   for p in morph.parses(low))


def _SK_ADJ(word: str) -> bool:
    return word[:1].isupper() and word.lower().endswith(("ском", "ского", "скому", "ским", "ский", "ской", "скую", "ская",
                                                         "цком", "цкого", "цкий", "цкой"))


def _country_adjective(word: str) -> bool:
    """`японского`, `российском`: a lowercase -ский adjective (a country's or a city's)."""
    if not word.isalpha() or not word.islower() or "ск" not in word[-6:]:
        return False
    return any(p.tag.POS == "ADJF" and p.normal_form.endswith("ский") for p in morph.parses(word))


def country_adjectives(tokens: List[str], mentions: List[list]) -> List[list]:
    """An organisation takes the country adjective before it (`японского МИДа`)."""
    taken = {k for m in mentions for k in range(m[0], m[1])}
    out = []
    for i, j, kind in mentions:
        if kind == "ORG" and i > 0 and i - 1 not in taken and _country_adjective(tokens[i - 1]):
            i -= 1
        out.append([i, j, kind])
    return out


LIST_SEPARATORS = frozenset(["•", ",", ";", "·", "и"])


def list_items(tokens: List[str], mentions: List[list]) -> List[list]:
    """A list of names (`• Чили • Коста Рика • Эквадор • Египет`): when most of its items are
    mentions of one type, an item the tagger took for a person, or missed, is of that type too."""
    if len(mentions) < 2 or sum(map(LIST_SEPARATORS.__contains__, tokens)) < 3:
        return mentions
    items, start = [], 0
    for k, t in enumerate(tokens + [";"]):
        if t in LIST_SEPARATORS or t in ".:!?":
            if k > start:
                items.append((start, k))
            start = k + 1
    by_span = {(m[0], m[1]): m for m in mentions}
    runs, run = [], []
    for a, b in items:     # runs of short capitalised items, one separator apart
        ok = b - a <= 3 and all(t[:1].isupper() or t == "-" for t in tokens[a:b])
        if ok and run and a - run[-1][1] == 1:
            run.append((a, b))
        else:
            if len(run) >= 4:
                runs.append(run)
            run = [(a, b)] if ok else []
    if len(run) >= 4:
        runs.append(run)
    out = list(mentions)
    for run in runs:
        kinds = [by_span[x][2] for x in run if x in by_span]
        top = max(set(kinds), key=kinds.count) if kinds else None
        if top is None or kinds.count(top) < 0.6 * len(run):
            continue
        for a, b in run:
            m = by_span.get((a, b))
            if m is not None:
                if m[2] == "PER":       # a foreign name the tagger took for a person's (`Коста Рика`)
                    m[2] = top
            elif not any(x[0] < b and a < x[1] for x in out):
                out.append([a, b, top])
    return out


_SURNAME_END = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой)?$|(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую)$")


def persons(tokens: List[str], mentions: List[list]) -> List[list]:
    """A first name and a surname the tagger took for a place or a body (`Гата Камский`,
    `архиепископ Лонгин Клинский`, `Ахмат-Хаджи Кадырова`), or did not tag, name a person."""
    out = []
    for i, j, kind in mentions:
        if kind in ("LOC", "ORG") and j - i == 2 and _first_name(tokens[i]) and tokens[j - 1][:1].isupper() \
                and _SURNAME_END.search(tokens[j - 1].lower()) and not _place_word(tokens[j - 1]):
            kind = "PER"
        out.append([i, j, kind])
    # … and one the tagger left out (`с Премьер-министром Олжасом Бектеновым аким …`)
    caps = [k for k, (a, b) in enumerate(zip(tokens, tokens[1:])) if a[:1].isupper() and b[:1].isupper()]
    if not caps:
        return out
    # … or split in two (`Нуржан` PER + `Алтаев` LOC)
    at = {m[0]: m for m in out}
    for k in caps:
        a, b = at.get(k), at.get(k + 1)
        if a is not None and b is not None and a[1] == k + 1 and b[1] == k + 2 and a[2] == "PER" != b[2] \
                and _first_name(tokens[k]) and _SURNAME_END.search(tokens[k + 1].lower()):
            a[1], b[1] = k + 2, -1
    out = [m for m in out if m[1] != -1]
    taken = {k for i, j, _ in out for k in range(i, j)}
    for k in caps:
        if k not in taken and k + 1 not in taken and _first_name(tokens[k]) \
                and morph.CYRILLIC_WORD.fullmatch(tokens[k + 1]) \
                and _SURNAME_END.search(tokens[k + 1].lower()) and not _place_word(tokens[k + 1]):
            out.append([k, k + 2, "PER"])
            taken.update((k, k + 1))
    return sorted(out)


@lru_cache(maxsize=10_000)
def _first_name(word: str) -> bool:
    """A capitalised word whose likeliest reading is a first name (the last part of `Ахмат-Хаджи`)."""
    last = word.rsplit("-", 1)[-1]
    if not word[:1].isupper() or not morph.CYRILLIC_WORD.fullmatch(word):
        return False
    ps = morph.parses(last)
    return bool(ps) and "Name" in ps[0].tag


@lru_cache(maxsize=10_000)
def _place_word(word: str) -> bool:
    return any({"Geox", "Orgn"} & p.tag.grammemes for p in morph.cyr_parses(word))
