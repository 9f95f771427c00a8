"""Qualifiers: the words before a figure (`около`, `свыше`, `выше`, `не менее`, `до`) and the verbs that
bound it (`превысил` → gt, `не превышает` → lte, `не достигает` → lt). A verb stays out of the span."""
import pytest

from quantity_cases import case_id, check

T = 1e12

CASES = [
    ("Госдолг превысил 4 трлн рублей.", [("4 трлн рублей", 4 * T, None, "RUB", "money", "gt")]),
    ("Средняя зарплата в регионе превысила 75 тыс. руб.", [("75 тыс. руб", 75000, None, "RUB", "money", "gt")]),
    ("Число туристов впервые превысило 2 млн человек.", [("2 млн человек", 2e6, None, "человек", "count", "gt")]),
    ("Урожай зерновых превышает 20 млн тонн.", [("20 млн тонн", 20e6, None, "t", "measure", "gt")]),
    ("Инфляция не превышает 5%.", [("5%", 5, None, "%", "percent", "lte")]),
    ("Дефицит бюджета не превысит 3 процентов.", [("3 процентов", 3, None, "%", "percent", "lte")]),
    ("Износ сетей не достигает 40%.", [("40%", 40, None, "%", "percent", "lt")]),
    ("Оборот перевалил за 1 млрд долларов.", [("1 млрд долларов", 1e9, None, "USD", "money", "gt")]),
    ("Выручка превысила отметку в 100 млн тенге.", [("100 млн тенге", 1e8, None, "KZT", "money", "gt")]),
    ("Кредиты выдаются под ставку выше 20%.", [("выше 20%", 20, None, "%", "percent", "gt")]),
    ("Температура опустится ниже 30 градусов.", [("ниже 30 градусов", 30, None, "°C", "measure", "lt")]),
    # the verb of a change is no bound: `превысил на`, `в 2 раза`
    ("Экспорт превысил прошлогодний на 12%.", [("на 12%", 12, None, "%", "percent", None)]),
    ("Расходы превысили доходы в 2 раза.", [("в 2 раза", 2, None, "times", "ratio", None)]),
    ("Индекс достиг 105%.", [("105%", 105, None, "%", "percent", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[case_id(c) for c in CASES])
def test_qualifiers(text, expected):
    check(text, expected)
