"""Names of places and organisations in the nominative: the head noun goes to the
nominative with its adjectives; the words after it (`финансов`, a quoted name, `Жетісу`)
stay as written. Also: a name written in capitals as a name is written, abbreviations
named in full (lexicons/ner-aliases.txt), a region's adjective whose generic word is
elided after a coordinated one (`в Абайской и Туркестанской областях`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional

from . import lexicons, morph
from .ner_kinds import name_ending, section

QUOTES = set("«»„“”\"'")


def _restore_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    caps = len(like) - len(like.lstrip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if caps >= 2 and "-" not in like:
        return word[:caps].upper() + word[caps:]     # МИДа → МИД
    parts, orig = word.split("-"), like.split("-")
    if len(parts) != len(orig):
        return word[:1].upper() + word[1:] if like[:1].isupper() else word
    return "-".join(p[:1].upper() + p[1:] if o[:1].isupper() else p for p, o in zip(parts, orig))


@lru_cache(maxsize=100_000)
def _known(word: str) -> bool:
    return morph.analyzer().word_is_known(word.lower())


@lru_cache(maxsize=100_000)
def _noun_parses(word: str):
    """A known noun's parses; also of a body's head the dictionary only guesses (`Акимате`)."""
    if not _known(word) and word.lower() not in section("of_region"):
        return []
    return [p for p in morph.parses(word) if p.tag.POS == "NOUN"]


@lru_cache(maxsize=50_000)
def _phrase(text: str) -> str:
    """A place or organisation: its head noun and the adjectives before it in the nominative."""
    words = text.split()
    if not words or not any("а" <= c <= "я" or c == "ё" for c in text):
        return text    # Latin, or an abbreviation (США, МКС)
    if len(words) == 1 and _nominative_as_written(words[0]):
        return _single(words[0])    # `Щучье`: no other word's case to put it in
    head = None
    for i, w in enumerate(words):
        if w[:1] in QUOTES:
            break
        camel = bool(_CAMEL.search(w))      # `АрселорМиттал`: a brand, as written
        if not camel and _noun_parses(w) and not _agrees_with_next(words, i):
            head = i
            break
        if camel or not _adjective_parses(w):
            # an unknown head (`Экибастузскую ГРЭС-1`): only the adjectives before it change
            return " ".join([_adjective_nominative(x) for x in words[:i]] + words[i:]) if i else (
                _single(words[0]) if len(words) == 1 else text)
    if head is None:
        if len(words) == 1 and _SK_ADJECTIVE.search(words[0].lower()):
            return _adjective_nominative(words[0])      # `в Алакольском и …` → Алакольский
        if len(words) == 1 and words[0].isalpha() and _adjective_parses(words[0]):
            return _town_adjective(words[0])            # `в Свободном` → Свободный
        if len(words) == 1:
            return _single(words[0])
        return text
    # the case (and gender) the adjectives and the head agree on; a capitalised head is a place's
    # name first (`На Ангаре`: the river, not `ангар`)
    hparses = _noun_parses(words[head])
    if words[head][:1].isupper():
        hparses = sorted(hparses, key=lambda p: "Geox" not in p.tag)
    choice = None
    for hp in hparses:
        if hp.tag.case is None:
            continue
        ok = True
        for w in words[:head]:
            if not any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == hp.tag.case
                       and p.tag.number == hp.tag.number
                       and (hp.tag.number != "sing" or not p.tag.gender or p.tag.gender == hp.tag.gender)
                       for p in morph.parses(w)):
                ok = False
                break
        if ok:
            choice = hp
            break
    if choice is None and head and words[head].lower() in _GENERIC_PLURALS \
            and any(p.tag.number == "sing" for p in _adjective_parses(words[0])):
        # `Сибирском федеральных округах` (after `Уральском и`): one of the places, in the singular
        return " ".join([_singular_phrase(words[:head + 1])] + words[head + 1:])
    if choice is None:
        choice = hparses[0]
    number = choice.tag.number or "sing"
    if "Pltm" in choice.tag:
        number = "plur"
    if number == "sing" and "Pltm" not in choice.tag:
        nom_word, gender = choice.normal_form, choice.tag.gender
    else:
        nom = choice.inflect({"nomn", number}) or choice.inflect({"nomn"})
        if nom is None:
            return text
        nom_word, gender = nom.word, nom.tag.gender
    out = []
    for w in words[:head]:
        form = None
        for p in morph.parses(w):
            if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == choice.tag.case and p.tag.number == choice.tag.number:
                want = {"nomn", number}
                if number == "sing" and gender:
                    want.add(gender)
                f = p.inflect(want)
                form = f.word if f is not None and f.word[:4] == w.lower()[:4] else _closest_form(p, want, w.lower())
                if form:
                    break
        out.append(_restore_case(form, w) if form else w)
    out.append(_restore_case(nom_word, words[head]))
    out.extend(words[head + 1:])
    return " ".join(out)


GENERIC_PLACE_NOUNS = ("область", "район", "округ", "край", "республика")
# the plural forms that are no singular one (`областях`, `районов`; not `области`)
_GENERIC_PLURALS = frozenset(f for f in morph.forms_of(frozenset(GENERIC_PLACE_NOUNS))
                             if all(p.tag.number == "plur" for p in morph.parses(f) if p.normal_form in GENERIC_PLACE_NOUNS))


def has_generic_plural(tokens: List[str]) -> bool:
    """Whether a sentence holds a generic place word in the plural (`областях`): only then may a
    place's adjective have its generic word elided."""
    return not _GENERIC_PLURALS.isdisjoint(map(str.lower, tokens))


def elided_generic(tokens: List[str], i: int, j: int) -> Optional[str]:
    """The name of a place named by its adjective alone, whose generic word comes after a
    coordinated one in the plural (`в Абайской и Туркестанской областях`, `в Западно-Казахстанской
    — на 4,8% и Актюбинской — на 4,1% областях`, `Уральском и Сибирском федеральных округах`):
    `Абайская область`, `Уральский федеральный округ`. None when no such word follows."""
    if j - i != 1 or not tokens[i][:1].isupper() or not any(p.tag.number == "sing" for p in _adjective_parses(tokens[i])):
        return None
    for k in range(j, min(len(tokens), j + 20)):
        t = tokens[k]
        if t in (".", ";", ":", "(", ")", "?", "!") or _verb(t):
            return None
        if t.lower() in _GENERIC_PLURALS:
            a = k
            while a > j and tokens[a - 1].islower() and _adjective_parses(tokens[a - 1]):
                a -= 1
            return _singular_phrase(tokens[i:j] + tokens[a:k + 1])
    return None


@lru_cache(maxsize=20_000)
def _verb(word: str) -> bool:
    ps = morph.cyr_parses(word)
    return bool(ps) and ps[0].tag.POS in ("VERB", "INFN")


def _singular_phrase(words: List[str]) -> str:
    """Adjectives and a plural noun as one place's name: all in the nominative singular."""
    noun = next((p for p in _noun_parses(words[-1]) if p.normal_form in GENERIC_PLACE_NOUNS), None)
    if noun is None:
        return " ".join(words)
    head = noun.normal_form
    gender = next((p.tag.gender for p in morph.parses(head) if p.normal_form == head and p.tag.POS == "NOUN"), "masc")
    out = []
    for w in words[:-1]:
        form = morph.cyr_inflect(w, {"nomn", "sing", gender}, lambda p: p.tag.POS in ("ADJF", "PRTF"))
        out.append(_restore_case(form, w) if form else w)
    return " ".join(out + [head])


def _agrees_with_next(words, i: int) -> bool:
    """`Тверской области`: a word that is also a surname is an adjective when the noun after it
    agrees with it."""
    if i + 1 >= len(words) or not _adjective_parses(words[i]):
        return False
    k = i + 1       # over the adjectives between (`Приволжском федеральных округах`)
    while k + 1 < len(words) and _adjective_parses(words[k]) and not _noun_parses(words[k]):
        k += 1
    nxt = _noun_parses(words[k])
    # a plural generic word after coordinated names agrees with each one in the singular
    any_number = words[k].lower() in _GENERIC_PLURALS
    return any(a.tag.case == n.tag.case and (a.tag.number == n.tag.number or any_number)
               for a in _adjective_parses(words[i]) for n in nxt)


@lru_cache(maxsize=50_000)
def _adjective_parses(word: str):
    return [p for p in morph.cyr_parses(word) if p.tag.POS in ("ADJF", "PRTF")]


def _nominative_as_written(word: str) -> bool:
    """A word one of whose readings is the nominative singular (`Щучье`, `Алматы`)."""
    return word[:1].isupper() and any(p.tag.case == "nomn" and p.tag.number != "plur" for p in morph.cyr_parses(word))


def _town_adjective(word: str) -> str:
    """A town named by an adjective alone, in the masculine nominative of `город` (`Янтарном` → `Янтарный`)."""
    for p in _adjective_parses(word):
        if p.tag.gender in ("masc", None) and p.tag.number == "sing":
            f = p.inflect({"nomn", "sing", "masc"})
            if f is not None:
                return _restore_case(f.word, word)
    return word


def _adjective_nominative(word: str) -> str:
    """An adjective in the nominative, its own gender and number kept (`Экибастузскую` → `Экибастузская`)."""
    for p in _adjective_parses(word):
        want = {"nomn", p.tag.number or "sing"}
        if p.tag.number != "plur" and p.tag.gender:
            want.add(p.tag.gender)
        f = p.inflect(want)
        if f is not None:
            return _restore_case(f.word, word)
    return word


def _closest_form(parse, want: set, like: str) -> Optional[str]:
    """The lexeme's form with these grammemes closest to the written word
    (`Высшего` → `высший`, not the other superlative `высочайший`)."""
    best, best_len = None, -1
    for f in parse.lexeme:
        if not want <= f.tag.grammemes:
            continue
        n = 0
        while n < min(len(f.word), len(like)) and f.word[n] == like[n]:
            n += 1
        if n > best_len:
            best, best_len = f.word, n
    return best


def _single(word: str) -> str:
    """One word with no known noun reading: a known place or name, a body's name by its
    ending in the nominative (`Саратовстата` → `Саратовстат`), else as written."""
    m = name_ending().fullmatch(word)
    if m:
        return m.group(1)
    if "-" in word or not word.isalpha() or not _known(word):
        return word
    named = [p for p in morph.parses(word) if {"Geox", "Orgn"} & p.tag.grammemes]
    if any(p.tag.case == "nomn" for p in named):
        return word                                 # `Щучье` is a place's name as it stands
    for p in named:
        if _known(word):
            f = p.inflect({"nomn"})
            if f is not None:
                return _restore_case(f.word, word)
    return word


_CAMEL = re.compile(r"[а-яёa-z][А-ЯЁA-Z]")
_SK_ADJECTIVE = re.compile(r"[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")


@lru_cache(maxsize=None)
def aliases() -> Dict[str, str]:
    """Abbreviations that name a place or a body by another name (`ВКО` → `Восточно-Казахстанская
    область`, `РФ` → `Россия`): lexicons/ner-aliases.txt."""
    out = {}
    for line in lexicons.words("ner-aliases.txt"):
        short, full = line.split("\t")
        out[short] = full
    return out


def _uncapped(text: str) -> str:
    """A name written in capitals (`МАХАЧКАЛА`, `ИНТЕРФАКС`, `KAZAKHSTAN TODAY`) as a name is written:
    a Cyrillic word the dictionary knows (not as an abbreviation), or any word of a mention in
    capitals through and through, of five letters or more, or a shorter place (`ОМСК`); abbreviations
    (`ВКО`, `ООН`) stay."""
    words = text.split()
    caps = [w.isupper() and (sum(c.isalpha() for c in w) >= 5 or len(w) >= 3 and morph.place_name(w)) for w in words]
    if not any(caps):
        return text
    all_caps = all(w.isupper() or not any(c.isalpha() for c in w) for w in words) and len(words) > 1
    out = []
    for w, c in zip(words, caps):
        if c and (all_caps or _plain_word(w)):
            w = "-".join(p[:1] + p[1:].lower() for p in w.split("-"))
        out.append(w)
    return " ".join(out)


@lru_cache(maxsize=10_000)
def _plain_word(word: str) -> bool:
    low = word.lower()
    return bool(morph.CYRILLIC_WORD.fullmatch(word)) and _known(low) \
        and not any("Abbr" in p.tag for p in morph.parses(low))
