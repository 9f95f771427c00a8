"""The figure grammar, read left to right over one sentence's tokens:

    [qualifier] [на|в|от] NUMBER [(-|до) NUMBER] [scale] [с лишним] UNIT

UNIT is a currency, a measure, `%`, `раз`, or else the counted noun.
"""
from __future__ import annotations

from typing import List, Optional

from .. import morph
from .tokens import DASHES, ELIDED, Found, match_words, Num, Sent, Tok, word_before
from .units import after_dot, context_code, figure_words, lex, match_unit, multipliers, suffix_cardinal, suffix_unit
from .reading import multiply, read_bare_scale, read_number
from .counts import count_noun, one_counts
from .filters import ends_figure, is_clock, is_vague, looks_like_year, not_a_figure, not_counted_next
from .qualifiers import finish


def parse_at(s: Sent, i: int) -> Optional[Found]:
    """The figure whose number starts at token i (or a currency sign before it), or None."""
    t = s.toks[i]
    L = lex()
    if t.kind == "sym" and t.text in L.prefix and i + 1 < len(s.toks) and s.toks[i + 1].kind == "num":
        n = read_number(s, i + 1)                       # `$5 млн`
        if n and not not_a_figure(s, n):
            f = Found(i, n.j, "money", n.value, unit=L.prefix[t.text])
            f.j = _read_range(s, n, f).j
            return finish(s, f)
    if t.kind == "word" and t.low in multipliers():   # `вдвое`
        return finish(s, Found(i, i + 1, "ratio", multipliers()[t.low], unit="times"))
    n = read_number(s, i) or read_bare_scale(s, i)
    if n is None or not_a_figure(s, n):
        return None
    return read_tail(s, n)


def read_tail(s: Sent, n: Num) -> Optional[Found]:
    """After the number: a range end, `с лишним`, the scale, the unit or counted noun."""
    toks = s.toks
    t = toks[n.i]
    if t.kind == "word" and (t.low in lex().words["pronoun_numerals"] or is_vague(s, n)):
        return None
    f = Found(n.i, n.j, "count", n.value, scale=n.scale)
    n = _read_range(s, n, f)
    k = n.j
    for words, q in lex().after:
        end = match_words(toks, k, words)
        if end:
            f.qualifier, k = q, end
            break
    if n.scaled:
        k = after_dot(s, k)                 # `тыс. тонн`, `млн. евро`, `тыс. МВт`, `210 тыс. –`
    if t.kind == "num" and t.suffix:         # `1600-километрового`, `13-ю`, `1-й`
        code = suffix_unit(t.suffix)
        if code:
            f.unit, f.kind = code, lex().kinds[code]
            return finish(s, f)
        if not suffix_cardinal(t.suffix):
            return None
    got = match_unit(s, k)
    if got:
        code, end = got
        if code == "times" and word_before(s, f.i) != "в":
            f.kind, f.unit = "count", "раз"  # a frequency: `около 10 раз`
        else:
            f.kind, f.unit = lex().kinds[code], context_code(s, code)
        f.j = end
        return finish(s, f)
    if n.value == 1 and k < len(toks) and toks[k].low == "из":
        return None                          # `1 из них`: one of them, not a count
    abbr = lex().words["count_abbreviations"].get(toks[k].low) if k < len(toks) else None
    if abbr:                                 # `5 тыс. чел.`, `200 шт.`
        f.unit, f.j = abbr, after_dot(s, k + 1)
        return finish(s, f)
    if n.first is not None and n.first.value == 1 and not n.scaled and not one_counts(s, n):
        return None
    got = count_noun(s, k, n)
    if got is False:
        return None
    if got:
        lemma, end = got
        if lemma in lex().words["not_counted"]:
            return None
        if lemma == ELIDED:
            f.j, f.bare = end, True
        else:
            f.unit, f.j = lemma, end
        return finish(s, f)
    if not_counted_next(s, k) or t.kind == "num" and t.suffix:
        return None
    if n.first is not None and (n.first.value == 1 and not n.scaled or n.first.kind in ("scale", "tens_noun")):
        return None
    if t.kind == "word" and morph.parses(t.text)[0].tag.POS != "NUMR":
        return None                          # `семью` is a family before it is seven
    if is_clock(s, n) or looks_like_year(s, n) or not ends_figure(s, k):
        return None
    f.j, f.bare = k, True
    return finish(s, f)


def _read_range(s: Sent, n: Num, f: Found) -> Num:
    """`3–5`, `1,2—2 млрд`, `от 100 до 200 млн`: the upper end, its scale shared."""
    toks, k = s.toks, n.j
    if n.scaled:
        k = after_dot(s, k)                 # `от 350 тыс. до 2 млн`
    if k + 1 >= len(toks):
        return n
    if not (toks[k].text in DASHES or toks[k].low == "до" and word_before(s, n.i) == "от"):
        return n
    if (toks[n.i].kind == "word") != (toks[k + 1].kind == "word"):
        return n
    n2 = read_number(s, k + 1)
    if n2 is None or toks[k + 1].kind == "num" and toks[k + 1].suffix and not suffix_cardinal(toks[k + 1].suffix):
        return n
    lo = n.value if n.scaled else multiply(n.value, n2.scale)
    if not lo < n2.value:
        return n
    f.value, f.value_max = lo, n2.value
    return Num(n.i, n2.j, lo, n.scaled or n2.scaled, n.words, n.first, n2.scale)


def _starts_figure(t: Tok) -> bool:
    if t.kind == "num":
        return True
    if t.kind == "sym":
        return t.text in lex().prefix
    return t.kind == "word" and t.low in figure_words()


def sentence_figures(s: Sent) -> List[Found]:
    out: List[Found] = []
    i = 0
    while i < len(s.toks):
        if not _starts_figure(s.toks[i]):
            i += 1
            continue
        f = parse_at(s, i)
        if f is not None and f.j > i:
            if out and f.i < out[-1].j:
                f.i = out[-1].j              # a qualifier never reaches into the figure before
            out.append(f)
            i = f.j
        else:
            i += 1
    return out
