"""Names in the nominative: `Бейбита Исабаева` → `Бейбит Исабаев`.

Persons: every word gets candidate readings (case, gender, nominative) from
pymorphy3's Name/Surn/Patr parses and from suffix rules for names it does not
know (-ов/-ев/-ин surnames, -ский, consonant-final male names, -а/-я female
names, indeclinable vowel-final words like `Сатыбалды`); the reading all
words agree on wins. Places and organisations: the head noun goes to the
nominative with its adjectives; the words after it (`финансов`, a quoted
name, `Жетісу`) stay as written.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from .document import NerSpan
from . import lexicons, morph
from .ner_rules import lexicon_name

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
TITLE_HEADS = frozenset(lexicons.table("positions.json")["heads"])
TITLE_FORMS = morph.forms_of(TITLE_HEADS)
QUOTES = set("«»„“”\"'")
VOWELS = "аеёиоуыэюяәөұүі"

# surname / patronymic endings: (ending, case, gender, nominative ending)
_SURNAME = []
for _base in ("ов", "ев", "ёв", "ин", "ын"):
    _SURNAME += [
        (_base, "nomn", "m", _base), (_base + "а", "gent", "m", _base), (_base + "а", "accs", "m", _base),
        (_base + "у", "datv", "m", _base), (_base + "ым", "ablt", "m", _base), (_base + "е", "loct", "m", _base),
        (_base + "а", "nomn", "f", _base + "а"), (_base + "ой", "gent", "f", _base + "а"),
        (_base + "ой", "datv", "f", _base + "а"), (_base + "у", "accs", "f", _base + "а"),
        (_base + "ой", "ablt", "f", _base + "а"), (_base + "ой", "loct", "f", _base + "а"),
    ]
for _base in ("ский", "цкий"):
    _stem = _base[:-2]
    _SURNAME += [
        (_base, "nomn", "m", _base), (_stem + "ого", "gent", "m", _base), (_stem + "ого", "accs", "m", _base),
        (_stem + "ому", "datv", "m", _base), (_stem + "им", "ablt", "m", _base), (_stem + "ом", "loct", "m", _base),
        (_stem + "ая", "nomn", "f", _stem + "ая"), (_stem + "ой", "gent", "f", _stem + "ая"),
        (_stem + "ой", "datv", "f", _stem + "ая"), (_stem + "ую", "accs", "f", _stem + "ая"),
        (_stem + "ой", "ablt", "f", _stem + "ая"), (_stem + "ой", "loct", "f", _stem + "ая"),
    ]
for _base in ("ович", "евич", "ич"):
    _SURNAME += [
        (_base, "nomn", "m", _base), (_base + "а", "gent", "m", _base), (_base + "а", "accs", "m", _base),
        (_base + "у", "datv", "m", _base), (_base + "ем", "ablt", "m", _base), (_base + "е", "loct", "m", _base),
    ]
for _base in ("овна", "евна", "ична"):
    _stem = _base[:-1]
    _SURNAME += [
        (_base, "nomn", "f", _base), (_stem + "ы", "gent", "f", _base), (_stem + "е", "datv", "f", _base),
        (_stem + "у", "accs", "f", _base), (_stem + "ой", "ablt", "f", _base), (_stem + "е", "loct", "f", _base),
    ]
_SURNAME.sort(key=lambda r: -len(r[0]))
SURNAME_SHAPES = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ина", "ына", "ский", "цкий", "ская", "цкая")

# male names ending in a consonant (Бейбит, Дархан), in -й (Алтай) or -ь (Игорь)
_MALE = {
    "": [("", "nomn"), ("а", "gent"), ("а", "accs"), ("у", "datv"), ("ом", "ablt"), ("ем", "ablt"), ("е", "loct")],
    "й": [("й", "nomn"), ("я", "gent"), ("я", "accs"), ("ю", "datv"), ("ем", "ablt"), ("е", "loct")],
    "ь": [("ь", "nomn"), ("я", "gent"), ("я", "accs"), ("ю", "datv"), ("ем", "ablt"), ("е", "loct")],
}
# female (and -а male) names: Анна, Мария
_FEM_A = [("а", "nomn"), ("ы", "gent"), ("и", "gent"), ("е", "datv"), ("у", "accs"), ("ой", "ablt"), ("е", "loct")]
_FEM_YA = [("я", "nomn"), ("и", "gent"), ("и", "datv"), ("е", "datv"), ("ю", "accs"), ("ей", "ablt"), ("и", "loct"), ("е", "loct")]

# Kazakh patronymic surnames (`Нурланулы`, `Айгерим Нурланкызы`) do not decline: the first name shows the case
INDECLINABLE = ("улы", "ұлы", "уулу", "кызы", "қызы")
INITIAL = re.compile(r"^[А-ЯЁӘҒҚҢӨҰҮҺІA-Z](?:\.-?[А-ЯЁӘҒҚҢӨҰҮҺІA-Z])*\.?$")

Reading = Tuple[str, str]   # (case, gender)


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


@lru_cache(maxsize=50_000)
def person_readings(word: str) -> Dict[Reading, Tuple[int, str]]:
    """(case, gender) → (score, nominative) for one word of a person's name (lowercase)."""
    out: Dict[Reading, Tuple[int, str]] = {}

    def add(case, gender, score, nom):
        key = (case, gender)
        if key not in out or out[key][0] < score:
            out[key] = (score, nom)

    if not any(c.isalpha() for c in word) or not ("а" <= word[:1] <= "я" or word[:1] in "ёәғқңөұүһі") \
            or word.endswith(INDECLINABLE) or INITIAL.match(word.upper()):
        for c in CASES:
            for g in "mf":
                add(c, g, 1, word)
        return out
    known = _known(word)
    for p in (morph.parses(word) if known else ()):
        tag = p.tag
        if not known or not ({"Name", "Surn", "Patr"} & tag.grammemes) or tag.case not in CASES:
            continue
        gender = "f" if tag.gender == "femn" else "m"
        if tag.number == "plur":
            continue
        if gender == "m" or "Name" in tag:
            nom = p.normal_form     # a man's name, or a first name: its own lemma
        else:
            f = p.inflect({"nomn", "sing"})
            nom = f.word if f is not None else None
        if nom is not None:
            add(tag.case, gender, 3 + (p.score > 0.3), nom)
            if tag.case == "gent" and tag.gender == "masc" and tag.animacy != "inan":
                add("accs", gender, 3, nom)
    oblique = False     # a surname's oblique form (Исабаевой) is no nominative
    for end, case, gender, nom_end in _SURNAME:
        if word.endswith(end) and len(word) > len(end) + 1:
            # `Шумковым` is Шумков's, not the rare `Шумковой` pymorphy also lists
            strong = case == "ablt" and gender == "m" and end.endswith("ым") and nom_end in ("ов", "ев", "ёв", "ин", "ын")
            add(case, gender, 5 if strong else 2, word[: len(word) - len(end)] + nom_end)
            oblique = oblique or case != "nomn"
    last = word[-1]
    if last not in VOWELS and not (oblique and ("nomn", "m") not in out):
        # `Дарханом`, `Ерланом` read first as a man's instrumental, not as a name in -ом
        add("nomn", "m", 0 if word.endswith(("ом", "ем", "ём")) and len(word) > 5 else 1, word)
    for key in (("й", "ь", "") if not oblique else ()):
        for end, case in _MALE[key]:
            if end and word.endswith(end) and len(word) > len(end) + 2:
                stem = word[: len(word) - len(end)]
                if key == "" and stem[-1] not in VOWELS and stem[-1] not in "йь":
                    add(case, "m", 1, stem)
                elif key and (stem[-1] in VOWELS) == (key == "й"):
                    add(case, "m", 1, stem + key)
    for table, nom_end in ((_FEM_A, "а"), (_FEM_YA, "я")):
        for end, case in table:
            if nom_end == "а" and word[-len(end) - 1:-len(end)] in VOWELS:
                continue        # `Жансае` is Жансая's dative, not `Жансаа`'s
            if word.endswith(end) and len(word) > len(end) + 2:
                add(case, "f", 1, word[: len(word) - len(end)] + nom_end)
                if not oblique:
                    add(case, "m", 0, word[: len(word) - len(end)] + nom_end)   # a man's surname: Шапшой
    if last in "аяь":
        add("nomn", "m", 0, word)    # Никита, Илья
    if last not in VOWELS and not oblique:
        for c in CASES:
            add(c, "f", 0, word)     # Айгерим, Жанар: women's names in a consonant do not decline
    if last in "иыоэ" and not known or word.endswith(("ко", "их", "ых")):
        for c in CASES:
            for g in "mf":
                add(c, g, 1, word)   # Сатыбалды, Шевченко, Черных
    return out


def _known_female_name(word: str) -> bool:
    return _known(word) and any("Name" in p.tag and p.tag.gender == "femn" for p in morph.parses(word))


@lru_cache(maxsize=50_000)
def _context_cases(word: str) -> frozenset:
    """The cases a name standing right after this title word agrees with (`акима Нурлана
    Ногаева` is genitive or accusative, `председатель … Дарига Назарбаева` nominative)."""
    if word.replace("ё", "е") not in TITLE_FORMS:
        return frozenset()
    # `акима` is also a woman's name: only the title's own parses count
    ps = [p for p in morph.cyr_parses(word) if p.tag.POS == "NOUN" and p.tag.number == "sing"
          and p.normal_form in TITLE_HEADS]
    return frozenset(p.tag.case for p in ps if p.tag.case in CASES)


# initials written against the surname: `А.Дрозденко`, `В.В.Путин`
GLUED_INITIALS = re.compile(r"\b((?:[А-ЯЁA-Z]\.){1,2})(?=[А-ЯЁA-Z][а-яёa-z])")


@lru_cache(maxsize=50_000)
def _person(text: str, context: frozenset = frozenset()) -> str:
    words = GLUED_INITIALS.sub(r"\1 ", text).split()
    if not words:
        return text
    # in a hyphenated word only the last part declines (Касым-Жомарту)
    lows = [w.lower() for w in words]
    lasts = [w.rsplit("-", 1)[-1] for w in lows]
    readings = [person_readings(w) for w in lasts]
    given = [w for w in lasts if not w.endswith(SURNAME_SHAPES) and not w.endswith(("вич", "вна", "чна"))
             and not w.endswith(INDECLINABLE) and not INITIAL.match(w.upper())]
    # a man's reading first unless the first name is a known woman's (`Бейбита Исабаева` is a man's
    # genitive, not a woman's nominative), or the title before the name shows a case only a
    # woman's reading has (`председатель агентства Дарига Назарбаева`)
    if given and not any(_known_female_name(w) for w in given):
        best = _agree(readings, False, context)
        fem = _agree(readings, True, context) if context else None
        if fem and fem[0] in context and (best is None or best[0] not in context):
            best = fem
        best = best or _agree(readings, True, context)
    else:
        best = _agree(readings, True, context)
    if best is None:
        return text
    out = []
    for word, low, last, r in zip(words, lows, lasts, readings):
        nom = r[best][1]
        prefix = low[: len(low) - len(last)]
        if "ё" not in low:
            nom = nom.replace("ё", "е")   # the text's spelling: `Лихачевым` → Лихачев, not Лихачёв
        out.append(_restore_case(prefix + nom, word))
    return " ".join(out)


def _agree(readings, female_ok: bool, context: frozenset = frozenset()):
    """The (case, gender) every word has a reading for, best scored; a case the title before
    the name allows weighs more (`Нурлана` is a man's genitive or a woman's nominative)."""
    best, best_score = None, -1
    for ci, case in enumerate(CASES):
        for gender in ("m", "f"):
            if gender == "f" and not female_ok:
                continue
            if not all((case, gender) in r for r in readings):
                continue
            score = sum(r[(case, gender)][0] for r in readings) * 10 - ci + (25 if case in context else 0)
            if score > best_score:
                best, best_score = (case, gender), score
    return best


@lru_cache(maxsize=100_000)
def _known(word: str) -> bool:
    return morph.analyzer().word_is_known(word.lower())


@lru_cache(maxsize=100_000)
def _noun_parses(word: str):
    if not _known(word):
        return []
    return [p for p in morph.parses(word) if p.tag.POS == "NOUN"]


@lru_cache(maxsize=50_000)
def _phrase(text: str) -> str:
    """A place or organisation: its head noun and the adjectives before it in the nominative."""
    words = text.split()
    if not words or not any("а" <= c <= "я" or c == "ё" for c in text):
        return text    # Latin, or an abbreviation (США, МКС)
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
        if len(words) == 1:
            return _single(words[0])
        return text
    # the case the adjectives and the head agree on
    hparses = _noun_parses(words[head])
    choice = None
    for hp in hparses:
        if hp.tag.case is None:
            continue
        ok = True
        for w in words[:head]:
            if not any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case == hp.tag.case
                       and p.tag.number == hp.tag.number for p in morph.parses(w)):
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
    """One word with no known noun reading: a known place or name, else as written."""
    if "-" in word or not word.isalpha() or not _known(word):
        return word
    for p in morph.parses(word):
        if {"Geox", "Orgn"} & p.tag.grammemes and _known(word):
            f = p.inflect({"nomn"})
            if f is not None:
                return _restore_case(f.word, word)
    return word


_CAMEL = re.compile(r"[а-яёa-z][А-ЯЁA-Z]")
_SK_ADJECTIVE = re.compile(r"[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")
_PUNCTUATION = re.compile(r"[^\w\s-]")


def title_before(text: str, start: int) -> str:
    """The head word of the position phrase right before an offset (`акима` in `акима
    Мангистауской области |Нурлана Ногаева`, `заместителем` in `с заместителем акима области
    |Иваном Петровым`), within five words and no punctuation; or "". The phrase runs back from
    the name over title words and their complements, up to a word that is neither (a verb)."""
    words = _PUNCTUATION.split(text[max(0, start - 100):start])[-1].split()[-8:]
    head = ""
    for w in reversed(words):
        if w.lower().replace("ё", "е") in TITLE_FORMS:
            head = w
        elif not _complement_word(w):
            break
    return head


@lru_cache(maxsize=20_000)
def _complement_word(word: str) -> bool:
    """A word that can stand inside a position phrase: a genitive, an adjective, a name."""
    if not morph.CYRILLIC_WORD.fullmatch(word):
        return True
    if word.lower() in ("по", "при", "и"):
        return True     # `председатель Агентства по делам государственной службы`
    ps = morph.parses(word)
    if len(word) < 3 or ps and ps[0].tag.POS in ("PREP", "CONJ", "PRCL", "VERB", "INFN"):
        return False    # `встреча Президента с |акимом`
    return word[:1].isupper() or morph.tag_has(word, "gent") or morph.tag_has(word, "ADJF") \
        or morph.tag_has(word, "NOUN", "datv")


def normalize(span: NerSpan, before: str = "") -> str:
    """The span's name in the nominative; `before` is the title word of the position phrase
    right before it (`title_before`), whose case the name agrees with."""
    if span.name:
        return span.name        # the NER stage knows it (`Абайской` of `Абайской и … областях`)
    if span.type == "PER":
        return _person(_uncapped(span.text), _context_cases(before.lower()) if before else frozenset())
    alias = aliases().get(span.text.replace("ё", "е"))
    if alias:
        return alias
    known = lexicon_name(span.text.split())
    if known:
        return known
    return _phrase(_uncapped(span.text))


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
    capitals through and through, of five letters or more; abbreviations (`ВКО`, `ООН`) stay."""
    words = text.split()
    caps = [w.isupper() and sum(c.isalpha() for c in w) >= 5 for w in words]
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
