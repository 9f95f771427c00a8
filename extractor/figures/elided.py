"""A number written without its unit takes it from its neighbours: `50 и 30 метров`,
`26 депутатов из 30`, `количество заявок достигло 1,2 миллиона`, an earlier figure."""
from __future__ import annotations

from typing import List, Optional

from .. import morph
from ..schema import Quantity
from .tokens import Found, Num, Sent, word_before
from .lexicon import lex, lexicon_lemmas
from .reading import multiply
from .counts import count_noun, is_named, lemma_of


def resolve_elided(s: Sent, found: List[Found], prev: Optional[Quantity]) -> None:
    """A number without a unit takes it from the figure it pairs with: the next one, joined by
    `и`/`или`/`до`/`из`/`–` (`50 и 30 метров`, `шестеро из семи кандидатов`); the noun after
    `количество` (`количество заявок достигло 1,2 миллиона`); the figure before it in the
    sentence, when it follows it as a part or a list item (`26 депутатов из 30`,
    `… заявок из Великобритании, 138 085 — из Германии`) or is scaled (`4,6 млрд рублей, в том числе
    2,75 млрд — …`); else the figure of an earlier sentence,
    when its number is scaled (`побывало 714 млн`) or the sentence names its noun again."""
    toks = s.toks
    paired = [None] * len(found)
    for n in range(len(found) - 1, -1, -1):  # right to left: `5, 10 и 15 млн тенге`
        if found[n].bare:
            paired[n] = _paired(s, found, n, paired)
    backs: List[Found] = []                  # the figures of this sentence with their own unit, so far
    for n, f in enumerate(found):
        if not f.bare:
            if f.kind in ("count", "money", "measure"):
                backs.append(f)
            continue
        back = _antecedent(backs, f)
        src = paired[n]
        head = _count_head(s, f.i) if src is None else None
        if head in lex().words["not_counted"] or _after_uncounted(s, f.i):
            continue                         # `количество очков — 6,5`, `8,5 очков из 11`, `места с 19 по 29`
        if src is not None:
            f.kind, f.unit = src.kind, src.unit
            if src.scale > 1 and f.scale == 1 and toks[f.i].kind == "num":
                f.value = multiply(f.value, src.scale)   # `с 50 до 60 тыс. рублей`
        elif head:
            f.kind, f.unit = "count", head
        elif back is not None and (_list_mark(s, f.i) or _closes(s, f.j)
                                   or f.scale > 1):
            # `4,6 млрд рублей, в том числе 2,75 млрд – из федерального бюджета`: the sentence's own figure
            f.kind, f.unit = back.kind, back.unit
        elif prev is not None and toks[f.i].start - prev.stop < 400 and (
                toks[f.i].kind == "num" and (f.scale > 1 or prev.kind == "count" and _names(s, f.i, prev.unit))
                or prev.kind == "count" and _anaphor(s, f.i)):
            f.kind, f.unit = prev.kind, prev.unit
        if f.value == 0:
            f.unit = None


def _antecedent(backs: List[Found], f: Found) -> Optional[Found]:
    """The sentence's figure a bare number continues: the last one, or, when the number has a
    scale word, the last one with the same (`112 тыс. тонн овощей на 41,8 млрд тенге, в том числе
    70 тыс. — картофеля`); else the last one of about its size, within a factor of 1000 (`1,2 тыс.
    квартир на 48 млрд рублей, в том числе 300 — для очередников`)."""
    if f.scale > 1:
        same = [b for b in backs if b.scale == f.scale]
        if same:
            return same[-1]
    near = [b for b in backs if b.value and b.value / 1000 <= f.value <= b.value * 1000]
    return near[-1] if near else backs[-1] if backs else None


# what stands before a number that continues a figure of the sentence
_LIST_MARKS = {"из", "—", "–", "-", ",", "(", "и", "а", "или", "них", "их", "которых", ":",
               "числе"}                  # `в том числе 12`


def _list_mark(s: Sent, i: int) -> bool:
    """What stands before the number continues a figure of the sentence (`, 12`, `в том числе 12`,
    `в т.ч. 12`)."""
    w = word_before(s, i)
    return w in _LIST_MARKS or w == "." and i >= 2 and s.toks[i - 2].low == "ч"


def _after_uncounted(s: Sent, i: int) -> bool:
    """Whether the noun just before a bare number is one that is not counted (`очков из 11`,
    `места с 19 по 29`): the number belongs to it."""
    k = i - 1
    if k >= 0 and s.toks[k].low in ("из", "с", "от"):
        k -= 1
    return k >= 0 and bool(lexicon_lemmas(s.toks[k]) & (lex().words["not_counted"] | lex().words["position_nouns"]))


def _closes(s: Sent, j: int) -> bool:
    """Whether a bare number ends its clause or is compared (`одобрены 14.`, `на 9 больше`)."""
    if j >= len(s.toks):
        return True
    t = s.toks[j]
    return t.text in (".", ",", ";", ")", "!", "?") or t.low in lex().words["comparatives"]


def _anaphor(s: Sent, i: int) -> bool:
    """A pronoun before the number points back at the last figure (`их — 31`, `Таковых оказалось одиннадцать`)."""
    return any(t.low in _ANAPHORS for t in s.toks[max(0, i - 6):i])


_ANAPHORS = {"их", "них", "они", "таковых", "таких", "которых"}


def _paired(s: Sent, found: List[Found], n: int, paired) -> Optional[Found]:
    """The figure with a unit that found[n] pairs with: the next one, joined by a connector
    (`50 и 30 метров`), or the one that next bare figure pairs with (`5, 10 и 15 млн тенге`)."""
    f = found[n]
    nxt = found[n + 1] if n + 1 < len(found) else None
    if nxt is None or nxt.i - f.j > 2 or nxt.bare and paired[n + 1] is None:
        return None
    if all(s.toks[m].low in lex().words["connectors"] for m in range(f.j, nxt.i)):
        return paired[n + 1] if nxt.bare else nxt
    return None


def _names(s: Sent, i: int, lemma: str) -> bool:
    """Whether a noun with this lemma comes before token i in the sentence (`Среди этих заявок, 375000 …`)."""
    for t in s.toks[max(0, i - 15):i]:
        if t.kind == "word" and any(p.tag.POS == "NOUN" and lemma_of(p) == lemma for p in morph.parses(t.text)[:3]):
            return True
    return False


def _count_head(s: Sent, i: int) -> Optional[str]:
    """`количество заявок достигло 1,2 миллиона`: the counted noun named before the number."""
    toks = s.toks
    heads = lex().words["count_heads"]
    for m in range(i - 1, max(-1, i - 20), -1):
        if toks[m].kind == "word" and lexicon_lemmas(toks[m]) & heads:
            got = count_noun(s, m + 1, Num(m, m + 1, 5.0))
            return got[0] if got else None
    # a fronted genitive: `Нарушений выявлено 40`, `Жертв было пять`
    for m in range(i - 1, max(-1, i - 4), -1):
        t = toks[m]
        if t.kind != "word":
            return None
        ps = morph.parses(t.text)
        if ps[0].tag.POS in ("VERB", "PRTS", "ADVB", "PRCL"):
            continue
        p = ps[0]
        if p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" and not is_named(t.text):
            return lemma_of(p)
        return None
    return None
