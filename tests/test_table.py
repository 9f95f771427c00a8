"""extractor table: records files → one typed table (Parquet, CSV) across a corpus."""
import csv
import datetime as dt
import io
import json
import subprocess
import sys

import pytest

from extractor import table
from extractor.table import COLUMNS, TableError, TableWriter, write_table

from conftest import SAMPLES

TEXT = "Аким Жетісу доложил: за январь-июль 2024 года привлечено 188,2 млрд тенге, к 2028 году — 56,5%."


def record_11(doc_id="a1"):
    return {
        "schema_version": "1.1", "doc_id": doc_id, "source": "a1.txt", "url": "https://example.kz/a1",
        "title": "Аким доложил", "reference_date": {"date": "2024-08-15", "source": "input"},
        "attribution": {"outlet": "Kazpravda.kz", "via": ["Акорда"], "start": 0, "stop": 4},
        "entities": [{"id": "e1", "type": "LOC", "name": "область Жетісу", "positions": [],
                      "mentions": [{"start": 5, "stop": 11, "text": "Жетісу"}]},
                     {"id": "e2", "type": "PER", "name": "Бейбит Исабаев", "positions": ["аким"],
                      "mentions": [{"start": 0, "stop": 4, "text": "Аким"}]}],
        "quantities": [
            {"id": "q1", "text": "188,2 млрд тенге", "start": 56, "stop": 72, "kind": "money",
             "value": 188200000000.0, "value_max": None, "unit": "KZT", "qualifier": None,
             "subject": "инвестиции", "indicator": "инвестиции", "status": "actual", "change": None,
             "place": "e1", "period": {"date_id": "d1", "text": "за январь-июль 2024 года",
                                       "date_from": "2024-01-01", "date_to": "2024-07-31"}},
            {"id": "q2", "text": "56,5%", "start": 89, "stop": 94, "kind": "percent", "value": 56.5,
             "unit": "%", "status": "plan", "indicator": "уровень газификации",
             "period": {"date_id": "d2", "text": "к 2028 году", "date_from": "2028-01-01", "date_to": "2028-12-31"}}],
        "dates": [{"id": "d1", "text": "за январь-июль 2024 года", "start": 21, "stop": 45, "kind": "range",
                   "date_from": "2024-01-01", "date_to": "2024-07-31", "granularity": "month"}],
        "briefing": {"reporter": {"name": "Бейбит Исабаев", "position": "аким"},
                     "recipient": {"name": "Касым-Жомарт Токаев", "position": "Президент"},
                     "region": "область Жетісу",
                     "indicators": [{"name": "инвестиции", "quantity_id": "q1", "text": "188,2 млрд тенге",
                                     "value": 188200000000.0, "unit": "KZT"}],
                     "directives": [{"text": "продолжить работу", "start": 0, "stop": 4}]},
        "warnings": []}


def record_10():
    """A schema 1.0 record: no url, no figure facts; the indicator falls back to the briefing's name."""
    r = record_11("old")
    r["schema_version"] = "1.0"
    del r["url"]
    for q in r["quantities"]:
        for k in ("indicator", "status", "change", "place", "period"):
            q.pop(k, None)
        q["subject"] = None
    return r


@pytest.fixture
def records(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (record_11(), record_10())) + "\n",
                    encoding="utf-8")
    return str(path)


def test_figure_rows_have_the_documented_columns(records):
    rows = list(table.rows(table.read_records(records, print)))
    assert [c for c, _ in COLUMNS["figures"]] == [
        "doc_id", "source", "url", "outlet", "reference_date", "title", "place", "place_type", "reporter",
        "recipient", "indicator", "value", "value_max", "unit", "kind", "qualifier", "status", "change",
        "period_from", "period_to", "period_text", "text", "start", "stop"]
    first, second, old = rows[0], rows[1], rows[2]
    assert (first["place"], first["place_type"], first["reporter"], first["recipient"]) == \
        ("область Жетісу", "LOC", "Бейбит Исабаев", "Касым-Жомарт Токаев")
    assert (first["period_from"], first["period_to"]) == (dt.date(2024, 1, 1), dt.date(2024, 7, 31))
    assert (second["reporter"], second["status"], second["indicator"]) == (None, "plan", "уровень газификации")
    assert (old["url"], old["indicator"], old["status"], old["period_text"]) == (None, "инвестиции", None, None)


def test_parquet_opens_in_pandas_and_duckdb_with_typed_columns(records, tmp_path):
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    out = str(tmp_path / "figures.parquet")
    assert write_table([records], out) == 4
    df = pd.read_parquet(out)
    assert list(df.columns) == [c for c, _ in COLUMNS["figures"]]
    assert str(df["value"].dtype) == "float64" and str(df["start"].dtype) == "int64"
    assert df["period_from"].iloc[0] == dt.date(2024, 1, 1) and df["reference_date"].iloc[0] == dt.date(2024, 8, 15)
    assert df.loc[df.unit == "KZT", "value"].sum() == 2 * 188200000000.0
    types = {r[0]: r[1] for r in duckdb.sql("DESCRIBE SELECT * FROM '%s'" % out).fetchall()}
    assert (types["period_from"], types["reference_date"], types["value"], types["value_max"],
            types["start"], types["stop"], types["indicator"]) == \
        ("DATE", "DATE", "DOUBLE", "DOUBLE", "BIGINT", "BIGINT", "VARCHAR")
    got = duckdb.sql("SELECT indicator, period_to FROM '%s' WHERE status = 'plan'" % out).fetchall()
    assert got == [("уровень газификации", dt.date(2028, 12, 31))]


@pytest.mark.parametrize("what, n", [("entities", 4), ("dates", 2), ("briefings", 2)])
def test_other_tables(records, tmp_path, what, n):
    pd = pytest.importorskip("pandas")
    out = str(tmp_path / ("%s.parquet" % what))
    assert write_table([records], out, what) == n
    assert list(pd.read_parquet(out).columns) == [c for c, _ in COLUMNS[what]]


def test_csv_round_trip(records, tmp_path):
    out = tmp_path / "figures.csv"
    write_table([records], str(out))
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))
    assert len(rows) == 4
    assert (rows[0]["value"], rows[0]["period_from"], rows[0]["text"], rows[0]["value_max"]) == \
        ("188200000000", "2024-01-01", "188,2 млрд тенге", "")
    assert (rows[1]["value"], rows[1]["start"], rows[1]["status"]) == ("56.5", "89", "plan")


def test_excel_csv_has_a_bom(records, tmp_path):
    out = tmp_path / "figures.csv"
    write_table([records], str(out), excel=True)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.decode("utf-8-sig").startswith("doc_id,source,url")


def test_unknown_table_and_missing_pyarrow(tmp_path, monkeypatch):
    with pytest.raises(TableError):
        TableWriter(str(tmp_path / "x.csv"), what="people")
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(TableError, match=r'pip install "extractor\[parquet\]"'):
        TableWriter(str(tmp_path / "x.parquet"))


def _cli(*args, cwd, stdin=None):
    from tests.cli_helpers import ENV          # this worktree's extractor, whatever the cwd
    return subprocess.run([sys.executable, "-m", "extractor", *args], cwd=cwd, env=ENV, capture_output=True,
                          text=True, timeout=600, input=stdin)


def test_cli_bad_records_files_one_line_each(records, tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"doc_id": "x"}\nnot json\n[1, 2]\n', encoding="utf-8")
    (tmp_path / "bin.jsonl").write_bytes(b"\xff\xfe\x00garbage")
    res = _cli("table", records, "bad.jsonl", "bin.jsonl", "missing.jsonl", "-o", "f.csv", cwd=tmp_path)
    assert res.returncode == 1
    lines = res.stderr.splitlines()
    assert "Traceback" not in res.stderr
    assert lines[:3] == ["error: bad.jsonl: 2 bad lines skipped (line 2 is not JSON)",
                         "error: bin.jsonl: not UTF-8 text, not a records file",
                         "error: missing.jsonl: cannot read: No such file or directory"]
    assert len(list(csv.DictReader(open(tmp_path / "f.csv", encoding="utf-8")))) == 4


def test_cli_stdout_csv(records, tmp_path):
    res = _cli("table", records, "-o", "-", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines()[0].startswith("doc_id,source,url,outlet,reference_date,title,place")
    assert len(res.stdout.splitlines()) == 5


def test_extract_writes_the_table_in_the_same_run(tmp_path):
    pd = pytest.importorskip("pandas")
    res = _cli("extract", "%s/akim-report.txt" % SAMPLES, "-o", "r.jsonl", "--table", "f.parquet",
               "--workers", "1", "-q", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    df = pd.read_parquet(tmp_path / "f.parquet")
    n = sum(len(json.loads(line)["quantities"]) for line in open(tmp_path / "r.jsonl", encoding="utf-8"))
    assert len(df) == n > 0 and set(df["doc_id"]) == {"akim-report"}
    assert df["status"].notna().all()


def test_the_inputs_url_reaches_the_record_and_the_table(tmp_path):
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "u1", "url": "https://example.kz/news/1",
                                                   "text": "В 2024 году в области построено 15 школ."},
                                                  ensure_ascii=False) + "\n", encoding="utf-8")
    res = _cli("extract", "in.jsonl", "-o", "r.jsonl", "--table", "f.csv", "--workers", "1", "-q", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    record = json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))
    assert (record["schema_version"], record["url"]) == ("1.1", "https://example.kz/news/1")
    rows = list(csv.DictReader(open(tmp_path / "f.csv", encoding="utf-8")))
    assert [(r["doc_id"], r["url"], r["value"], r["status"], r["period_from"]) for r in rows] == \
        [("u1", "https://example.kz/news/1", "15", "actual", "2024-01-01")]
