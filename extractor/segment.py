"""Segmenter: razdel sentences and tokens inside each content paragraph.

Sentences never cross a paragraph, tokens never cross a sentence; every
offset indexes the original text.
"""
from __future__ import annotations

from razdel import sentenize, tokenize

from .clean import clean
from .document import Doc, Sentence, Token


def segment(doc: Doc) -> Doc:
    text = doc.text
    for par in doc.paragraphs:
        chunk = text[par.start:par.stop]
        par.sentences = []
        for sent in sentenize(chunk):
            base = par.start + sent.start
            tokens = [Token(base + t.start, base + t.stop, t.text) for t in tokenize(sent.text)]
            if tokens:
                par.sentences.append(Sentence(base, par.start + sent.stop, tokens))
    return doc


def prepare(text: str, doc_id: str = "doc", source=None) -> Doc:
    """Clean and segment a text: the Doc that the extraction stages read (no models needed)."""
    return segment(clean(text, doc_id=doc_id, source=source))
