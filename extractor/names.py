"""Names in the nominative: `Бейбита Исабаева` → `Бейбит Исабаев`.

Persons: every word gets candidate readings (case, gender, nominative) from
pymorphy3's Name/Surn/Patr parses and from suffix rules for names it does not
know (-ов/-ев/-ин surnames, -ский, consonant-final male names, -а/-я female
names, indeclinable vowel-final words like `Сатыбалды`); the reading all
words agree on wins. Places and organisations: names_places.py (the head
noun goes to the nominative with its adjectives; the words after it, a quoted
name, `Жетісу`, stay as written).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from .document import NerSpan
from . import lexicons, morph
from .names_places import (_known, _phrase, _restore_case, _uncapped, aliases, elided_generic,  # noqa: F401
                           has_generic_plural)
from .ner_rules import lexicon_name

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
TITLE_HEADS = frozenset(lexicons.table("positions.json")["heads"])
TITLE_FORMS = morph.forms_of(TITLE_HEADS)
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
# a man's adjectival surname in -ой (`Игорь Ланской`, `Трубецкой`): its nominative only; its oblique forms
# are read as those of -ский, the commoner
_SURNAME += [("ской", "nomn", "m", "ской"), ("цкой", "nomn", "m", "цкой")]
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
    names = [p for p in morph.parses(word) if "Name" in p.tag] if known and last == "и" else []
    if names and all(p.tag.gender == "femn" for p in names):
        for c in CASES:
            add(c, "m", 1, word)     # Гани, Нури: a Kazakh man's name as written, not a woman's `Ганя`
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
