"""`extractor show` on bad inputs (issue 17): one line each, the others shown, no traceback,
no page left behind when nothing can be shown."""
import json
import os

import pytest

from tests.cli_helpers import SAMPLES, cli, err_lines, files
from tests.test_readers import PAGE
from tests.test_show import TEXT, record

CITY = os.path.join(SAMPLES, "city-news.txt")


def test_missing_file(tmp_path):
    r = cli("show", "missing.txt", "-o", "page.html", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (2, ["error: missing.txt: No such file or directory"])
    assert files(tmp_path) == []


def test_binary_file(tmp_path):
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    r = cli("show", "b.txt", "-o", "page.html", cwd=tmp_path)
    assert r.returncode == 1
    assert err_lines(r) == ["error: b.txt: binary file (contains NUL bytes)",
                            "extractor: nothing to show, page.html not written"]
    assert files(tmp_path) == ["b.txt"]


def test_folder_with_one_bad_file(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(open(CITY, encoding="utf-8").read(), encoding="utf-8")
    (src / "b.txt").write_bytes(b"\x00\x01")
    (src / "c.txt").write_text(TEXT, encoding="utf-8")
    r = cli("show", "in", "-o", "report.html", cwd=tmp_path)
    assert r.returncode == 1
    assert err_lines(r) == ["error: in/b.txt: binary file (contains NUL bytes)",
                            "extractor: wrote report.html (2 records, 1 failed)"]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<a href="#doc-1">a</a>' in html and '<a href="#doc-2">c</a>' in html and html.count("<section") == 2
    assert files(tmp_path) == ["in/a.txt", "in/b.txt", "in/c.txt", "report.html"]


def test_html_page_shows_its_article_text(tmp_path):
    pytest.importorskip("trafilatura")
    (tmp_path / "park.html").write_text(PAGE, encoding="utf-8")
    r = cli("show", "park.html", "-o", "page.html", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (0, ["extractor: wrote page.html (1 records)"])
    html = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "12 гектаров" in html
    for markup in ("&lt;p&gt;", "&lt;nav", "Главная", "Все права защищены"):
        assert markup not in html
    assert "2024-05-14 (html:date)" in html


def test_input_jsonl_is_extracted_and_bad_lines_named(tmp_path):
    good = record()
    good.source, good.text = None, TEXT
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "a-1", "text": "Аким Павлодара открыл школу на 600 мест."}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "a-2", "title": "без текста"}, ensure_ascii=False) + "\n"
        + json.dumps({"schema_version": "1.1", "doc_id": "x", "entities": [{"id": 1}]}) + "\n"
        + "{oops\n" + good.model_dump_json() + "\n", encoding="utf-8")
    r = cli("show", "feed.jsonl", "-o", "page.html", cwd=tmp_path)
    assert r.returncode == 1
    lines = err_lines(r)
    assert lines[0] == ("error: feed.jsonl line 2: neither a record (no `schema_version`) nor an input: "
                        "no `text` string in the JSON object")
    assert lines[1] == "error: feed.jsonl line 3: not a valid record: entities.0.id: Input should be a valid string (and 3 more)"
    assert lines[2].startswith("error: feed.jsonl line 4: bad JSON: Expecting property name")
    assert lines[3:] == ["extractor: wrote page.html (2 records, 3 failed)"]
    html = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert '<a href="#doc-1">a-1</a>' in html and '<a href="#doc-2">a1</a>' in html
    assert "ValidationError" not in r.stderr.decode("utf-8") and "pydantic" not in r.stderr.decode("utf-8")


def test_input_json_object(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "n1", "text": TEXT}, ensure_ascii=False), encoding="utf-8")
    r = cli("show", "one.json", "-o", "page.html", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (0, ["extractor: wrote page.html (1 records)"])
    assert "<mark" in (tmp_path / "page.html").read_text(encoding="utf-8")


def test_record_whose_text_cannot_be_found(tmp_path):
    r1 = record()                       # source a1.txt, which is not there
    (tmp_path / "recs.jsonl").write_text(r1.model_dump_json() + "\n", encoding="utf-8")
    r = cli("show", "recs.jsonl", "-o", "page.html", cwd=tmp_path)
    assert r.returncode == 1
    assert err_lines(r) == ["error: recs.jsonl line 1: record a1: its source a1.txt: "
                            "cannot read: No such file or directory",
                            "extractor: nothing to show, page.html not written"]
    assert files(tmp_path) == ["recs.jsonl"]


def test_output_is_a_directory(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "pages").mkdir()
    r = cli("show", "a.txt", "-o", "pages", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (2, ["error: -o pages: is a directory"])
    assert files(tmp_path) == ["a.txt"]


def test_bad_date(tmp_path):
    r = cli("show", CITY, "-o", "page.html", "--date", "вчера", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (2, ["error: --date: not an ISO date: 'вчера'"])
    assert files(tmp_path) == []
