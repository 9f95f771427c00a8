"""Before a figure: its qualifier (`около`, `более`, `не менее`, `до`), the prepositions a
span keeps (the `на` of a change, the `в` of a ratio, the `от` of a range) and its sign."""
from __future__ import annotations

from typing import Optional, Tuple

from .tokens import Found, Sent, word_before
from .lexicon import lex, lexicon_lemmas
from .reading import read_number


def finish(s: Sent, f: Found) -> Found:
    """Before the number: the qualifier, and the prepositions a span keeps:
    the `на` of a change, the `в` of a ratio, the `от` of a range; and the subject."""
    i = start = f.i
    prep = word_before(s, i)
    if prep == "в" and f.kind == "ratio" or prep == "от" and f.value_max is not None \
            or prep == "на" and _change_on(s, f):
        i -= 1
    q, qi = _qualifier_before(s, i)
    if q == "until":
        if not _change_before(s, qi):
            f.qualifier, i = "lte", qi
    elif q:
        f.qualifier, i = f.qualifier or q, qi
    f.i = i
    if f.qualifier is None and i == start:
        f.qualifier = _verb_qualifier(s, i)
    _sign(s, f)
    return f


def _sign(s: Sent, f: Found) -> None:
    """`минус 123`, `минус 5 градусов`, `+30 °C`, `-0,5%`, `–1,2%`, `-1,2 млн тенге`: the sign, a word or
    glued to the number after a space (not the dash of a range: `5-10`), is the figure's; a count
    or a ratio has none."""
    toks, i = s.toks, f.i
    if i == 0 or f.kind in ("count", "ratio"):
        return
    t = toks[i - 1]
    glued = t.text in ("+", "-", "−", "–", "‒") and t.stop == toks[i].start and (
        i < 2 or toks[i - 2].stop < t.start or toks[i - 2].text in ("(", "«", '"'))    # `(+12,5%)`
    if not (t.low in ("минус", "плюс") or glued):
        return
    f.i = i - 1
    if t.low not in ("+", "плюс"):
        f.value = -f.value
        if f.value_max is not None:
            f.value, f.value_max = -f.value_max, f.value


def _verb_qualifier(s: Sent, i: int) -> Optional[str]:
    """`превысил 4 трлн рублей` → gt, `не превышает 5%` → lte, `не достигает 10 тонн` → lt: a verb
    right before the figure (`уже`, `отметку в` between allowed) bounds it; it stays out of the span."""
    toks, L = s.toks, lex()
    k = i - 1
    while k >= 0 and toks[k].low in L.words["qualifier_verb_skip"]:
        k -= 1
    if k < 0 or toks[k].kind != "word":
        return None
    got = next((L.verbs[lemma] for lemma in lexicon_lemmas(toks[k]) if lemma in L.verbs), None)
    if got is None:
        return None
    return got[1] if k > 0 and toks[k - 1].low == "не" else got[0]


def _qualifier_before(s: Sent, i: int) -> Tuple[Optional[str], int]:
    """The qualifier phrase ending right before token i, commas skipped: (qualifier, its first token).
    `до` comes back as `until`: it is `lte` only when it does not end a change."""
    toks = s.toks
    if word_before(s, i) == "до":
        return ("lte", i - 2) if word_before(s, i - 1) == "вплоть" else ("until", i - 1)
    k = i - 1
    while k >= 0 and toks[k].text == ",":
        k -= 1
    if k < 0 or toks[k].low not in lex().qualifiers and toks[k].low not in ("на", "в"):
        return None, i
    idx = []
    while k >= 0 and len(idx) < 4:
        if toks[k].text == ",":
            k -= 1
            continue
        if toks[k].kind != "word":
            break
        idx.append(k)
        k -= 1
    words = [toks[x].low for x in idx]       # nearest first
    # `более, чем на 3600 км`, `более чем в 2 раза`
    skip = 1 if len(words) > 1 and words[0] in ("на", "в") and words[1] == "чем" else 0
    for phrase, q in lex().qualifiers.get(words[skip] if len(words) > skip else "", ()):
        cand = words[skip:skip + len(phrase)]
        if tuple(reversed(cand)) == phrase:
            return q, idx[skip + len(phrase) - 1]
    return None, i


def _change_before(s: Sent, k: int) -> bool:
    """Whether a change precedes token k (`выросли на 16% до …`, `с 114 миллиардов до …`)."""
    toks = s.toks
    words = lex().words["change_words"]
    for m in range(max(0, k - 10), k):
        t = toks[m]
        if t.kind != "word":
            continue
        if t.low == "с" and m + 1 < k and toks[m + 1].kind in ("num", "word") and read_number(s, m + 1):
            return True
        if lexicon_lemmas(t) & words:
            return True
    return False


def _change_on(s: Sent, f: Found) -> bool:
    """Whether the `на` before a figure is the `на` of a change (`выросли на 11%`, `на 9 больше`)."""
    if f.kind in ("percent", "pp"):
        return True
    nxt = s.toks[f.j].low if f.j < len(s.toks) else ""
    if nxt in lex().words["comparatives"]:
        return True
    return f.kind != "count" and _change_before(s, f.i - 1)
