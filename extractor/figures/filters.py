"""What looks like a figure but is none: codes, phone numbers, list numbers, clock
times, years, vague amounts (`несколько сот`), dates' numbers, «quoted» titles."""
from __future__ import annotations

import bisect
import math
import re
from typing import List, Tuple

from .. import morph
from .numbers import word
from .tokens import Num, Sent, word_before
from .lexicon import currency_words, figure_words, lex, lexicon_lemmas
from .reading import after_qualifier, plural_numeral, read_number


_PHONE_RE = re.compile(r"\+\d{1,3}[ \u00a0-]?\(?\d{3,5}\)?[ \u00a0-]?\d{2,3}[ \u00a0-]?\d{2}[ \u00a0-]?\d{2}(?!\d)"
                       r"|\d[ \u00a0]?\(\d{3,5}\)[ \u00a0]?\d{2,3}-?\d{2}-?\d{2}(?!\d)")


_CLOCK_RE = re.compile(r"0\d[.,:]\d\d|(?:[01]?\d|2[0-3])[.:][0-5]\d")


_YEAR_RE = re.compile(r"1[6-9]\d\d|20\d\d")


_CODE_AFTER_RE = re.compile(r"[:.]\d|[-/]\d\d[-/]|\s?\(\d|\s?[=×]")     # 2:1, 19:30, 23-45-67, = 5


_LIST_AFTER_RE = re.compile(r"\.\s+[А-ЯЁA-Z]")                          # `1. Михаил`


_LIST_BEFORE_RE = re.compile(r"(?:^|[.;:)]|\n)\s*$")


_PHONE_CODE_RE = re.compile(r"\d{3,5}\)")


def not_a_figure(s: Sent, n: Num) -> bool:
    """Codes, list numbers, phone numbers, clock times, scores, figures in titles."""
    toks, t, text = s.toks, s.toks[n.i], s.text
    if t.kind == "num":
        prev = text[t.start - 1] if t.start > 0 else ""
        prev2 = text[t.start - 2] if t.start > 1 else ""
        if prev and prev in "-/№#:" and (prev2.isalnum() or prev in "№#:"):
            return True                      # COVID-19, Т-34, №5
        if _PHONE_RE.match(text, max(0, t.start - 1)) or _PHONE_RE.match(text, t.start):
            return True                      # +7 701 123 45 67, 8 (727) 244-55-66
        after = text[t.stop:t.stop + 4]
        if _CODE_AFTER_RE.match(after) or prev in "=×" and prev:
            return True                      # 2:1, 19:30, 23-45-67, +6 – 0 = 5
        if n.j == n.i + 1 and len(t.text) <= 2 and _LIST_AFTER_RE.match(after) \
                and _LIST_BEFORE_RE.search(text[max(0, t.start - 20):t.start]):
            return True                      # `1. Михаил`: list numbering
        if prev == "(" and _PHONE_CODE_RE.match(text, t.start):
            return True                      # phone code
    if n.i > 0 and toks[n.i - 1].kind == "word" and "a" <= toks[n.i - 1].low[0] <= "z" \
            and toks[n.i - 1].low not in lex().prefix and toks[n.i - 1].low not in currency_words():
        return True                          # Boeing 737, iPhone 15, Windows 11 (not EUR 20)
    if n.i > 0:
        p = toks[n.i - 1] if toks[n.i - 1].text != "." or n.i < 2 else toks[n.i - 2]
        if p.low in lex().words["code_words"] or lexicon_lemmas(p) & lex().words["code_words"]:
            return True                      # статья 105, ст. 105
    k = bisect.bisect_right(s.quoted, (t.start, math.inf)) - 1
    return k >= 0 and s.quoted[k][0] <= t.start < s.quoted[k][1]


def is_vague(s: Sent, n: Num) -> bool:
    """`несколько сот`, `десятки`, `сотни тысяч`: vague amounts."""
    t = s.toks[n.i]
    if n.first is not None and n.first.kind in ("tens_noun", "scale") and plural_numeral(t) \
            and not after_qualifier(s, n.i):
        return True
    return word_before(s, n.i) in lex().words["vague_before"]


def not_counted_next(s: Sent, k: int) -> bool:
    """`7 месяцев`, `20 и 21 марта`, `с 13 по 14 апреля`: the noun makes it a date's."""
    toks = s.toks
    for _ in range(8):                       # along a list: `18, 23 и 26 января`
        if k < len(toks) and toks[k].kind == "word" and lexicon_lemmas(toks[k]) & lex().words["not_counted"]:
            return True
        if not (k + 1 < len(toks) and toks[k].low in lex().words["connectors"]):
            return False
        n2 = read_number(s, k + 1)
        if n2 is None:
            return False
        k = n2.j
    return False


def is_clock(s: Sent, n: Num) -> bool:
    t = s.toks[n.i]
    return t.kind == "num" and _CLOCK_RE.fullmatch(t.text) is not None


def looks_like_year(s: Sent, n: Num) -> bool:
    t = s.toks[n.i]
    return t.kind == "num" and n.j - n.i == 1 and _YEAR_RE.fullmatch(t.text) is not None


def ends_figure(s: Sent, k: int) -> bool:
    """Whether a number can stand alone before token k (its unit elided): punctuation, the end,
    or a function word or verb, but not an unknown word or abbreviation (`12,5 ц/га`)."""
    if k >= len(s.toks) or s.toks[k].kind == "sym":
        return k >= len(s.toks) or s.toks[k].text not in ("/", "*", "·", "°", "'", "’") or _slash_list(s, k)
    t = s.toks[k]
    if t.kind != "word":
        return False
    p = morph.parses(t.text)[0]
    return p.tag.POS in ("PREP", "CONJ", "PRCL", "VERB", "INFN", "ADVB", "PRTS", "COMP", "PRED", "GRND", "NPRO") \
        and "Abbr" not in p.tag


def _slash_list(s: Sent, k: int) -> bool:
    """`97,2 / 118,6`: numbers apart by a spaced slash (a table row's columns), not a unit's `/`."""
    t = s.toks[k]
    return (t.text == "/" and k + 1 < len(s.toks) and s.toks[k + 1].kind == "num"
            and t.start > s.toks[k - 1].stop and s.toks[k + 1].start > t.stop)


def quoted_titles(s: Sent) -> List[Tuple[int, int]]:
    """«Quoted» titles and names, whose figures are not quantities: short quotes, and any quote
    right after a title word (`в статье «5 мыслей …»`). Direct speech keeps its figures."""
    out = []
    text = s.text
    starts = [t.start for t in s.toks]
    for m in re.finditer(r"«([^«»]{1,300})»|\"([^\"]{1,300})\"", text[s.start:s.stop]):
        a, b = s.start + m.start(), s.start + m.end()
        if not re.search(r"\d", m.group()) and not any(word(w) for w in re.findall(r"\w+", m.group())):
            continue                         # no figure inside: nothing to hide
        inner = m.group(1) or m.group(2) or ""
        k = bisect.bisect_left(starts, a)
        before = s.toks[max(0, k - 3):k]
        titled = any(lexicon_lemmas(t) & lex().words["title_nouns"] for t in before)
        if len(inner.split()) <= 6 or titled:
            out.append((a, b))
    return out


_FIGURE_SIGN_RE = re.compile(r"[\d$€₽₸£]")


_WORD_RE = re.compile(r"[а-яё]+")


def may_hold_figure(low: str) -> bool:
    """A cheap first look at a sentence (lowercased): digits, a currency sign or a numeral word."""
    if _FIGURE_SIGN_RE.search(low):
        return True
    return not figure_words().isdisjoint(_WORD_RE.findall(low.replace("ё", "е")))
