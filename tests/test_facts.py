"""Figure facts (GUIDE.md, "Figure facts"): period, status, change, indicator, place of each figure.

Every fixture is a short regional-news paragraph written for these tests.
"""
import pytest

from extractor.facts.words import verb_status


def facts(pipeline, text, date="2025-10-15"):
    """{figure text: (period text, status, change)} of a text."""
    record = pipeline.extract(text, date=date)
    return {q.text: (q.period.text if q.period else None, q.status, q.change) for q in record.quantities}


# --- period -----------------------------------------------------------------

def test_period_is_the_date_of_its_clause_and_carries_to_the_next_sentence(pipeline):
    text = ("По итогам 2024 года валовой региональный продукт Костанайской области вырос на 6,2% "
            "и составил 4,1 трлн тенге. Инвестиции в основной капитал достигли 612 млрд тенге.")
    assert facts(pipeline, text) == {
        "на 6,2%": ("По итогам 2024 года", "actual", "up"),
        "4,1 трлн тенге": ("По итогам 2024 года", "actual", None),
        "612 млрд тенге": ("По итогам 2024 года", "actual", None),     # carried over
    }


def test_the_day_a_report_stands_at_carries_and_an_events_day_does_not(pipeline):
    text = ("По состоянию на 1 ноября 2025 года в области обмолочено 4,8 млн гектаров. Собрано 6,1 млн тонн зерна. "
            "15 октября в Костанае открыли элеватор на 60 тыс. тонн. Хранилища заполнены на 70%.")
    got = facts(pipeline, text)
    assert got["4,8 млн гектаров"][0] == got["6,1 млн тонн"][0] == "на 1 ноября 2025 года"
    assert got["60 тыс. тонн"][0] == "15 октября"
    assert got["на 70%"][0] is None


def test_a_past_base_before_its_figure_is_no_period_and_carries_nothing(pipeline):
    text = ("Цены за октябрь выросли на 0,5%, индекс к декабрю прошлого года – 107,2%. Услуги подорожали на 0,9%. "
            "По сравнению с соответствующим кварталом прошлого года выручка в III квартале 2025 года выросла на 6%.")
    got = facts(pipeline, text)
    assert got["107,2%"][0] == got["на 0,9%"][0] == "за октябрь"
    assert got["на 6%"][0] == "в III квартале 2025 года"


def test_period_after_the_figure_in_its_clause(pipeline):
    text = "Объем промышленного производства составил 2,7 трлн тенге за 10 месяцев 2025 года."
    assert facts(pipeline, text)["2,7 трлн тенге"] == ("за 10 месяцев 2025 года", "actual", None)


def test_comparison_base_is_no_period_and_the_report_period_carries(pipeline):
    text = ("За первый квартал 2025 года в Мангистаускую область привлечено 180 млрд тенге инвестиций. "
            "Это на 12% меньше, чем за аналогичный период прошлого года.")
    assert facts(pipeline, text) == {
        "180 млрд тенге": ("За первый квартал 2025 года", "actual", None),
        "на 12%": ("За первый квартал 2025 года", "actual", "down"),   # a verbless sentence: a fact
    }


def test_the_base_figure_right_after_a_comparison_date_is_for_it(pipeline):
    text = ("В 2024 году в области собрали 2,4 млн тонн зерна, что на 15% больше, "
            "чем в 2023 году (2,1 млн тонн).")
    assert facts(pipeline, text) == {
        "2,4 млн тонн": ("В 2024 году", "actual", None),
        "на 15%": ("В 2024 году", "actual", "up"),
        "2,1 млн тонн": ("в 2023 году", "actual", None),
    }


def test_a_date_after_another_figure_is_that_figures(pipeline):
    text = "Урожайность пшеницы составила 14,2 центнера с гектара против 11,8 центнера в прошлом году."
    assert facts(pipeline, text) == {
        "14,2 центнера с гектара": (None, "actual", None),
        "11,8 центнера": ("в прошлом году", "actual", None),
    }


def test_standalone_capacity_has_no_period_and_is_a_plan(pipeline):
    text = ("За январь-сентябрь 2025 года в регион привлечено 320 млрд тенге инвестиций. "
            "В частности, реализуется проект солнечной электростанции мощностью 50 МВт.")
    assert facts(pipeline, text) == {
        "320 млрд тенге": ("За январь-сентябрь 2025 года", "actual", None),
        "50 МВт": (None, "plan", None),
    }


def test_period_carries_across_a_paragraph_but_a_duration_does_not(pipeline):
    text = ("За 9 месяцев 2025 года объем строительных работ вырос на 8,1%.\n\n"
            "Жилья введено 1,1 млн квадратных метров.\n\n"
            "За последние три года в области построено 42 школы.\n\n"
            "В регионе работают 310 детских садов.")
    assert facts(pipeline, text) == {
        "на 8,1%": ("За 9 месяцев 2025 года", "actual", "up"),
        "1,1 млн квадратных метров": ("За 9 месяцев 2025 года", "actual", None),
        "42 школы": ("За последние три года", "actual", None),
        "310 детских садов": (None, "actual", None),
    }


def test_a_new_topic_or_the_present_ends_the_carried_period(pipeline):
    text = ("В 2024 году в области отремонтировано 540 километров дорог. "
            "Аким также доложил о развитии здравоохранения. Открыто 12 врачебных амбулаторий.\n\n"
            "В прошлом месяце литр бензина стоил 250 тенге, сейчас — 262 тенге.")
    assert facts(pipeline, text) == {
        "540 километров": ("В 2024 году", "actual", None),
        "12 врачебных амбулаторий": (None, "actual", None),
        "250 тенге": ("В прошлом месяце", "actual", None),
        "262 тенге": (None, "actual", None),
    }


def test_a_change_of_tense_ends_the_carried_period(pipeline):
    text = ("В 2025 году в Жамбылской области реализуется 14 инвестиционных проектов. "
            "В будущем в агропромышленном комплексе будет создано 900 рабочих мест.")
    assert facts(pipeline, text) == {
        "14 инвестиционных проектов": ("В 2025 году", "actual", None),
        "900 рабочих мест": (None, "plan", None),
    }


def test_reporting_period_anaphor(pipeline):
    text = ("Глава государства заслушал отчет о развитии города за девять месяцев 2025 года.\n\n"
            "Аким доложил об исполнении поручений. За отчетный период объем инвестиций вырос на 9,4%.")
    assert facts(pipeline, text)["на 9,4%"] == ("за девять месяцев 2025 года", "actual", "up")


def test_a_base_named_as_the_corresponding_period_is_no_period(pipeline):
    text = ("За 9 месяцев 2024 года в бюджет поступило 468,2 млрд тенге. Собственные доходы выросли к "
            "соответствующему периоду прошлого года на 14,1%. Расходы освоены на 96%.")
    got = facts(pipeline, text)
    assert got["на 14,1%"][0] == "За 9 месяцев 2024 года" and got["на 14,1%"][2] == "up"
    assert got["на 96%"][0] == "За 9 месяцев 2024 года"


def test_a_dateline_is_no_period(pipeline):
    text = "АСТАНА, 14 октября 2025 года.\n\nВ области открыто 25 новых предприятий."
    assert facts(pipeline, text)["25 новых предприятий"] == (None, "actual", None)


# --- status -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, status", [
    ("Объем розничной торговли составил 1,2 трлн тенге.", "1,2 трлн тенге", "actual"),
    ("В экономику района привлечено 48 млрд тенге.", "48 млрд тенге", "actual"),
    ("В городе построено 17 многоэтажных домов.", "17 многоэтажных домов", "actual"),
    ("Поголовье скота выросло на 3,4%.", "на 3,4%", "actual"),
    ("В области работают 42 тысячи предприятий.", "42 тысячи предприятий", "actual"),
    ("В следующем году планируется построить 11 школ.", "11 школ", "plan"),
    ("Ожидается, что урожай составит 2,6 млн тонн.", "2,6 млн тонн", "plan"),
    ("В 2026 году будет введено 600 тысяч квадратных метров жилья.", "600 тысяч квадратных метров", "plan"),
    ("До конца года уровень газификации достигнет 62%.", "62%", "plan"),
    ("Долю переработки необходимо довести до 70% к 2030 году.", "70%", "plan"),
    ("Бюджет области на 2026 год утвержден в объеме 850 млрд тенге.", "850 млрд тенге", "plan"),
    ("Строится элеватор вместимостью 50 тысяч тонн.", "50 тысяч тонн", "plan"),
    ("Запущен молочный завод мощностью 120 тонн в сутки.", "120 тонн", "actual"),
    ("В бюджет поступило 245 млрд тенге, что на 18 млрд тенге выше плана.", "на 18 млрд тенге", "actual"),
    ("Подсолнечник убран на площади 410 тыс. га, или 76% от плана.", "76%", "actual"),
    # a part of a planned figure is planned too
    ("В этом году планируется ввести 1,4 ГВт мощностей, из них 620 МВт приходится на ветровые станции.",
     "620 МВт", "plan"),
    ("Введено 1,4 ГВт мощностей, из них 620 МВт приходится на ветровые станции.", "620 МВт", "actual"),
])
def test_status(pipeline, sentence, figure, status):
    assert facts(pipeline, sentence)[figure][1] == status


def test_verb_status_reads_tense_and_plan_words():
    assert verb_status("составит") == "plan" and verb_status("составил") == "actual"
    assert verb_status("планируется") == "plan" and verb_status("привлечено") == "actual"
    assert verb_status("выходим") == "actual"         # a verb of both aspects reads as present
    assert verb_status("сообщил") == "speech" and verb_status("построить") == "infinitive"
    assert verb_status("школа") is None


# --- change -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, figure, change", [
    ("Валовой продукт вырос на 5,3%.", "на 5,3%", "up"),
    ("Налоговых поступлений собрано на 21,3% больше.", "на 21,3%", "up"),
    ("Задолженность по зарплате сократилась на 3 млрд тенге.", "на 3 млрд тенге", "down"),
    ("Экспорт муки увеличился в 2 раза.", "в 2 раза", "up"),
    ("Число преступлений снизилось в 1,5 раза.", "в 1,5 раза", "down"),
    ("Объем инвестиций прибавил 17 процентов.", "17 процентов", "up"),
    ("Безработица снизилась до 4,6%.", "4,6%", None),
    ("Доходы бюджета составили 410 млрд тенге.", "410 млрд тенге", None),
    # a figure written with its sign is a change; a temperature is a level
    ("Сахар – 512 тенге за кг (+1,8%), мука – 310 тенге (–0,6%).", "+1,8%", "up"),
    ("Сахар – 512 тенге за кг (+1,8%), мука – 310 тенге (–0,6%).", "–0,6%", "down"),
    ("Ввод жилья показал минус 4,1%.", "минус 4,1%", "down"),
    ("Ночью похолодает до –18 °C.", "–18 °C", None),
    # a figure whose subject is a change noun, of any kind
    ("Прирост кредитного портфеля составил 12%.", "12%", "up"),
    ("Рост выпуска молочной продукции составил 1,4 млрд тенге.", "1,4 млрд тенге", "up"),
    ("Снижение тарифов составит 3,5 тенге за кубометр.", "3,5 тенге", "down"),
])
def test_change(pipeline, sentence, figure, change):
    assert facts(pipeline, sentence)[figure][2] == change


def test_change_levels_from_and_to(pipeline):
    f = facts(pipeline, "Собственные доходы бюджета выросли с 63 млрд рублей до 97 млрд рублей.")
    assert f["63 млрд рублей"][2] is None and f["97 млрд рублей"][2] is None


def test_change_shared_by_elided_figures(pipeline):
    f = facts(pipeline, "В октябре дизельное топливо подорожало на 1,2%, бензин АИ-95 — на 0,6%.")
    assert f["на 1,2%"][2] == "up" and f["на 0,6%"][2] == "up"


# --- indicator, place -------------------------------------------------------

def test_indicator_is_the_subject_and_place_the_sentences_region(pipeline):
    text = "В Павлодарской области объем промышленного производства составил 3,2 трлн тенге."
    record = pipeline.extract(text)
    q = record.quantities[0]
    assert q.indicator == q.subject == "объем промышленного производства"
    place = next(e for e in record.entities if e.id == q.place)
    assert (place.type, place.name) == ("LOC", "Павлодарская область")


def test_place_falls_back_to_the_briefings_region(pipeline):
    text = ("Глава государства принял акима Костанайской области Кумара Аксакалова. "
            "Президенту доложено, что объем инвестиций составил 410 млрд тенге.")
    record = pipeline.extract(text)
    q = record.quantities[0]
    assert record.briefing is not None and record.briefing.region == "Костанайская область"
    assert next(e.name for e in record.entities if e.id == q.place) == "Костанайская область"


def test_a_day_is_an_event_and_carries_no_period(pipeline):
    text = ("12 сентября 2025 года в Кордайском районе открыт цементный завод стоимостью 90 млрд тенге. "
            "На предприятии работают 350 человек.")
    f = facts(pipeline, text)
    assert f["90 млрд тенге"] == ("12 сентября 2025 года", "actual", None)
    assert f["350 человек"] == (None, "actual", None)


def test_a_comparison_with_the_same_period_keeps_the_report_period(pipeline):
    text = ("Министерство подвело итоги исполнения бюджета за девять месяцев 2025 года.\n\n"
            "Доходы бюджета составили 9,8 трлн тенге, что на 6% больше, чем за аналогичный период прошлого года.")
    f = facts(pipeline, text)
    assert f["9,8 трлн тенге"] == ("за девять месяцев 2025 года", "actual", None)
    assert f["на 6%"] == ("за девять месяцев 2025 года", "actual", "up")
