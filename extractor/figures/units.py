"""Units, currencies and the word lists around numbers, read from the lexicons.

`lexicons/units.json` lists every unit by code with the word sequences that
write it (matched on a token's surface or its lemma) and the signs that may
stand before a number (`$`, `€`, `₸`); `lexicons/quantity-words.json` holds
the qualifiers and the other word roles. All word forms are generated once
from pymorphy3's lexemes, so matching costs a dictionary look-up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict, Optional, Tuple

from .. import lexicons, morph
from .numbers import word_forms
from .tokens import Sent, Tok


@dataclass
class Lex:
    seqs: Dict[str, list]                 # first element → [(elements, code)], longest first
    kinds: Dict[str, str]                 # code → kind
    prefix: Dict[str, str]                # symbol before the number → code
    context: Dict[str, Dict[str, str]]    # code → {stem: other code}
    adjectives: Dict[str, str]            # adjectival measure lemma → code
    qualifiers: Dict[str, list]           # last word → [(words, qualifier)], longest first
    after: list
    words: dict
    forms: Dict[str, frozenset]           # word form → lexicon lemmas


@lru_cache(maxsize=1)
def lex() -> Lex:
    units = lexicons.table("units.json")
    qw = lexicons.table("quantity-words.json")
    seqs: Dict[str, list] = {}
    kinds, prefix, context = {}, {}, {}
    for code, entry in units["units"].items():
        kinds[code] = entry["kind"]
        for s in entry["seqs"]:
            elems = tuple(s.lower().split())
            seqs.setdefault(elems[0], []).append((elems, code))
        for p in entry.get("prefix", ()):
            prefix[p] = code
        if "context" in entry:
            context[code] = entry["context"]
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
    lemmas = {e for v in seqs.values() for elems, _ in v for e in elems}
    lemmas |= {w for k in ("not_counted", "code_words", "change_words", "title_nouns", "count_heads",
                           "subject_nouns", "position_nouns") for w in words[k]}
    return Lex(seqs, kinds, prefix, context, units["adjectives"], quals, after, words, _lexicon_forms(lemmas))


def lexicon_lemmas(t: Tok) -> frozenset:
    """The lexicon lemmas a word can be a form of (`долларов` → {`доллар`}): a dictionary look-up,
    the forms having been generated once from pymorphy3's lexemes."""
    if t.kind != "word":
        return frozenset()
    return lex().forms.get(t.low, frozenset())


def _lexicon_forms(lemmas) -> Dict[str, frozenset]:
    """Every inflected form of every lexicon word → the lexicon lemmas it belongs to."""
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
    return {k: frozenset(v) for k, v in out.items()}


def unit_keys(t: Tok) -> set:
    """What a lexicon element may match in a token: its surface and its lemmas."""
    return {t.low} | lexicon_lemmas(t)


@lru_cache(maxsize=1)
def multipliers() -> Dict[str, float]:
    return lexicons.table("numerals.json")["multipliers"]


@lru_cache(maxsize=1)
def figure_words() -> frozenset:
    """Every word form that may start a figure: numerals, scale words, `вдвое`."""
    return frozenset(word_forms()) | frozenset(multipliers())


def after_dot(s: Sent, k: int) -> int:
    """Skip the abbreviation dot right after token k-1 (`тыс.`, `руб.`), unless it ends the
    sentence: it is the last token, or a capitalised word follows a word whose abbreviation takes
    no dot (razdel keeps `ГВт·ч. Далее` together; `долл. США` and `п.п. Далее` keep theirs)."""
    toks = s.toks
    if not (k < len(toks) - 1 and toks[k].text == "." and toks[k].start == toks[k - 1].stop):
        return k
    nxt = toks[k + 1]
    if nxt.text[:1].isupper() and nxt.start > toks[k].stop and toks[k - 1].low not in lex().words["dot_abbreviations"]:
        return k
    return k + 1


def match_unit(s: Sent, k: int) -> Optional[Tuple[str, int]]:
    """The unit written at token k: (code, token after it)."""
    if k >= len(s.toks):
        return None
    L = lex()
    best = None
    for key in sorted(unit_keys(s.toks[k])):
        for elems, code in L.seqs.get(key, ()):
            end = _match_seq(s, k, elems)
            # the longest reading wins: `кипрских фунтов` over `фунтов`
            if end is not None and (best is None or (end, len(elems)) > (best[1], best[2])):
                best = (code, end, len(elems))
    return best[:2] if best else None


def _match_seq(s: Sent, k: int, elems) -> Optional[int]:
    for n, e in enumerate(elems):
        if k >= len(s.toks):
            return None
        t = s.toks[k]
        if n and t.start - s.toks[k - 1].stop > 1:
            return None
        if e != t.low and e not in lexicon_lemmas(t):
            return None
        k = after_dot(s, k + 1) if t.kind == "word" and len(t.text) <= 5 and n < len(elems) - 1 else k + 1
    if s.toks[k - 1].kind == "word" and len(s.toks[k - 1].text) <= 4:
        k = after_dot(s, k)
    return k


def context_code(s: Sent, code: str) -> str:
    """A bare `фунт`, `манат` takes its country from the document (`кипр…`, `туркмен…`)."""
    for stem, other in lex().context.get(code, {}).items():
        if stem in s.stems:
            return other
    return code


_ORDINAL_SUFFIXES = {"й", "го", "му", "м", "ой", "ый", "ий", "я", "е", "ая", "ое", "ые", "ом", "ым", "ей", "ого", "ому", "ых"}


_CARDINAL_SUFFIXES = {"ю", "х", "и", "ти", "ми", "мя", "ью", "ух", "ех", "ем", "ухи", "ум", "ям", "ями", "ти", "ни"}


def suffix_cardinal(suf: str) -> bool:
    return suf in _CARDINAL_SUFFIXES


def suffix_unit(suf: str) -> Optional[str]:
    if len(suf) < 4:
        return None
    for p in morph.parses(suf):
        code = lex().adjectives.get(p.normal_form.replace("ё", "е"))
        if code:
            return code
    return None
