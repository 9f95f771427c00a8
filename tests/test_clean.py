from extractor.clean import clean, lines
from extractor.segment import prepare

SCRAPED = (
    "Get In Touch\n"
    "\n"
    "Аким города отчитался о ремонте дорог\n"
    "\n"
    "Аким города отчитался о ремонте дорог\n"
    "\n"
    "В этом году в городе отремонтировали 120 км дорог.\n"
    "\n"
    "Поделиться\n"
    "Related"
)


def _texts(doc, spans):
    return [doc.text[s.start:s.stop] for s in spans]


def test_furniture_dropped_and_title_kept():
    doc = clean(SCRAPED)
    assert doc.text[doc.title.start:doc.title.stop] == "Аким города отчитался о ремонте дорог"
    assert doc.title.start == 14
    assert _texts(doc, doc.paragraphs) == [
        "Аким города отчитался о ремонте дорог",
        "В этом году в городе отремонтировали 120 км дорог.",
    ]
    assert _texts(doc, doc.dropped) == [
        "Get In Touch", "Аким города отчитался о ремонте дорог", "Поделиться", "Related"]
    # the repeated title is the second occurrence, not the first
    assert doc.dropped[1].start == 53


def test_offsets_index_the_original_text():
    doc = prepare(SCRAPED)
    for sent in doc.sentences:
        for tok in sent.tokens:
            assert SCRAPED[tok.start:tok.stop] == tok.text
    first = next(iter(doc.tokens))
    assert (first.start, first.text) == (14, "Аким")


def test_crlf_bom_and_spaces_keep_offsets():
    text = "\ufeffЗаголовок новости\r\n\r\n  Первый абзац текста.  \r\nВторой абзац.\r\n"
    spans = lines(text)
    assert [text[a:b] for a, b in spans] == ["Заголовок новости", "Первый абзац текста.", "Второй абзац."]
    doc = prepare(text)
    assert doc.title is not None and text[doc.title.start:doc.title.stop] == "Заголовок новости"


def test_single_paragraph_is_not_a_title():
    doc = clean("Президент подписал закон о бюджете на 2025 год.")
    assert doc.title is None
    assert len(doc.paragraphs) == 1


def test_sentence_ending_line_is_not_a_title():
    doc = clean("Сегодня прошло заседание правительства.\nНа нем обсудили бюджет.")
    assert doc.title is None


def test_latin_lines_inside_article_kept():
    text = "Новости компании\nКомпания Air Astana открыла рейс.\nAir Astana\nВ рейсе 180 мест."
    doc = clean(text)
    assert "Air Astana" in _texts(doc, doc.paragraphs)


def test_kazakh_letters_pass_through():
    text = "Жетісу облысы\nОбласть Жетісу и Ұлытау получили новые школы."
    doc = prepare(text)
    words = [t.text for t in doc.tokens]
    assert "Жетісу" in words and "Ұлытау" in words


def test_sentences_never_cross_paragraphs():
    text = "Заголовок\nПервый абзац без точки в конце\nВторой абзац. Ещё предложение."
    doc = prepare(text)
    sents = [text[s.start:s.stop] for s in doc.sentences]
    assert sents == ["Заголовок", "Первый абзац без точки в конце", "Второй абзац.", "Ещё предложение."]


# a regional news page as scraped: a channel's name, a breadcrumb, the headline repeated with
# an HTML tail, a photo credit, a subscription prompt split over three lines, social links,
# counters, a related-news block
PAGE = (
    "Телеканал Алау\n"
    "Аким Костанайской области отчитался о росте инвестиций\n"
    "Главная / Новости / Регионы\n"
    "Аким Костанайской области отчитался о росте инвестиций<a href=\"https://t.me/share\n"
    "12.03.2025, 10:15\n"
    "Фото: пресс-служба акимата\n"
    "Аким Костанайской области Кумар Аксакалов доложил, что инвестиции выросли на 12%.\n"
    "В регионе за год построено 45 школ и 12 поликлиник.\n"
    "Подпишитесь на наш\n"
    "Telegram-канал\n"
    "и узнавайте новости первыми!\n"
    "Смотрите нас в YouTube! Читайте в Facebook, Instagram\n"
    "Просмотров: 1 520\n"
    "345\n"
    "Читайте также\n"
    "В Рудном открыли новый спорткомплекс\n"
    "14:20 Костанайские фермеры начали посевную\n"
    "© 2025 Алау. Все права защищены. При использовании материалов ссылка обязательна\n"
)


def test_page_furniture_by_shape():
    doc = clean(PAGE)
    assert _texts(doc, [doc.title]) == ["Аким Костанайской области отчитался о росте инвестиций"]
    assert _texts(doc, doc.paragraphs) == [
        "Аким Костанайской области отчитался о росте инвестиций",
        "12.03.2025, 10:15",
        "Аким Костанайской области Кумар Аксакалов доложил, что инвестиции выросли на 12%.",
        "В регионе за год построено 45 школ и 12 поликлиник.",
    ]
    assert len(doc.dropped) == 14
    for span in doc.dropped + doc.paragraphs:
        assert PAGE[span.start:span.stop].strip() == PAGE[span.start:span.stop]
        assert "\n" not in PAGE[span.start:span.stop]


def test_furniture_reasons():
    from extractor.clean import furniture_lines
    reasons = furniture_lines(PAGE.splitlines())
    assert reasons == [
        "header", None, "breadcrumb", "repeat", None, "photo credit", None, None,
        "widget", "social", "social", "widget", "counter", "counter", "navigation", "related", "related", "footer"]


def test_byline_and_press_signature_close_the_page():
    text = ("В Уральске открыли центр поддержки семьи\n\n"
            "В Уральске открылся центр поддержки семьи. В нем будут работать 15 специалистов.\n\n"
            "Центр рассчитан на 200 посещений в день.\n\n"
            "Айгуль Сейтказиева\n")
    doc = clean(text)
    assert _texts(doc, doc.dropped) == ["Айгуль Сейтказиева"]
    doc = clean(text.replace("Айгуль Сейтказиева", "Пресс-служба акимата Западно-Казахстанской области"))
    assert _texts(doc, doc.dropped) == ["Пресс-служба акимата Западно-Казахстанской области"]


def test_aggregator_cards_and_counters_at_the_tail():
    text = ("Губернатор рассказал о новых дорогах\n\n"
            "Губернатор области рассказал, что в этом году отремонтируют 300 км дорог.\n\n"
            "Copyright information of photo materials was taken from the website «Вести», more details in Terms\n"
            "Analysis\n×\nIvan Petrov\nLast position: Governor (Administration of the Region)\n512\n")
    doc = clean(text)
    assert _texts(doc, doc.paragraphs) == [
        "Губернатор рассказал о новых дорогах",
        "Губернатор области рассказал, что в этом году отремонтируют 300 км дорог."]


def test_breadcrumb_with_the_title_and_a_site_with_the_date_stamp():
    text = ("Басты бет Әлеумет В Таразе открыли новую школу\n"
            "В Таразе открыли новую школу\n"
            "5 Мая 2024, 11:30\n"
            "tarazinfo.kz 5 Мая 2024, 11:30\n"
            "В Таразе открыли школу на 1200 мест. На строительство потратили 4 млрд тенге.\n")
    doc = clean(text)
    assert _texts(doc, doc.dropped) == ["Басты бет Әлеумет В Таразе открыли новую школу",
                                        "tarazinfo.kz 5 Мая 2024, 11:30"]
    assert _texts(doc, [doc.title]) == ["В Таразе открыли новую школу"]


def test_article_lines_that_look_like_furniture_stay():
    text = ("Аким рассказал о новых проектах\n"
            "Аким области сообщил в Instagram, что в регионе запустят 12 проектов.\n"
            "Фотовыставка о жизни села откроется в областном музее.\n"
            "Источник: агентство Казинформ\n"
            "Итоги\n"
            "• Школы: 12\n"
            "• Школы: 12\n"
            "Аким подчеркнул, что работа продолжится.\n")
    doc = clean(text)
    assert doc.dropped == []


def test_lines_between_the_title_and_its_repeat():
    text = ("Президент принял акима Атырауской области\n"
            "Publication: 12 March 2024 POLITICS\n"
            "Новости\n"
            "Акорда\n"
            "Президент принял акима Атырауской области\n"
            "Глава государства заслушал отчет о развитии региона за 2023 год.\n")
    doc = clean(text)
    assert _texts(doc, doc.paragraphs) == ["Президент принял акима Атырауской области",
                                           "Глава государства заслушал отчет о развитии региона за 2023 год."]


def test_counters_bylines_and_date_stamps_with_a_section():
    from extractor.furniture import shape
    assert shape("Комментарии (12)") == "counter"
    assert shape("Просмотры 1520") == "counter"
    assert shape("Автор: Айгуль Сейтказиева") is not None
    assert shape("Нравится") == "navigation"
    # a date stamp with the section's name is the page's date: it stays
    assert shape("05.03.2025 | Общество") is None
    assert shape("12 марта 2025 | Политика") is None
    assert shape("Автор проекта рассказал о планах на 2025 год.") is None


def test_a_related_link_with_its_headline_and_short_lines_of_the_article():
    text = ("Итоги года: что изменилось в Кызылорде\n"
            "Аким области рассказал о главных проектах.\n"
            "Инвестиции\n"
            "В регион привлечено 450 млрд тенге.\n"
            "— Мы построили 12 тысяч квадратных метров жилья, — отметил аким.\n"
            "1. Школы: 8 новых.\n"
            "Справка\n"
            "Кызылординская область образована в 1938 году.\n"
            "Читайте также: Аким Туркестанской области подвел итоги\n")
    doc = clean(text)
    assert _texts(doc, doc.dropped) == ["Читайте также: Аким Туркестанской области подвел итоги"]


def test_a_menu_of_items_apart_by_spaces_is_dropped():
    text = ("Главная  Новости  Город  Экономика  Афиша\n\nВ Тюмени открыли школу\n\n"
            "В Тюмени открыли школу на 1 200 мест.")
    doc = clean(text)
    assert _texts(doc, doc.dropped) == ["Главная  Новости  Город  Экономика  Афиша"]
    assert doc.text[doc.title.start:doc.title.stop] == "В Тюмени открыли школу"


def test_two_words_apart_by_spaces_stay():
    doc = clean("Новости  региона\n\nВ Тюмени открыли школу на 1 200 мест.")
    assert doc.dropped == []
    assert doc.text[doc.title.start:doc.title.stop] == "Новости  региона"


def test_a_sites_name_with_its_tagline_is_dropped_and_its_words_are_no_entities(pipeline):
    text = ("Тюмень.ру — новости Тюменского края\n12.09.2024\nВ Тюмени открыли школу\n\n"
            "В Тюмени открыли школу на 1 200 мест.")
    doc = clean(text)
    assert _texts(doc, doc.dropped) == ["Тюмень.ру — новости Тюменского края"]
    record = pipeline.extract(text)
    assert all(m.start > text.index("\n") for e in record.entities for m in e.mentions)


def test_a_sentence_naming_a_site_stays():
    doc = clean("Подробности на сайте akorda.kz - официальном ресурсе Акорды.\n\nВ Тюмени открыли школу.")
    assert doc.dropped == []


def test_a_sites_name_and_its_section_before_the_headline_are_dropped():
    text = ("Иркутск Онлайн\n\nЭнергетика\n\nПотребление электроэнергии в Приангарье выросло на 1,2%\n\n"
            "Энергопотребление в регионе за девять месяцев выросло на 1,2%.\n\n#энергетика #Иркутск")
    doc = clean(text)
    assert _texts(doc, doc.dropped) == ["Иркутск Онлайн", "Энергетика", "#энергетика #Иркутск"]
    assert doc.text[doc.title.start:doc.title.stop] == "Потребление электроэнергии в Приангарье выросло на 1,2%"


def test_stubs_before_a_sentence_stay():
    doc = clean("Иркутск\n\nКирпич\n\nВ Иркутске открыли завод по выпуску кирпича на 500 рабочих мест.")
    assert _texts(doc, doc.dropped) == []
