"""The pipeline: clean → segment → NER → names → quantities → dates → facts → briefing → Record.

`Pipeline()` loads the models once (slovnet NER with navec embeddings,
pymorphy3); `extract` runs one text, `pipe` streams many, in order.
"""
from __future__ import annotations

import warnings
from typing import Iterable, Iterator, List, Optional, Sequence, Union

from . import names
from .attribution import find_attribution
from .briefing import build_briefing
from .dates import extract_dates
from .document import parse_date
from .entities import group
from .facts import add_facts, place_from_briefing
from .ner import Tagger
from .positions import find_positions
from .figures import extract_quantities
from .schema import Record
from .segment import prepare


# documents tagged together by `pipe` and the batch runner (fuller NER batches)
GROUP = 8


# the longest text `extract` takes (as the batch's --max-bytes default: 10 MB)
MAX_CHARS = 10 * 1024 * 1024
# `extract_many` extracts a text longer than this on its own, not with the others
ALONE_CHARS = 200_000


# the warning (in Record.warnings and as a Python warning) for a text with nothing to read
EMPTY = "no text (empty or whitespace only)"


class EmptyText(UserWarning):
    """A text that is empty or only whitespace: its record is empty and says so in `warnings`."""


class TextTooLong(ValueError):
    """A text over the pipeline's size limit: a clear error instead of running out of memory."""


class Pipeline:
    """The whole extraction, its models loaded once (a second or two; about 300 MB).

        pipe = Pipeline()
        record = pipe.extract(text, doc_id="a1", date="2024-08-15")
        for record in pipe.pipe([{"doc_id": "a1", "text": t1}, {"doc_id": "a2", "text": t2}]):
            print(record.model_dump_json())

    `tagger`: a NER tagger to share between pipelines; `max_chars`: the longest text taken
    (longer ones raise `TextTooLong`)."""

    def __init__(self, tagger: Optional[Tagger] = None, max_chars: int = MAX_CHARS):
        self.tagger = tagger or Tagger()
        self.max_chars = max_chars

    def extract(self, text: str, doc_id: str = "doc", source: Optional[str] = None,
                date=None, title: Optional[str] = None, url: Optional[str] = None) -> Record:
        """One text → one Record. `date` (a `datetime.date` or an ISO string) is the publication
        date relative and year-less dates resolve against; `source`, `title`, `url` go to the record."""
        doc = self._prepare(text, doc_id, source, date)
        return self._finish(doc, self.tagger(doc), title, url)

    def extract_many(self, items: Sequence[dict]) -> List[Union[Record, Exception]]:
        """Records for several texts, their sentences tagged together (faster than one by one).
        An item is a dict of `extract`'s arguments (`text`, `doc_id`, `source`, `date`, `title`, `url`);
        an item that fails gets its exception in its place and the others go on. (The batch's
        read-ahead adds `prepared`: the text's Doc from `segment.prepare`, already cleaned and segmented.)"""
        out: List[Union[Record, Exception, None]] = [None] * len(items)
        docs = []
        for n, item in enumerate(items):
            if isinstance(item.get("text"), str) and len(item["text"]) > ALONE_CHARS:
                try:                    # a long text alone: at most one long document in memory
                    out[n] = self.extract(item["text"], item.get("doc_id", "doc"), item.get("source"),
                                          item.get("date"), item.get("title"), item.get("url"))
                except Exception as e:
                    out[n] = e
                continue
            try:
                docs.append((n, self._prepare(item["text"], item.get("doc_id", "doc"),
                                              item.get("source"), item.get("date"), item.get("prepared"))))
            except Exception as e:
                out[n] = e
        try:
            spans = self.tagger.tag_docs([doc for _, doc in docs])
        except Exception:               # tag one by one, so only the bad one fails
            spans = []
            for _, doc in docs:
                try:
                    spans.append(self.tagger(doc))
                except Exception as e:
                    spans.append(e)
        for (n, doc), sp in zip(docs, spans):
            try:
                if isinstance(sp, Exception):
                    raise sp
                out[n] = self._finish(doc, sp, items[n].get("title"), items[n].get("url"))
            except Exception as e:
                out[n] = e
        return out

    def _prepare(self, text: str, doc_id: str, source: Optional[str], date, prepared=None):
        if not isinstance(text, str):
            raise TypeError("text must be str, not %s" % type(text).__name__)
        if len(text) > self.max_chars:
            raise TextTooLong("text of %d characters is over the limit of %d (Pipeline(max_chars=...))"
                              % (len(text), self.max_chars))
        doc = prepared if prepared is not None else prepare(text, doc_id=doc_id, source=source)
        doc.reference = parse_date(date)
        doc.reference_source = getattr(date, "reference_source", None)   # `html:date` (readers.PageDate)
        if not text.strip():
            doc.warnings.append(EMPTY)
            warnings.warn("%s: %s" % (doc_id, EMPTY), EmptyText, stacklevel=3)
        return doc

    def _finish(self, doc, spans, title: Optional[str], url: Optional[str] = None) -> Record:
        text = doc.text
        for span in spans:
            span.name = names.normalize(span, names.title_before(text, span.start) if span.type == "PER" else "")
        entities = group(spans)
        titles = find_positions(doc, entities)

        dates, reference = extract_dates(doc)
        quantities = _outside(extract_quantities(doc), dates)
        for i, q in enumerate(quantities, 1):
            q.id = "q%d" % i
        for i, d in enumerate(dates, 1):
            d.id = "d%d" % i

        attribution = find_attribution(doc, entities)
        add_facts(doc, quantities, dates, entities, reference.date if reference else None,
                  (attribution.start, attribution.stop) if attribution else (0, 0))

        if title is None and doc.title is not None:
            title = text[doc.title.start:doc.title.stop]
        briefing = build_briefing(doc, entities, quantities, dates, titles)
        place_from_briefing(quantities, briefing, entities)
        return Record(
            doc_id=doc.doc_id, source=doc.source, url=url, title=title, reference_date=reference,
            attribution=attribution,
            entities=entities, quantities=quantities, dates=dates,
            briefing=briefing, warnings=list(doc.warnings),
        )

    def pipe(self, texts: Union[str, dict, Iterable[Union[str, dict]]]) -> Iterator[Record]:
        """Records for a stream of texts, in order.

        An item is a text (`str`) or a dict with the keys `extract` takes: `text`, and
        optional `doc_id` (or `id`), `date`, `title`, `source`, `url`. A lone `str` or
        dict is one text, not a stream. Items without an id are numbered from 1.
        Texts are read GROUP at a time; a text that fails raises its error."""
        if isinstance(texts, (str, dict)):
            texts = [texts]
        group_: List[dict] = []
        for n, item in enumerate(texts, 1):
            group_.append(_pipe_item(item, n))
            if len(group_) == GROUP:
                yield from _raise_errors(self.extract_many(group_))
                group_ = []
        if group_:
            yield from _raise_errors(self.extract_many(group_))


def _pipe_item(item, n: int) -> dict:
    """One item of `pipe` as `extract_many`'s dict; a clear TypeError for anything else."""
    if isinstance(item, str):
        return {"text": item, "doc_id": str(n)}
    if not isinstance(item, dict):
        raise TypeError("pipe item %d: a str or a dict with `text`, not %s" % (n, type(item).__name__))
    if not isinstance(item.get("text"), str):
        raise TypeError("pipe item %d: no `text` string in the dict" % n)
    doc_id = item.get("doc_id")
    if doc_id in (None, ""):
        doc_id = item.get("id")
    return {"text": item["text"], "doc_id": str(n) if doc_id in (None, "") else str(doc_id),
            "source": item.get("source"), "date": item.get("date"),
            "title": item.get("title"), "url": item.get("url")}


def _raise_errors(results: List[Union[Record, Exception]]) -> Iterator[Record]:
    for r in results:
        if isinstance(r, Exception):
            raise r
        yield r


def _outside(items: List, others: List) -> List:
    """The items that overlap none of `others`: a date mention is never also a quantity.
    Both lists are sorted by start and `others` do not overlap one another."""
    out, k = [], 0
    for item in items:
        while k < len(others) and others[k].stop <= item.start:
            k += 1
        if k < len(others) and others[k].start < item.stop:
            continue
        out.append(item)
    return out


_DEFAULT: Optional[Pipeline] = None


def extract(text: str, doc_id: str = "doc", **kwargs) -> Record:
    """One Russian news text → its Record, with a shared Pipeline loaded on first use.

    Arguments: `text` (str, up to 10 MB of characters), `doc_id` (the record's id) and,
    by keyword, `date` (the publication date, a `datetime.date` or an ISO string
    `2024-08-15`, that relative and year-less dates resolve against; else the text's
    own date-line or dateline is used), `source` (where the text came from), `title`,
    `url`. An empty text gives an empty record whose `warnings` say so (and a Python
    `EmptyText` warning); a text over the limit raises `TextTooLong`.

        record = extractor.extract("Объём производства составил 188,2 млрд тенге.", doc_id="a1")
        record.quantities[0].value, record.quantities[0].unit     # 188200000000.0, 'KZT'

    For many texts, `Pipeline().pipe(texts)` is faster (texts are tagged together)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.extract(text, doc_id=doc_id, **kwargs)
