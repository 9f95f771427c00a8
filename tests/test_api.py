"""The Python API as a user calls it: what `pipe` and `extract` take, and what they say."""
import json
import warnings

import pytest

import extractor
from extractor.schema import json_schema

TEXT = "Объём производства в Жетысуской области составил 188,2 млрд тенге."


def test_pipe_of_one_string_is_one_record(pipeline):
    records = list(pipeline.pipe(TEXT))
    assert len(records) == 1
    assert records[0].doc_id == "1"
    assert records[0].quantities[0].value == 188.2e9
    assert records[0].quantities[0].unit == "KZT"


def test_pipe_of_one_dict_is_one_record(pipeline):
    records = list(pipeline.pipe({"doc_id": "zh-1", "text": TEXT}))
    assert [r.doc_id for r in records] == ["zh-1"]


def test_pipe_takes_doc_id_or_id_and_numbers_the_rest(pipeline):
    items = [{"doc_id": "a", "text": TEXT}, {"id": "b", "text": TEXT}, TEXT,
             {"text": TEXT, "date": "2024-08-15", "url": "https://example.kz/n/1"}]
    records = list(pipeline.pipe(items))
    assert [r.doc_id for r in records] == ["a", "b", "3", "4"]
    assert records[3].reference_date.date == "2024-08-15"
    assert records[3].reference_date.source == "input"
    assert records[3].url == "https://example.kz/n/1"


def test_pipe_refuses_what_is_not_a_text(pipeline):
    with pytest.raises(TypeError, match=r"^pipe item 2: a str or a dict with `text`, not bytes$"):
        list(pipeline.pipe([TEXT, TEXT.encode()]))
    with pytest.raises(TypeError, match=r"^pipe item 1: no `text` string in the dict$"):
        list(pipeline.pipe([{"doc_id": "a", "body": TEXT}]))


@pytest.mark.parametrize("text", ["", "  \n\t "])
def test_empty_text_gives_an_empty_record_that_says_so(pipeline, text):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        record = pipeline.extract(text, doc_id="e1")
    assert record.warnings == ["no text (empty or whitespace only)"]
    assert record.entities == [] and record.quantities == [] and record.briefing is None
    assert [str(w.message) for w in caught if issubclass(w.category, extractor.EmptyText)] == [
        "e1: no text (empty or whitespace only)"]


def test_a_non_string_text_is_a_type_error(pipeline):
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        pipeline.extract(TEXT.encode())


def test_the_api_says_what_it_takes():
    for obj in (extractor.extract, extractor.Pipeline, extractor.Pipeline.extract, extractor.Pipeline.pipe,
                extractor.Record):
        assert obj.__doc__ and len(obj.__doc__.split()) >= 8, obj
    assert "date" in extractor.extract.__doc__ and "EmptyText" in extractor.extract.__doc__


def test_every_schema_field_is_described():
    schema = json_schema()
    models = dict(schema["$defs"], Record=schema)
    for name, model in models.items():
        assert model.get("description"), name
        for field, spec in model.get("properties", {}).items():
            assert spec.get("description"), "%s.%s" % (name, field)


def test_dates_are_iso_strings_in_json(pipeline):
    record = pipeline.extract("За январь-июль 2024 года объём вырос на 12,4%.")
    data = json.loads(record.model_dump_json())
    period = data["dates"][0]
    assert (period["date_from"], period["date_to"]) == ("2024-01-01", "2024-07-31")
    assert "YYYY-MM-DD" in json_schema()["$defs"]["DateMention"]["properties"]["date_from"]["description"]
