"""Segmenter: razdel sentences and tokens inside each content paragraph.

Sentences never cross a paragraph, tokens never cross a sentence; every
offset indexes the original text.
"""
from __future__ import annotations

from razdel import sentenize, tokenize

from . import lexicons
from .clean import clean
from .document import Doc, Sentence, Token

JOIN_AFTER = tuple(lexicons.table("segment.json")["abbreviations"])
JOIN_BEFORE_NUMBER = tuple(" " + a for a in lexicons.table("segment.json")["before_number"])


# A "sentence" longer than this (a table or a list run together, a line of
# garbage) is cut at a space into pieces of at most this many characters, read
# as sentences of their own: every stage's work and memory stay bounded by it.
MAX_SENTENCE = 5000


def segment(doc: Doc) -> Doc:
    text = doc.text
    for par in doc.paragraphs:
        chunk = text[par.start:par.stop]
        par.sentences = []
        for start, stop in sentences(chunk):
            sent = chunk[start:stop]
            for a, b in pieces(sent, MAX_SENTENCE):
                base = par.start + start + a
                tokens = [Token(base + t.start, base + t.stop, t.text) for t in tokenize(sent[a:b])]
                if tokens:
                    par.sentences.append(Sentence(tokens[0].start, tokens[-1].stop, tokens))
    return doc


def sentences(text: str):
    """(start, stop) of razdel's sentences, with the breaks after `тыс.`, `долл.` … before a
    unit joined back (`12,5 тыс. кВт·ч`, `5 млрд долл. США`)."""
    out = []
    for s in sentenize(text):
        last = text[out[-1][0]:out[-1][1]] if out else ""
        if out and (last.endswith(JOIN_AFTER) and _unit_like(s.text)
                    or (" " + last).endswith(JOIN_BEFORE_NUMBER) and s.text[:1].isdigit()):
            out[-1] = (out[-1][0], s.stop)
        else:
            out.append((s.start, s.stop))
    return out


def _unit_like(sentence: str) -> bool:
    """Starts with a lower-case word or one with capitals after its first letter (США, МВт·ч)."""
    word = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
    return bool(word) and (word[0].islower() or any(c.isupper() for c in word[1:]))


def pieces(s: str, limit: int):
    """(start, stop) of the pieces of `s`, each at most `limit` characters, cut at the last
    space before the limit (or at the limit when there is none in its second half)."""
    a, n = 0, len(s)
    while n - a > limit:
        cut = s.rfind(" ", a + limit // 2, a + limit)
        b = cut + 1 if cut > 0 else a + limit
        yield a, b
        a = b
    yield a, n


def prepare(text: str, doc_id: str = "doc", source=None) -> Doc:
    """Clean and segment a text: the Doc that the extraction stages read (no models needed)."""
    return segment(clean(text, doc_id=doc_id, source=source))
