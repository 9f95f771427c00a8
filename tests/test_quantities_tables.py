"""Figures: a table written as text lines takes its unit from the header (`…, тенге за кг:`)."""
import pytest

TEXT = """Цены на рынках области в октябре выросли.

Средние цены на отдельные товары, тенге за кг:
Говядина — 3 450
Сахар — 512

Производство основных культур (тыс. тонн):
Пшеница: 1 250,5
Ячмень – 310 (в 2023 году – 295)

Доля малого бизнеса в ВРП, %:
Павлодар — 31,2

Перечень объектов:
Школы — 5

В ноябре цены выросли еще на 0,4%.
"""


def figures(pipeline, text=TEXT):
    return {q.text: (q.kind, q.value, q.unit, text[q.start:q.stop]) for q in pipeline.extract(text).quantities}


@pytest.mark.parametrize("span,kind,value,unit", [
    ("3 450", "money", 3450.0, "KZT/kg"),
    ("512", "money", 512.0, "KZT/kg"),
    ("1 250,5", "measure", 1250500.0, "t"),
    ("31,2", "percent", 31.2, "%"),
])
def test_a_row_takes_the_header_unit_and_scale(pipeline, span, kind, value, unit):
    assert figures(pipeline)[span] == (kind, value, unit, span)


def test_only_the_number_that_closes_a_row(pipeline):
    got = figures(pipeline)
    assert "310" not in got            # the row goes on after it: not the row's value
    assert got["на 0,4%"][2] == "%"


def test_a_header_without_a_unit_gives_none(pipeline):
    assert "5" not in figures(pipeline)


def test_a_blank_line_ends_the_table(pipeline):
    text = "Цены на мясо, тенге за кг:\nГовядина — 3 450\n\nПавлодар — 5\n\nИтого.\n"
    got = figures(pipeline, text)
    assert got["3 450"][2] == "KZT/kg" and "5" not in got


SLASHES = """С нового года коммунальные услуги в городе подорожают.

Тарифы, тенге за кубометр с НДС (2025 год / с 1 января 2026 года):
холодная вода — 97,2 / 118,6;
водоотведение — 61,8 / 71,3.

Производство, тыс. тонн (2024 / 2025):
молоко — 410 / 432,5

Сбор зерна составил 12,5 / 14,1 ц/га по районам.
"""


@pytest.mark.parametrize("span,kind,value,unit", [
    ("97,2", "money", 97.2, "KZT/m3"),
    ("118,6", "money", 118.6, "KZT/m3"),
    ("61,8", "money", 61.8, "KZT/m3"),
    ("71,3", "money", 71.3, "KZT/m3"),
    ("410", "measure", 410000.0, "t"),
    ("432,5", "measure", 432500.0, "t"),
])
def test_a_header_unit_before_a_note_of_its_columns_and_numbers_apart_by_a_slash(pipeline, span, kind, value, unit):
    assert figures(pipeline, SLASHES)[span] == (kind, value, unit, span)


def test_outside_a_table_a_number_before_a_slash_gets_no_unit(pipeline):
    got = figures(pipeline, SLASHES)
    assert "12,5" not in got and got["14,1 ц/га"][1:3] == (14.1, "c/ha")


PIPES = """Ввод жилья в области вырос.

В августе сдано 19 многоквартирных домов.
Ввод в действие жилых домов (тыс. кв. м общей площади)
Район | январь–август 2025 г. | в % к январю–августу 2024 г. | август 2025 г.
Бурабайский | 118,4 | 87,6 | 21,7
Целиноградский | 270,2 | 104,1 | 34,9
Средняя цена квадратного метра составила 412 тыс. тенге.
"""


@pytest.mark.parametrize("span,kind,value,unit", [
    ("118,4", "measure", 118400.0, "m2"),        # the title's unit and scale
    ("87,6", "percent", 87.6, "%"),              # a column `в % к …`
    ("34,9", "measure", 34900.0, "m2"),
    ("412 тыс. тенге", "money", 412000.0, "KZT"),
])
def test_cells_apart_by_bars_take_their_columns_unit(pipeline, span, kind, value, unit):
    assert figures(pipeline, PIPES)[span] == (kind, value, unit, span)
