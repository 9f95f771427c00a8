"""The unit written at a token: a currency, a measure, `%`, `раз`; a minor unit; a rate's denominator.

`match_unit` reads the longest lexicon sequence at a token (each element matching the token's
surface or one of its lemmas, an abbreviation's dot skipped: `млн. руб.`, `кв. м`, `т. р.`), or an
ISO 4217 code in capitals (`42 KWD`). A minor unit alone is money of its currency
(`50 копеек` = 0.5 RUB). `rate` reads what follows a unit as its denominator:
`за тонну` → `/t`, `в сутки` → `/d`, `/ч` → `/h`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

from .. import morph
from .lexicon import MINOR, lex, lexicon_lemmas, unit_keys
from .numbers import word
from .tokens import Sent


@dataclass
class Unit:
    code: str
    end: int                  # the token after the unit
    factor: float = 1.0       # `т. р.` → 1000, `копеек` → 0.01
    minor: bool = False       # a minor unit: `копеек`, `центов`


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


def match_unit(s: Sent, k: int) -> Optional[Unit]:
    """The unit written at token k, or None."""
    if k >= len(s.toks):
        return None
    L = lex()
    t = s.toks[k]
    best = None
    for key in sorted(unit_keys(t)):
        for elems, code, factor in L.seqs.get(key, ()):
            end = _match_seq(s, k, elems)
            # the longest reading wins: `кипрских фунтов` over `фунтов`
            if end is not None and (best is None or (end, len(elems)) > (best[1], best[2])):
                best = (code, end, len(elems), factor)
    if best is None:
        if t.kind == "word" and t.text in L.iso:
            return Unit(t.text, k + 1)       # `42 KWD`
        return None
    code, end, _, factor = best
    if code.startswith(MINOR):
        return Unit(L.minor_of[code][0], end, 0.01, True)
    return Unit(code, end, factor)


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


def minor_unit(s: Sent, k: int, currency: str) -> Optional[int]:
    """The token after a minor unit of `currency` written at token k (`копеек` after roubles,
    `центов` or a glued `ц` after dollars), or None."""
    if k >= len(s.toks):
        return None
    t = s.toks[k]
    if currency in lex().minor_after.get(t.low, ()):
        return after_dot(s, k + 1)
    got = match_unit(s, k)
    if got is None or not got.minor:
        return None
    for code, codes in lex().minor_of.items():
        if currency in codes and got.code == codes[0] and code[len(MINOR):] in unit_keys(t):
            return got.end
    return None


def context_code(s: Sent, code: str) -> str:
    """A bare `фунт`, `манат` takes its country from the document (`кипр…`, `туркмен…`)."""
    for stem, other in lex().context.get(code, {}).items():
        if stem in s.stems:
            return other
    return code


def rate(s: Sent, k: int) -> Optional[Tuple[str, int, bool]]:
    """The denominator written at token k, right after a unit: (its code, the token after it,
    whether it belongs to the span). `/ч`, `/т` belong to the span (`500 Гкал/ч`); `за тонну`,
    `в сутки`, `ежегодно` stay outside it, as the gold's spans do (`150 долларов`)."""
    toks, R = s.toks, lex().rates
    if k >= len(toks):
        return None
    t = toks[k]
    if t.text == "/" and k + 1 < len(toks) and t.start - toks[k - 1].stop <= 1 and toks[k + 1].start - t.stop <= 1:
        code = R["rate_time_abbreviations"].get(toks[k + 1].low)
        if code:
            return code, after_dot(s, k + 2), True
        got = match_unit(s, k + 1)
        if got and lex().kinds[got.code] == "measure" and got.factor == 1:
            return got.code, got.end, True
        return None
    if t.low == "за" and k + 1 < len(toks):
        m, per = k + 1, ""
        if toks[m].low in ("1", "один", "одну", "одна") and m + 1 < len(toks):
            m += 1                           # `за 1 кВт·ч`
        elif toks[m].text in ("10", "100", "1000") or word(toks[m].text) and word(toks[m].text).kind == "scale":
            per = "%g" % (float(toks[m].text) if toks[m].kind == "num" else word(toks[m].text).value)
            m = after_dot(s, m + 1)          # `за тысячу кубометров` → /1000m3, `за 100 км` → /100km
        got = match_unit(s, m)
        if got and lex().kinds[got.code] == "measure" and got.factor == 1:
            return per + got.code, got.end, False
        return None
    if t.low == "в" and k + 1 < len(toks) and toks[k + 1].low in R["rate_times"] and _ends_phrase(s, k + 2):
        return R["rate_times"][toks[k + 1].low], k + 2, False    # not `в день выборов`
    if t.low in R["rate_adverbs"]:
        return R["rate_adverbs"][t.low], k + 1, False
    return None


def _ends_phrase(s: Sent, k: int) -> bool:
    """Whether nothing that a time word could govern follows token k-1 (`в день выборов`,
    `в год 100-летия` go on)."""
    if k >= len(s.toks) or s.toks[k].kind == "sym":
        return True
    return s.toks[k].kind == "word" and \
        morph.parses(s.toks[k].text)[0].tag.POS in ("CONJ", "PREP", "PRCL", "VERB", "INFN", "ADVB", "GRND", "PRTS")


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
