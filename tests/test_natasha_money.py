"""natasha's own money tests, run through our quantity stage.

Source: natasha/natasha, tests/test_money.py (commit a4b74b2d575cc2e2e33e6b559fd1bbbd95a174cd): each
case is a money string and its expected `amount currency`. We assert one quantity covering the whole
string with that value and ISO code. natasha's lines are kept as they are (they are a public test
suite's inputs, not news texts); a sentence-final abbreviation dot stays outside our span, as
everywhere in this project (`2 200 000 руб`).
"""
import pytest

from quantity_cases import quantities

NATASHA = [
    ("1 599 059, 38 Евро", 1599059.38, "EUR"),
    ("2 134 472,44 рубля", 2134472.44, "RUB"),
    ("420 долларов", 420, "USD"),
    ("20 млн руб", 20000000, "RUB"),
    ("20 000 долларов", 20000, "USD"),
    ("2,2 млн.руб.", 2200000, "RUB"),
    ("2,20 млн.руб.", 2200000, "RUB"),
    ("2,02 млн.руб.", 2020000, "RUB"),
    ("20 тыс руб", 20000, "RUB"),
    ("20 т. р.", 20000, "RUB"),
    ("2 200 000 руб.", 2200000, "RUB"),
    ("20.000 руб.", 20000, "RUB"),
    ("20,000 руб", 20000, "RUB"),
    ("20,00 руб", 20, "RUB"),
    ("124 451 рубль 50 копеек", 124451.50, "RUB"),
    ("881 913 (Восемьсот восемьдесят одна тысяча девятьсот тринадцать) руб. 98 коп.", 881913.98, "RUB"),
]


@pytest.mark.parametrize("line,amount,currency", NATASHA, ids=[c[0] for c in NATASHA])
def test_natasha_money(line, amount, currency):
    qs = quantities(line)
    assert len(qs) == 1
    q = qs[0]
    assert (q.kind, q.unit) == ("money", currency)
    assert round(q.value, 2) == pytest.approx(amount)
    assert q.start == 0 and line[q.stop:] in ("", ".")
