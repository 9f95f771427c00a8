"""Segmentation: razdel's sentences with breaks before units joined back, overlong
sentences cut into pieces, every offset into the original text."""
import pytest

from extractor.segment import pieces, prepare, sentences


@pytest.mark.parametrize("text, expected", [
    ("Выработка составила 12,5 тыс. кВт·ч электроэнергии.", ["Выработка составила 12,5 тыс. кВт·ч электроэнергии."]),
    ("Кредит на 10 млн долл. США выдан банком.", ["Кредит на 10 млн долл. США выдан банком."]),
    ("Цена выросла до 3 тыс. руб. Это много.", ["Цена выросла до 3 тыс. руб.", "Это много."]),
    ("Сумма составила 5 млн. Далее аким рассказал о школах.",
     ["Сумма составила 5 млн.", "Далее аким рассказал о школах."]),
])
def test_breaks_before_a_unit_are_joined(text, expected):
    assert [text[a:b] for a, b in sentences(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Инвестиции за 9 мес. 2025 г. выросли на 14,6%.", ["Инвестиции за 9 мес. 2025 г. выросли на 14,6%."]),
    ("Рост за 3 кв. 2025 г. составил 2%.", ["Рост за 3 кв. 2025 г. составил 2%."]),
    ("Согласно п. 3 ст. 12 закона штраф вырос.", ["Согласно п. 3 ст. 12 закона штраф вырос."]),
    # a capitalised word after them still opens a sentence
    ("Показатель рассчитан за 10 мес. Далее аким рассказал о школах.",
     ["Показатель рассчитан за 10 мес.", "Далее аким рассказал о школах."]),
])
def test_breaks_after_an_abbreviation_before_a_number_are_joined(text, expected):
    assert [text[a:b] for a, b in sentences(text)] == expected


def test_quantity_across_a_razdel_break(pipeline):
    text = "Инвестиции составили 5 млрд долл. США. Выработка достигла 12,5 тыс. кВт·ч за месяц."
    record = pipeline.extract(text)
    assert [(q.text, q.value, q.unit) for q in record.quantities] == [
        ("5 млрд долл. США", 5e9, "USD"), ("12,5 тыс. кВт·ч", 12500.0, "kWh")]


def test_pieces_cut_at_spaces():
    s = "слово " * 3000                        # 18 000 characters
    cuts = list(pieces(s, 5000))
    assert cuts[0][0] == 0 and cuts[-1][1] == len(s)
    assert all(b - a <= 5000 for a, b in cuts)
    assert all(s[b - 1] == " " for a, b in cuts[:-1])       # never inside a word
    assert all(cuts[k][1] == cuts[k + 1][0] for k in range(len(cuts) - 1))


def test_overlong_sentence_read_in_pieces_with_true_offsets():
    text = "Аким открыл школу на 600 мест и " * 400 + "всё."
    doc = prepare(text)
    sents = list(doc.sentences)
    assert len(sents) > 1 and all(s.stop - s.start <= 5000 for s in sents)
    for s in sents:
        for t in s.tokens:
            assert text[t.start:t.stop] == t.text
