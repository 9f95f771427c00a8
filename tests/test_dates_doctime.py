"""The document's own time: date-lines, datelines, a year the text makes evident, and year carry-over."""
from datetime import date

import pytest

from dates_helpers import check, mentions

# (text, the mention, kind, date_from, date_to, reference date, its source)
DATE_LINES = [
    # a line holding only a date, ISO or numeric, with or without a time
    ("Аким отчитался перед жителями\n2025-12-01\nВчера аким Костанайской области провел отчетную встречу.",
     "Вчера", "relative", "2025-11-30", "2025-11-30", "2025-12-01", "text:date-line"),
    ("Новости региона\n01.12.2025 10:45\nВчера в Павлодаре открыли новый мост через Иртыш.",
     "Вчера", "relative", "2025-11-30", "2025-11-30", "2025-12-01", "text:date-line"),
    ("1 декабря 2025, 10:45\n\nСегодня в Шымкенте стартовал прием заявок на гранты.",
     "Сегодня", "relative", "2025-12-01", "2025-12-01", "2025-12-01", "text:date-line"),
    ("04.12.2023, 19:19 43996\n\nВ этом году в области построено 12 школ.",
     "В этом году", "relative", "2023-01-01", "2023-12-31", "2023-12-04", "text:date-line"),
    ("17 апреля, 2024\nВ прошлом году экспорт зерна вырос на 12%.",
     "В прошлом году", "relative", "2023-01-01", "2023-12-31", "2024-04-17", "text:date-line"),
    ("9 Августа 2023, 18:20\nФото: пресс-служба\nВ этом году проект выйдет на полную мощность.",
     "В этом году", "relative", "2023-01-01", "2023-12-31", "2023-08-09", "text:date-line"),
    ("- октябрь 29, 2025\n\nАким подвел итоги за девять месяцев текущего года.",
     "за девять месяцев текущего года", "period", "2025-01-01", "2025-09-30", "2025-10-29", "text:date-line"),
    ("05.03.2025 | Общество\nВчера в Актобе прошел форум фермеров.",
     "Вчера", "relative", "2025-03-04", "2025-03-04", "2025-03-05", "text:date-line"),
    ("Новости\n10:45, 12 марта 2025\nВчера аким провел прием граждан.",
     "Вчера", "relative", "2025-03-11", "2025-03-11", "2025-03-12", "text:date-line"),
    ("Дата: 2025-03-12T10:45:00+05:00\nВчера аким провел прием граждан.",
     "Вчера", "relative", "2025-03-11", "2025-03-11", "2025-03-12", "text:date-line"),
    # a section's name before the date
    ("Новости · 15 Октября 2024 · 3 мин\nВчера аким провел прием граждан.",
     "Вчера", "relative", "2024-10-14", "2024-10-14", "2024-10-15", "text:date-line"),
    ("Общество | 15.10.2024\nВ этом году в области открыли 12 школ.",
     "В этом году", "relative", "2024-01-01", "2024-12-31", "2024-10-15", "text:date-line"),
    # a day with a time but no year: the year of the nearest full date
    ("Главное\n12 мар, 10:45\nВчера аким провел прием. Об этом сообщили 11 марта 2025 года.",
     "Вчера", "relative", "2025-03-11", "2025-03-11", "2025-03-12", "text:date-line"),
    # a labelled date, at the head or anywhere
    (" date 2025-08-14 «Президент принял акима области», — говорится в сообщении. В этом году план перевыполнен.",
     "В этом году", "relative", "2025-01-01", "2025-12-31", "2025-08-14", "text:date-line"),
    ("По данным на 19 сентября, цены на пшеницу стабильны.\nОпубликовано: 28 сентября 2011 г.",
     "на 19 сентября", "date", "2011-09-19", "2011-09-19", "2011-09-28", "text:date-line"),
    # a month on a labelled line: the day-level relatives stay open, the month's year is known
    (" date 2021-03 Видео\n\nЦены на бензин выросли в конце первой декады марта.",
     "в конце первой декады марта", "date", "2021-03-01", "2021-03-10", "2021-03-01", "text:date-line"),
    # a line holding only a year
    ("Новости\nОбщество\n2022 года\n\nАким отчитался о работе за 8 месяцев текущего года.",
     "за 8 месяцев текущего года", "period", "2022-01-01", "2022-08-31", "2022-01-01", "text:year"),
]


@pytest.mark.parametrize("text, span, kind, dfrom, dto, ref, source", DATE_LINES)
def test_a_date_line_dates_the_text(text, span, kind, dfrom, dto, ref, source):
    _, reference = check(text, None, span, kind, dfrom, dto)
    assert (reference.date, reference.source) == (ref, source)


def test_the_date_line_itself_is_a_mention():
    check("Аким отчитался перед жителями\n2025-12-01\nВчера прошла встреча.", None, "2025-12-01", "date",
          "2025-12-01", "2025-12-01")
    check(" date 2021-03 Видео\n\nЦены выросли.", None, "2021-03", "date", "2021-03-01", "2021-03-31")


DATELINES = [
    ("Астана, 14 октября 2025 года. Вчера аким открыл парк.", "Вчера", "relative", "2025-10-13", "2025-10-13",
     "2025-10-14"),
    # an abbreviated month, its year from the nearest full date of the text
    ("АЛМАТЫ, 12 фев — Sputnik. Вчера аким города провел прием. Отчет за 2024 год опубликован 10 февраля 2025 года.",
     "Вчера", "relative", "2025-02-11", "2025-02-11", "2025-02-12"),
    ("АСТАНА. 12 марта. KAZINFORM – Аким сообщил, что в прошлом году рост составил 5%. Ранее, 3 марта 2024 года, "
     "он отчитался перед депутатами.", "в прошлом году", "relative", "2023-01-01", "2023-12-31", "2024-03-12"),
    ("Воронеж. 24 апреля. ИНТЕРФАКС - Депутаты на заседании в четверг внесли изменения в бюджет. "
     "Об этом сообщили 24 апреля 2025 года.", "в четверг", "relative", "2025-04-24", "2025-04-24", "2025-04-24"),
    ("ВАШИНГТОН, 5 марта 2025 /Kazinform/. Сегодня министр встретился с коллегами.", "Сегодня", "relative",
     "2025-03-05", "2025-03-05", "2025-03-05"),
    ("Алматы • 12 марта 2025\nВчера аким провел прием граждан.", "Вчера", "relative", "2025-03-11", "2025-03-11",
     "2025-03-12"),
    # no full date: the one year the text names
    ("Тверь. 3 марта. ИНТЕРФАКС - Депутаты во вторник приняли поправки к бюджету на 2026 год.",
     "во вторник", "relative", "2026-03-03", "2026-03-03", "2026-03-03"),
    # the dot of `г.` ends the dateline
    ("АКТОБЕ, 5 августа 2024 г. Вчера аким области принял фермеров.", "Вчера", "relative", "2024-08-04",
     "2024-08-04", "2024-08-05"),
    ("Шымкент, 20 июля 2023 г. За шесть месяцев текущего года введено 500 тыс. кв. м жилья.",
     "За шесть месяцев текущего года", "period", "2023-01-01", "2023-06-30", "2023-07-20"),
]


@pytest.mark.parametrize("text, span, kind, dfrom, dto, ref", DATELINES)
def test_a_dateline_dates_the_text(text, span, kind, dfrom, dto, ref):
    _, reference = check(text, None, span, kind, dfrom, dto)
    assert (reference.date, reference.source) == (ref, "text:dateline")


def test_a_dateline_without_any_year_in_the_text_stays_open():
    found, reference = mentions("МАХАЧКАЛА, 6 мар - РИА Новости. Сегодня глава республики доложил президенту.")
    assert reference is None
    assert [(m.text, m.date_from) for m in found] == [("6 мар", None), ("Сегодня", None)]


def test_a_dateline_with_two_years_in_the_text_stays_open():
    _, reference = mentions("Тверь. 3 марта. ИНТЕРФАКС - Бюджет на 2026 год больше, чем в 2025 году.")
    assert reference is None


def test_a_title_holding_a_day_without_year_or_time_does_not_date_the_text():
    found, reference = mentions("9 мая\nВчера в городе прошел парад. В 2025 году ветеранов стало меньше.")
    assert reference is None
    assert [m.date_from for m in found if m.text == "Вчера"] == [None]


def test_a_paragraph_opening_with_a_date_is_no_dateline():
    # `В пятницу, 21 января, …` opens a paragraph of the story, not the text's own date
    found, reference = mentions("Суд отложил слушания.\n\nВ пятницу, 21 января, адвокат подала ходатайство. "
                                "Вчера суд его отклонил.")
    assert reference is None
    assert [m.date_from for m in found if m.text == "Вчера"] == [None]


def test_the_callers_date_comes_first():
    _, reference = check("2025-12-01\nВчера прошла сессия маслихата.", date(2025, 12, 3), "Вчера", "relative",
                         "2025-12-02", "2025-12-02")
    assert (reference.date, reference.source) == ("2025-12-03", "input")


def test_a_reader_may_name_the_source_of_the_callers_date():
    from extractor.dates import extract_dates
    from extractor.segment import prepare
    doc = prepare("Вчера прошла сессия маслихата.", "t")
    doc.reference, doc.reference_source = date(2025, 12, 3), "html:date"
    found, reference = extract_dates(doc)
    assert (reference.date, reference.source) == ("2025-12-03", "html:date")
    assert found[0].date_from == "2025-12-02"


CARRY_OVER = [
    # the preceding sentence of the paragraph states the year of the line of events
    ("В 2024 году промышленность области выросла на 4%. За девять месяцев инвестиции составили 300 млрд тенге.",
     "За девять месяцев", "period", "2024-01-01", "2024-09-30"),
    ("В первом полугодии 2014 года рост экономики составил 6%. Второе полугодие оказалось труднее.",
     "Второе полугодие", "period", "2014-07-01", "2014-12-31"),
    ("До апреля 2010 года регистрация будет закрытой. С 20 апреля по 15 июня имена продадут с аукциона.",
     "С 20 апреля по 15 июня", "range", "2010-04-20", "2010-06-15"),
    ("В 2023 году завод запустили, а в марте выпустили первую партию.", "в марте", "date", "2023-03-01", "2023-03-31"),
    # it wins over the document's own year
    ("Астана, 14 октября 2025 года. В 2019 году аким открыл парк, а в сентябре — стадион.", "в сентябре", "date",
     "2019-09-01", "2019-09-30"),
    # `прошлого года` after a comparison counts from the year the sentence states
    ("По итогам 2005 года доходы бюджета выросли на 11,7 процента в сравнении с показателем прошлого года.",
     "прошлого года", "relative", "2004-01-01", "2004-12-31"),
]


@pytest.mark.parametrize("text, span, kind, dfrom, dto", CARRY_OVER)
def test_year_carry_over(text, span, kind, dfrom, dto):
    check(text, None, span, kind, dfrom, dto)


def test_a_deictic_year_is_a_stated_year_too():
    # the last year the preceding sentence states is `в текущем году` (2024), not 2023
    check("В 2023 году рост составил 2,5%, а в текущем году ожидается 3%. В декабре откроют новую больницу.",
          date(2024, 11, 21), "В декабре", "date", "2024-12-01", "2024-12-31")


@pytest.mark.parametrize("text, span", [
    # not across a paragraph
    ("В 2023 году завод запустили.\n\nВ марте выпустили первую партию.", "В марте"),
    # not from a year the sentence compares with
    ("Объем производства вырос по сравнению с 2021 годом. В марте рост продолжился.", "В марте"),
    # not from two sentences back
    ("В 2023 году завод запустили. Потом его закрыли на ремонт. В марте выпустили первую партию.", "В марте"),
])
def test_no_carry_over(text, span):
    check(text, None, span, "date", None, None)


def test_a_weekday_in_apposition_picks_the_year():
    # 24 January is a Monday in 2011, not in 2010 (the year the text gave first)
    check("1 января 2010 года вступил в силу закон. Встреча пройдет в понедельник, 24 января, в тюрьме.", None,
          "в понедельник, 24 января", "date", "2011-01-24", "2011-01-24")
    # no year near the guess fits: the day stays open
    check("Лекция премии «Просветитель» за 2009 год. Она состоится 20 марта, в среду, в 16:00.", None,
          "20 марта, в среду", "date", None, None)
