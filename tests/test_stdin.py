"""`extractor extract -`: stdin read like a file (issue 17): decoded with the same warnings,
JSONL read a record a line (`--stdin-format`, detected by default), empty stdin refused."""
import json
import os

import pytest

from tests.cli_helpers import ROOT, cli, err_lines, files

BAD = os.path.join(ROOT, "tests", "bad-inputs")
RU = "В Жамбылской области запустили ветровую электростанцию мощностью 100 МВт. Аким Ербол Карашукеев открыл её."


def out_records(res):
    return [json.loads(line) for line in res.stdout.decode("utf-8").splitlines()]


@pytest.mark.parametrize("codec, name", [("cp1251", "windows-1251"), ("koi8_r", "koi8-r")])
def test_code_pages_decoded_with_the_warning(tmp_path, codec, name):
    r = cli("extract", "-", "--workers", "1", cwd=tmp_path, stdin=RU.encode(codec))
    assert (r.returncode, err_lines(r)) == (0, ["extractor: 1 done, 0 skipped, 0 failed"])
    [rec] = out_records(r)
    assert rec["doc_id"] == "stdin" and rec["source"] is None
    assert rec["warnings"] == ["encoding: %s" % name]
    assert [q["text"] for q in rec["quantities"]] == ["100 МВт"]


def test_cp1251_file_on_stdin_equals_the_file(tmp_path):
    with open(os.path.join(BAD, "cp1251.txt"), "rb") as f:
        data = f.read()
    r = cli("extract", "-", "-o", "out.jsonl", "--workers", "1", cwd=tmp_path, stdin=data)
    assert (r.returncode, err_lines(r)) == (0, ["extractor: 1 done, 0 skipped, 0 failed → out.jsonl"])
    [rec] = [json.loads(l) for l in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rec["warnings"] == ["encoding: windows-1251"]
    assert [q["text"] for q in rec["quantities"]] == ["12 гектаров"]
    assert files(tmp_path) == ["out.jsonl"]


@pytest.mark.parametrize("data, message", [
    (b"\x00\x01\x02binary", "error: stdin: binary input (contains NUL bytes)"),
    (bytes(range(0x80, 0xa0)) * 4, "error: stdin: not UTF-8, Windows-1251 or KOI8-R text (invalid UTF-8 at byte 0)"),
    (b"  \n\t\n", "error: stdin: no text (empty or whitespace only)"),
])
def test_bad_bytes_one_error_line(tmp_path, data, message):
    r = cli("extract", "-", "-o", "out.jsonl", "--errors", "errors.jsonl", "--workers", "1", cwd=tmp_path, stdin=data)
    assert r.returncode == 1
    assert err_lines(r) == [message, "extractor: 0 done, 0 skipped, 1 failed → out.jsonl"]
    assert (tmp_path / "out.jsonl").read_bytes() == b""
    [e] = [json.loads(l) for l in (tmp_path / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert (e["doc_id"], e["source"]) == ("stdin", None)
    assert files(tmp_path) == ["errors.jsonl", "out.jsonl"]


def test_empty_stdin_refused(tmp_path):
    r = cli("extract", "-", "-o", "out.jsonl", cwd=tmp_path, stdin=b"")
    assert (r.returncode, err_lines(r)) == (2, ["error: -: stdin is empty (pipe a text or JSONL into it)"])
    assert files(tmp_path) == []


FEED = ('{"id": "a-1", "text": "Аким Павлодара открыл школу на 600 мест.", "date": "2025-03-14"}\n'
        '\n'
        '{"text": "Министр энергетики посетил Экибастуз."}\n'
        '{"id": "a-4", "text": "оборвано\n'
        '{"id": "a-5", "title": "без текста"}\n')


@pytest.mark.parametrize("fmt", [None, "auto", "jsonl"])
def test_jsonl_on_stdin_one_record_a_line(tmp_path, fmt):
    args = ["extract", "-", "--workers", "1"] + (["--stdin-format", fmt] if fmt else [])
    r = cli(*args, cwd=tmp_path, stdin=FEED.encode("utf-8"))
    assert r.returncode == 1
    recs = out_records(r)
    assert [x["doc_id"] for x in recs] == ["a-1", "stdin:3"]
    assert recs[0]["reference_date"] == {"date": "2025-03-14", "source": "input"}
    lines = err_lines(r)
    assert lines[0].startswith('error: stdin:4: bad JSON line 4 (id "a-4"): Invalid control character')
    assert lines[1:] == ["error: a-5: no `text` string in the JSON object",
                         "extractor: 2 done, 0 skipped, 2 failed"]


def test_jsonl_read_as_text_when_asked(tmp_path):
    r = cli("extract", "-", "--stdin-format", "text", "--workers", "1", cwd=tmp_path, stdin=FEED.encode("utf-8"))
    assert r.returncode == 0
    assert [x["doc_id"] for x in out_records(r)] == ["stdin"]


def test_text_with_a_brace_line_is_text(tmp_path):
    data = ("{врезка}\n" + RU + "\n").encode("utf-8")
    r = cli("extract", "-", "--workers", "1", cwd=tmp_path, stdin=data)
    assert r.returncode == 0
    assert [x["doc_id"] for x in out_records(r)] == ["stdin"]


def test_json_document_on_stdin(tmp_path):
    data = json.dumps([{"id": 7, "text": RU}, {"text": RU}], ensure_ascii=False).encode("utf-8")
    r = cli("extract", "-", "--stdin-format", "json", "--workers", "1", cwd=tmp_path, stdin=data)
    assert (r.returncode, err_lines(r)) == (0, ["extractor: 2 done, 0 skipped, 0 failed"])
    assert [x["doc_id"] for x in out_records(r)] == ["7", "stdin:2"]


def test_plain_text_as_jsonl_gets_line_errors(tmp_path):
    r = cli("extract", "-", "--stdin-format", "jsonl", "--workers", "1", cwd=tmp_path, stdin=RU.encode("utf-8"))
    assert r.returncode == 1
    lines = err_lines(r)
    assert lines[0].startswith("error: stdin:1: bad JSON line 1: Expecting value")
    assert lines[1:] == ["extractor: 0 done, 0 skipped, 1 failed"]
