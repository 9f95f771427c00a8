"""How amounts of money are written beyond `NUMBER [scale] CURRENCY`.

- the currency before the number: a sign (`$5 млн`, `€ 300 тыс.`, `Т178 млрд`), a word or code
  (`рублей 10`, `Евро 20`, `USD3.14`, `GBP 3.01`) when the number has no unit of its own;
- the minor unit after it: `124 451 рубль 50 копеек`, `6 руб. 35 коп.`, `$20 и 43ц`,
  `1 доллар и сорок два цента` (hundredths of the currency);
- a decimal comma before a space (`1 599 059, 38 Евро`, `12, 7%`) and thousands separators in a
  sum without a scale (`20,000 руб`, `$10,000`: a currency's fraction has two digits);
- the number restated in words in brackets (`881 913 (Восемьсот … тринадцать) руб.`).
"""
from __future__ import annotations

import re
from typing import Optional

from .lexicon import currency_words, lex
from .numbers import parse_digits, read_words, word
from .tokens import Found, Num, Sent
from .units import match_unit, minor_unit
from .reading import read_number


def currency_before(s: Sent, i: int) -> Optional[tuple]:
    """A currency written at token i before a number: (code, the number's first token, whether
    the number needs a scale word), or None."""
    toks, L = s.toks, lex()
    t = toks[i]
    if t.kind == "sym" and t.text in L.prefix and i + 1 < len(toks) and toks[i + 1].kind == "num":
        return L.prefix[t.text], i + 1, False                          # `$5 млн`, `€ 300 тыс.`
    if t.kind != "word":
        return None
    if t.text in L.prefix_signs and i + 1 < len(toks) and toks[i + 1].start == t.stop:
        return L.prefix_signs[t.text], i + 1, True                    # `Т178 млрд` (split off by tokenize)
    if t.low not in currency_words():
        return None
    got = match_unit(s, i)
    if got is None or got.factor != 1 or L.kinds.get(got.code) != "money" or got.end >= len(toks) \
            or toks[got.end].kind != "num":
        return None
    return got.code, got.end, False                             # `рублей 10`, `EUR 20`, `Rs. 20`


def restated(s: Sent, n: Num, k: int) -> int:
    """`881 913 (Восемьсот восемьдесят одна тысяча девятьсот тринадцать) руб.`: a bracket right after
    a number in digits that writes the same number restates it; the unit follows the bracket."""
    toks = s.toks
    if k + 2 >= len(toks) or toks[k].text != "(" or toks[n.i].kind != "num":
        return k
    t = toks[k + 1]
    if t.kind == "word" and word(t.text):
        got = read_words(s.text[t.start:min(s.stop, t.start + 400)])
        if got is None:
            return k
        value, end = got.value, t.start + got.chars
    elif t.kind == "num":
        value, end = parse_digits(t.text), t.stop
    else:
        return k
    m = k + 1
    while m < len(toks) and toks[m].stop <= end:
        m += 1
    if m < len(toks) and toks[m].text == ")" and value is not None and abs(value - n.value) < 1e-9:
        return m + 1
    return k


def decimal_after_space(s: Sent, n: Num, f: Found, k: int) -> int:
    """`1 599 059, 38 Евро`, `12, 7%`: digits after a comma and a space, right before a currency
    (two of them) or a percent sign (one or two), are the number's decimal part."""
    toks = s.toks
    t = toks[n.i]
    if n.j != n.i + 1 or t.kind != "num" or t.suffix or re.search(r"[.,]", t.text) or f.value_max is not None:
        return k
    if not (k + 2 < len(toks) and toks[k].text == "," and toks[k].start == t.stop):
        return k
    frac = toks[k + 1]
    if frac.kind != "num" or frac.suffix or not frac.text.isdigit() or frac.start - toks[k].stop != 1:
        return k
    got = match_unit(s, k + 2)
    kind = lex().kinds.get(got.code) if got else None
    if kind == "money" and len(frac.text) == 2 and not got.minor or kind == "percent" and len(frac.text) <= 2:
        f.value = n.value + int(frac.text) / 10 ** len(frac.text)
        return k + 2
    return k


_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")


def thousands(s: Sent, n: Num, f: Found) -> None:
    """`20,000 руб`, `20.000 руб.`, `$10,000`: a sum without a scale whose separator has three digits
    after it is written with a thousands separator (a currency's fraction has two)."""
    t = s.toks[n.i]
    if not n.scaled and f.value_max is None and t.kind == "num" and _THOUSANDS_RE.fullmatch(t.text):
        f.value = float(re.sub(r"[.,]", "", t.text))


def minor_after(s: Sent, f: Found) -> None:
    """`124 451 рубль 50 копеек`, `$20 и 43ц`, `20 долларов 43`: hundredths after an amount add to it,
    written with the currency's minor unit, or as a bare number of two digits ending the clause."""
    toks = s.toks
    k = f.j
    if k < len(toks) and toks[k].low == "и":
        k += 1
    if k >= len(toks) or f.value_max is not None or f.scale != 1 or f.value != int(f.value):
        return
    t = toks[k]
    if t.kind == "num":
        if t.suffix or not t.text.isdigit() or len(t.text) > 2:
            return
        value, j = float(t.text), k + 1
    elif t.kind == "word" and word(t.text):
        n = read_number(s, k)
        if n is None or n.scaled or n.value >= 100 or n.value != int(n.value):
            return
        value, j = n.value, n.j
    else:
        return
    end = minor_unit(s, j, f.unit)
    if end is None:
        if t.kind != "num" or not _clause_ends(s, j):
            return                           # `20 долларов 43.`: the cents, unnamed
        end = j
    f.value += value / 100
    f.j = end


def _clause_ends(s: Sent, j: int) -> bool:
    return j >= len(s.toks) or s.toks[j].text in (".", ",", ";", "!", "?", ")")
