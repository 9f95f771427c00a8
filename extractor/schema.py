"""The briefing schema (v1): the pydantic models of one extracted record.

Every offset (`start`, `stop`) indexes the original input text, so that
`text[start:stop] == item.text` holds for every item of a record.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"
SCHEMA_PATH = Path(__file__).with_name("briefing.schema.json")

EntityType = Literal["PER", "LOC", "ORG"]
QuantityKind = Literal["money", "percent", "pp", "measure", "count", "ratio"]
Qualifier = Literal["approx", "gt", "gte", "lt", "lte"]
DateKind = Literal["date", "range", "period", "relative", "duration"]
Granularity = Literal["day", "month", "quarter", "half", "year"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    start: int = Field(ge=0)
    stop: int = Field(ge=0)
    text: str


class ReferenceDate(_Model):
    date: str = Field(description="ISO date relative dates resolve against")
    source: str = Field(description="where it came from: 'input', 'text:dateline' (a date heading the text), 'text:date', 'text:period'")


class Attribution(_Model):
    outlet: Optional[str] = None
    via: List[str] = Field(default_factory=list)
    start: int = Field(ge=0)
    stop: int = Field(ge=0)


class Entity(_Model):
    id: str
    type: EntityType
    name: str
    mentions: List[Mention]
    positions: List[str] = Field(default_factory=list)


class Quantity(_Model):
    id: str
    text: str
    start: int = Field(ge=0)
    stop: int = Field(ge=0)
    kind: QuantityKind
    value: float
    value_max: Optional[float] = None
    unit: str = Field(description=(
        "The unit, normalised. Money: the ISO 4217 code (KZT, RUB, USD, EUR, CNY, UZS, KGS, AZN, GEL, "
        "CYP for Cypriot pounds, ...), XXX for conventional units (`у.е.`; the written form stays in "
        "unit_text); a kopeck or cent alone is its currency (`50 копеек` = 0.5 RUB). Percent: `%`; "
        "percentage points: `pp`; ratio: `times`. Measures: the SI-style symbol with its prefix (GW, MW, "
        "kWh, Gcal, km, m, m2, km2, ha, m3, t, kg, l, bbl, °C, ...). A rate keeps its denominator after "
        "`/`: USD/t, bbl/d, Gcal/h, KZT/kWh, RUB/mo, t/yr (d, h, mo, wk, yr, min, s for time), with a "
        "round number when the text has one (USD/1000m3, l/100km). Counts: the counted noun's lemma, "
        "nominative singular, lowercase (`объект`, `рабочее место`)."))
    unit_text: Optional[str] = None
    qualifier: Optional[Qualifier] = None
    subject: Optional[str] = None


class DateMention(_Model):
    id: str
    text: str
    start: int = Field(ge=0)
    stop: int = Field(ge=0)
    kind: DateKind
    date_from: Optional[str] = None
    date_to: Optional[str] = None
    granularity: Optional[Granularity] = None
    duration: Optional[str] = None


class Person(_Model):
    entity_id: Optional[str] = None
    name: Optional[str] = None
    position: Optional[str] = None
    region: Optional[str] = None


class Period(_Model):
    date_id: Optional[str] = None
    text: str
    date_from: Optional[str] = None
    date_to: Optional[str] = None


class Indicator(_Model):
    name: str
    quantity_id: Optional[str] = None
    text: str
    value: float
    value_max: Optional[float] = None
    unit: str


class Directive(_Model):
    text: str
    start: int = Field(ge=0)
    stop: int = Field(ge=0)


class Briefing(_Model):
    reporter: Optional[Person] = None
    recipient: Optional[Person] = None
    reporters: List[Person] = Field(default_factory=list)
    region: Optional[str] = None
    period: Optional[Period] = None
    indicators: List[Indicator] = Field(default_factory=list)
    directives: List[Directive] = Field(default_factory=list)


class Record(_Model):
    schema_version: Literal["1.0"] = SCHEMA_VERSION
    doc_id: str
    source: Optional[str] = None
    title: Optional[str] = None
    reference_date: Optional[ReferenceDate] = None
    attribution: Optional[Attribution] = None
    entities: List[Entity] = Field(default_factory=list)
    quantities: List[Quantity] = Field(default_factory=list)
    dates: List[DateMention] = Field(default_factory=list)
    briefing: Optional[Briefing] = None
    warnings: List[str] = Field(default_factory=list)
    text: Optional[str] = Field(default=None, description="the text offsets index, for inputs whose text was extracted (HTML)")


def json_schema() -> dict:
    """The JSON Schema of a Record, as checked in beside this module."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
