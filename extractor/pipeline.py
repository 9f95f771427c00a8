"""The pipeline: clean → segment → NER → names → quantities → dates → briefing → Record.

`Pipeline()` loads the models once (slovnet NER with navec embeddings,
pymorphy3); `extract` runs one text, `pipe` streams many, in order.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator, List, Optional, Union

from . import names
from .attribution import find_attribution
from .briefing import build_briefing
from .dates import extract_dates
from .entities import group
from .ner import Tagger
from .positions import find_positions
from .quantities import extract_quantities
from .schema import Record
from .segment import prepare


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


class Pipeline:
    def __init__(self, tagger: Optional[Tagger] = None):
        self.tagger = tagger or Tagger()

    def extract(self, text: str, doc_id: str = "doc", source: Optional[str] = None,
                date=None, title: Optional[str] = None) -> Record:
        """One text → one Record. `date` is the publication date relative dates resolve against."""
        if not isinstance(text, str):
            raise TypeError("text must be str, not %s" % type(text).__name__)
        doc = prepare(text, doc_id=doc_id, source=source)
        doc.reference = parse_date(date)

        spans = self.tagger(doc)
        for span in spans:
            span.name = names.normalize(span)
        entities = group(spans)
        find_positions(doc, entities)

        dates, reference = extract_dates(doc)
        quantities = [q for q in extract_quantities(doc) if not _overlaps_any(q, dates)]
        for i, q in enumerate(quantities, 1):
            q.id = "q%d" % i
        for i, d in enumerate(dates, 1):
            d.id = "d%d" % i

        if title is None and doc.title is not None:
            title = text[doc.title.start:doc.title.stop]
        briefing = build_briefing(doc, entities, quantities, dates)
        return Record(
            doc_id=doc_id, source=source, title=title, reference_date=reference,
            attribution=find_attribution(doc, entities),
            entities=entities, quantities=quantities, dates=dates,
            briefing=briefing, warnings=list(doc.warnings),
        )

    def pipe(self, texts: Iterable[Union[str, dict]]) -> Iterator[Record]:
        """Records for a stream of texts, in order. An item is a text or a dict
        with `text` and optional `id`, `date`, `title`, `source`."""
        for n, item in enumerate(texts, 1):
            if isinstance(item, str):
                yield self.extract(item, doc_id=str(n))
            else:
                yield self.extract(item["text"], doc_id=str(item.get("id") or n),
                                   source=item.get("source"), date=item.get("date"),
                                   title=item.get("title"))


def _overlaps_any(item, others: List) -> bool:
    """A date mention is never also a quantity: quantities overlapping a date go."""
    return any(item.start < o.stop and o.start < item.stop for o in others)


_DEFAULT: Optional[Pipeline] = None


def extract(text: str, doc_id: str = "doc", **kwargs) -> Record:
    """`extractor.extract(text)`: one text with a shared, lazily loaded Pipeline."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.extract(text, doc_id=doc_id, **kwargs)
