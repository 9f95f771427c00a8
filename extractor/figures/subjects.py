"""What a figure measures, as a nominative noun phrase: one rule, for the quantity's `subject` and
the briefing's indicator names.

In the sentence (`subject`): the subject of `составил`/`достиг`/`выросли` before the figure, the
object of an infinitive change (`продукт удалось увеличить в 1,6 раза`), a `мощностью`-like noun
right before it, `штраф в размере …` (the quantity's `subject`; for a count only the subject of
its verb). Then
(`indicator_name`, the briefing's indicator names): a count is named by its counted
noun with its adjectives and genitive complements (`86 объектов социальной инфраструктуры` →
`объекты социальной инфраструктуры`); a figure with no subject by the genitive group after it
(`188,2 млрд тенге инвестиций` → `инвестиции`). Never a verb or a number word: when the sentence
gives no noun phrase, the name is None.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional

from .. import lexicons, morph
from ..schema import Quantity
from .numbers import word
from .tokens import Found, Sent
from .lexicon import lex, lexicon_lemmas
from .counts import is_proper, lemma_of
from .phrases import after_preposition, is_dependent, is_object, measuring_verb, nominative_noun, noun_phrase, skip_back


def subject(s: Sent, f: Found, prev: Optional[Found] = None) -> Optional[str]:
    """What the sentence says a figure measures: the subject of `составил`/`достиг` before it, a
    `мощностью`-like noun or a nominative noun right before it (`рост на 1,5%`), the noun group
    before its bracket (`по объёму частных инвестиций (22,4%)`), `штраф в размере`, the sum of the
    count before it (`42 проекта на 1,1 трлн тенге`); for a count, only the subject of its verb
    (the counted noun names it otherwise)."""
    if f.kind == "count":                    # `численность населения составила 20 млн человек`
        k = skip_back(s, f.i - 1)
        verbs = lex().words["subject_verbs"] | lex().words["change_words"]
        return _subject_of_verb(s, f.i) if k >= 0 and lexicon_lemmas(s.toks[k]) & verbs else None
    return _subject_of_verb(s, f.i) or _genitive_of_passive(s, f.i) or _object_of_change(s, f.i) \
        or _measure_noun(s, f.i) or _sum_of(s, f, prev) \
        or _amount_of(s, f.i) or _noun_before(s, f.i) or _bracketed(s, f.i) or _purpose(s, f)


def _noun_before(s: Sent, i: int) -> Optional[str]:
    """`(рост на 1,5 %)`, `Бюджет — …` aside: a nominative noun right before the figure names it."""
    m = i - 1
    if m < 0 or s.toks[m].kind != "word":
        return None
    p = nominative_noun(s.toks[m])
    if p is None or lemma_of(p) in lex().words["not_counted"] or after_preposition(s, m) or is_dependent(s, m, p) \
            or is_object(s, m):
        return None
    return noun_phrase(s, m, p)


def _bracketed(s: Sent, i: int) -> Optional[str]:
    """`по объёму частных инвестиций (22,4%)`: a figure in brackets measures the noun group before them."""
    toks = s.toks
    if i < 2 or toks[i - 1].text != "(":
        return None
    words = []
    for m in range(i - 2, max(-1, i - 7), -1):
        t = toks[m]
        if t.kind != "word":
            break
        tag = morph.parses(t.text)[0].tag
        if tag.POS not in ("NOUN", "ADJF", "PRTF") or "Apro" in tag:
            break                            # not `часть которых (92 %)`
        words.insert(0, t)
    head = next((n for n, t in enumerate(words) if morph.parses(t.text)[0].tag.POS == "NOUN"), None)
    if head is None or is_proper(words[head].text):
        return None
    return " ".join([morph.nominative_group([t.text for t in words[:head]], words[head].text)]
                    + [t.low for t in words[head + 1:]]).replace("ё", "е")


def _purpose(s: Sent, f: Found) -> Optional[str]:
    """`на эти цели направлено 12 млрд рублей`, `выделено 5 млрд тенге на ремонт школ`: money
    allocated to a purpose is the funds for it, `средства на эти цели` (unless a genitive after the
    sum names it: `выделено 580 млрд тенге льготных кредитов`)."""
    toks = s.toks
    k = f.i - 1
    if f.kind != "money" or k < 0 or not lexicon_lemmas(toks[k]) & lex().words["allocation_verbs"] \
            or _gent_tail(s.text, toks[f.j - 1].stop):
        return None
    for m in range(k - 1, max(-1, k - 14), -1):            # `на эти цели направлено 12 млрд`, `на поддержку
        if toks[m].low != "на":                              # отрасли из бюджета направлено …`, `На программу …
            continue                                         # на 2025–2026 гг. региону выделено …`
        words = []
        for t in toks[m + 1:k]:
            if t.kind != "word" or word(t.text) or morph.parses(t.text)[0].tag.POS in _NOT_IN_PURPOSE:
                break
            words.append(t)
        name = _purpose_phrase(words)
        if name is not None:
            return name
    j = max(f.j, f.end)
    if j < len(toks) and toks[j].low == "на":               # `выделено 12 млрд рублей на ремонт школ`
        words = []
        for t in toks[j + 1:j + 7]:
            if t.kind != "word" or word(t.text) or morph.parses(t.text)[0].tag.POS in ("CONJ", "VERB", "INFN", "PRTS", "GRND"):
                break                        # no verb, no number word in a name
            words.append(t)
        return _purpose_phrase(words)
    return None


_NOT_IN_PURPOSE = ("PREP", "CONJ", "VERB", "INFN", "PRTS", "GRND", "ADVB")


def _purpose_phrase(words) -> Optional[str]:
    if not words or morph.parses(words[0].text)[0].tag.POS not in ("NOUN", "ADJF", "PRTF") \
            or any(lexicon_lemmas(t) & lex().words["time_nouns"] for t in words):
        return None
    while words and morph.parses(words[-1].text)[0].tag.POS != "NOUN":
        words = words[:-1]                   # `на поддержку отрасли из краевого …`: not `краевого`
    if not words:
        return None
    return ("средства на " + " ".join(t.low for t in words)).replace("ё", "е")


_SUM_PHRASES = (("на",), ("на", "сумму"), ("на", "общую", "сумму"), ("общей", "стоимостью"), ("стоимостью",))


def _sum_of(s: Sent, f: Found, prev: Optional[Found]) -> Optional[str]:
    """`42 проекта на 1,1 трлн тенге`, `128 проектов на сумму Т2,6 трлн`: a sum right after a count
    is the count's sum, `сумма проектов`; after another figure and the genitive group it measures
    (`245 км автодорог местного значения на сумму 18,6 млрд`), that group's: `сумма автодорог …`."""
    if f.kind != "money" or prev is None or prev.j > f.i:
        return None
    toks = s.toks
    between = tuple(t.low for t in toks[prev.j:f.i])
    phrase = next((p for p in _SUM_PHRASES if between[len(between) - len(p):] == p), None)
    if phrase is None:
        return None
    rest = toks[prev.j:f.i - len(phrase)]
    if rest:
        if not all(t.kind == "word" and t.text.islower() and morph.parses(t.text)[0].tag.case == "gent"
                   and morph.parses(t.text)[0].tag.POS in ("NOUN", "ADJF", "PRTF") for t in rest):
            return None
        words = [t.low for t in rest]
    elif prev.kind == "count" and prev.unit:
        words = [morph.cyr_inflect(t.text, {"gent", "plur"}, lambda p: p.tag.POS in ("NOUN", "ADJF", "PRTF")) or t.low
                 for t in toks[prev.i:prev.j] if t.kind == "word" and not word(t.text)
                 and morph.parses(t.text)[0].tag.POS in ("NOUN", "ADJF", "PRTF")]      # `42 проекта` → проектов
    else:
        return None
    return ("сумма " + " ".join(words)).replace("ё", "е") if words else None


def _amount_of(s: Sent, i: int) -> Optional[str]:
    """`штраф в размере 500 млн долларов` → `штраф`."""
    toks = s.toks
    for phrase in lex().words["amount_phrases"]:
        words = phrase.split()
        k = i - len(words)
        if k > 0 and [t.low for t in toks[k:i]] == words and toks[k - 1].kind == "word":
            ps = morph.parses(toks[k - 1].text)
            if ps[0].tag.POS == "NOUN" and not is_proper(toks[k - 1].text):
                f = ps[0].inflect({"nomn"})
                return (f.word if f else ps[0].normal_form).replace("ё", "е")
    return None


def _subject_of_verb(s: Sent, i: int) -> Optional[str]:
    toks = s.toks
    k = skip_back(s, i - 1)
    if k > 0 and toks[k].text in ("—", "–") and toks[k - 1].kind == "word":
        verb = None                          # `Длина границы — 2 356 км`: the dash stands for the verb
    elif k < 0 or toks[k].kind != "word":
        return None
    else:
        verb = measuring_verb(toks[k])
        if verb is None:
            return None
    m = k - 1
    while m >= max(0, k - 16):
        t = toks[m]
        if t.kind == "num" or _inside_date(s, m) or _time_word(t):
            m -= 1
            continue
        if t.kind != "word":
            return None
        p = nominative_noun(t, verb)
        if p is not None and not after_preposition(s, m) and not is_dependent(s, m, p):
            return noun_phrase(s, m, p)
        m -= 1
    return None


def _inside_date(s: Sent, m: int) -> bool:
    """Token m is the dash of a span or the dot of an abbreviation in a time phrase between a
    subject and its verb (`Смертность за январь–октябрь снизилась`, `Инвестиции за 9 мес. 2025 г.
    выросли`)."""
    toks = s.toks
    t = toks[m]
    if t.text in ("–", "-", "—") and 0 < m < len(toks) - 1:
        return toks[m - 1].stop == t.start and toks[m + 1].start == t.stop     # glued: `январь–октябрь`
    return t.text == "." and m > 0 and toks[m - 1].kind == "word" and _time_word(toks[m - 1])


def _time_word(t) -> bool:
    return bool(lexicon_lemmas(t) & lex().words["time_nouns"])     # `2025 г.`, `9 мес.`, `октябрь`


def _genitive_of_passive(s: Sent, i: int) -> Optional[str]:
    """`Рапса намолочено почти 190 тыс. тонн` → `рапс`: a genitive noun that opens the clause right
    before an impersonal passive (`намолочено`, `заготовлено`) is what was counted."""
    toks = s.toks
    k = skip_back(s, i - 1)
    if k < 1 or toks[k].kind != "word" or toks[k - 1].kind != "word":
        return None
    verb = measuring_verb(toks[k])
    if verb is None or verb.tag.POS != "PRTS" or verb.tag.gender != "neut":
        return None
    if k > 1 and toks[k - 2].kind == "word" and toks[k - 2].low not in ("и", "а", "но"):
        return None                          # `В рамках программы введено …`: no clause of its own
    ps = morph.parses(toks[k - 1].text)
    p = ps[0]
    if p.tag.POS != "NOUN" or p.tag.case != "gent" or is_proper(toks[k - 1].text) \
            or lemma_of(p) in lex().words["time_nouns"]:
        return None
    return p.normal_form.replace("ё", "е")


def _object_of_change(s: Sent, i: int) -> Optional[str]:
    """`сократить дефицит воды на 40%` → `дефицит воды`: the object of a change verb right before the figure."""
    toks = s.toks
    k = skip_back(s, i - 1)
    verbs = lex().words["object_change_verbs"]
    for v in range(k - 1, max(-1, k - 5), -1):
        if toks[v].kind != "word":
            return None
        if not lexicon_lemmas(toks[v]) & verbs:
            continue
        words = [t.text for t in toks[v + 1:k + 1]]
        if not words or any(t.kind != "word" or _function_word(t.low) for t in toks[v + 1:k + 1]):
            return None
        head = next((n for n, w in enumerate(words) if any(
            p.tag.POS == "NOUN" and p.tag.case == "accs" for p in morph.cyr_parses(w))), None)
        if head is None or any(not any(p.tag.POS in ("ADJF", "PRTF") for p in morph.cyr_parses(w)) for w in words[:head]) \
                or any(not any(p.tag.case == "gent" for p in morph.cyr_parses(w)) for w in words[head + 1:]):
            return None
        return " ".join([morph.nominative_group(words[:head], words[head], "accs")] + words[head + 1:]).replace("ё", "е")
    return None


def _measure_noun(s: Sent, i: int) -> Optional[str]:
    """`электростанция мощностью 1 ГВт` → `мощность`; `с общим объемом инвестиций свыше 30 млрд` →
    `объем инвестиций` (an instrumental with a genitive group between)."""
    toks = s.toks
    nouns = lex().words["subject_nouns"]
    for m in range(i - 1, max(-1, i - 5), -1):
        got = lexicon_lemmas(toks[m]) & nouns
        if not got:
            continue
        tail = toks[m + 1:i]
        if tail and (morph.parses(toks[m].text)[0].tag.case != "ablt" or not all(
                t.kind == "word" and morph.parses(t.text)[0].tag.case == "gent"
                and morph.parses(t.text)[0].tag.POS in ("NOUN", "ADJF", "PRTF") for t in tail)):
            return None
        return " ".join([min(got)] + [t.low for t in tail]).replace("ё", "е")
    return None


# ---------------------------------------------------------------- the name, from the text

_WORD_RE = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі-]+|\S")
_FUNCTION_POS = {"CONJ", "NPRO", "PRCL", "PREP", "ADVB", "PRED", "INTJ", "COMP"}


def indicator_name(text: str, q: Quantity) -> Optional[str]:
    """The name of what quantity `q` of `text` measures (its sentence subject in `q.subject`, if any):
    a full subject; for a count, the counted noun group; a subject however thin (`мощность`); the
    genitive group after the figure; else None."""
    subj = q.subject
    thin = subj is None or subj.lower() in lex().words["thin_subjects"] or \
        (q.kind == "count" and len(subj.split()) == 1)     # `объект` for `86 объектов …`
    if not thin:
        return subj
    if q.kind == "count":
        name = _counted(text, q, subj)
        if name:
            return name
    if subj:
        return subj
    tail = _gent_tail(text, q.stop)
    if not tail:
        return None
    action = _action_noun(text, q.start)
    if action:                               # `введено 414 тыс. кв. м жилья` → `ввод жилья`
        return " ".join([action] + tail).replace("ё", "е")
    h = next((i for i, w in enumerate(tail) if morph.cyr_parses(w)[0].tag.POS == "NOUN"), len(tail) - 1)
    return " ".join([morph.nominative_group(tail[:h], tail[h])] + tail[h + 1:]).replace("ё", "е")


_LAST_WORD = re.compile(r"([А-Яа-яЁё-]+)\s*$")


def _action_noun(text: str, start: int) -> Optional[str]:
    """The noun of the action a passive participle right before `start` names (`введено` → `ввод`)."""
    m = _LAST_WORD.search(text, max(0, start - 40), start)
    if m is None:
        return None
    nouns = lexicons.table("quantity-words.json")["action_nouns"]
    for p in morph.cyr_parses(m.group(1)):
        if p.tag.POS == "PRTS" and p.normal_form in nouns:
            return nouns[p.normal_form]
    return None


def _counted(text: str, q: Quantity, subj: Optional[str] = None) -> Optional[str]:
    """`655 медицинских объектов` → `медицинские объекты`, with the genitive tail after the span; a
    count whose noun is elided (`из них 800`) by its subject if it has one (`овец и коз — 780 тыс.`),
    else by its unit, in the plural."""
    words = counted_words(q.text)
    if not words and subj:
        return subj
    if not words:
        words = q.unit.split()
    return " ".join([_plural(w) for w in words] + _gent_tail(text, q.stop)).replace("ё", "е")


def counted_words(span: str) -> List[str]:
    """The words of a count's span that name what it counts (`655 медицинских объектов`), none when
    its noun is elided (`свыше 700`, `780 тыс.`)."""
    return [w for w in _WORD_RE.findall(span) if morph.CYRILLIC_WORD.fullmatch(w) and not morph.cyr_has(w, "NUMR")
            and not word(w) and not _function_word(w) and not w.lower().startswith(("тыс", "млн", "млрд", "трлн"))]


@lru_cache(maxsize=20_000)
def _plural(w: str) -> str:
    """A noun or adjective in the nominative plural (`медицинских` → `медицинские`)."""
    return morph.cyr_inflect(w, {"nomn", "plur"}, lambda p: p.tag.POS in ("NOUN", "ADJF", "PRTF")) or w.lower()


def _function_word(w: str) -> bool:
    """`что`, `это`, `на`, `более`: words that name nothing."""
    ps = morph.cyr_parses(w.lower())
    return bool(ps) and all(p.tag.POS in _FUNCTION_POS for p in ps[:2])


def _gent_tail(text: str, stop: int) -> List[str]:
    """The genitive words right after an offset (`социальной инфраструктуры`), ending on a noun;
    no preposition, conjunction, pronoun or number word among them, nor a word read first as a verb."""
    tail = []
    for m in _WORD_RE.finditer(text, stop, min(len(text), stop + 80)):
        w = m.group()
        if len(tail) == 4 or not morph.CYRILLIC_WORD.fullmatch(w) or word(w) or not morph.cyr_has(w, "gent") \
                or any(morph.cyr_has(w, pos) for pos in ("PREP", "CONJ", "NPRO")) \
                or morph.cyr_parses(w)[0].tag.POS == "VERB":
            break                   # `прибыли` is a noun first; `стали`, `поступили` are verbs
        tail.append(w)
    while tail and not morph.cyr_has(tail[-1], "NOUN"):
        tail.pop()                  # `64 проекта общей стоимостью`: no adjective without its noun
    return tail
