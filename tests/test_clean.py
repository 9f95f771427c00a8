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
