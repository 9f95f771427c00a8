"""Grouping: one entity per referent, named by its fullest normalised form."""
from extractor.document import NerSpan
from extractor.entities import group


def span(start, kind, text, name):
    return NerSpan(start, start + len(text), kind, text, name)


def test_person_forms_and_bare_surname_are_one_entity():
    ents = group([
        span(0, "PER", "Токаев", "Токаев"),
        span(20, "PER", "Касым-Жомарт Токаев", "Касым-Жомарт Токаев"),
        span(60, "PER", "Касым-Жомарту Токаеву", "Касым-Жомарт Токаев"),
    ])
    assert len(ents) == 1
    assert ents[0].name == "Касым-Жомарт Токаев"
    assert [m.start for m in ents[0].mentions] == [0, 20, 60]
    assert ents[0].positions == []


def test_bare_surname_of_two_people_stays_apart():
    ents = group([
        span(0, "PER", "Анна Иванова", "Анна Иванова"),
        span(20, "PER", "Мария Иванова", "Мария Иванова"),
        span(40, "PER", "Иванова", "Иванова"),
    ])
    assert [e.name for e in ents] == ["Анна Иванова", "Мария Иванова", "Иванова"]


def test_region_cases_and_bare_name_are_one_entity():
    ents = group([
        span(0, "LOC", "области Жетісу", "область Жетісу"),
        span(30, "LOC", "область Жетісу", "область Жетісу"),
        span(60, "LOC", "Жетісу", "Жетісу"),
        span(90, "ORG", "Акорду", "Акорда"),
    ])
    assert [(e.type, e.name, len(e.mentions)) for e in ents] == [
        ("LOC", "область Жетісу", 3), ("ORG", "Акорда", 1)]
    assert ents[0].mentions[0].text == "области Жетісу"


def test_capitalised_extra_word_is_another_place():
    ents = group([
        span(0, "LOC", "Южной Кореи", "Южная Корея"),
        span(30, "LOC", "Кореи", "Корея"),
    ])
    assert len(ents) == 2


def test_ids_in_order_of_first_mention():
    ents = group([
        span(50, "LOC", "Астане", "Астана"),
        span(0, "PER", "Бейбита Исабаева", "Бейбит Исабаев"),
    ])
    assert [(e.id, e.name) for e in ents] == [("e1", "Бейбит Исабаев"), ("e2", "Астана")]


def test_bare_surname_read_as_a_womans_joins_the_man():
    ents = group([
        span(0, "PER", "Алмасадам Саткалиев", "Алмасадам Саткалиев"),
        span(40, "PER", "Саткалиева", "Саткалиева"),
    ])
    assert [(e.name, len(e.mentions)) for e in ents] == [("Алмасадам Саткалиев", 2)]


def test_initials_and_patronymics_join_the_full_name():
    ents = group([
        span(0, "PER", "Б. Исабаев", "Б. Исабаев"),
        span(30, "PER", "Бейбита Исабаева", "Бейбит Исабаев"),
        span(60, "PER", "К.-Ж. Токаев", "К.-Ж. Токаев"),
        span(90, "PER", "Касым-Жомарт Токаев", "Касым-Жомарт Токаев"),
        span(130, "PER", "Александр Петрович", "Александр Петрович"),
        span(160, "PER", "Александр Худилайнен", "Александр Худилайнен"),
    ])
    assert [(e.name, len(e.mentions)) for e in ents] == [
        ("Бейбит Исабаев", 2), ("Касым-Жомарт Токаев", 2), ("Александр Худилайнен", 2)]


def test_a_person_is_named_without_the_patronymic():
    ents = group([
        span(0, "PER", "Владимиру Путину", "Владимир Путин"),
        span(30, "PER", "Владимиру Владимировичу Путину", "Владимир Владимирович Путин"),
    ])
    assert [(e.name, len(e.mentions)) for e in ents] == [("Владимир Путин", 2)]


def test_a_mention_open_between_two_readings_takes_the_one_other_mentions_agree_on():
    ents = group([
        span(0, "PER", "Дарига Назарбаева", "Дариг Назарбаев"),
        span(40, "PER", "Дариги Назарбаевой", "Дарига Назарбаева"),
    ])
    assert [(e.name, len(e.mentions)) for e in ents] == [("Дарига Назарбаева", 2)]
    ents = group([
        span(0, "PER", "Бейбита Исабаева", "Бейбит Исабаев"),
        span(40, "PER", "Бейбит Исабаев", "Бейбит Исабаев"),
    ])
    assert [(e.name, len(e.mentions)) for e in ents] == [("Бейбит Исабаев", 2)]


def test_same_words_read_two_ways_take_the_reading_a_title_gave():
    # `акима … Асаина Байханова` is a man's genitive; `По словам Асаина Байханова` alone could be a
    # woman's nominative: one person, the man
    ents = group([
        span(0, "PER", "Асаина Байханова", "Асаин Байханов"),
        span(60, "PER", "Асаина Байханова", "Асаина Байханова"),
    ])
    assert [(e.name, len(e.mentions)) for e in ents] == [("Асаин Байханов", 2)]


def test_a_woman_named_in_two_cases_stays_a_woman():
    ents = group([
        span(0, "PER", "Айгерим Сапаровой", "Айгерим Сапарова"),
        span(40, "PER", "Айгерим Сапарова", "Айгерим Сапарова"),
    ])
    assert [e.name for e in ents] == ["Айгерим Сапарова"]


def test_a_region_s_abbreviation_joins_the_region_the_article_names():
    ents = group([
        span(0, "LOC", "ХМАО", "ХМАО"),
        span(10, "LOC", "Ханты-Мансийского автономного округа", "Ханты-Мансийский автономный округ"),
        span(60, "LOC", "УрФО", "УрФО"),
        span(70, "LOC", "Уральском федеральном округе", "Уральский федеральный округ"),
        span(110, "LOC", "РТ", "РТ"),
        span(120, "LOC", "Республики Татарстан", "Республика Татарстан"),
        span(150, "LOC", "Татарстана", "Татарстан"),
    ])
    assert [(e.name, [m.start for m in e.mentions]) for e in ents] == [
        ("Ханты-Мансийский автономный округ", [0, 10]),
        ("Уральский федеральный округ", [60, 70]),
        ("Татарстан", [110, 150]),
        ("Республика Татарстан", [120]),
    ]


def test_an_abbreviation_that_fits_two_places_or_none_stays_apart():
    ents = group([
        span(0, "LOC", "РБ", "РБ"),
        span(10, "LOC", "Башкортостана", "Башкортостан"),
        span(30, "LOC", "Бурятии", "Бурятия"),
        span(50, "LOC", "ОМСК", "ОМСК"),
        span(60, "LOC", "Омская область", "Омская область"),
    ])
    assert [e.name for e in ents] == ["РБ", "Башкортостан", "Бурятия", "ОМСК", "Омская область"]
