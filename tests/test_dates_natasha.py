"""natasha's own date tests, run through our dates stage.

Cases from natasha/natasha, tests/test_date.py (commit a4b74b2d575cc2e2e33e6b559fd1bbbd95a174cd):
each line is one whole date, with the year, month and day natasha's Date fact holds. An earlier
version of that file also held years before the common era (`5000 год до н.э.`,
`100 г. до нашей эры`); an ISO date has no such year, so here they are one mention with no bounds.
natasha's Date with no year (`1 апреля`) is, for us, a date whose bounds wait for the
document's year: with none, they stay null; with one, they take it.
"""
from datetime import date

import pytest

from dates_helpers import mentions

NATASHA = [
    ("24.01.2017", ("2017-01-24", "2017-01-24")),
    ("27. 05.99", ("1999-05-27", "1999-05-27")),
    ("2015 год", ("2015-01-01", "2015-12-31")),
    ("2014 г", ("2014-01-01", "2014-12-31")),
    ("1 апреля", (None, None)),
    ("май 2017 г.", ("2017-05-01", "2017-05-31")),
    ("9 мая 2017 года", ("2017-05-09", "2017-05-09")),
]


@pytest.mark.parametrize("line, bounds", NATASHA)
def test_natasha_dates(line, bounds):
    found, _ = mentions(line)
    assert [(m.text, m.start, m.stop, m.kind, (m.date_from, m.date_to)) for m in found] == \
        [(line, 0, len(line), "date", bounds)]


def test_natasha_date_without_a_year_takes_the_documents():
    found, _ = mentions("1 апреля", date(2017, 6, 1))
    assert [(m.text, m.date_from, m.date_to) for m in found] == [("1 апреля", "2017-04-01", "2017-04-01")]


@pytest.mark.parametrize("line", ["5000 год до н.э.", "100 г. до нашей эры"])
def test_natasha_years_before_the_era(line):
    found, _ = mentions(line)
    assert [(m.text, m.kind, m.date_from, m.date_to, m.granularity) for m in found] == \
        [(line, "date", None, None, "year")]
