"""Briefing: roles, region, period, indicators and directives.

Unit tests build the entities, quantities and dates by hand, so they test
the briefing rules alone; the end-to-end tests run the whole pipeline over
tests/fixtures/briefings/ against expected.json there.
"""
import json
import os
import re

import pytest

from extractor.briefing import build_briefing, find_directives, find_period, indicator_name
from extractor.positions import find_positions
from extractor.schema import DateMention, Entity, Mention, Quantity
from extractor.segment import prepare

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "briefings")
EXPECTED = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
FIXTURES = sorted(k for k in EXPECTED if k.endswith(".txt"))


def ent(text, eid, type_, name, *surfaces):
    """An entity with a mention at each occurrence of each surface form."""
    mentions = []
    for s in surfaces:
        for m in re.finditer(re.escape(s), text):
            mentions.append(Mention(start=m.start(), stop=m.end(), text=s))
    mentions.sort(key=lambda m: m.start)
    return Entity(id=eid, type=type_, name=name, mentions=mentions)


def qty(text, qid, surface, kind, value, unit, subject=None):
    i = text.index(surface)
    return Quantity(id=qid, text=surface, start=i, stop=i + len(surface), kind=kind, value=value,
                    unit=unit, subject=subject)


def run(text, entities, quantities=(), dates=()):
    doc = prepare(text)
    find_positions(doc, entities)
    return build_briefing(doc, entities, list(quantities), list(dates))


AKIM = ("Глава государства Касым-Жомарт Токаев принял акима Павлодарской области Асаина Байханова.\n\n"
        "Президенту было доложено, что объем промышленного производства вырос на 3,2%.\n\n"
        "Глава государства поручил продолжить работу по модернизации коммунальных сетей.")


def akim_entities(text=AKIM):
    return [ent(text, "e1", "PER", "Касым-Жомарт Токаев", "Касым-Жомарт Токаев"),
            ent(text, "e2", "LOC", "Павлодарская область", "Павлодарской области"),
            ent(text, "e3", "PER", "Асаин Байханов", "Асаина Байханова")]


def test_receive_verb_gives_reporter_as_object_and_recipient_as_subject():
    b = run(AKIM, akim_entities(), [qty(AKIM, "q1", "на 3,2%", "percent", 3.2, "%", "объем промышленного производства")])
    assert (b.reporter.name, b.reporter.position, b.reporter.region) == \
        ("Асаин Байханов", "аким Павлодарской области", "Павлодарская область")
    assert (b.recipient.name, b.recipient.position) == ("Касым-Жомарт Токаев", "Президент")
    assert b.region == "Павлодарская область"
    assert [(i.name, i.text) for i in b.indicators] == [("объем промышленного производства", "на 3,2%")]
    assert [d.text for d in b.directives] == ["продолжить работу по модернизации коммунальных сетей"]


def test_report_verb_active_reporter_nominative_recipient_dative():
    text = "Министр энергетики Алмасадам Саткалиев доложил Премьер-министру Олжасу Бектенову о ходе ремонта."
    ents = [ent(text, "e1", "PER", "Алмасадам Саткалиев", "Алмасадам Саткалиев"),
            ent(text, "e2", "PER", "Олжас Бектенов", "Олжасу Бектенову")]
    b = run(text, ents)
    assert (b.reporter.name, b.reporter.position) == ("Алмасадам Саткалиев", "министр энергетики")
    assert (b.recipient.name, b.recipient.position) == ("Олжас Бектенов", "Премьер-министр")


def test_informed_takes_recipient_in_accusative():
    text = "Вице-министр финансов Ержан Биржанов проинформировал Премьер-министра о ходе исполнения бюджета."
    ents = [ent(text, "e1", "PER", "Ержан Биржанов", "Ержан Биржанов")]
    b = run(text, ents)
    assert (b.reporter.name, b.reporter.position) == ("Ержан Биржанов", "вице-министр финансов")
    assert (b.recipient.name, b.recipient.position) == (None, "Премьер-министр")


def test_heard_report_of_minister_passive_and_title_only():
    text = ("Премьер-министр заслушал отчет министра сельского хозяйства о ходе уборочной.\n\n"
            "Главе правительства было доложено, что урожай собран на 90% площадей.")
    b = run(text, [])
    assert (b.reporter.name, b.reporter.position) == (None, "министр сельского хозяйства")
    assert (b.recipient.name, b.recipient.position) == (None, "Премьер-министр")


def test_reported_to_named_person_without_title_takes_title_used_elsewhere():
    text = ("Губернатор Курской области Александр Хинштейн доложил Владимиру Путину о ситуации в регионе.\n\n"
            "Президент поручил ускорить выплаты жителям.")
    ents = [ent(text, "e1", "PER", "Александр Хинштейн", "Александр Хинштейн"),
            ent(text, "e2", "PER", "Владимир Путин", "Владимиру Путину"),
            ent(text, "e3", "LOC", "Курская область", "Курской области")]
    b = run(text, ents)
    assert (b.reporter.name, b.reporter.position, b.region) == \
        ("Александр Хинштейн", "губернатор Курской области", "Курская область")
    assert (b.recipient.name, b.recipient.position) == ("Владимир Путин", "Президент")


def test_several_reporters():
    text = ("Президент принял акима Атырауской области Серика Шапкенова и акима Костанайской области "
            "Кумара Аксакалова. Акимы доложили о подготовке к паводкам.")
    ents = [ent(text, "e1", "PER", "Серик Шапкенов", "Серика Шапкенова"),
            ent(text, "e2", "PER", "Кумар Аксакалов", "Кумара Аксакалова"),
            ent(text, "e3", "LOC", "Атырауская область", "Атырауской области"),
            ent(text, "e4", "LOC", "Костанайская область", "Костанайской области")]
    b = run(text, ents)
    assert [(p.name, p.position, p.region) for p in b.reporters] == [
        ("Серик Шапкенов", "аким Атырауской области", "Атырауская область"),
        ("Кумар Аксакалов", "аким Костанайской области", "Костанайская область")]
    assert b.reporter.name == "Серик Шапкенов"
    assert b.recipient.position == "Президент"


def test_reported_before_president():
    text = "Министр просвещения Гани Бейсембаев отчитался перед Президентом о строительстве школ."
    b = run(text, [ent(text, "e1", "PER", "Гани Бейсембаев", "Гани Бейсембаев")])
    assert (b.reporter.name, b.reporter.position) == ("Гани Бейсембаев", "министр просвещения")
    assert b.recipient.position == "Президент"


@pytest.mark.parametrize("text", [
    "Президент Касым-Жомарт Токаев принял участие в саммите ОДКБ.",
    "Министр финансов сообщил журналистам, что дефицит бюджета составит 2,7%.",
    "Президент принял закон о бюджете на 2025 год.",
    "Министерство здравоохранения информирует о росте заболеваемости гриппом.",
    "Аким города поручил отремонтировать дороги до конца сентября.",
    "Президент выступил с посланием народу Казахстана.",
])
def test_ordinary_news_is_no_briefing(text):
    assert run(text, []) is None


def test_period_prefers_month_range_and_drops_preposition():
    text = "за 7 месяцев 2024 года ... за январь-июль 2024 года"
    dates = [DateMention(id="d1", text="за 7 месяцев 2024 года", start=0, stop=22, kind="period",
                         date_from="2024-01-01", date_to="2024-07-31"),
             DateMention(id="d2", text="за январь-июль 2024 года", start=27, stop=51, kind="range",
                         date_from="2024-01-01", date_to="2024-07-31")]
    p = find_period(prepare(text), dates)
    assert (p.date_id, p.text, p.date_from, p.date_to) == ("d2", "январь-июль 2024 года", "2024-01-01", "2024-07-31")


def test_period_is_no_comparison_base_and_results_may_name_their_subject(pipeline):
    text = ("ПАВЛОДАР, 18 июля 2025 года. Аким области Асаин Байханов доложил Президенту об итогах "
            "социально-экономического развития региона в I полугодии 2025 года. Инвестиции составили "
            "410 млрд тенге, что на 12% больше, чем за январь–июнь 2024 года.")
    p = pipeline.extract(text).briefing.period
    assert (p.text, p.date_from, p.date_to) == ("I полугодии 2025 года", "2025-01-01", "2025-06-30")


def test_indicator_name_from_counted_noun_and_genitive_tail():
    text = "В области построено 86 объектов социальной инфраструктуры."
    q = qty(text, "q1", "86 объектов", "count", 86, "объект", "объект")
    assert indicator_name(prepare(text), q) == "объекты социальной инфраструктуры"


def test_indicator_name_from_following_genitive_when_no_subject():
    text = "Аграриям выделено 580 млрд тенге льготных кредитов."
    q = qty(text, "q1", "580 млрд тенге", "money", 580e9, "KZT")
    assert indicator_name(prepare(text), q) == "льготные кредиты"


def test_indicator_keeps_a_full_subject():
    text = "Уровень газификации достигнет 56,5%."
    q = qty(text, "q1", "56,5%", "percent", 56.5, "%", "уровень газификации")
    assert indicator_name(prepare(text), q) == "уровень газификации"


@pytest.mark.parametrize("text,expected", [
    ("По итогам встречи Глава государства поручил продолжить работу по развитию туризма.",
     "продолжить работу по развитию туризма"),
    ("Президент дал ряд поручений по развитию промышленности, сообщает Акорда.", "по развитию промышленности"),
    ("Премьер-министр поставил задачу завершить ремонт до 1 октября.", "завершить ремонт до 1 октября"),
])
def test_directives(text, expected):
    ds = find_directives(prepare(text))
    assert [d.text for d in ds] == [expected]
    assert text[ds[0].start:ds[0].stop] == expected


# ---------------------------------------------------------------- end to end

def _stems(s):
    return {w[:5] for w in re.findall(r"\w+", (s or "").lower().replace("ё", "е")) if len(w) >= 4}


def _norm(s):
    return re.sub(r"\s+", "", (s or "").lower().replace("ё", "е").replace(",", "."))


@pytest.fixture(scope="module")
def records(pipeline):
    out = {}
    for name in FIXTURES:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            out[name] = pipeline.extract(f.read(), doc_id=name)
    return out


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_briefing_or_none(records, name):
    exp, b = EXPECTED[name], records[name].briefing
    if exp is None:
        assert b is None
        return
    assert b is not None
    assert (b.reporter.position, b.reporter.region) == (exp["reporter"]["position"], exp["reporter"]["region"])
    assert b.recipient.position == exp["recipient"]["position"]
    assert b.region == exp["region"]
    assert ([b.period.date_from, b.period.date_to] if b.period else None) == exp["period"]
    assert [d.text for d in b.directives] == exp["directives"]
    if "reporters" in exp:
        assert [(p.position, p.region) for p in b.reporters] == [(p["position"], p["region"]) for p in exp["reporters"]]
    for iname, itext in exp["indicators"]:
        assert any(_norm(i.text) == _norm(itext) and _stems(i.name) & _stems(iname) for i in b.indicators), \
            (iname, itext, [(i.name, i.text) for i in b.indicators])


@pytest.mark.parametrize("name", [n for n in FIXTURES if EXPECTED[n]])
def test_fixture_names(records, name):
    exp, b = EXPECTED[name], records[name].briefing
    assert (b.reporter.name, b.recipient.name) == (exp["reporter"]["name"], exp["recipient"]["name"])
    if "reporters" in exp:
        assert [p.name for p in b.reporters] == [p["name"] for p in exp["reporters"]]


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_attribution(records, name):
    exp, a = EXPECTED[name], records[name].attribution
    if exp is None or "attribution" not in exp:
        return
    if exp["attribution"] is None:
        assert a is None
    else:
        assert a is not None and [a.outlet, a.via] == exp["attribution"]


@pytest.mark.parametrize("text,reporter_pos,recipient", [
    ("Касым-Жомарт Токаев провел встречу с акимом Абайской области Берикем Уали.\n\n"
     "Аким доложил Главе государства о ходе восстановления Семея.",
     "аким Абайской области", ("Касым-Жомарт Токаев", "Президент")),
    ("Министр торговли Арман Шаккалиев рассказал Президенту о мерах по сдерживанию цен.",
     "министр торговли", (None, "Президент")),
    ("Президент России Владимир Путин провел совещание с членами правительства. "
     "Министр финансов доложил, что дефицит бюджета составил 1,7%.",
     "министр финансов", ("Владимир Путин", "Президент России")),
    ("Владимир Путин провел рабочую встречу с губернатором Курской области Александром Хинштейном. "
     "Глава региона доложил президенту о ситуации в приграничье.",
     "губернатор Курской области", ("Владимир Путин", "Президент")),
    ("На встрече с Президентом министр цифрового развития Жаслан Мадиев доложил о ходе цифровизации.",
     "министр цифрового развития", (None, "Президент")),
    ("Премьер-министру Олжасу Бектенову доложено о ходе отопительного сезона. Как сообщил министр "
     "энергетики Алмасадам Саткалиев, запасы угля составляют 3 млн тонн.",
     "министр энергетики", ("Олжас Бектенов", "Премьер-министр")),
    # a report heard with no reporter in its sentence: the official who speaks next gives it
    ("Аким Павлодарской области Асаин Байханов заслушал отчет о подготовке к паводкам. Начальник "
     "департамента по чрезвычайным ситуациям области Руслан Игликов сообщил, что заготовлено 12 тыс. мешков.",
     "начальник департамента по чрезвычайным ситуациям области", ("Асаин Байханов", "аким Павлодарской области")),
    # a discussion with an official of lower rank is a meeting he reports at
    ("Вице-премьер Марат Хуснуллин обсудил с губернатором Курганской области Вадимом Шумковым расселение "
     "аварийного жилья. Как доложил Шумков, за семь месяцев введено 412 тыс. кв. м жилья.",
     "губернатор Курганской области", ("Марат Хуснуллин", "вице-премьер")),
    # the order inverted: the verb, then its subject
    ("Аким Туркестанской области Нуралхан Кушеров провел селекторное совещание по ходу сева. Первым доложил "
     "аким Сайрамского района Бахтияр Сатыбалдиев: засеяно 41% площадей.",
     "аким Сайрамского района", ("Нуралхан Кушеров", "аким Туркестанской области")),
    # results presented to an official below a head of government
    ("Министр культуры Ставропольского края Наталья Лоренц представила губернатору Владимиру "
     "Владимирову итоги работы музеев: их посетили 2,1 млн человек.",
     "министр культуры Ставропольского края", ("Владимир Владимиров", "губернатор")),
])
def test_meeting_and_tell_phrasings(pipeline, text, reporter_pos, recipient):
    b = pipeline.extract(text).briefing
    assert b.reporter.position == reporter_pos
    assert (b.recipient.name, b.recipient.position) == recipient


@pytest.mark.parametrize("text", [
    "Министр торговли Арман Шаккалиев рассказал журналистам о мерах по сдерживанию цен.",
    "Премьер-министр Олжас Бектенов провел заседание правительства, на котором рассмотрены итоги за 9 месяцев.",
    "Аким Костаная Марат Жундубаев принял жителей города по личным вопросам. Он сообщил, что отремонтировано 40 дворов.",
    "Министр туризма Ерболат Ерекешев представил журналистам итоги летнего сезона: 3 млн туристов.",
    "Аким города Нурлан Ногаев обсудил с жителями ремонт 40 дворов.",
])
def test_more_ordinary_news(pipeline, text):
    assert pipeline.extract(text).briefing is None


def test_change_after_que_measures_the_figure_before_it():
    text = ("Премьер-министр Олжас Бектенов заслушал отчет министра энергетики Алмасадама Саткалиева.\n\n"
            "Как доложил министр, выработка электроэнергии составила 95,3 млрд кВт·ч, что на 4,2% больше, "
            "чем годом ранее.")
    ents = [ent(text, "e1", "PER", "Олжас Бектенов", "Олжас Бектенов"),
            ent(text, "e2", "PER", "Алмасадам Саткалиев", "Алмасадама Саткалиева")]
    qs = [qty(text, "q1", "95,3 млрд кВт·ч", "measure", 95.3e9, "kWh", "выработка электроэнергии"),
          qty(text, "q2", "на 4,2%", "percent", 4.2, "%")]
    b = run(text, ents, qs)
    assert [(i.name, i.text) for i in b.indicators] == [
        ("выработка электроэнергии", "95,3 млрд кВт·ч"), ("выработка электроэнергии", "на 4,2%")]


@pytest.mark.parametrize("text, expected", [
    ("Глава государства поставил перед акимом задачу решить проблему пробок в столице.",
     ["решить проблему пробок в столице"]),
    ("Президент дал акиму ряд поручений: обеспечить тепло в домах и завершить ремонт школ.",
     ["обеспечить тепло в домах и завершить ремонт школ"]),
])
def test_directive_phrase_with_words_inside(text, expected):
    assert [d.text for d in find_directives(prepare(text))] == expected


def test_counted_indicator_names_lose_qualifier_and_scale(pipeline):
    text = ("Президент Касым-Жомарт Токаев принял акима Туркестанской области Дархана Сатыбалды. "
            "Главе государства доложено, что построено более 3 тысяч частных домов и открыто 14 индустриальных парков.")
    b = pipeline.extract(text).briefing
    assert [(i.name, i.text) for i in b.indicators] == [
        ("частные дома", "более 3 тысяч частных домов"), ("индустриальные парки", "14 индустриальных парков")]


def test_period_without_a_year_keeps_its_text(pipeline):
    text = ("Премьер-министр Олжас Бектенов заслушал отчет акима Туркестанской области Дархана Сатыбалды. "
            "По итогам 10 месяцев текущего года рост промышленности составил 5%.")
    p = pipeline.extract(text).briefing.period
    assert (p.text, p.date_from, p.date_to) == ("10 месяцев текущего года", None, None)


# ---------------------------------------------------------------- issue 15 families

def test_requested_money_is_no_indicator(pipeline):
    text = ("Президент Касым-Жомарт Токаев принял акима Абайской области Берика Уали. Аким доложил, что "
            "производство выросло на 4,2%. Аким попросил выделить 30 млрд тенге на строительство дороги.")
    b = pipeline.extract(text).briefing
    assert [i.text for i in b.indicators] == ["на 4,2%"]


@pytest.mark.parametrize("text, expected", [
    ("Глава государства поручил акиму области обеспечить ввод школ.", ["обеспечить ввод школ"]),
    ("Президент поручил Правительству до 1 марта 2026 года разработать программу развития села.",
     ["разработать программу развития села"]),
    ("Премьер-министр поручил акимам лично проконтролировать ремонт котельных.", ["лично проконтролировать ремонт котельных"]),
    ("Президент попросил губернатора внимательнее отнестись к ремонту школ.", ["внимательнее отнестись к ремонту школ"]),
    ("Путин рекомендовал сделать это уже сейчас.", ["сделать это уже сейчас"]),
])
def test_directive_starts_at_its_verb(text, expected):
    ds = find_directives(prepare(text))
    assert [d.text for d in ds] == expected
    assert all(text[d.start:d.stop] == d.text for d in ds)


def test_weak_directive_verb_of_the_reporter_is_no_directive():
    text = "Аким области попросил выделить средства на ремонт дорог."
    assert find_directives(prepare(text), [(0, 12)]) == []


@pytest.mark.parametrize("text", [
    "Президент Франции Эммануэль Макрон рассказал Президенту Казахстана Касым-Жомарту Токаеву о проекте АЭС.",
    "Председатель правления АО «Казатомпром» Мейржан Юсупов рассказал Главе государства о строительстве завода.",
    "Премьер-министр Олжас Бектенов провел встречу с президентом компании Shell Ваэлем Саваном.",
    "Посол Японии проинформировал Главу государства о подготовке визита.",
    "Президент принял Генерального секретаря ООН Антониу Гутерриша. Генсек проинформировал Главу государства о работе.",
    "Генеральный директор компании «Роснефть» Игорь Сечин доложил Владимиру Путину о запуске месторождения.",
    "Аким Павлодарской области Асаин Байханов представил отчет на заседании областного общественного совета.",
])
def test_foreign_visitors_company_heads_and_other_audiences_give_no_briefing(pipeline, text):
    assert pipeline.extract(text).briefing is None


@pytest.mark.parametrize("text, reporter, recipient", [
    ("Премьер-министр Михаил Мишустин провел рабочую встречу с губернатором Курганской области Вадимом Шумковым.",
     ("Вадим Шумков", "губернатор Курганской области"), ("Михаил Мишустин", "Премьер-министр")),
    ("На совещании под председательством Президента выступил министр финансов Мади Такиев.",
     ("Мади Такиев", "министр финансов"), (None, "Президент")),
    ("Министр юстиции Ерлан Сарсембаев ознакомил Главу государства с ходом правовой реформы.",
     ("Ерлан Сарсембаев", "министр юстиции"), (None, "Президент")),
    ("Губернатор Кировской области Александр Соколов отчитался перед премьером. Владимир Путин поручил ускорить ремонт.",
     ("Александр Соколов", "губернатор Кировской области"), ("Владимир Путин", "премьер")),
    # a meeting held `у` an official: he chairs it and hears the report
    ("На оперативном совещании у губернатора Ставропольского края Владимира Владимирова министр "
     "строительства края Игорь Ломакин доложил, что за 9 месяцев 2024 года введено 1,3 млн кв. м жилья.",
     ("Игорь Ломакин", "министр строительства края"), ("Владимир Владимиров", "губернатор Ставропольского края")),
    # a presidential envoy's title is whole, and he hears the official he meets
    ("Полномочный представитель Президента в Сибирском федеральном округе Анатолий Серышев провёл рабочую "
     "встречу с губернатором Томской области Владимиром Мазуром. Губернатор доложил, что за девять месяцев "
     "2024 года объём инвестиций вырос на 8,1%.",
     ("Владимир Мазур", "губернатор Томской области"),
     ("Анатолий Серышев", "полномочный представитель Президента в Сибирском федеральном округе")),
    ("Глава Мордовии Артём Здунов встретился с полномочным представителем Президента Российской Федерации "
     "в Приволжском федеральном округе Игорем Комаровым. Здунов доложил полпреду, что в 2024 году в республике "
     "построено 410 тыс. кв. метров жилья.",
     ("Артём Здунов", "глава Мордовии"),
     ("Игорь Комаров", "полномочный представитель Президента Российской Федерации в Приволжском федеральном округе")),
    # a surname before a title is none of its adjectives
    ("В ходе встречи с Премьер-министром Олжасом Бектеновым аким Атырауской области Серик Шапкенов "
     "рассказал, что за 2024 год добыча нефти выросла на 3,1%.",
     ("Серик Шапкенов", "аким Атырауской области"), ("Олжас Бектенов", "Премьер-министр")),
    # a group's title with the state after it is still the head of government
    ("Председатель Правительства Российской Федерации Михаил Мишустин встретился с губернатором Омской "
     "области Виталием Хоценко. Губернатор отчитался о работе региона за первое полугодие 2024 года: "
     "инвестиции выросли на 11,2%.",
     ("Виталий Хоценко", "губернатор Омской области"),
     ("Михаил Мишустин", "Председатель Правительства Российской Федерации")),
    # a deputy prime minister chairs a video meeting; the governor's report has no dative
    ("Вице-премьер Правительства РФ Марат Хуснуллин провёл в режиме видеоконференции совещание по "
     "капремонту. Губернатор Вологодской области Георгий Филимонов доложил, что в 2024 году отремонтировано "
     "310 домов.",
     ("Георгий Филимонов", "губернатор Вологодской области"),
     ("Марат Хуснуллин", "вице-премьер Правительства РФ")),
    # a regional minister reports at the governor's meeting; a title joined by `и` and a hyphenated word
    ("Губернатор Архангельской области Александр Цыбульский провёл заседание регионального правительства. "
     "Министр топливно-энергетического комплекса и жилищно-коммунального хозяйства Архангельской области "
     "Игорь Панфилов доложил о готовности к зиме: запасы угля составляют 220 тыс. тонн.",
     ("Игорь Панфилов",
      "министр топливно-энергетического комплекса и жилищно-коммунального хозяйства Архангельской области"),
     ("Александр Цыбульский", "губернатор Архангельской области")),
])
def test_more_meeting_formats(pipeline, text, reporter, recipient):
    b = pipeline.extract(text).briefing
    assert (b.reporter.name, b.reporter.position) == reporter
    assert (b.recipient.name, b.recipient.position) == recipient


def test_generic_title_takes_the_region_the_article_names(pipeline):
    text = ("Президент принял акима Костанайской области\n\n"
            "Глава государства заслушал отчет акима региона Кумара Аксакалова о развитии экономики.")
    b = pipeline.extract(text).briefing
    assert (b.reporter.name, b.reporter.position, b.region) == \
        ("Кумар Аксакалов", "аким Костанайской области", "Костанайская область")


@pytest.mark.parametrize("text, directive, deadline", [
    # the deadline before the verb stays out of the text; it is the directive's deadline
    ("Президент Касым-Жомарт Токаев принял акима Атырауской области Серика Шапкенова. Аким доложил о "
     "развитии региона. Глава государства поручил Правительству до 1 марта 2026 года разработать программу развития села.",
     "разработать программу развития села", ("до 1 марта 2026 года", "2026-03-01", "2026-03-01")),
    # after the verb, at the end: cut from the text
    ("Премьер-министр Олжас Бектенов заслушал отчет акима Костанайской области Кумара Аксакалова. "
     "Премьер-министр поставил задачу завершить ремонт котельных до 15 сентября 2025 года.",
     "завершить ремонт котельных", ("до 15 сентября 2025 года", "2025-09-15", "2025-09-15")),
    # inside the text: the text stays whole
    ("Президент Касым-Жомарт Токаев принял акима Жамбылской области Ербола Карашукеева. Аким доложил о "
     "строительстве школ. Президент поручил "
     "обеспечить до 1 июня 2026 года подключение всех сел к интернету.",
     "обеспечить до 1 июня 2026 года подключение всех сел к интернету",
     ("до 1 июня 2026 года", "2026-06-01", "2026-06-01")),
    # no deadline
    ("Президент Касым-Жомарт Токаев принял акима Абайской области Берика Уали. Аким доложил о ремонте "
     "дорог. Глава государства поручил "
     "продолжить строительство дорог.", "продолжить строительство дорог", None),
])
def test_directive_deadline(pipeline, text, directive, deadline):
    b = pipeline.extract(text).briefing
    (d,) = b.directives
    assert d.text == directive and text[d.start:d.stop] == directive
    got = None if d.deadline is None else (d.deadline.text, d.deadline.date_from, d.deadline.date_to)
    assert got == deadline
    if d.deadline is not None:
        assert d.deadline.date_id in {x.id for x in pipeline.extract(text).dates}


@pytest.mark.parametrize("report, expected", [
    # the span the report covers, not a plan's horizon
    ("Аким доложил, что за январь-август 2025 года привлечено 300 млрд тенге инвестиций. "
     "На 2025-2027 годы сформирован портфель из 40 проектов.", ("январь-август 2025 года", "2025-01-01", "2025-08-31")),
    ("Аким доложил, что в первом полугодии 2025 года рост экономики составил 6%. "
     "На 2025-2027 годы запланировано 12 проектов.", ("первом полугодии 2025 года", "2025-01-01", "2025-06-30")),
    # nor an event's days
    ("С 8 по 14 сентября 2025 года в области прошла ярмарка. Аким доложил, что по итогам 8 месяцев 2025 года "
     "производство выросло на 4%.", ("8 месяцев 2025 года", "2025-01-01", "2025-08-31")),
    ("Аким доложил о работе за последнюю неделю: отремонтировано 5 котлов. С 8 по 14 сентября 2025 года "
     "запустят отопление.", ("последнюю неделю", None, None)),
    # unless `за` says they are what the report covers
    ("Аким доложил, что за период с 1 по 14 сентября 2025 года отремонтировано 12 км дорог.",
     ("с 1 по 14 сентября 2025 года", "2025-09-01", "2025-09-14")),
    # a range of years with no `за`
    ("Аким доложил, что с 2021 года по 2024 год доходы бюджета выросли на 40%.",
     ("с 2021 года по 2024 год", "2021-01-01", "2024-12-31")),
])
def test_reporting_period_is_what_the_report_covers(pipeline, report, expected):
    text = "Президент Касым-Жомарт Токаев принял акима Павлодарской области Асаина Байханова. " + report
    p = pipeline.extract(text).briefing.period
    assert (p.text, p.date_from, p.date_to) == expected


@pytest.mark.parametrize("text, reporter_pos", [
    # acting offices in every case the meeting's grammar gives them
    ("Временно исполняющий обязанности губернатора Курской области Александр Хинштейн доложил Президенту "
     "о восстановлении приграничья.", "временно исполняющий обязанности губернатора Курской области"),
    ("Владимир Путин провёл рабочую встречу с временно исполняющим обязанности губернатора Курской области "
     "Александром Хинштейном.", "временно исполняющий обязанности губернатора Курской области"),
    ("Исполняющая обязанности министра здравоохранения Ажар Гиният доложила Премьер-министру о вакцинации.",
     "исполняющая обязанности министра здравоохранения"),
    ("Глава государства принял исполняющего обязанности акима Павлодарской области Асаина Байханова. "
     "Президенту доложено о подготовке к зиме.", "исполняющий обязанности акима Павлодарской области"),
    ("И.о. акима Жамбылской области Ербол Карашукеев доложил Главе государства о ходе посевной.",
     "и.о. акима Жамбылской области"),
    ("Президент принял и. о. акима Карагандинской области Ермаганбета Булекпаева. Главе государства "
     "доложено о развитии региона.", "и. о. акима Карагандинской области"),
    ("Врио губернатора Белгородской области Вячеслав Гладков доложил Президенту о восстановлении жилья.",
     "врио губернатора Белгородской области"),
    # dash compounds: one person's two offices
    ("Первый заместитель Премьер-министра – министр финансов Роман Скляр доложил Главе государства "
     "об исполнении бюджета.", "первый заместитель Премьер-министра – министр финансов"),
    ("Касым-Жомарт Токаев принял заместителя Премьер-министра – министра торговли и интеграции Серика "
     "Жумангарина. Президенту доложено о ценах.", "заместитель Премьер-министра – министр торговли и интеграции"),
    ("Президент России Владимир Путин провёл рабочую встречу с главой Республики Коми – председателем "
     "правительства Республики Коми Владимиром Уйбой.",
     "глава Республики Коми – председатель правительства Республики Коми"),
    # coordinated and hyphenated titles
    ("Заместитель акима по вопросам экономики и финансов Ерлан Сейткали доложил Премьер-министру о бюджете.",
     "заместитель акима по вопросам экономики и финансов"),
    ("Глава государства принял министра науки и высшего образования Саясата Нурбека. Президенту доложено "
     "о реформе вузов.", "министр науки и высшего образования"),
    ("Вице-министр энергетики Ерлан Аккенженов проинформировал Премьер-министра о подготовке к зиме.",
     "вице-министр энергетики"),
    ("Премьер-министр Михаил Мишустин провёл рабочую встречу с генерал-губернатором Ленинградской области "
     "Андреем Петровым.", "генерал-губернатор Ленинградской области"),
    ("Аким города республиканского значения Алматы Ерболат Досаев доложил Президенту о развитии города.",
     "аким города республиканского значения Алматы"),
    ("Председатель Правительства Михаил Мишустин провёл рабочую встречу с Раисом Республики Татарстан "
     "Рустамом Миннихановым.", "Раис Республики Татарстан"),
])
def test_long_titles_are_the_whole_office(pipeline, text, reporter_pos):
    b = pipeline.extract(text).briefing
    assert b is not None and b.reporter.position == reporter_pos


@pytest.mark.parametrize("text, recipient", [
    ("Губернатор Псковской области Михаил Ведерников доложил Председателю Правительства о дорогах.",
     (None, "Председатель Правительства")),
    ("Председателю Правительства Михаилу Мишустину доложено о готовности регионов к зиме. Вице-премьер "
     "Марат Хуснуллин сообщил, что подготовлено 95% объектов.", ("Михаил Мишустин", "Председатель Правительства")),
    ("Председатель правительства Михаил Мишустин провёл встречу с губернатором Тюменской области Александром "
     "Моором. Губернатор доложил о развитии нефтехимии.", ("Михаил Мишустин", "Председатель правительства")),
    ("Глава Правительства Олжас Бектенов заслушал отчёт акима Жамбылской области Ербола Карашукеева.",
     ("Олжас Бектенов", "Премьер-министр")),
    ("Аким Алматы Ерболат Досаев доложил Президенту Республики Казахстан Касым-Жомарту Токаеву о развитии города.",
     ("Касым-Жомарт Токаев", "Президент Республики Казахстан")),
])
def test_recipient_title_as_written(pipeline, text, recipient):
    b = pipeline.extract(text).briefing
    assert (b.recipient.name, b.recipient.position) == recipient


@pytest.mark.parametrize("text, reporter", [
    ("Премьер-министр встретился с акимом Туркестанской области Дарханом Сатыбалды, который доложил о ходе "
     "посевной кампании.", ("Дархан Сатыбалды", "аким Туркестанской области")),
    ("Глава государства встретился с министром энергетики Алмасадамом Саткалиевым, который проинформировал "
     "Президента о подготовке к отопительному сезону.", ("Алмасадам Саткалиев", "министр энергетики")),
    ("Глава государства принял акима Абайской области Нурлана Уранхаева. Президенту доложили о ситуации в регионе.",
     ("Нурлан Уранхаев", "аким Абайской области")),
    ("Президент Казахстана принял акима Костанайской области Кумара Аксакалова. Касым-Жомарту Токаеву была "
     "представлена информация об уборке.", ("Кумар Аксакалов", "аким Костанайской области")),
])
def test_the_official_received_or_met_reports(pipeline, text, reporter):
    b = pipeline.extract(text).briefing
    assert (b.reporter.name, b.reporter.position) == reporter


@pytest.mark.parametrize("text", [
    "Премьер-министр встретился с акимом Карагандинской области Ермаганбетом Булекпаевым. "
    "Стороны обсудили вопросы развития региона.",
    "Касым-Жомарт Токаев провёл встречу с послом Франции Дидье Канессом. Обсуждены вопросы сотрудничества.",
    "Касым-Жомарт Токаев принял посла Франции Дидье Канесса. Дипломат доложил о планах по расширению сотрудничества.",
])
def test_meeting_without_an_officials_report_is_no_briefing(pipeline, text):
    assert pipeline.extract(text).briefing is None


@pytest.mark.parametrize("report, expected", [
    # the reported span, not the meeting's date, a horizon or a deadline before it
    ("Астана, 15 октября 2024 года. Президент принял акима Мангистауской области Нурлана Ногаева. Аким доложил "
     "о программе развития до 2030 года. За 9 месяцев 2024 года ВРП вырос на 4,3%.", ("2024-01-01", "2024-09-30")),
    ("Президент принял акима Павлодарской области Асаина Байханова. Главе государства доложено, что к концу "
     "2024 года будет введено 500 тысяч квадратных метров жилья. С начала года построено 300 тысяч квадратных "
     "метров.", ("2024-01-01", "2024-12-31")),
    # several reported spans: that of most figures, then of the first figure
    ("Президент принял акима Костанайской области Кумара Аксакалова. Аким доложил, что за январь-сентябрь "
     "2024 года промышленность выросла на 4%. По итогам 2023 года ВРП вырос на 5%, инвестиции на 10%.",
     ("2023-01-01", "2023-12-31")),
    ("Президент принял акима Атырауской области Серика Шапкенова. Президенту доложено, что за первое "
     "полугодие 2024 года ВРП вырос на 5%, а за январь-май 2024 года промышленность выросла на 3%.",
     ("2024-01-01", "2024-06-30")),
    # a season's name is no reported span; `за` makes it one
    ("Аким Карагандинской области Ермаганбет Булекпаев проинформировал Главу государства о ходе отопительного "
     "сезона 2024–2025 годов. По итогам 9 месяцев 2024 года подключено 1200 домов.", ("2024-01-01", "2024-09-30")),
    ("Аким Карагандинской области Ермаганбет Булекпаев доложил Главе государства об итогах работы за отопительный "
     "сезон 2023–2024 годов: подключено 1200 домов.", ("2023-01-01", "2024-12-31")),
    # a forecast's span is no reported one
    ("Президент принял акима ВКО Ермека Кошербаева. Президенту доложено о развитии региона за 11 месяцев "
     "2023 года. Ожидается, что по итогам 2023 года ВРП составит 4,4 трлн тенге.", ("2023-01-01", "2023-11-30")),
])
def test_period_is_the_reported_span(pipeline, report, expected):
    p = pipeline.extract(report).briefing.period
    assert (p.date_from, p.date_to) == expected


def test_title_ends_where_a_lost_line_break_glued_two_words(pipeline):
    text = ("Глава Республики Кумпилов рассказал Путину, как развивается регион.\n\n"
            "Путин принял с докладом главу АдыгеиВаловой региональный продукт составил 106,5 процента.")
    assert pipeline.extract(text).briefing.reporter.position == "глава Адыгеи"


@pytest.mark.parametrize("text, reporter, recipient", [
    ("Губернатор Тамбовской области Максим Егоров провёл совещание, на котором министр экономического развития "
     "Тамбовской области Анна Белова представила доклад об итогах первого полугодия 2024 года. Оборот розничной "
     "торговли составил 112,6 млрд рублей.", "Анна Белова", "Максим Егоров"),
    ("Аким Костанайской области Кумар Аксакалов провёл заседание, на котором с докладом выступил руководитель "
     "управления сельского хозяйства Ержан Садыков. Намолочено 4,2 млн тонн зерна.", "Ержан Садыков", "Кумар Аксакалов"),
])
def test_a_regional_head_chairing_a_meeting_hears_the_report(pipeline, text, reporter, recipient):
    b = pipeline.extract(text).briefing
    assert (b.reporter.name, b.recipient.name) == (reporter, recipient)


def test_a_meeting_with_residents_is_no_briefing(pipeline):
    text = ("Аким города провёл встречу с жителями микрорайона Северный. На встрече выступили жители, "
            "они попросили отремонтировать дорогу.")
    assert pipeline.extract(text).briefing is None


def test_officials_of_equal_rank_meeting_is_no_report_to_either(pipeline):
    text = ("Аким Павлодарской области Асаин Байханов встретился с акимом Абайской области Нурланом Уранхаевым. "
            "Стороны обсудили поставки угля, объём которых составил 1,2 млн тонн.")
    assert pipeline.extract(text).briefing is None


def test_a_report_with_no_chair_and_no_senior_official_is_no_briefing(pipeline):
    text = ("Министр строительства Пермского края Андрей Бородин доложил о ходе расселения аварийного жилья: "
            "в 2024 году переселены 1,2 тыс. человек.")
    assert pipeline.extract(text).briefing is None


def test_a_reporter_with_no_region_in_his_title_reports_on_his_hearers(pipeline):
    b = pipeline.extract("Министр по туризму Анна Ветрова доложила губернатору Калининградской области "
                         "Михаилу Дорохову, что регион посетили 1,9 млн туристов.").briefing
    assert (b.reporter.position, b.region) == ("министр по туризму", "Калининградская область")


def test_a_national_hearer_gives_no_region(pipeline):
    b = pipeline.extract("Министр энергетики Алмасадам Саткалиев доложил Премьер-министру Олжасу Бектенову, "
                         "что выработка выросла на 4%.").briefing
    assert b.region is None


@pytest.mark.parametrize("said", ["Ему была представлена информация о работе ведомства за 10 месяцев.",
                                  "Главе государства представлен отчет о работе ведомства.",
                                  "Президенту представлены данные о ходе уборочной кампании."])
def test_received_official_who_presented_information_reports(pipeline, said):
    text = "Глава государства принял министра энергетики Алмасбека Саткалиева. " + said
    b = pipeline.extract(text).briefing
    assert (b.reporter.name, b.reporter.position, b.recipient.position) == \
        ("Алмасбек Саткалиев", "министр энергетики", "Президент")


def test_received_guest_who_was_presented_information_is_no_briefing(pipeline):
    text = "Президент принял посла Франции Жана Дюпона. Послу представлена информация о реформах."
    assert pipeline.extract(text).briefing is None


@pytest.mark.parametrize("title", ["Министр экономики области Иван Петров", "Заместитель губернатора области Иван Петров"])
def test_region_of_a_generic_title_is_the_one_region_the_article_names(pipeline, title):
    text = ("Губернатор Омской области провел оперативное совещание. %s доложил, что за январь–сентябрь "
            "инвестиции в основной капитал выросли на 5,2%%." % title)
    b = pipeline.extract(text).briefing
    assert (b.reporter.name, b.reporter.position, b.region) == ("Иван Петров", title.split(" Иван")[0].lower(),
                                                                "Омская область")


def test_no_region_for_a_generic_title_when_two_regions_are_named_alike(pipeline):
    text = ("Губернатор провел совещание в правительстве Омской области. Министр экономики области Иван Петров "
            "доложил, что инвестиции выросли на 5%. В соседней Новосибирской области рост составил 3%.")
    assert pipeline.extract(text).briefing.region is None


@pytest.mark.parametrize("tail, figure", [(", или 108,5% к уровню прошлого года.", "108,5%"),
                                          (", что на 12% больше, чем годом ранее.", "на 12%")])
def test_figure_after_или_or_что_measures_the_same_thing(pipeline, tail, figure):
    text = ("Аким области Иван Петров доложил Президенту, что с начала года введено 1,36 млн квадратных метров "
            "жилья" + tail)
    b = pipeline.extract(text).briefing
    assert [(i.name, i.text) for i in b.indicators] == [
        ("ввод жилья", "1,36 млн квадратных метров"), ("ввод жилья", figure)]
