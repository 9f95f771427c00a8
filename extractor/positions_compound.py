"""Titles longer than one office word: acting offices and dash compounds.

- An acting office: `временно исполняющий обязанности губернатора Курской
  области`, `врио губернатора`, `и.о. акима` (lexicons/positions.json,
  `acting_*`). The words before the office word say the case of the whole
  title; in the nominative they go into the nominative and the office word
  stays in the genitive as written (`исполняющим обязанности акима` →
  `исполняющий обязанности акима`). An indeclinable abbreviation (`врио`)
  takes its case from the word before it (`с врио` → instrumental).
- A dash compound: two titles of one person joined by a dash (`первый
  заместитель Премьер-министра – министр финансов`, `аким – глава
  администрации`, `глава Республики Коми – председатель правительства
  Республики Коми`) are one title when their cases agree.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from . import lexicons, morph

_LEX = lexicons.table("positions.json")
PARTICIPLE = _LEX["acting_participle"]
OBJECTS = frozenset(_LEX["acting_objects"])
ADVERBS = frozenset(_LEX["acting_adverbs"])
ABBREVIATIONS = _LEX["acting_abbreviations"]
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
DASHES = ("–", "—", "-")
# an abbreviation right before the office word, dotted forms with or without spaces (`И. о.`)
_ABBR = re.compile(r"(?i)(?:^|(?<=[\s(«\"]))(%s)\s*$" % "|".join(
    r"\.\s?".join(re.escape(p) for p in a.split(".") if p) + (r"\." if a.endswith(".") else "")
    for a in sorted(ABBREVIATIONS, key=len, reverse=True)))
# the case a word before an indeclinable title gives it
_PREP_CASES = {"с": "ablt", "со": "ablt", "перед": "ablt", "к": "datv", "ко": "datv", "у": "gent",
               "от": "gent", "для": "gent", "о": "loct", "об": "loct", "при": "loct"}


def _participle_cases(word: str) -> Tuple[frozenset, Optional[str]]:
    """(singular cases, gender) of `исполняющий` in this form; empty when the word is another."""
    ps = [p for p in morph.cyr_parses(word) if p.normal_form == PARTICIPLE and p.tag.POS == "PRTF"
          and "sing" in p.tag]
    cases = frozenset(c for p in ps for c in CASES if c in p.tag)
    gender = "femn" if ps and all("femn" in p.tag for p in ps) else "masc"
    return cases, gender


def _context_cases(toks, k: int) -> frozenset:
    """The case of an indeclinable title at toks[k], from the word before it: a preposition's
    case, the object of a verb (`принял врио губернатора`), else the subject."""
    if k == 0:
        return frozenset(["nomn"])
    w = toks[k - 1].text.lower()
    if w in _PREP_CASES:
        return frozenset([_PREP_CASES[w]])
    ps = morph.cyr_parses(w)
    if ps and ps[0].tag.POS in ("VERB", "INFN", "PRTF", "GRND"):
        return frozenset(["accs", "gent"])
    return frozenset(["nomn"])


def acting(text: str, toks, first: int) -> Optional[Tuple[int, List[str], frozenset]]:
    """The acting-office words before toks[first]: (index of their first token, their words
    in the nominative, the case of the title), or None."""
    if first >= 2 and toks[first - 1].text.lower() in OBJECTS:
        cases, gender = _participle_cases(toks[first - 2].text)
        if cases:
            k = first - 2
            nom = morph.cyr_inflect(toks[k].text, {"nomn", "sing", gender}, lambda p: p.tag.POS == "PRTF")
            words = [_keep_capital(toks[k].text, nom or toks[k].text), toks[first - 1].text]
            if k > 0 and toks[k - 1].text.lower() in ADVERBS:
                k -= 1
                words.insert(0, toks[k].text)
            return k, words, cases
        return None
    m = _ABBR.search(text[max(0, toks[first].start - 12):toks[first].start])
    if m is None:
        return None
    at = toks[first].start - (len(text[max(0, toks[first].start - 12):toks[first].start]) - m.start(1))
    k = next((n for n in range(first - 1, -1, -1) if toks[n].start == at), None)
    if k is None:
        return None
    return k, [text[toks[k].start:toks[first - 1].stop]], _context_cases(toks, k)


def _keep_capital(written: str, form: str) -> str:
    return written[:1] + form[1:] if written[:1].isupper() else form


def merge_compounds(text: str, titles: list, make) -> list:
    """Titles of one sentence with each dash compound made one title (`make` builds a Title from
    (start, stop, text, nominative, head, cases, named, entity_id))."""
    out = []
    for t in titles:
        prev = out[-1] if out else None
        if prev is not None and text[prev.stop:t.start].strip() in DASHES and "\n" not in text[prev.stop:t.start] \
                and not prev.named and not prev.plural and not t.plural and prev.cases & t.cases \
                and not (prev.group and prev.rank <= 1) and not (t.group and t.rank <= 1):
            # the second title keeps the text's capital (`председателем правительства` → `председатель …`)
            second = (t.nominative[:1].lower() if text[t.start].islower() else t.nominative[:1]) + t.nominative[1:]
            nom = prev.nominative + text[prev.stop:t.start].replace("\n", " ") + second
            out[-1] = make(prev.start, t.stop, text[prev.start:t.stop], " ".join(nom.split()), prev.head,
                           prev.cases & t.cases, t.named, t.entity_id)
            continue
        out.append(t)
    return out
