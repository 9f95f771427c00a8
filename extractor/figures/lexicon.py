"""The figure lexicons, loaded once: `lexicons/units.json` (units and currencies by code, with the
word sequences that write them) and `lexicons/quantity-words.json` (qualifiers and the other word
roles around numbers).

Every inflected form of every lexicon word is generated once from pymorphy3's lexemes, so that
matching a token costs a dictionary look-up.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Tuple

from .. import lexicons, morph
from .numbers import numeral_forms
from .tokens import Tok


@dataclass
class Lex:
    seqs: Dict[str, list]                 # first element → [(elements, code, factor)], longest first
    kinds: Dict[str, str]                 # code → kind
    prefix: Dict[str, str]                # symbol before the number → code
    context: Dict[str, Dict[str, str]]    # code → {stem: other code}
    adjectives: Dict[str, str]            # adjectival measure lemma → code
    qualifiers: Dict[str, list]           # last word → [(words, qualifier)], longest first
    after: list
    words: dict
    forms: Dict[str, frozenset]           # word form → lexicon lemmas
    minor_after: Dict[str, Tuple[str, ...]]   # `ц` → the currencies it divides, after an amount only
    minor_of: Dict[str, Tuple[str, ...]]      # minor-unit code (`копейка`) → the currencies it divides
    iso: frozenset                        # ISO 4217 codes written in capitals
    prefix_signs: Dict[str, str]          # `Т` glued before a scaled number → KZT
    rates: dict                           # the rate tables of units.json
    verbs: Dict[str, list]                # qualifier verb lemma → [qualifier, after `не`] (`превысить` → gt, lte)
    inflected: frozenset                  # the lemmas whose forms are in `forms`


MINOR = "minor:"          # the code prefix of a minor unit's entry: `minor:копейка`


@lru_cache(maxsize=1)
def lex() -> Lex:
    units = lexicons.table("units.json")
    qw = lexicons.table("quantity-words.json")
    seqs: Dict[str, list] = {}
    kinds, prefix, context = {}, {}, {}

    def add(text: str, code: str, factor: float = 1.0) -> None:
        elems = tuple(text.lower().split())
        seqs.setdefault(elems[0], []).append((elems, code, factor))

    for code, entry in units["units"].items():
        kinds[code] = entry["kind"]
        for s in entry["seqs"]:
            add(s, code)
        for p in entry.get("prefix", ()):
            prefix[p] = code
        if "context" in entry:
            context[code] = entry["context"]
    minor_of = {}
    for word, codes in units["minor_units"].items():
        minor_of[MINOR + word] = tuple(codes)
        kinds[MINOR + word] = "money"
        add(word, MINOR + word)
    for code in units["iso_codes"]:
        kinds.setdefault(code, "money")
    for text, (code, factor) in units["scaled_seqs"].items():
        add(text, code, factor)
    for v in seqs.values():
        v.sort(key=lambda e: -len(e[0]))
    quals: Dict[str, list] = {}                     # by the phrase's last word
    for q, ps in qw["qualifiers"].items():
        for p in ps:
            words = tuple(p.split())
            quals.setdefault(words[-1], []).append((words, q))
    for v in quals.values():
        v.sort(key=lambda e: -len(e[0]))
    after = [(tuple(p.split()), q) for q, ps in qw["qualifiers_after"].items() for p in ps]
    words = {k: frozenset(v) for k, v in qw.items() if isinstance(v, list)}
    words["not_counted"] = words["not_counted"] | words["time_nouns"]
    words["count_abbreviations"] = qw["count_abbreviations"]
    verbs = qw["qualifier_verbs"]
    rates = {k: units[k] for k in ("rate_times", "rate_time_abbreviations", "rate_adverbs")}
    lemmas = {e for v in seqs.values() for elems, _, _ in v for e in elems} | set(verbs)
    lemmas |= {w for k in ("not_counted", "code_words", "change_words", "title_nouns", "count_heads",
                           "subject_nouns", "position_nouns", "allocation_verbs", "subject_verbs", "object_change_verbs")
               for w in words[k]}
    forms = stored_forms(lemmas, units["declined"])
    return Lex(seqs, kinds, prefix, context, units["adjectives"], quals, after, words, forms,
               {k: tuple(v) for k, v in units["minor_after"].items()}, minor_of, frozenset(units["iso_codes"]),
               units["prefix_signs"], rates, verbs, frozenset(lemmas))


def lexicon_lemmas(t: Tok) -> frozenset:
    """The lexicon lemmas a word can be a form of (`долларов` → {`доллар`}): a dictionary look-up,
    the forms having been generated once from pymorphy3's lexemes."""
    if t.kind != "word":
        return frozenset()
    return lex().forms.get(t.low, frozenset())


# the forms as generated, kept beside the lexicons (`make forms` writes it): read in a few
# milliseconds instead of generated in 55 at every start; generated again whenever the lexicon
# words or pymorphy3's dictionary are not those the file was made from
FORMS_FILE = "unit-forms.json"


def stored_forms(lemmas, declined) -> Dict[str, frozenset]:
    """`_lexicon_forms`, from FORMS_FILE when it was made from these words and this dictionary."""
    try:
        stored = lexicons.table(FORMS_FILE)
    except (OSError, ValueError):
        stored = {}
    if stored.get("key") == forms_key(lemmas, declined):
        return {k: frozenset(v) for k, v in stored["forms"].items()}
    return _lexicon_forms(lemmas, declined)


def forms_key(lemmas, declined) -> str:
    """What the forms are made from: the lexicon words and pymorphy3's dictionary revision."""
    meta = morph.analyzer().dictionary.meta
    data = [sorted(lemmas), declined, [meta.get(k) for k in ("source_revision", "corpus_revision", "compiled_at")]]
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def write_forms() -> str:
    """Generate FORMS_FILE from the lexicons (`make forms`); its path."""
    units = lexicons.table("units.json")
    lemmas = lex().inflected
    forms = _lexicon_forms(lemmas, units["declined"])
    path = lexicons.path(FORMS_FILE)
    dump = lambda v: json.dumps(v, ensure_ascii=False)     # noqa: E731
    lines = ["%s: %s" % (dump(k), dump(sorted(v))) for k, v in sorted(forms.items())]
    with open(path, "w", encoding="utf-8") as f:        # a form a line: readable diffs
        f.write('{"key": %s,\n"forms": {\n%s\n}}\n' % (dump(forms_key(lemmas, units["declined"])), ",\n".join(lines)))
    return str(path)


def _lexicon_forms(lemmas, declined) -> Dict[str, frozenset]:
    """Every inflected form of every lexicon word → the lexicon lemmas it belongs to; the nouns of
    `declined` (which pymorphy3 lacks) take the regular masculine endings, where the form is no
    other word of the dictionary."""
    out: Dict[str, set] = {}
    analyzer = morph.analyzer()
    for lemma in lemmas:
        out.setdefault(lemma, set()).add(lemma)
        if not re.fullmatch(r"[а-яё-]+", lemma):
            continue
        for p in analyzer.parse(lemma):
            if p.normal_form.replace("ё", "е") != lemma:
                continue
            for f in p.lexeme:
                out.setdefault(f.word.replace("ё", "е"), set()).add(lemma)
    for kind, endings in (("hard", _HARD), ("soft", _SOFT)):
        for lemma in declined[kind]:
            stem = lemma[:-1] if kind == "soft" else lemma
            for e in endings:
                if stem + e == lemma or not analyzer.word_is_known(stem + e):    # not `драмы`: dramas
                    out.setdefault(stem + e, set()).add(lemma)
    return {k: frozenset(v) for k, v in out.items()}


_HARD = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
_SOFT = ("ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях")


def unit_keys(t: Tok) -> set:
    """What a lexicon element may match in a token: its surface and its lemmas."""
    return {t.low} | lexicon_lemmas(t)


@lru_cache(maxsize=1)
def multipliers() -> Dict[str, float]:
    return lexicons.table("numerals.json")["multipliers"]


@lru_cache(maxsize=1)
def figure_words() -> frozenset:
    """Every word form that may start a figure: numerals, scale words, `полмиллиона`, `вдвое`."""
    return frozenset(numeral_forms()) | frozenset(multipliers())


@lru_cache(maxsize=1)
def currency_words() -> frozenset:
    """Every form of a word that may write a currency before its number (`рублей 10`, `EUR 20`)."""
    L = lex()
    firsts = {e for e, v in L.seqs.items() if (len(e) > 1 or not e.isalpha())
              and any(L.kinds[c] == "money" and not c.startswith(MINOR) and f == 1 for _, c, f in v)}
    return frozenset(f for f, ls in L.forms.items() if ls & firsts) | {e for e in firsts if not e.isalpha()} \
        | {c.lower() for c in L.iso}


@lru_cache(maxsize=1)
def glued_words():
    """What `tokens.tokenize` splits off digits: (letters after them, {letters before them: whether
    a scale word must follow}). After: scale abbreviations (`100к`, `5млн`) and unit abbreviations of
    two letters or more (`10руб`, `5кг`), `ц`; before: currency codes (`USD3.14`, `Rs20`) and the
    prefix signs (`Т178 млрд`); under "": the units written with their power (`м3`, `км2`)."""
    L = lex()
    after = set(glued_scales()) | {"тыс", "млн", "млрд", "трлн", "us"} | set(L.minor_after)
    after |= {elems[0] for v in L.seqs.values() for elems, _, _ in v
              if len(elems) == 1 and elems[0].isalpha() and len(elems[0]) > 1}
    after |= {c.lower() for c in L.iso}
    before = {c.lower(): False for c in L.iso} | {"rs": False, "rm": False}
    before.update({sign: True for sign in L.prefix_signs})
    before[""] = frozenset(elems[0] for v in L.seqs.values() for elems, _, _ in v
                           if len(elems) == 1 and re.fullmatch(r"[^\W\d_]+\d", elems[0]))     # `м3`, `км2`
    return frozenset(after), before


@lru_cache(maxsize=1)
def glued_scales() -> Dict[str, float]:
    """`к`, `кк` glued to digits: thousands and millions (`$10К`, `100к`, `10кк$`)."""
    return lexicons.table("numerals.json")["glued_scales"]
