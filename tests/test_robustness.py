"""Any input, bounded time, valid output.

Property tests feed the whole pipeline arbitrary Unicode and Russian-looking
noise built from the pieces news is made of; adversarial inputs check that no
rule backtracks catastrophically (time grows about linearly with size).
"""
import json
import os
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.schema import Record

PIECES = [
    "1", "2024", "12,5", "1 250 000", "0", "15.08.2024", "3–5", "10-15", "2,5 тыс.", "млн", "млрд", "трлн",
    "тенге", "руб.", "$", "€", "₸", "%", "п.п.", "процентов", "ГВт", "кВт·ч", "км", "га", "тонн", "м²", "°C",
    "января", "августа", "январь-июль", "года", "г.", "квартал", "II", "полугодии", "вчера", "сегодня",
    "в прошлом году", "до конца года", "за 7 месяцев", "в течение", "лет", "дней",
    "Касым-Жомарт", "Токаеву", "Бейбита", "Исабаева", "аким", "области", "Жетісу", "Ұлытау", "Әлем", "қала",
    "Президент", "доложил", "поручил", "принял", "сообщает", "Kazpravda.kz", "со ссылкой на", "Акорду",
    "«", "»", "\"", "(", ")", ",", ".", "—", "-", ":", ";", "!", "?", "\n", "\n\n", " ", " ", "\u00a0",
    "\u200b", "\u00ad", "\u0301", "\ufeff", "\t", "\r\n", "ОАО", "«Газпром»", "около", "более", "до", "от",
    "вдвое", "в 2 раза", "пятью", "миллионами", "двух", "тысяч", "полтора", "двое", "объектов",
    "Aкорда",  # Latin A in a Cyrillic word
    "COVID-19", "Т-34", "№", "+7 (727) 123-45-67",
]


def check(record: Record, text: str):
    data = json.loads(record.model_dump_json())
    Record.model_validate(data)
    ids = [e["id"] for e in data["entities"]] + [q["id"] for q in data["quantities"]] + [d["id"] for d in data["dates"]]
    assert len(ids) == len(set(ids))
    for e in record.entities:
        assert e.mentions
        for m in e.mentions:
            assert text[m.start:m.stop] == m.text
    for q in record.quantities:
        assert text[q.start:q.stop] == q.text
        assert q.value_max is None or q.value_max >= q.value
    for d in record.dates:
        assert text[d.start:d.stop] == d.text
        if d.date_from and d.date_to:
            assert d.date_from <= d.date_to
    if record.briefing:
        for x in record.briefing.directives:
            assert text[x.start:x.stop] == x.text


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(max_size=300))
def test_arbitrary_unicode(pipeline, text):
    check(pipeline.extract(text, doc_id="u"), text)


@FAST
@given(st.lists(st.sampled_from(PIECES), max_size=60).map(lambda xs: " ".join(xs)))
def test_russian_looking_noise(pipeline, text):
    check(pipeline.extract(text, doc_id="r"), text)


@FAST
@given(st.lists(st.sampled_from(PIECES), max_size=60).map(lambda xs: "".join(xs)))
def test_glued_pieces(pipeline, text):
    check(pipeline.extract(text, doc_id="g"), text)


def test_same_input_same_output(pipeline):
    text = ("Глава государства Касым-Жомарт Токаев принял акима области Жетісу Бейбита Исабаева. "
            "За январь-июль 2024 года привлечено 188,2 млрд тенге инвестиций.")
    a = pipeline.extract(text, doc_id="d").model_dump_json()
    b = pipeline.extract(text, doc_id="d").model_dump_json()
    assert a == b


ADVERSARIAL = {
    "digits": lambda n: "7" * n,
    "ones": lambda n: ("1 " * (n // 2 + 1))[:n],
    "scales": lambda n: ("млрд " * (n // 5 + 1))[:n],
    "quotes": lambda n: ("«" * (n // 2)) + ("»" * (n // 2)),
    "no_spaces": lambda n: ("абв1,2%" * (n // 7 + 1))[:n],
    "numbers_and_units": lambda n: ("12,5 млрд тенге 3–5% 15 августа 2024 года " * (n // 40 + 1))[:n],
}


def _time(pipeline, text):
    t = time.perf_counter()
    record = pipeline.extract(text, doc_id="big")
    elapsed = time.perf_counter() - t
    check(record, text)
    return elapsed


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(ADVERSARIAL))
def test_adversarial_inputs_scale_linearly(pipeline, kind):
    """Not a timing test: the ratio between a 100 KB and a 1 MB input of the same kind is
    about 10 when the work is linear and about 100 when it is quadratic."""
    make = ADVERSARIAL[kind]
    small = _time(pipeline, make(100_000))
    large = _time(pipeline, make(1_000_000))
    assert large <= 30 * max(small, 0.05), (kind, small, large)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    pytest.param("7" * 100_000, id="100000 digits"),
    pytest.param("«" * 50_000 + "Акорда" + "»" * 50_000, id="50000 nested quotes"),
    pytest.param("млрд " * 1_000_000, id="a million млрд"),
    pytest.param(("абв1,2%" * 750_000)[:5_000_000], id="one 5 MB line without spaces"),
])
def test_adversarial_inputs_complete(pipeline, text):
    record = pipeline.extract(text, doc_id="big")
    check(record, text)


def test_text_over_the_limit_is_a_clear_error(pipeline):
    from extractor import Pipeline, TextTooLong
    small = Pipeline(tagger=pipeline.tagger, max_chars=1000)
    with pytest.raises(TextTooLong, match="text of 1001 characters is over the limit of 1000"):
        small.extract("а" * 1001)


def test_output_bytes_do_not_depend_on_hash_seed_or_workers(tmp_path):
    """No set order or hash seed leaks into ids or order: the same bytes under two hash seeds
    and with one or two workers."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outs = []
    for seed, workers in (("1", "1"), ("4242", "2")):
        out = tmp_path / ("out-%s.jsonl" % seed)
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "extractor", "extract", os.path.join(root, "samples"),
                        "-o", str(out), "--workers", workers, "--quiet"], check=True, env=env, cwd=root)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert outs[0].count(b"\n") == len([n for n in os.listdir(os.path.join(root, "samples")) if n.endswith(".txt")])
