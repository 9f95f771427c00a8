"""NER: slovnet plus rules, on our own tokens, never across a sentence or paragraph."""
import pytest

from extractor import ner_rules
from extractor.ner import Tagger
from extractor.segment import prepare


@pytest.fixture(scope="module")
def tagger():
    return Tagger()


def mentions(tagger, text):
    return [(s.type, s.text) for s in tagger(prepare(text))]


def check_offsets(tagger, text):
    spans = tagger(prepare(text))
    for s in spans:
        assert text[s.start:s.stop] == s.text
    return spans


TEXT = ("Глава государства Касым-Жомарт Токаев принял акима области Жетісу Бейбита Исабаева, "
        "сообщает пресс-служба Акорды.\n\n"
        "Президенту доложили о строительстве дорог в Кербулакском районе.")


def test_titles_are_not_persons_and_regions_keep_their_word(tagger):
    got = mentions(tagger, TEXT)
    assert ("PER", "Касым-Жомарт Токаев") in got
    assert ("PER", "Бейбита Исабаева") in got
    assert ("LOC", "области Жетісу") in got
    assert ("ORG", "Акорды") in got
    assert ("LOC", "Кербулакском районе") in got
    assert not any(t in ("Президенту", "Глава", "акима") for _, t in got)
    check_offsets(tagger, TEXT)


def test_no_mention_across_a_paragraph_break(tagger):
    text = "Отчёт направлен в Акорду\n\nПрезиденту Токаеву доложили о ходе работ."
    spans = check_offsets(tagger, text)
    brk = text.index("\n\n")
    assert all(s.stop <= brk or s.start > brk for s in spans)
    assert ("ORG", "Акорду") in [(s.type, s.text) for s in spans]
    assert ("PER", "Токаеву") in [(s.type, s.text) for s in spans]


def test_kazakh_letters_untouched(tagger):
    text = "Делегация посетила Ұлытау и Түркістан, а затем область Абай."
    spans = check_offsets(tagger, text)
    got = [(s.type, s.text) for s in spans]
    assert ("LOC", "Ұлытау") in got
    assert ("LOC", "Түркістан") in got
    assert ("LOC", "область Абай") in got


def test_quoted_organisation_and_economic_zone(tagger):
    text = ("Контракт подписали ОАО «Газпром» и компания «Самрук-Энерго». "
            "Завод построят на территории СЭЗ «Хоргос – Восточные ворота».")
    got = mentions(tagger, text)
    assert ("ORG", "Газпром") in got
    assert ("ORG", "Самрук-Энерго") in got
    assert ("LOC", "СЭЗ «Хоргос – Восточные ворота»") in got


def test_national_parks_in_quotes_are_places(tagger):
    text = "Туристов ждут национальные парки «Алтын-Емел» и «Көлсай көлдері»."
    got = mentions(tagger, text)
    assert ("LOC", "Алтын-Емел") in got
    assert ("LOC", "Көлсай көлдері") in got


def test_programme_in_quotes_is_no_entity(tagger):
    text = "В регионе реализуется программа «Ауыл аманаты» и проект «Жасыл Ел»."
    assert mentions(tagger, text) == []


# the rules alone, on given tags

def test_split_at_brackets_and_bullets():
    tokens = ["Джоэл", "Саймон", "(", "Joel", "Simon", ")", "•", "Иван", "Петров"]
    tags = ["B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER"]
    got = ner_rules.apply(tokens, ner_rules.bio_mentions(tags))
    assert got == [[0, 2, "PER"], [3, 5, "PER"], [7, 9, "PER"]]


def test_bare_title_dropped_and_title_trimmed():
    tokens = ["Аким", "Иван", "Петров", "и", "Президент"]
    tags = ["B-PER", "I-PER", "I-PER", "O", "B-PER"]
    assert ner_rules.apply(tokens, ner_rules.bio_mentions(tags)) == [[1, 3, "PER"]]


def test_gazetteer_retypes_union_and_station():
    tokens = ["Экипаж", "МКС", "обратился", "к", "ЕС"]
    tags = ["O", "B-ORG", "O", "O", "B-LOC"]
    assert ner_rules.apply(tokens, ner_rules.bio_mentions(tags)) == [[1, 2, "LOC"], [4, 5, "ORG"]]


def test_council_name_goes_on_past_po(tagger):
    text = "Решение одобрил Высший совет по реформам при Президенте."
    got = mentions(tagger, text)
    assert ("ORG", "Высший совет по реформам") in got or ("ORG", "Высший совет по реформам при Президенте") in got


def test_sentence_opening_word_is_no_name():
    tokens = ["Всё-таки", "Проди", "уехал"]
    tags = ["B-PER", "I-PER", "O"]
    assert ner_rules.apply(tokens, ner_rules.bio_mentions(tags)) == [[1, 2, "PER"]]
    tokens = ["Побритый", "вышел"]
    assert ner_rules.apply(tokens, ner_rules.bio_mentions(["B-PER", "O"])) == []


def test_tags_come_back_in_sentence_order(tagger):
    sents = [["Токаев", "прибыл", "в", "Астану", "вечером", "в", "пятницу", "."],
             ["Привет", "."],
             ["Бейбит", "Исабаев", "выступил", "."]]
    together = tagger.tags(sents)
    alone = [tagger.tags([s])[0] for s in sents]
    assert together == alone
    assert [len(t) for t in together] == [8, 2, 4]


def test_documents_tagged_together_get_their_own_spans(tagger):
    texts = [TEXT, "Министр энергетики Алмасадам Саткалиев прибыл в Павлодар.", "",
             "Губернатор Курской области Роман Старовойт доложил Владимиру Путину."]
    docs = [prepare(t) for t in texts]
    together = tagger.tag_docs(docs)
    alone = [tagger(d) for d in docs]
    assert [[(s.start, s.stop, s.type) for s in spans] for spans in together] == \
        [[(s.start, s.stop, s.type) for s in spans] for spans in alone]
    assert ("PER", "Алмасадам Саткалиев") in [(s.type, s.text) for s in together[1]]
    assert together[2] == []
    assert ("LOC", "Курской области") in [(s.type, s.text) for s in together[3]]


def test_overlong_sentence_is_tagged_in_windows(tagger):
    # one "sentence" of 600 words with no full stop: tagged in windows, every word gets a tag
    words = (["Токаев", "прибыл", "в", "Астану", "и"] * 120)
    tags = tagger.tags([words])[0]
    assert len(tags) == len(words)
    text = " ".join(words)
    spans = tagger(prepare(text))
    assert sum(1 for s in spans if s.text == "Астану") >= 100


@pytest.mark.parametrize("text, expected", [
    ("Национальная компания «Қазақстан темір жолы» завершила стройку.", [("ORG", "Қазақстан темір жолы")]),
    ("Об этом сообщили в АО «НК «ҚТЖ».", [("ORG", "ҚТЖ")]),
    ("Фонд национального благосостояния «Самрук-Казына» выделил средства.", [("ORG", "Самрук-Казына")]),
])
def test_kind_of_organisation_before_its_quoted_name_is_no_entity(tagger, text, expected):
    assert mentions(tagger, text) == expected


def test_kazakh_cities_in_russian_spelling(tagger):
    text = "Новые школы откроют в Риддере, Аягозе и Степногорске."
    assert [m for m in mentions(tagger, text) if m[0] == "LOC"] == [
        ("LOC", "Риддере"), ("LOC", "Аягозе"), ("LOC", "Степногорске")]


def test_quoted_name_after_a_legal_form_is_one_organisation(tagger):
    text = "ТОО «Кокшетау Минералы» запустило цех, а фонд «Жомарт» помог семьям."
    assert mentions(tagger, text) == [("ORG", "Кокшетау Минералы"), ("ORG", "Жомарт")]


def test_title_verb_title_is_no_person(tagger):
    # slovnet reads `Аким` as a first name and tags the three words as a person
    text = "Аким доложил Президенту о развитии региона."
    assert [m for m in mentions(tagger, text) if m[0] == "PER"] == []


@pytest.mark.parametrize("text, expected", [
    ("Вчера ВРП вырос на 5%.", []),                                   # a sentence-opening adverb, an indicator
    ("ВВП, ИПЦ и НДС обсудили в Минфине.", [("ORG", "Минфине")]),
    ("В Кордайском районе Жамбылской области построили школу.",
     [("LOC", "Кордайском районе"), ("LOC", "Жамбылской области")]),
    ("В ВКО и ЗКО выросли цены.", [("LOC", "ВКО"), ("LOC", "ЗКО")]),
    ("Глава Республики Кумпилов рассказал Путину, как развивается регион.",  # a bare generic word is no place
     [("PER", "Кумпилов"), ("PER", "Путину")]),
])
def test_words_that_are_no_names_and_districts(pipeline, text, expected):
    r = pipeline.extract(text)
    assert [(e.type, m.text) for e in r.entities for m in e.mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Источник: Агентство АгроФакт", [("ORG", "АгроФакт")]),            # the kind word stays out
    ("Компания Microsoft выпустила обновление.", [("ORG", "Microsoft")]),
    ("Цены выросли на 2%, сообщает energyprom.kz.", [("ORG", "energyprom.kz")]),  # a site's name
    ("Ремонт на уральской ТЭЦ завершен.", []),                         # a generic facility
    # a place named in a programme's title is no mention of it (the seed's `Хоргос` in the SEZ's name)
    ("В рамках стратегии развития «Алматы – 2050» построят метро.", []),
])
def test_organisation_kind_words_sites_and_facilities(pipeline, text, expected):
    r = pipeline.extract(text)
    assert [(e.type, m.text) for e in r.entities for m in e.mentions] == expected


@pytest.mark.parametrize("text, expected", [
    # an alias in brackets is the same organisation's other name
    ("Немецкий концерн «Даймлер» (Daimler) откроет завод в Алматы.",
     [("ORG", "Даймлер"), ("ORG", "Daimler"), ("LOC", "Алматы")]),
    ("Отчет опубликовал Комитет по защите конкуренции (КЗК).",
     [("ORG", "Комитет по защите конкуренции"), ("ORG", "КЗК")]),
    ("Агентство по охране окружающей среды (EPA) выдало разрешение.",
     [("ORG", "Агентство по охране окружающей среды"), ("ORG", "EPA")]),
    # a one-word name after a kind-of-organisation word is the organisation
    ("Пилоты команды Вильямс показали лучшее время.", [("ORG", "Вильямс")]),
    ("Об этом сообщил телеканал Euro News.", [("ORG", "Euro News")]),
])
def test_aliases_and_names_after_kind_words(tagger, text, expected):
    assert mentions(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body's name over `по …` after an abbreviation, with the coordinated place
    ("Сотрудники ДЧС по Алматинской области спасли туристов.", [("ORG", "ДЧС по Алматинской области")]),
    ("Представитель ГУ МВД по Самарской области и Чувашии рассказал о задержании.",
     [("ORG", "ГУ МВД по Самарской области и Чувашии")]),
    ("Решение принял ЦИК по итогам голосования.", [("ORG", "ЦИК")]),       # no place after `по`
    # named after a person
    ("Концерт прошел в Театре им. Михаила Лермонтова.", [("ORG", "Театре им. Михаила Лермонтова")]),
    # a body of a body, and the relational adjective before a capitalised head
    ("Заявление сделал глава государственной Комиссии по ядерной безопасности.",
     [("ORG", "государственной Комиссии по ядерной безопасности")]),
])
def test_organisation_name_bounds(tagger, text, expected):
    assert mentions(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ремонт блоков Экибастузской тепловой электростанции завершат к осени.",
     [("ORG", "Экибастузской тепловой электростанции")]),
    ("На Павлодарском алюминиевом заводе запустили новую линию.", [("ORG", "Павлодарском алюминиевом заводе")]),
    ("В казахстанском министерстве энергетики заявили о росте добычи.",
     [("ORG", "казахстанском министерстве энергетики")]),
    ("Проект одобрили в министерстве сельского хозяйства.", [("ORG", "министерстве сельского хозяйства")]),
    # what a ministry governs goes on over `и`, a compound adjective or an abbreviation, and the region after
    ("Документы направлены в министерство строительства и ЖКХ Оренбургской области.",
     [("ORG", "министерство строительства и ЖКХ Оренбургской области")]),
    ("В министерстве строительства и жилищно-коммунального хозяйства Республики Башкортостан сообщили о росте.",
     [("ORG", "министерстве строительства и жилищно-коммунального хозяйства Республики Башкортостан")]),
    ("Об этом сообщили в министерстве энергетики и ЖКХ.", [("ORG", "министерстве энергетики и ЖКХ")]),
    ("Представитель турецкого дипломатического ведомства прибыл в Астану.",
     [("ORG", "турецкого дипломатического ведомства"), ("LOC", "Астану")]),
    ("Министерство заявило, что ведомство готово.", []),             # no name: what it governs is not said
    ("Представитель внешнеполитического ведомства страны прибыл.", []),
    # a place adjective and a plant's abbreviation, its number too; no one plant in the plural
    ("Начать строительство Нижне-Зейской ГЭС планируется в 2026 году.", [("ORG", "Нижне-Зейской ГЭС")]),
    ("На Экибастузской ГРЭС-1 заменили котел.", [("ORG", "Экибастузской ГРЭС-1")]),
    ("Российские АЭС выработали больше электроэнергии.", []),
])
def test_bodies_named_by_a_place_adjective_and_ministries_in_lower_case(tagger, text, expected):
    assert mentions(tagger, text) == expected


def test_sentence_opening_common_noun_is_no_organisation(tagger):
    assert mentions(tagger, "Отчёт\n\nПочта откроется в понедельник.") == []


def test_a_document_names_a_thing_the_same_way_everywhere(tagger):
    text = ("Компания «Шымкентпиво» (Shymkentpivo) запустила новую линию. "
            "Теперь «Шымкентпиво» выпускает 40 млн литров в год, а Shymkentpivo экспортирует их в Китай.")
    got = mentions(tagger, text)
    assert got.count(("ORG", "Шымкентпиво")) == 2
    assert got.count(("ORG", "Shymkentpivo")) == 2


def test_a_ship_named_in_quotes_is_no_organisation_anywhere(tagger):
    text = "Шаттл «Индевор» стартовал в пятницу. Экипаж «Индевора» состоит из шести человек."
    assert [m for m in mentions(tagger, text) if m[0] == "ORG"] == []


@pytest.mark.parametrize("text, expected", [
    ("Председатель Агентства Республики Казахстан по регулированию и развитию финансового рынка выступил.",
     [("ORG", "Агентства Республики Казахстан по регулированию и развитию финансового рынка")]),
    ("Данные опубликовало Агентство по стратегическому планированию и реформам.",
     [("ORG", "Агентство по стратегическому планированию и реформам")]),
    ("Студенты Назарбаев Университета победили в олимпиаде.", [("ORG", "Назарбаев Университета")]),
])
def test_kazakhstan_bodies_with_what_they_are_for(tagger, text, expected):
    assert mentions(tagger, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Об этом сообщила пресс-служба Минэнерго РК.", [("ORG", "Минэнерго РК")]),          # a body by its official name
    ("Данные опубликовало министерство сельского хозяйства РФ.", [("ORG", "министерство сельского хозяйства РФ")]),
    ("Цены выросли в Северной части Казахстана.", [("LOC", "Северной части Казахстана")]),
    ("Экспорт зерна из РФ вырос.", [("LOC", "РФ")]),
])
def test_state_initials_after_a_body_and_parts_of_a_country(tagger, text, expected):
    assert mentions(tagger, text) == expected


def test_words_run_together_are_two(tagger):
    text = "Путин принял с докладом главу КалмыкииРост экономики составил 3 процента."
    spans = check_offsets(tagger, text)
    assert [(s.type, s.text) for s in spans] == [("PER", "Путин"), ("LOC", "Калмыкии")]


def test_a_list_of_places_keeps_one_type(tagger):
    text = ("В турнире участвуют: • Чили • Коста Рика • Эквадор • Египет • Эль Сальвадор • Франция • Германия "
            "• Италия • Испания")
    got = mentions(tagger, text)
    assert ("LOC", "Коста Рика") in got and ("LOC", "Эль Сальвадор") in got
    assert not [m for m in got if m[0] == "PER"]


@pytest.mark.parametrize("text, expected", [
    ("Матч пройдет в 19 часов по Астанинскому времени в Таразе.", [("LOC", "Таразе")]),   # a time zone
    ("Сайты в зоне .РФ регистрируют с весны.", []),                                     # a domain zone
    ("Офис находится в г.Астана на левом берегу.", [("LOC", "Астана")]),
    ("Речная вода стала чище.", []),                                                     # a sentence's first word
    ("Команда вышла в финал чемпионата Европы.", [("LOC", "Европы")]),
    ("Решение принял Совет Европы.", [("ORG", "Совет Европы")]),                         # a place inside a body's name
])
def test_words_that_are_no_places_and_continents(tagger, text, expected):
    assert mentions(tagger, text) == expected


def test_a_ministry_named_with_what_it_governs_takes_no_purpose_after_the_state(tagger):
    text = "Аким рассказал о работе с Министерством энергетики РК по привлечению инвестиций и о планах."
    assert ("ORG", "Министерством энергетики РК") in mentions(tagger, text)


def test_a_sentence_that_can_hold_no_name_is_not_tagged_but_its_rules_run(tagger):
    from extractor.ner import may_hold_names
    assert not may_hold_names(["Он", "отметил", ",", "что", "работа", "продолжится", "."])
    assert may_hold_names(["Он", "встретился", "с", "Токаевым", "."])
    assert may_hold_names(["Москва", "приняла", "гостей", "."])
    assert may_hold_names(["В", "2025", "году", "цены", "выросли", "."])
    # no capital after the first word, yet a ministry named in lower case is found
    assert mentions(tagger, "В министерстве финансов заявили о росте доходов.") == [
        ("ORG", "министерстве финансов")]


def test_kazakhstan_legal_forms_before_quoted_names(tagger):
    text = "Работы выполнит КГУ «Отдел строительства» вместе с ТОО «Жол Курылыс», помог ОФ «Береке»."
    assert mentions(tagger, text) == [("ORG", "Отдел строительства"), ("ORG", "Жол Курылыс"), ("ORG", "Береке")]


@pytest.mark.parametrize("text, expected", [
    ("Заседание Ассамблеи народа Казахстана прошло в Астане.",
     [("ORG", "Ассамблеи народа Казахстана"), ("LOC", "Астане")]),
    ("Члены Союза журналистов Казахстана собрались на съезд.", [("ORG", "Союза журналистов Казахстана")]),
    ("Жители обратились в Жамбылский областной суд.", [("ORG", "Жамбылский областной суд")]),
    ("Член Общественной палаты и рабочей группы выступил.", [("ORG", "Общественной палаты")]),
])
def test_bodies_named_for_their_people_and_courts(tagger, text, expected):
    assert mentions(tagger, text) == expected


def test_a_first_name_and_a_surname_are_a_person_whatever_the_tagger_said():
    from extractor.ner_words import persons
    tokens = ["архиепископ", "Лонгин", "Клинский", "отслужил", "молебен"]
    assert persons(tokens, [[1, 3, "ORG"]]) == [[1, 3, "PER"]]
    tokens = ["в", "Сергиевом", "Посаде"]
    assert persons(tokens, [[1, 3, "LOC"]]) == [[1, 3, "LOC"]]


@pytest.mark.parametrize("text, mention, name", [
    ("По данным Саратовстата, в январе–сентябре введено 1,1 млн кв. м жилья.", "Саратовстата", "Саратовстат"),
    ("Свердловскстат сообщил о росте цен на 0,6%.", "Свердловскстат", "Свердловскстат"),
    ("Об этом сообщили в Татарстанстате.", "Татарстанстате", "Татарстанстат"),
    ("Данные приводит Мосгорстат.", "Мосгорстат", "Мосгорстат"),
])
def test_a_regional_statistics_office_is_an_organisation(pipeline, text, mention, name):
    orgs = [(e.name, [m.text for m in e.mentions]) for e in pipeline.extract(text).entities if e.type == "ORG"]
    assert orgs == [(name, [mention])]


def test_a_word_about_statistics_is_no_organisation(pipeline):
    assert pipeline.extract("Статистика показывает рост, статистический отчёт готов.").entities == []


@pytest.mark.parametrize("text, mention, name", [
    ("Решение приняли на заседании Правительства Курганской области.",
     "Правительства Курганской области", "Правительство Курганской области"),
    ("Проект подготовило Министерство финансов Республики Башкортостан.",
     "Министерство финансов Республики Башкортостан", "Министерство финансов Республики Башкортостан"),
    ("Законопроект внесён в Законодательное собрание Пермского края.",
     "Законодательное собрание Пермского края", "Законодательное собрание Пермского края"),
    ("Об этом сообщили в Акимате Мангистауской области.",
     "Акимате Мангистауской области", "Акимат Мангистауской области"),
])
def test_a_body_takes_the_region_it_governs(pipeline, text, mention, name):
    ents = [(e.type, e.name, [m.text for m in e.mentions]) for e in pipeline.extract(text).entities]
    assert ("ORG", name, [mention]) in ents
    assert not any(t == "LOC" for t, _, _ in ents)


def test_a_body_and_a_region_apart_stay_two(pipeline):
    ents = {(e.type, e.name) for e in pipeline.extract(
        "Правительство направило в Курганскую область 2 млрд рублей.").entities}
    assert ("LOC", "Курганская область") in ents


@pytest.mark.parametrize("text, mention", [
    ("По данным агентства ОмскИнформ, цены на бензин выросли на 2%.", "ОмскИнформ"),
    ("Как сообщает ТомскМедиа, мост откроют в мае.", "ТомскМедиа"),
])
def test_one_word_with_a_capital_inside_is_an_organisation(tagger, text, mention):
    assert ("ORG", mention) in mentions(tagger, text)
    assert not any(t == "LOC" and mention in s for t, s in mentions(tagger, text))


def test_a_site_name_line_is_no_place(tagger):
    text = "ПензаИнформ\n\nВ Пензе открыли новую школу на 1 200 мест."
    assert ("LOC", "ПензаИнформ") not in mentions(tagger, text)
    assert ("LOC", "Пензе") in mentions(tagger, text)


def test_a_first_name_and_a_surname_the_tagger_left_out_are_a_person(pipeline):
    text = ("На встрече с Премьер-министром Олжасом Бектеновым аким Атырауской области Серик Шапкенов "
            "доложил о росте добычи нефти на 3,1%.")
    people = {(e.name, tuple(m.text for m in e.mentions)) for e in pipeline.extract(text).entities if e.type == "PER"}
    assert ("Олжас Бектенов", ("Олжасом Бектеновым",)) in people


def test_a_region_takes_its_other_name_in_brackets_and_a_city_its_country_not(pipeline):
    ents = {(e.type, e.name, tuple(m.text for m in e.mentions)) for e in pipeline.extract(
        "В Республике Татарстан (Татарстан) собрали 3,1 млн тонн зерна. Делегация прибыла в Казань (Россия).").entities}
    assert ("LOC", "Республика Татарстан (Татарстан)", ("Республике Татарстан (Татарстан)",)) in ents
    assert ("LOC", "Россия", ("Россия",)) in ents


@pytest.mark.parametrize("text, expected", [
    ("ТОМСК, 12 мар — «Томск-Информ». Цены на бензин выросли на 1,4%.",
     {("LOC", "Томск", "ТОМСК"), ("ORG", "Томск-Информ", "Томск-Информ")}),
    ("ЕКАТЕРИНБУРГ, 4 апр — УРА-Урал. Безработица снизилась до 2%.",
     {("LOC", "Екатеринбург", "ЕКАТЕРИНБУРГ"), ("ORG", "УРА-Урал", "УРА-Урал")}),
    ("ТВЕРЬ, 3 фев — ИА «Тверские ведомости». Мост откроют в мае.",
     {("LOC", "Тверь", "ТВЕРЬ"), ("ORG", "Тверские ведомости", "Тверские ведомости")}),
    # an agency in Latin letters, after the date or before the dash that opens the news
    ("АСТАНА, 15 октября – Kazinform. Глава государства принял акима.",
     {("LOC", "Астана", "АСТАНА"), ("ORG", "Kazinform", "Kazinform")}),
    ("АЛМАТЫ, 12 фев — Sputnik. Аким города провел совещание.",
     {("LOC", "Алматы", "АЛМАТЫ"), ("ORG", "Sputnik", "Sputnik")}),
])
def test_a_dateline_in_capitals_names_its_city_and_outlet(pipeline, text, expected):
    got = {(e.type, e.name, m.text) for e in pipeline.extract(text).entities for m in e.mentions}
    assert expected <= got
    assert not any(t == "ИА" for _, _, t in got)


def test_a_dateline_of_mixed_case_names_no_agency_in_the_first_sentence(pipeline):
    got = {(e.type, m.text) for e in pipeline.extract(
        "Астана, 14 октября 2025 года. Глава государства принял акима области.").entities for m in e.mentions}
    assert got == {("LOC", "Астана")}


def test_a_regions_people_opening_a_sentence_are_no_place(pipeline):
    assert pipeline.extract("Фермеры области собрали 5,2 млн тонн зерна.").entities == []


def test_a_name_the_tagger_split_into_a_person_and_a_place_is_one_person(pipeline):
    text = "Аким Жамбылской области Нуржан Алтаев доложил, что собрано 1,1 млн тонн зерна."
    ents = {(e.type, e.name, tuple(m.text for m in e.mentions)) for e in pipeline.extract(text).entities}
    assert ("PER", "Нуржан Алтаев", ("Нуржан Алтаев",)) in ents
    assert not any(t == "LOC" and n == "Алтай" for t, n, _ in ents)


@pytest.mark.parametrize("text, mention, name", [
    ("Костанайский областной маслихат утвердил бюджет на 2025 год.",
     "Костанайский областной маслихат", "Костанайский областной маслихат"),
    ("Депутаты Павлодарского городского маслихата внесли поправки.",
     "Павлодарского городского маслихата", "Павлодарский городской маслихат"),
    ("По данным Минздрава России, заболеваемость снизилась на 4%.", "Минздрава России", "Минздрав России"),
    ("По данным Бюро национальной статистики Агентства по стратегическому планированию и реформам РК, "
     "цены выросли на 0,7%.",
     "Бюро национальной статистики Агентства по стратегическому планированию и реформам РК",
     "Бюро национальной статистики Агентства по стратегическому планированию и реформам РК"),
])
def test_bodies_named_with_their_level_state_or_parent_body(pipeline, text, mention, name):
    ents = [(e.type, e.name, [m.text for m in e.mentions]) for e in pipeline.extract(text).entities]
    assert ("ORG", name, [mention]) in ents
    assert not any(t == "LOC" for t, _, _ in ents)
