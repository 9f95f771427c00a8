"""The figure grammar, read left to right over one sentence's tokens:

    [qualifier] [на|в|от] [CURRENCY] NUMBER [(-|до) NUMBER] [scale] [с лишним] [(NUMBER)] UNIT [MINOR] [RATE]

NUMBER is digits or number words (reading.py); UNIT a currency, a measure, `%`, `раз` (units.py)
or else the counted noun (counts.py); the currency before the number, the restatement in
brackets and the minor unit are money.py's; the qualifier before and the sign, qualifiers.py's.
"""
from __future__ import annotations

from typing import List, Optional

from .. import morph
from .tokens import DASHES, ELIDED, Found, match_words, Num, Sent, word_before
from .lexicon import currency_words, figure_words, lex, lexicon_lemmas, multipliers
from .units import after_dot, context_code, match_unit, rate, suffix_cardinal, suffix_unit, Unit
from .reading import multiply, read_bare_scale, read_number
from .money import currency_before, decimal_after_space, minor_after, restated, thousands
from .counts import count_noun, one_counts
from .filters import ends_figure, is_clock, is_vague, looks_like_year, not_a_figure, not_counted_next
from .qualifiers import finish


def parse_at(s: Sent, i: int) -> Optional[Found]:
    """The figure whose number starts at token i (or a currency written before it), or None."""
    t = s.toks[i]
    cur = currency_before(s, i)
    if cur is not None:
        f = _prefixed(s, i, *cur)
        if f is not None or t.kind != "num":
            return f
    if t.kind == "word" and t.low in multipliers():   # `вдвое`
        return finish(s, Found(i, i + 1, "ratio", multipliers()[t.low], unit="times"))
    n = read_number(s, i) or read_bare_scale(s, i)
    if n is None or not_a_figure(s, n):
        return None
    return read_tail(s, n)


def _prefixed(s: Sent, i: int, code: str, k: int, need_scale: bool) -> Optional[Found]:
    """`$5 млн`, `€ 300 тыс.`, `Т178 млрд` (a sign); `рублей 10`, `EUR 20` (a word, when the number
    has no unit of its own)."""
    n = read_number(s, k)
    if n is None or not_a_figure(s, n) or need_scale and not n.scaled:
        return None
    f = Found(i, n.j, "money", n.value, unit=code)
    f.unit_i, f.unit_j = i, k
    if s.toks[i].kind == "sym" or need_scale:
        n = _read_range(s, n, f)
        f.j = after_dot(s, n.j) if n.scaled else n.j        # `€ 300 тыс. на …`
        thousands(s, n, f)
    else:
        k = after_dot(s, n.j) if n.scaled else n.j
        if match_unit(s, k) is not None or count_noun(s, k, n) is not None or not ends_figure(s, k) \
                or looks_like_year(s, n):
            return None                      # `долларов 10 компаний`, `Евро 2020`: not its sum
        f.j = k
    _money_tail(s, f)
    return finish(s, f)


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
    k = restated(s, n, k)
    if t.kind == "num" and t.suffix:         # `1600-километрового`, `13-ю`, `1-й`
        code = suffix_unit(t.suffix)
        if code:
            f.unit, f.kind = code, lex().kinds[code]
            return finish(s, f)
        if not suffix_cardinal(t.suffix):
            return None
    k = decimal_after_space(s, n, f, k)
    got = match_unit(s, k)
    if got:
        return _with_unit(s, n, f, k, got)
    if n.value == 1 and k < len(toks) and toks[k].low == "из":
        return None                          # `1 из них`: one of them, not a count
    abbr = lex().words["count_abbreviations"].get(toks[k].low) if k < len(toks) else None
    if abbr:                                 # `5 тыс. чел.`, `200 шт.`
        f.unit, f.j = abbr, after_dot(s, k + 1)
        return finish(s, f)
    if n.first is not None and n.first.value == 1 and not n.scaled and not one_counts(s, n):
        return None
    if k < len(toks) and lexicon_lemmas(toks[k]) & lex().words["not_counted"]:
        return None                          # `7 месяцев`, `6 мар` (a dateline), `3 части`
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
    if is_clock(s, n) or looks_like_year(s, n) or not ends_figure(s, k) or n.glued:
        return None                          # `100к` alone, `3М` (the company): no figure
    f.j, f.bare = k, True
    return finish(s, f)


def _with_unit(s: Sent, n: Num, f: Found, k: int, got: Unit) -> Found:
    """The figure with the unit read at token k: kind and code; a sum's minor unit and a rate."""
    code = got.code
    f.unit_i, f.unit_j, f.j = k, got.end, got.end
    if code == "times" and word_before(s, f.i) != "в":
        f.kind, f.unit = "count", "раз"  # a frequency: `около 10 раз`
    else:
        f.kind, f.unit = lex().kinds[code], context_code(s, code)
    if f.kind == "money" and not got.minor:
        thousands(s, n, f)
    if got.factor != 1:                      # `20 т. р.`, `50 копеек`
        f.value = multiply(f.value, got.factor)
        if f.value_max is not None:
            f.value_max = multiply(f.value_max, got.factor)
    _money_tail(s, f, minor=not got.minor)
    return finish(s, f)


def _money_tail(s: Sent, f: Found, minor: bool = True) -> None:
    """After a sum or a measure: the minor unit (`$20 и 43ц`) and a rate's denominator (`за тонну`)."""
    if minor and f.kind == "money":
        minor_after(s, f)
    if f.kind not in ("money", "measure") or "/" in f.unit:
        return
    got = rate(s, f.j)
    if got is None:                          # `2 млн тонн цемента в год`: past the thing measured
        k = f.j
        while k < min(len(s.toks), f.j + 3) and s.toks[k].kind == "word" and s.toks[k].text.islower() \
                and morph.parses(s.toks[k].text)[0].tag.case == "gent":
            k += 1
        got = rate(s, k) if k > f.j else None
        if got is not None and got[2]:
            got = None                       # a `/` after other words is no denominator of this unit
    if got is not None:
        code, end, in_span = got
        f.unit += "/" + code
        if in_span:
            f.j = f.unit_j = end
        else:
            f.end = end


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


def sentence_figures(s: Sent) -> List[Found]:
    """Every figure of the sentence, left to right, none overlapping."""
    out: List[Found] = []
    toks, L = s.toks, lex()
    words, currency = figure_words(), currency_words()
    i = 0
    while i < len(toks):
        t = toks[i]
        # a figure starts at a number, a currency sign, a number word, or a currency written
        # before its number (`рублей 10`, `Т178 млрд`, `Rs. 20`)
        if t.kind == "word":
            start = t.low in words or (t.low in currency or t.text in L.prefix_signs) and i + 1 < len(toks) and (
                toks[i + 1].kind == "num" or toks[i + 1].text == "." and i + 2 < len(toks) and toks[i + 2].kind == "num")
        else:
            start = t.kind == "num" or t.kind == "sym" and t.text in L.prefix
        if not start:
            i += 1
            continue
        f = parse_at(s, i)
        if f is not None and f.j > i:
            if out and f.i < out[-1].j:
                f.i = out[-1].j              # a qualifier never reaches into the figure before
            out.append(f)
            i = max(f.j, f.end)               # past a rate's `за тонну` too
        else:
            i += 1
    return out
