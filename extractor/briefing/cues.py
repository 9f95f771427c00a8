"""Meeting detection: the word of a sentence that makes it part of a briefing.

A cue gives the officials of its sentence their roles (briefing.roles):

- `report`: `доложил Президенту`, `Президенту доложено`, `проинформировал Главу государства`
- `receive`: `принял акима`, `заслушал отчёт министра`, `заслушаны доклады акимов`
- `present`: `Президенту представлен отчёт`; active, `представил Главе государства проект`
- `tell`: `рассказал Президенту` (counts only with a head of state or government as recipient)
- `meet`: `провёл встречу с губернатором`, `встретился с акимом`, `в ходе встречи с Президентом`
  (a briefing only with a report word or figures in the article, or as a `рабочая встреча`)
- `speak`: `выступил министр`, at a meeting a head of state or government chairs (`chairs`)

The words are lemmas in lexicons/briefing.json; a word outside their forms is
never parsed.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Tuple

from .. import lexicons, morph
from ..document import Sentence

_LEX = lexicons.table("briefing.json")
_parses, _lem = morph.cyr_parses, morph.cyr_lemmas

REPORT = frozenset(_LEX["report_verbs"])
RECEIVE = frozenset(_LEX["receive_verbs"])
PRESENT = frozenset(_LEX["present_verbs"])
NOUNS = frozenset(_LEX["report_nouns"])
ACC_RECIPIENT = frozenset(_LEX["accusative_recipient_verbs"])
TELL = frozenset(_LEX["tell_verbs"])
NOT_RECEIVE = frozenset(_LEX["not_receive_objects"])
STRONG_NOUNS = frozenset(_LEX["report_nouns_strong"])
MEET = frozenset(_LEX["meet_words"])
SPEAK = frozenset(_LEX["speak_verbs"])
HOLD = frozenset(_LEX["hold_verbs"])
HOLD_OBJECTS = frozenset(_LEX["hold_objects"])
WORKING = frozenset(_LEX["report_meeting_words"])
REPORT_OR_STRONG = REPORT | STRONG_NOUNS
# the forms of every lemma above: a word outside them is no cue (no parse needed)
FORMS = morph.forms_of(REPORT | RECEIVE | PRESENT | NOUNS | TELL | STRONG_NOUNS | MEET | SPEAK)
HOLD_FORMS = morph.forms_of(HOLD | HOLD_OBJECTS)
WITH = ("с", "со")


@dataclass
class Cue:
    kind: str               # report, receive, present, tell, meet, speak
    at: int                 # offset of the cue word
    passive: bool = False
    acc: bool = False       # the recipient in the accusative (`проинформировал Премьер-министра`)
    noun: bool = False      # a report noun in the sentence (`отчёт`, `доклад`, `информация`)
    working: bool = False   # `рабочая встреча`: the format of an official's report


@lru_cache(maxsize=100_000)
def _verbal(w: str) -> Tuple[frozenset, bool, bool, bool]:
    """(lemmas of the word's verbal parses, a short participle?, a singular or infinitive
    receive verb?, a plural receive verb?)"""
    verbal = [p for p in _parses(w) if p.tag.POS in ("VERB", "PRTS", "PRTF", "INFN", "GRND")]
    rec = [p for p in verbal if p.normal_form in RECEIVE]
    return (frozenset(p.normal_form for p in verbal), any(p.tag.POS == "PRTS" for p in verbal),
            any(p.tag.number == "sing" or p.tag.POS == "INFN" for p in rec),
            any(p.tag.number == "plur" for p in rec))


def _key(w: str) -> str:
    return w.lower().replace("ё", "е")


def sentence_cue(sent: Sentence) -> Optional[Cue]:
    """The first cue of the sentence, or None."""
    cue, noun = None, False
    toks = sent.tokens
    for k, tok in enumerate(toks):
        w = tok.text.lower()
        if w not in FORMS and w.replace("ё", "е") not in FORMS:
            continue
        lem = _lem(w)
        if lem & NOUNS:
            noun = True
        if cue:
            continue
        if lem & MEET and any(t.text.lower() in WITH for t in toks[k + 1:k + 5]):
            cue = Cue("meet", tok.start, working=k > 0 and bool(_lem(toks[k - 1].text.lower()) & WORKING))
            continue
        vl, prts, rec_sing, rec_plur = _verbal(w)
        if not vl:
            continue
        # pymorphy lemmatises participles to the verb; `доложено` → доложить
        if vl & REPORT:
            cue = Cue("report", tok.start, passive=prts, acc=bool(vl & ACC_RECIPIENT))
        elif vl & RECEIVE:
            # one official receives another: not `приняли обращение`, not `принял участие`
            nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
            if nxt in NOT_RECEIVE:
                continue
            if prts and "заслушать" in vl:
                cue = Cue("receive", tok.start, passive=True)      # `заслушаны доклады министров`
            elif rec_sing and not rec_plur and not prts:
                cue = Cue("receive", tok.start)
        elif vl & PRESENT:
            cue = Cue("present", tok.start, passive=prts)
        elif vl & TELL:
            cue = Cue("tell", tok.start)
        elif vl & SPEAK:
            cue = Cue("speak", tok.start)
    if cue:
        cue.noun = noun
    return cue


def article_reports(doc, tell: bool = False) -> bool:
    """A report verb or `отчёт`/`доклад` anywhere in the article (not mere `информация`); with
    `tell`, also `рассказал`, `сообщил`."""
    words = REPORT_OR_STRONG | TELL if tell else REPORT_OR_STRONG
    return any(_lem(t.text.lower()) & words for t in doc.tokens if _key(t.text) in FORMS)


def chair_offsets(doc) -> List[Tuple[int, int]]:
    """Where a meeting's chair is named: right after `под председательством` or `совещании у`, or before
    `провёл заседание/совещание` (`Премьер-министр провёл заседание правительства`).
    Returns (start, stop) windows a chair's title or name must start in."""
    text = doc.text
    out = []
    low = text.lower()
    for phrase in _LEX["chair_phrases"]:
        i = low.find(phrase)
        while i >= 0:
            end = i + len(phrase)
            if end >= len(low) or not low[end].isalpha():    # `совещании у губернатора`, not `… участники`
                out.append((end, end + 3))
            i = low.find(phrase, i + 1)
    for sent in doc.sentences:
        toks = sent.tokens
        for k, tok in enumerate(toks):
            if _key(tok.text) not in HOLD_FORMS or not (_lem(tok.text.lower()) & HOLD):
                continue
            # `провёл совещание`, `провёл в режиме видеосвязи совещание`
            if any(_lem(t.text.lower()) & HOLD_OBJECTS for t in toks[k + 1:k + 6] if _key(t.text) in HOLD_FORMS):
                out.append((sent.start, tok.start))         # `Премьер-министр провёл заседание`
            elif any(_lem(t.text.lower()) & HOLD_OBJECTS for t in toks[:k] if _key(t.text) in HOLD_FORMS):
                out.append((tok.stop, tok.stop + 3))        # `заседании, которое провёл Премьер-министр`
    return out
