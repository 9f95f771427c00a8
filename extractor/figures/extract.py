"""The quantity stage over a document: every figure of its content sentences as a `Quantity`."""
from __future__ import annotations

from typing import List, Optional

from ..document import Doc
from ..schema import Quantity
from .numbers import word
from .tokens import Found, Sent, tokenize
from .lexicon import figure_words, glued_words, lex
from .reading import scale_of
from .filters import may_hold_figure, quoted_titles
from .grammar import sentence_figures
from .elided import resolve_elided
from .tables import Tables, fill_row
from .continued import listed, same_thing, shared_subject
from .subjects import counted_words, indicator_name, subject


def extract_quantities(doc: Doc) -> List[Quantity]:
    """Every figure in the content paragraphs, sorted by start, none crossing a sentence."""
    text = doc.text
    result: List[Quantity] = []
    prev: Optional[Quantity] = None
    lower = text.lower()
    content = "\n".join(lower[par.start:par.stop] for par in doc.paragraphs)
    stems = frozenset(st for ctx in lex().context.values() for st in ctx if st in content)
    glued, numerals = glued_words(), figure_words()
    tables = Tables(text)
    for par in doc.paragraphs:
        table = tables.enter(par)
        for sent in par.sentences:
            if not may_hold_figure(lower[sent.start:sent.stop]):
                continue
            s = Sent(text, tokenize(text, sent.start, sent.stop, glued, numerals), sent.start, sent.stop, stems)
            s.quoted = quoted_titles(s)
            found = sentence_figures(s)
            resolve_elided(s, found, prev)
            if table is not None:
                fill_row(s, found, table)
            before = None
            for f in found:
                if f.unit is None:
                    continue
                f.subject = subject(s, f, before) or listed(s, f) or shared_subject(s, before, f)
                before = f
                q = _to_quantity(s, f, len(result) + 1)
                if q.kind != "count":            # a count's name is its noun: indicator_name gives it
                    q.subject = indicator_name(text, q)
                elif q.subject is not None and len(q.subject.split()) == 1 and counted_words(q.text):
                    q.subject = None             # `Школы получили 5 …`: the noun names it better
                if q.subject is None and q.kind != "count" and result and same_thing(s, f):
                    q.subject = result[-1].subject       # `…, что на 4,2% больше`: the figure before's
                result.append(q)
                if q.kind in ("count", "money", "measure"):
                    prev = q
        tables.leave(par)
    return result


def _to_quantity(s: Sent, f: Found, n: int) -> Quantity:
    a, b = s.toks[f.i].start, s.toks[f.j - 1].stop
    return Quantity(id="q%d" % n, text=s.text[a:b], start=a, stop=b, kind=f.kind, value=f.value,
                    value_max=f.value_max, unit=f.unit, unit_text=_unit_text(s, f), qualifier=f.qualifier,
                    subject=f.subject)


def _unit_text(s: Sent, f: Found) -> Optional[str]:
    """The unit as written: its tokens (the sign before the number, the noun after it), or the span
    after the number and its scale."""
    toks = s.toks
    if f.unit_i is not None:
        a, b = f.unit_i, f.unit_j if f.unit_j is not None else f.j
        return s.text[toks[a].start:toks[b - 1].stop] if a < b else None
    last_num = max((m for m in range(f.i, f.j) if toks[m].kind == "num" or scale_of(toks[m])
                    or toks[m].kind == "word" and word(toks[m].text)), default=None)
    if last_num is None or last_num + 1 >= f.j:
        return None
    k = last_num + 1
    while k < f.j and toks[k].text == ".":
        k += 1
    return s.text[toks[k].start:toks[f.j - 1].stop] if k < f.j else None
