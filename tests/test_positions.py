"""Positions: title phrases in the nominative, attached to the persons they name."""
import pytest

from extractor.positions import find_positions, find_titles
from extractor.segment import prepare

from test_briefing import ent


def positions(text, *persons):
    ents = [ent(text, "e%d" % i, "PER", name, *surfaces) for i, (name, *surfaces) in enumerate(persons, 1)]
    find_positions(prepare(text), ents)
    return [e.positions for e in ents]


@pytest.mark.parametrize("text,surface,expected", [
    ("Президент принял акима Жамбылской области Аскара Мырзахметова.", "Аскара Мырзахметова", "аким Жамбылской области"),
    ("Глава государства Касым-Жомарт Токаев выступил в Астане.", "Касым-Жомарт Токаев", "Глава государства"),
    ("Он встретился с министром энергетики Алмасадамом Саткалиевым.", "Алмасадамом Саткалиевым", "министр энергетики"),
    ("Губернатором Белгородской области Вячеславом Гладковым подписан указ.", "Вячеславом Гладковым", "губернатор Белгородской области"),
    ("Доклад первого заместителя Премьер-министра Романа Скляра заслушан.", "Романа Скляра", "первый заместитель Премьер-министра"),
    ("Заявление председателя правления АО «Самрук-Казына» Нурлана Ракишева.", "Нурлана Ракишева", "председатель правления АО «Самрук-Казына»"),
    ("Совещание провел министр туризма и спорта Ербол Мырзабосынов.", "Ербол Мырзабосынов", "министр туризма и спорта"),
    ("Встречу провел вице-министр иностранных дел Алибек Бакаев.", "Алибек Бакаев", "вице-министр иностранных дел"),
    ("Заслушан доклад министра труда и социальной защиты населения Светланы Жакуповой.", "Светланы Жакуповой",
     "министр труда и социальной защиты населения"),
    ("Об этом сообщил председатель правления АО «НК «ҚТЖ» Нурлан Сауранбаев.", "Нурлан Сауранбаев",
     "председатель правления АО «НК «ҚТЖ»"),
    ("Рейд возглавил начальник ДЧС Алматинской области полковник Марат Алимжанов.", "Марат Алимжанов",
     "начальник ДЧС Алматинской области"),
])
def test_title_before_name_in_nominative(text, surface, expected):
    assert positions(text, ("X", surface))[0][0] == expected


def test_standalone_title_of_same_office_attaches():
    text = "Глава государства Касым-Жомарт Токаев принял акима. Президент поручил продолжить работу."
    (tok,) = positions(text, ("Касым-Жомарт Токаев", "Касым-Жомарт Токаев"))
    assert tok == ["Глава государства", "Президент"]


def test_standalone_title_with_no_holder_attaches_to_no_one():
    text = "Президент поручил продолжить работу. Министр энергетики Алмасадам Саткалиев выступил."
    (sat,) = positions(text, ("Алмасадам Саткалиев", "Алмасадам Саткалиев"))
    assert sat == ["министр энергетики"]


def test_title_sentence_initial_lowercased_and_head_of_state_capitalised():
    text = "Акима области Жетісу принял президент."
    ts = find_titles(prepare(text), [ent(text, "e1", "LOC", "область Жетісу", "области Жетісу")])
    assert [t.nominative for t in ts] == ["аким области Жетісу", "Президент"]


def test_plural_title_names_no_one():
    text = "Президент принял акимов Карагандинской и Жамбылской областей."
    ts = find_titles(prepare(text), [])
    assert [t.plural for t in ts] == [False, True]


def test_glava_alone_is_no_position():
    text = "В первой главе книги Иван Петров пишет о детстве."
    assert positions(text, ("Иван Петров", "Иван Петров")) == [[]]


def test_conjunction_takes_no_nominative_group():
    text = "Аким области и депутаты маслихата обсудили бюджет, сообщил Ерлан Жаксыбеков."
    assert [t.nominative for t in find_titles(prepare(text), [])][:1] == ["аким области"]


@pytest.mark.parametrize("text, surface, expected", [
    ("Нурлан Ногаев, аким Мангистауской области, доложил о работе.", "Нурлан Ногаев", "аким Мангистауской области"),
    ("Губернатор Тульской области, возглавляющий регион с 2016 года, Алексей Дюмин доложил о работе.",
     "Алексей Дюмин", "губернатор Тульской области"),
    ("Президент принял министра цифрового развития, инноваций и аэрокосмической промышленности Ерлана Абдикалыкулы.",
     "Ерлана Абдикалыкулы", "министр цифрового развития, инноваций и аэрокосмической промышленности"),
])
def test_apposition_comma_clause_and_listed_complements(text, surface, expected):
    assert positions(text, ("X", surface))[0][0] == expected


def test_head_of_state_takes_no_po_complement():
    text = "Аким доложил об исполнении поручений президента по обеспечению роста экономики."
    assert [t.nominative for t in find_titles(prepare(text), [])] == ["аким", "Президент"]


def test_written_office_and_formal_title():
    text = "Президент России Владимир Путин и Глава государства Касым-Жомарт Токаев."
    ts = find_titles(prepare(text), [ent(text, "e1", "PER", "Владимир Путин", "Владимир Путин"),
                                     ent(text, "e2", "PER", "Касым-Жомарт Токаев", "Касым-Жомарт Токаев")])
    assert [(t.nominative, t.written) for t in ts] == [
        ("Президент России", "Президент России"), ("Глава государства", "Президент")]
