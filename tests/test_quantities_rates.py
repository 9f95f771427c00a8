"""Rates keep their denominator in the unit after `/` (GUIDE.md): `за` + a unit, `в` + a time word,
`/` + a unit or a time abbreviation, a per-period adverb. A denominator written in words stays out
of the span (the gold marks the numerator: `150 долларов`); one written with `/` is in it."""
import pytest

from quantity_cases import case_id, check

M = 1e6

CASES = [
    ("Пшеница подорожала до 150 долларов за тонну.", [("150 долларов", 150, None, "USD/t", "money", None)]),
    ("Станцию оценили в полтора миллиона долларов за мегаватт.",
     [("полтора миллиона долларов", 1.5 * M, None, "USD/MW", "money", None)]),
    ("Месторождение дает 45 тыс. баррелей в сутки.", [("45 тыс. баррелей", 45000, None, "bbl/d", "measure", None)]),
    ("Мощность котельной — 500 Гкал/ч.", [("500 Гкал/ч", 500, None, "Gcal/h", "measure", None)]),
    ("Тариф составит 300 тенге за кВт·ч.", [("300 тенге", 300, None, "KZT/kWh", "money", None)]),
    ("Для населения — 18 тенге за 1 кВт·ч.", [("18 тенге", 18, None, "KZT/kWh", "money", None)]),
    ("Бензин продают по 205 тг за литр.", [("205 тг", 205, None, "KZT/l", "money", None)]),
    ("Газ для Европы стоит 250 долларов за тысячу кубометров.",
     [("250 долларов", 250, None, "USD/1000m3", "money", None)]),
    ("Машина расходует 8 литров за 100 км.", [("8 литров", 8, None, "l/100km", "measure", None)]),
    ("Золото торговалось у 1900 долларов за унцию.", [("1900 долларов", 1900, None, "USD/oz", "money", None)]),
    ("Зарплата — 350 тыс. тенге в месяц.", [("350 тыс. тенге", 350000, None, "KZT/mo", "money", None)]),
    ("Завод выпускает 2 млн тонн цемента в год.", [("2 млн тонн", 2 * M, None, "t/yr", "measure", None)]),
    ("Скважины дают 300 м3/сут.", [("300 м3/сут", 300, None, "m3/d", "measure", None)]),
    ("Цех производит 40 т/сут продукции.", [("40 т/сут", 40, None, "t/d", "measure", None)]),
    ("Фирма платит 5 тыс. рублей ежемесячно.", [("5 тыс. рублей", 5000, None, "RUB/mo", "money", None)]),
    ("Цена — 5 тыс. руб./кг.", [("5 тыс. руб./кг", 5000, None, "RUB/kg", "money", None)]),
    # no rates: a count per period, a period after `за`, a noun the time word governs
    ("Туда приезжают 5 тысяч человек в день.", [("5 тысяч человек", 5000, None, "человек", "count", None)]),
    ("Цены выросли на 0,4% за месяц.", [("на 0,4%", 0.4, None, "%", "percent", None)]),
    ("Кандидаты потратили 5 млн рублей в день выборов.", [("5 млн рублей", 5 * M, None, "RUB", "money", None)]),
    ("Купили 100 долларов за 5 тонн угля.", [("100 долларов", 100, None, "USD", "money", None),
                                           ("5 тонн", 5, None, "t", "measure", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[case_id(c) for c in CASES])
def test_rates(text, expected):
    check(text, expected)


def test_rate_words_are_no_date_in_the_pipeline(pipeline):
    text = "Добыча нефти достигла 90 тыс. баррелей в сутки, а экспорт — 1,5 млн тонн в год."
    r = pipeline.extract(text)
    check(text, [("90 тыс. баррелей", 90000, None, "bbl/d", "measure", None),
                 ("1,5 млн тонн", 1.5 * M, None, "t/yr", "measure", None)], r.quantities)
