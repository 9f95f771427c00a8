import json
import os

import pytest

import extractor
from extractor.schema import Record

from conftest import SAMPLES, sample_text

SAMPLE_NAMES = sorted(n for n in os.listdir(SAMPLES) if n.endswith(".txt"))


def items(record):
    for e in record.entities:
        yield from e.mentions
    yield from record.quantities
    yield from record.dates
    if record.briefing:
        yield from record.briefing.directives


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_offset_indexes_the_input(pipeline, name):
    text = sample_text(name)
    record = pipeline.extract(text, doc_id=name[:-4])
    assert record.doc_id == name[:-4]
    for item in items(record):
        assert text[item.start:item.stop] == item.text
    if record.attribution:
        assert 0 <= record.attribution.start < record.attribution.stop <= len(text)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_records_round_trip_through_the_schema(pipeline, name):
    record = pipeline.extract(sample_text(name), doc_id="x")
    again = Record.model_validate(json.loads(record.model_dump_json()))
    assert again == record
    ids = [e.id for e in record.entities] + [q.id for q in record.quantities] + [d.id for d in record.dates]
    assert len(ids) == len(set(ids))


def test_title_taken_from_first_line(pipeline):
    record = pipeline.extract(sample_text("city-news.txt"), doc_id="city")
    assert record.title == "В Алматы открылся новый мост через реку Есентай"


def test_offsets_survive_dropped_furniture(pipeline):
    text = "Get In Touch\n\nМинистр посетил Караганду\n\nМинистр посетил Караганду\n\nМинистр энергетики посетил Караганду.\n\nRelated"
    record = pipeline.extract(text, doc_id="k")
    for item in items(record):
        assert text[item.start:item.stop] == item.text
    # nothing is taken from the dropped lines
    assert all(m.start >= 14 for e in record.entities for m in e.mentions)
    assert all(not (40 <= m.start < 67) for e in record.entities for m in e.mentions)


def test_no_entity_crosses_a_paragraph_break(pipeline):
    text = ("Об этом сообщили в Акорду\n\nПрезиденту доложили о ходе работ.\n\n"
            "Встреча прошла в Астане")
    record = pipeline.extract(text, doc_id="p")
    for e in record.entities:
        for m in e.mentions:
            assert "\n" not in m.text


def test_kazakh_letters_untouched(pipeline):
    text = "В области Жетісу и в Ұлытау открыли новые школы."
    record = pipeline.extract(text, doc_id="kz")
    mentions = [m.text for e in record.entities for m in e.mentions]
    assert any("Жетісу" in m for m in mentions)
    assert any("Ұлытау" in m for m in mentions)


def test_pipe_streams_in_order(pipeline):
    texts = [sample_text(n) for n in SAMPLE_NAMES]
    records = list(pipeline.pipe(texts))
    assert [r.doc_id for r in records] == [str(i) for i in range(1, len(texts) + 1)]
    one = pipeline.extract(texts[2], doc_id="3")
    assert records[2] == one


def test_pipe_takes_dicts(pipeline):
    records = list(pipeline.pipe([{"id": "a", "text": "Аким Алматы открыл мост."},
                                  {"id": "b", "text": "Министр посетил Астану.", "title": "Визит"}]))
    assert [r.doc_id for r in records] == ["a", "b"]
    assert records[1].title == "Визит"


def test_module_level_extract():
    record = extractor.extract("Касым-Жомарт Токаев прибыл в Астану.", doc_id="a1")
    assert isinstance(record, extractor.Record)
    assert record.doc_id == "a1"
    names = {e.name for e in record.entities}
    assert "Касым-Жомарт Токаев" in names


def test_empty_and_blank_texts_give_empty_records(pipeline):
    for text in ("", "   \n\n \t", "Related"):
        record = pipeline.extract(text, doc_id="e")
        assert record.entities == [] and record.quantities == [] and record.dates == []
        assert record.briefing is None


def test_bad_date_and_text_type_raise(pipeline):
    with pytest.raises(ValueError):
        pipeline.extract("Текст.", date="15 августа")
    with pytest.raises(TypeError):
        pipeline.extract(b"bytes")


def test_extract_many_equals_extract_and_isolates_a_bad_item(pipeline):
    texts = [sample_text(n) for n in SAMPLE_NAMES[:3]]
    items = [{"text": t, "doc_id": "d%d" % i} for i, t in enumerate(texts)]
    items.insert(1, {"text": b"not text", "doc_id": "bad"})
    items.append({"text": "Вчера аким открыл школу.", "doc_id": "dated", "date": "2024-08-15",
                  "title": "Школа"})
    out = pipeline.extract_many(items)
    assert isinstance(out[1], TypeError)
    assert out[0] == pipeline.extract(texts[0], doc_id="d0")
    assert out[2] == pipeline.extract(texts[1], doc_id="d1")
    assert out[3] == pipeline.extract(texts[2], doc_id="d2")
    last = out[4]
    assert last.title == "Школа" and last.reference_date.date == "2024-08-15"
    assert [(d.text, d.date_from) for d in last.dates] == [("Вчера", "2024-08-14")]


def test_extract_many_takes_a_long_text_on_its_own(pipeline):
    from extractor.pipeline import ALONE_CHARS
    long_text = "Аким открыл школу на 600 мест. " * (ALONE_CHARS // 30 + 10)
    short = "Министр энергетики посетил Экибастуз."
    out = pipeline.extract_many([{"text": short, "doc_id": "a"}, {"text": long_text, "doc_id": "b"},
                                 {"text": short, "doc_id": "c"}])
    assert [r.doc_id for r in out] == ["a", "b", "c"]
    assert out[0] == out[2].model_copy(update={"doc_id": "a"})
    assert len(out[1].quantities) == long_text.count("600 мест")
