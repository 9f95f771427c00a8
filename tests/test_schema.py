import json

import pytest
from pydantic import ValidationError

from extractor.schema import SCHEMA_PATH, Quantity, Record, json_schema, json_schema_text


def test_checked_in_schema_matches_models():
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        checked_in = json.load(f)
    assert checked_in == json_schema(), "run `make schema` and commit extractor/briefing.schema.json"


def test_schema_text_is_stable_json():
    assert json.loads(json_schema_text()) == json_schema()
    assert json_schema_text() == json_schema_text()


def test_record_defaults():
    r = Record(doc_id="a1")
    data = r.model_dump(mode="json")
    assert data["schema_version"] == "1.1"
    assert data["entities"] == [] and data["quantities"] == [] and data["dates"] == []
    assert data["briefing"] is None and data["reference_date"] is None and data["warnings"] == []


def test_unknown_fields_and_kinds_are_rejected():
    with pytest.raises(ValidationError):
        Record(doc_id="a1", colour="red")
    with pytest.raises(ValidationError):
        Quantity(id="q1", text="5 кг", start=0, stop=4, kind="weight", value=5, unit="kg")


def test_schema_lists_every_record_field():
    props = json_schema()["properties"]
    for field in ("schema_version", "doc_id", "source", "title", "reference_date", "attribution",
                  "entities", "quantities", "dates", "briefing", "warnings"):
        assert field in props
    defs = json_schema()["$defs"]
    assert set(defs["Quantity"]["properties"]["kind"]["enum"]) == {"money", "percent", "pp", "measure", "count", "ratio"}
    assert set(defs["DateMention"]["properties"]["kind"]["enum"]) == {"date", "range", "period", "relative", "duration"}
