"""The briefing schema (v1.1): the pydantic models of one extracted record.

Every offset (`start`, `stop`) indexes the original input text, so that
`text[start:stop] == item.text` holds for every item of a record.

1.1 adds `Record.url` and, on each `Quantity`, its figure facts (`indicator`,
`period`, `status`, `change`, `place`); every 1.0 field keeps its meaning, and
1.0 records still validate (their new fields are null).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"
SCHEMA_PATH = Path(__file__).with_name("briefing.schema.json")

EntityType = Literal["PER", "LOC", "ORG"]
QuantityKind = Literal["money", "percent", "pp", "measure", "count", "ratio"]
Qualifier = Literal["approx", "gt", "gte", "lt", "lte"]
DateKind = Literal["date", "range", "period", "relative", "duration"]
Granularity = Literal["day", "month", "quarter", "half", "year"]
Status = Literal["actual", "plan"]
Change = Literal["up", "down"]

START = "offset of the first character in the input text"
STOP = "offset after the last character (Python slicing: text[start:stop] == text)"
ISO_FROM = "first day covered, an ISO date string `YYYY-MM-DD`; null when the text does not fix it"
ISO_TO = "last day covered (inclusive), an ISO date string `YYYY-MM-DD`; null when the text does not fix it"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    """One place in the text where an entity is named."""
    start: int = Field(ge=0, description=START)
    stop: int = Field(ge=0, description=STOP)
    text: str = Field(description="the mention as written (any case)")


class ReferenceDate(_Model):
    """The document's own date: what relative and year-less dates resolve against."""
    date: str = Field(description="ISO date relative dates resolve against")
    source: str = Field(description=(
        "where it came from: 'input' (the caller's date), 'html:date' (the page's date, by a reader), "
        "'text:date-line' (a line at the head of the text holding only a date, with or without a time, "
        "or a labelled one: 'Опубликовано: …'), 'text:dateline' (a dateline before the first sentence: "
        "'Астана, 14 октября 2025 года.', 'АЛМАТЫ, 12 фев — Sputnik.'); the year only: 'text:year' "
        "(a line holding only a year), 'text:date' (the text's first full date), 'text:period' (the day "
        "after an explicit reporting period)"))


class Attribution(_Model):
    """Who published the report and through whom (`сообщает Kazpravda.kz со ссылкой на Акорду`)."""
    outlet: Optional[str] = Field(default=None, description="the publishing outlet, as named (`Kazpravda.kz`)")
    via: List[str] = Field(default_factory=list, description="the bodies it cites, in nominative form (`Акорда`)")
    start: int = Field(ge=0, description="offset of the attribution clause in the input text")
    stop: int = Field(ge=0, description="offset after the attribution clause")


class Entity(_Model):
    """A person, place or organisation, with every mention of it."""
    id: str = Field(description="`e1`, `e2`, …: unique within the record")
    type: EntityType = Field(description="PER (person), LOC (place) or ORG (organisation)")
    name: str = Field(description="the normalised name, in the nominative (`Бейбита Исабаева` → `Бейбит Исабаев`)")
    mentions: List[Mention] = Field(description="every place the text names it, in text order")
    positions: List[str] = Field(default_factory=list, description="offices the text gives a person (`аким области Жетісу`)")


class Period(_Model):
    """A date mention a briefing or a figure is for; text and bounds copied from it."""
    date_id: Optional[str] = Field(default=None, description="the `DateMention.id` of the same record it is")
    text: str = Field(description="the date mention's text (a briefing's period without its preposition)")
    date_from: Optional[str] = Field(default=None, description=ISO_FROM)
    date_to: Optional[str] = Field(default=None, description=ISO_TO)


class Quantity(_Model):
    """A figure: a number with its unit or counted noun, and what it is for (its figure facts)."""
    id: str = Field(description="`q1`, `q2`, …: unique within the record")
    text: str = Field(description="the figure as written, with its qualifier word and unit (`более 600 тыс. тонн`)")
    start: int = Field(ge=0, description=START)
    stop: int = Field(ge=0, description=STOP)
    kind: QuantityKind = Field(description="money, percent, pp (percentage points), measure, count or ratio")
    value: float = Field(description="the number with scale words applied, in the written unit (`188,2 млрд тенге` → 188200000000)")
    value_max: Optional[float] = Field(default=None, description="the upper end of a range (`от 3 до 5 млн`), else null")
    unit: str = Field(description=(
        "The unit, normalised. Money: the ISO 4217 code (KZT, RUB, USD, EUR, CNY, UZS, KGS, AZN, GEL, "
        "CYP for Cypriot pounds, ...), XXX for conventional units (`у.е.`; the written form stays in "
        "unit_text); a kopeck or cent alone is its currency (`50 копеек` = 0.5 RUB). Percent: `%`; "
        "percentage points: `pp`; ratio: `times`. Measures: the SI-style symbol with its prefix (GW, MW, "
        "kWh, Gcal, km, m, m2, km2, ha, m3, t, kg, l, bbl, °C, ...). A rate keeps its denominator after "
        "`/`: USD/t, bbl/d, Gcal/h, KZT/kWh, RUB/mo, t/yr (d, h, mo, wk, yr, min, s for time), with a "
        "round number when the text has one (USD/1000m3, l/100km). Counts: the counted noun's lemma, "
        "nominative singular, lowercase (`объект`, `рабочее место`)."))
    unit_text: Optional[str] = Field(default=None, description="the unit as written (`млрд тенге`, `%`), when it is written")
    qualifier: Optional[Qualifier] = Field(default=None, description="approx (около), gt (более), gte (не менее), lt (менее), lte (до, не более), or null")
    subject: Optional[str] = Field(default=None, description="what the figure measures, as the quantities stage names it (kept from 1.0)")
    indicator: Optional[str] = Field(default=None, description="the nominative noun phrase of what the figure measures (`инвестиции`); the name to group figures by")
    period: Optional[Period] = Field(default=None, description="the date mention the figure is for: the date governing it in its clause or sentence, else the reporting period carried over from the preceding sentence of the same report, else null")
    status: Optional[Status] = Field(default=None, description="`actual` for a reported value (составил, привлечено, вырос), `plan` for a target, plan, forecast, expectation or design capacity (планируется, достигнет, к 2030 году, мощностью), null when the text does not say")
    change: Optional[Change] = Field(default=None, description="`up` or `down` when the figure is a change rather than a level (вырос на 5,3%, на 3 млрд меньше, сократился в 2 раза), else null")
    place: Optional[str] = Field(default=None, description="the `Entity.id` (LOC or ORG) of the region, city or organisation the figure belongs to: named in its sentence, else the briefing's region")


class DateMention(_Model):
    """An expression that places something in time."""
    id: str = Field(description="`d1`, `d2`, …: unique within the record")
    text: str = Field(description="the mention as written, with its temporal preposition (`за январь-июль 2024 года`)")
    start: int = Field(ge=0, description=START)
    stop: int = Field(ge=0, description=STOP)
    kind: DateKind = Field(description="date, range, period (a named reporting span), relative (resolved against the document's own date) or duration")
    date_from: Optional[str] = Field(default=None, description=ISO_FROM)
    date_to: Optional[str] = Field(default=None, description=ISO_TO)
    granularity: Optional[Granularity] = Field(default=None, description="day, month, quarter, half or year; null for seasons, decades and durations")
    duration: Optional[str] = Field(default=None, description="for kind `duration`: an ISO 8601 duration (`P2Y`, `P7M`), null when vague")


class Person(_Model):
    """An official in a briefing."""
    entity_id: Optional[str] = Field(default=None, description="the `Entity.id` of the person, when the text names them")
    name: Optional[str] = Field(default=None, description="the name in the nominative (`Касым-Жомарт Токаев`)")
    position: Optional[str] = Field(default=None, description="the office, in the nominative (`аким области Жетісу`, `Президент`)")
    region: Optional[str] = Field(default=None, description="the region the office is of (`область Жетісу`)")


class Indicator(_Model):
    """A figure reported in a briefing, with its name."""
    name: str = Field(description="what the figure measures, in the nominative (`инвестиции`)")
    quantity_id: Optional[str] = Field(default=None, description="the `Quantity.id` of the same record")
    text: str = Field(description="the figure as written (`188,2 млрд тенге`)")
    value: float = Field(description="the figure's value, as on its quantity")
    value_max: Optional[float] = Field(default=None, description="the upper end of a range, else null")
    unit: str = Field(description="the figure's unit, as on its quantity")


class Directive(_Model):
    """What the senior official instructed (`поручил …`)."""
    text: str = Field(description="the instruction, verbatim")
    start: int = Field(ge=0, description=START)
    stop: int = Field(ge=0, description=STOP)
    deadline: Optional[Period] = Field(
        default=None, description="the date mention that is the instruction's deadline (`до 1 марта 2026 года`), "
        "before or after its verb; cut out of `text` when it stands at either end")


class Briefing(_Model):
    """A report of a meeting at which one official reports to another (доложил, принял, заслушал отчёт)."""
    reporter: Optional[Person] = Field(default=None, description="who reported (the first of `reporters`)")
    recipient: Optional[Person] = Field(default=None, description="to whom")
    reporters: List[Person] = Field(default_factory=list, description="every official who reported, in text order")
    region: Optional[str] = Field(default=None, description="the region reported on: the reporter's")
    period: Optional[Period] = Field(default=None, description="the reporting period (`январь-июль 2024 года`)")
    indicators: List[Indicator] = Field(default_factory=list, description="the figures reported, named")
    directives: List[Directive] = Field(default_factory=list, description="what the recipient instructed")


class Record(_Model):
    """Everything extracted from one article: its entities, figures, dates and briefing,
    each item with `start`/`stop` offsets into the text. `record.model_dump_json()` gives
    the JSON line the CLI writes; `Record.model_validate_json(line)` reads one back."""
    schema_version: Literal["1.0", "1.1"] = Field(default=SCHEMA_VERSION, description="`1.1` (records written as `1.0` still validate)")
    doc_id: str = Field(description="the document's id: the input's `id`, else its file name or line number")
    source: Optional[str] = Field(default=None, description="the input file the text came from")
    url: Optional[str] = Field(default=None, description="the input's URL, when it had one (a JSON/JSONL `url`, an HTML page's URL)")
    title: Optional[str] = Field(default=None, description="the headline: the input's `title`, else the text's title line")
    reference_date: Optional[ReferenceDate] = Field(default=None, description="the document's own date, when known")
    attribution: Optional[Attribution] = Field(default=None, description="the outlet and bodies the report is attributed to")
    entities: List[Entity] = Field(default_factory=list, description="persons, places and organisations, in order of first mention")
    quantities: List[Quantity] = Field(default_factory=list, description="figures, in text order")
    dates: List[DateMention] = Field(default_factory=list, description="date mentions, in text order")
    briefing: Optional[Briefing] = Field(default=None, description="the briefing, when the article reports one; else null")
    warnings: List[str] = Field(default_factory=list, description="what went wrong but did not stop extraction (`encoding: cp1251`)")
    text: Optional[str] = Field(default=None, description="the text offsets index, for inputs whose text was extracted (HTML)")


def json_schema() -> dict:
    """The JSON Schema of a Record, as checked in beside this module."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def json_schema_text() -> str:
    """`json_schema()` as stable, sorted, indented JSON text (what `extractor schema` prints)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
