"""Segmenter: razdel sentences and tokens inside each content paragraph.

Sentences never cross a paragraph, tokens never cross a sentence; every
offset indexes the original text.
"""
from __future__ import annotations

from razdel import sentenize, tokenize

from .clean import clean
from .document import Doc, Sentence, Token


# A "sentence" longer than this (a table or a list run together, a line of
# garbage) is cut at a space into pieces of at most this many characters, read
# as sentences of their own: every stage's work and memory stay bounded by it.
MAX_SENTENCE = 5000


def segment(doc: Doc) -> Doc:
    text = doc.text
    for par in doc.paragraphs:
        chunk = text[par.start:par.stop]
        par.sentences = []
        for sent in sentenize(chunk):
            for a, b in pieces(sent.text, MAX_SENTENCE):
                base = par.start + sent.start + a
                tokens = [Token(base + t.start, base + t.stop, t.text) for t in tokenize(sent.text[a:b])]
                if not tokens:
                    continue
                if b - a == len(sent.text):
                    par.sentences.append(Sentence(base, base + b - a, tokens))
                else:
                    par.sentences.append(Sentence(tokens[0].start, tokens[-1].stop, tokens))
    return doc


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
