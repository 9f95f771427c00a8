"""Shared checker for the figure tests: a sentence and the figures expected in it, in order,
as (span text, value, value_max, unit, kind, qualifier); the span sits at the first place its
text occurs in the sentence, and `text[start:stop]` is always the figure's text."""
import pytest

from extractor.figures import extract_quantities
from extractor.segment import prepare


def quantities(text):
    qs = extract_quantities(prepare(text))
    for q in qs:
        assert text[q.start:q.stop] == q.text
    return qs


def check(text, expected, got=None):
    got = quantities(text) if got is None else got
    assert [q.text for q in got] == [e[0] for e in expected]
    for q, (span, value, value_max, unit, kind, qualifier) in zip(got, expected):
        start = text.index(span)
        assert (q.start, q.stop) == (start, start + len(span))
        assert q.value == pytest.approx(value, rel=1e-9)
        if value_max is None:
            assert q.value_max is None
        else:
            assert q.value_max == pytest.approx(value_max, rel=1e-9)
        assert (q.unit, q.kind, q.qualifier) == (unit, kind, qualifier)


def case_id(case):
    return case[0][:48]
