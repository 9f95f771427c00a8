"""Shared check for the dates tests: one mention, its span, offsets, kind and both ISO bounds."""
from extractor.dates import extract_dates
from extractor.segment import prepare


def mentions(text, ref=None):
    doc = prepare(text, "t")
    doc.reference = ref
    return extract_dates(doc)


def check(text, ref, span, kind, date_from, date_to):
    """The mention with text `span` (which occurs once in `text`) has these offsets, kind and bounds."""
    found, reference = mentions(text, ref)
    got = [m for m in found if m.text == span]
    assert got, (span, [m.text for m in found])
    m = got[0]
    start = text.index(span)
    assert (m.start, m.stop) == (start, start + len(span))
    assert (m.kind, m.date_from, m.date_to) == (kind, date_from, date_to), (m.kind, m.date_from, m.date_to)
    return m, reference
