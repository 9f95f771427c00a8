"""Numbers in digits and in words."""
import pytest

from extractor.figures.numbers import DIGITS_RE, parse_digits, read_words, word, words_value


@pytest.mark.parametrize("s,value", [
    ("1 250 000", 1250000), ("1\u00a0250\u00a0000", 1250000), ("1\u202f250", 1250), ("112,4", 112.4),
    ("112.4", 112.4), ("2,5", 2.5), ("0,74", 0.74), ("375000", 375000), ("7", 7),
])
def test_parse_digits(s, value):
    assert parse_digits(s) == pytest.approx(value)


@pytest.mark.parametrize("s", ["1.2.3", "", "abc"])
def test_parse_digits_rejects(s):
    assert parse_digits(s) is None


@pytest.mark.parametrize("text,found", [
    ("привлечено 1 250 000 тенге", "1 250 000"),
    ("составил 112,4%", "112,4"),
    ("в 2024 году", "2024"),
    ("вирус COVID19", None),
])
def test_digits_re(text, found):
    m = DIGITS_RE.search(text)
    assert (m.group() if m else None) == found


@pytest.mark.parametrize("text,value,chars", [
    ("пять", 5, 4),
    ("двадцать три", 23, 12),
    ("полтора", 1.5, 7),
    ("полторы тысячи", 1500, 14),
    ("полутора миллионов", 1.5e6, 18),
    ("двух тысяч", 2000, 10),
    ("пятью миллионами", 5e6, 16),
    ("один миллиард", 1e9, 13),
    ("двухсот пятидесяти", 250, 18),
    ("сто двадцать пять тысяч триста", 125300, 30),
    ("ста", 100, 3),
    ("полтораста", 150, 10),
    ("тысяча двести", 1200, 13),
    ("миллиард двести миллионов", 1.2e9, 25),
    ("девятьсот девяносто девять", 999, 26),
    ("двадцати одного", 21, 15),
    ("двое", 2, 4),
    ("семерых", 7, 7),
    ("трёх", 3, 4),
    ("пяти тыс. человек", 5000, 9),
    ("десять пять", 10, 6),       # a smaller number must follow: these are two
    ("три четыре", 3, 3),
])
def test_words_value(text, value, chars):
    got = words_value(text)
    assert got is not None
    assert got[0] == pytest.approx(value)
    assert got[1] == chars


@pytest.mark.parametrize("text", ["тысячи", "миллионов", "тыс. человек", "люди", "", "123"])
def test_words_value_none(text):
    assert words_value(text) is None


def test_word_kinds():
    assert word("тысячами").kind == "scale"
    assert word("млрд").value == 1e9
    assert word("пятерых").kind == "collective"
    assert word("десятка").kind == "tens_noun"
    assert word("Пятнадцать").value == 15
    assert word("человек") is None


@pytest.mark.parametrize("text,value,chars,scale,whole", [
    ("три триллиона двести миллиардов тенге", 3.2e12, 31, 1e9, True),
    ("двадцать один миллион семьдесят три", 21000073, 35, 1e6, True),
    ("пятисот сорока трёх квадриллионов", 5.43e17, 33, 1e15, True),
    ("три с половиной миллиона", 3.5e6, 24, 1e6, False),
    ("два миллиона с половиной", 2.5e6, 24, 1e6, False),
    ("полумиллиона человек", 5e5, 12, 1e6, True),
    ("две целых и пять десятых тысячи", 2500, 31, 1e3, False),
    ("одной целой и трех десятых", 1.3, 26, 1, False),
    ("ноль целых семьсот двадцать девять тысячных", 0.729, 43, 1, False),
    ("пять десятых процента", 0.5, 12, 1, False),
    ("пять тыс. человек", 5000, 9, 1e3, True),
    ("две целых дома", 2, 3, 1, True),            # `целых` without a fraction: an adjective
])
def test_read_words(text, value, chars, scale, whole):
    got = read_words(text)
    assert got.value == pytest.approx(value)
    assert (got.chars, got.scale, got.whole) == (chars, scale, whole)

