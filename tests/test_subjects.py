"""What a figure measures: one naming rule (figures/subjects.py) for the quantity's subject and the
briefing's indicator names. A name is a nominative noun phrase, never a verb or a number word;
when the sentence gives none, it is None."""
import glob
import os

import pytest

from extractor import morph
from extractor.figures.numbers import word
from extractor.figures.subjects import indicator_name
from quantity_cases import quantities

SAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "samples")

NAMES = [
    ("Объем производства составил три триллиона 200 миллиардов тенге.", "три триллиона 200 миллиардов тенге",
     "объем производства"),
    ("Выпуск стали составил 5 млн тонн (рост на 1,5 %).", "на 1,5 %", "рост"),
    ("Регион лидирует по объёму частных инвестиций (22,4%).", "22,4%", "объем частных инвестиций"),
    ("В пул вошли 42 проекта на 1,1 трлн тенге.", "1,1 трлн тенге", "сумма проектов"),
    ("Портфель включает 128 проектов на сумму 2,6 трлн тенге.", "2,6 трлн тенге", "сумма проектов"),
    ("Валовой региональный продукт удалось увеличить в 1,6 раза.", "в 1,6 раза", "валовой региональный продукт"),
    ("Собственные доходы бюджета выросли с 63 миллиардов рублей до 97 миллиардов рублей.", "97 миллиардов рублей",
     "собственные доходы бюджета"),
    ("Привлечено 178 млрд тенге инвестиций, что на 29,5% больше, чем годом ранее.", "на 29,5%", "инвестиции"),
    ("На эти цели направлено 12 млрд рублей.", "12 млрд рублей", "средства на эти цели"),
    ("Объем экспорта — 3,4 млрд долларов (+12,5%).", "+12,5%", "объем экспорта"),
    ("Отремонтировано 245 км дорог местного значения на сумму 18,6 млрд тенге.", "18,6 млрд тенге",
     "сумма дорог местного значения"),
    ("Строятся 10 ферм с общим объемом инвестиций свыше 30 млрд тенге.", "свыше 30 млрд тенге", "объем инвестиций"),
    ("В обрабатывающей промышленности производство увеличилось на 6,3%.", "на 6,3%", "производство"),
    ("Индекс промышленного производства был почти 106 процентов.", "почти 106 процентов",
     "индекс промышленного производства"),
    ("Объем инвестиций прибавил 17 процентов.", "17 процентов", "объем инвестиций"),
    ("Тариф на тепло вырастет с 1 июля на 9,8%.", "на 9,8%", "тариф"),
    ("Район получил 3,2 млрд рублей на капремонт школ.", "3,2 млрд рублей", "средства на капремонт школ"),
    ("Компания получила 5 млрд тенге прибыли.", "5 млрд тенге", "прибыль"),
    # the level a change ends at, after a dash or a comma, is of the same thing
    ("Уровень безработицы снизился на 0,4 п.п. — до 4,6%.", "4,6%", "уровень безработицы"),
    ("Вклады населения выросли на 11%, до 2,3 трлн рублей.", "2,3 трлн рублей", "вклады населения"),
    # `, это на …` compares the figure before
    ("Отгружено 4,2 млн тонн угля, это на 6% больше, чем годом ранее.", "на 6%", "отгрузка угля"),
    # a passive participle before a figure names it by its action, with the genitive group after
    ("С начала года добыто 2,4 млн тонн медной руды.", "2,4 млн тонн", "добыча медной руды"),
    ("В области намолочено 5,1 млн тонн зерна.", "5,1 млн тонн", "намолот зерна"),
    # the object of a change verb
    ("Новая линия позволит сократить потери электроэнергии на 12%.", "на 12%", "потери электроэнергии"),
    ("Завод намерен увеличить выпуск стальных труб на 8%.", "на 8%", "выпуск стальных труб"),
    # a time phrase between the subject and its verb
    ("Смертность от болезней сердца за январь–октябрь снизилась на 7,8%.", "на 7,8%", "смертность"),
    ("Инвестиции в основной капитал за 9 мес. 2025 г. выросли на 14,6%.", "на 14,6%", "инвестиции"),
    # a change planned: the subject of `планируется расширить`, and `до` ends the change
    ("В будущем году площадь посевов рапса планируется расширить до 240 тыс. га.", "240 тыс. га", "площадь посевов"),
    # an elliptical list: the genitive before each dash, in the nominative
    ("В структуре урожая пшеницы — 1,4 млн тонн, ячменя — 520 тыс. тонн.", "520 тыс. тонн", "ячмень"),
    ("Поголовье КРС составило 512 тыс. голов, овец и коз — 780 тыс., лошадей — 146 тыс.", "780 тыс.",
     "овцы и козы"),
    ("Поголовье КРС составило 512 тыс. голов, овец и коз — 780 тыс., лошадей — 146 тыс. в хозяйствах.", "146 тыс.",
     "лошади"),
    # … a part or a later span of the figure before it, after a comma and before a dash
    ("Индекс промышленного производства составил 103,8%, в обрабатывающих отраслях — 105,1%.", "105,1%",
     "индекс промышленного производства"),
    ("На поддержку отрасли из бюджета направлено 4,3 млрд рублей, а с начала года — 6,8 млрд рублей.",
     "6,8 млрд рублей", "средства на поддержку отрасли"),
    ("На ремонт больниц выделено 3,9 млрд рублей, из них в этом году освоено 2,4 млрд рублей.", "2,4 млрд рублей",
     "средства на ремонт больниц"),
    # the purpose after `на`, past a time phrase, cut before the source
    ("На программу модернизации здравоохранения на 2025–2026 годы региону выделено 3,9 млрд рублей.",
     "3,9 млрд рублей", "средства на программу модернизации здравоохранения"),
    # a genitive that opens the clause before an impersonal passive
    ("Рапса намолочено почти 190 тыс. тонн.", "почти 190 тыс. тонн", "рапс"),
    ("В рамках программы введено 414 тыс. кв. м жилья.", "414 тыс. кв. м", "ввод жилья"),
    # none given: the object of a verb is no name, nor a pronoun, nor the words before
    ("Добыча превышает прошлогодний показатель на 4 процента.", "на 4 процента", None),
    ("Это обошлось в 300 долларов.", "300 долларов", None),
    ("Он заплатил 300 долларов.", "300 долларов", None),
]


@pytest.mark.parametrize("text,span,name", NAMES, ids=[n[1] for n in NAMES])
def test_subject_names(text, span, name):
    got = {q.text: q for q in quantities(text)}
    assert got[span].subject == name
    assert indicator_name(text, got[span]) == name


@pytest.mark.parametrize("text,span,name", [
    ("В районе построено 655 медицинских объектов первичного звена.", "655 медицинских объектов",
     "медицинские объекты первичного звена"),
    ("Создано 936 рабочих мест.", "936 рабочих мест", "рабочие места"),
    ("Обучено 6 250 студентов, из них свыше 700 получат работу.", "свыше 700", "студенты"),
])
def test_counts_are_named_by_their_noun(text, span, name):
    q = {q.text: q for q in quantities(text)}[span]
    assert q.subject is None                       # a count's subject: its noun, in indicator_name
    assert indicator_name(text, q) == name


def _verb(w):
    ps = morph.cyr_parses(w.lower())
    return bool(ps) and ps[0].tag.POS in ("VERB", "INFN", "GRND") and \
        not any(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in ps)


@pytest.mark.parametrize("path", sorted(glob.glob(os.path.join(SAMPLES, "*.txt"))), ids=os.path.basename)
def test_names_in_the_samples_are_noun_phrases(pipeline, path):
    text = open(path, encoding="utf-8").read()
    r = pipeline.extract(text)
    names = [q.subject for q in r.quantities if q.subject]
    names += [i.name for i in (r.briefing.indicators if r.briefing else [])]
    for name in names:
        words = name.split()
        assert not any(_verb(w) for w in words), name
        assert not any(word(w) for w in words), name
        assert name == name.lower()


def test_the_governor_briefing_names_its_money(pipeline):
    text = open(os.path.join(SAMPLES, "briefing-governor-putin.txt"), encoding="utf-8").read()
    b = pipeline.extract(text).briefing
    assert [(i.name, i.text) for i in b.indicators] == [("частные дома", "3200 частных домов"),
                                                       ("средства на эти цели", "12 млрд рублей")]
