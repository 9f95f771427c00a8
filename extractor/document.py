"""The document every stage reads and adds to.

Offsets are character offsets into `Doc.text`, the original input text.
The cleaner marks which lines are content; the segmenter splits only the
content into sentences and tokens, so no stage ever sees page furniture,
and no sentence or token ever crosses a paragraph (line) break.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import datetime as dt
from datetime import date
from typing import List, Optional


@dataclass
class Span:
    start: int
    stop: int


@dataclass(slots=True)
class Token:
    start: int
    stop: int
    text: str

    def __reduce__(self):       # pickled as its three fields: the batch's read-ahead sends
        return Token, (self.start, self.stop, self.text)    # segmented documents to the workers


@dataclass
class Sentence:
    start: int
    stop: int
    tokens: List[Token]


@dataclass
class Paragraph:
    start: int
    stop: int
    sentences: List[Sentence] = field(default_factory=list)


@dataclass
class NerSpan:
    """A named-entity mention as the NER stage found it."""
    start: int
    stop: int
    type: str          # PER, LOC, ORG
    text: str
    name: str = ""     # normalised (nominative) form of this mention


@dataclass
class Doc:
    text: str
    doc_id: str = "doc"
    source: Optional[str] = None
    title: Optional[Span] = None
    paragraphs: List[Paragraph] = field(default_factory=list)
    dropped: List[Span] = field(default_factory=list)   # lines the cleaner dropped
    reference: Optional[date] = None                   # given by the caller (publication date)
    warnings: List[str] = field(default_factory=list)

    @property
    def sentences(self):
        for par in self.paragraphs:
            yield from par.sentences

    @property
    def tokens(self):
        for sent in self.sentences:
            yield from sent.tokens

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        for sent in self.sentences:
            if sent.start <= offset < sent.stop:
                return sent
        return None


def parse_date(value) -> Optional[dt.date]:
    """A publication date given as a date, a datetime or an ISO string (`2024-08-15`, `2024-08-15T10:00:00Z`)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        raise ValueError("not an ISO date: %r" % (value,)) from None
