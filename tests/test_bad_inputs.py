"""The bad-input corpus (tests/bad-inputs/ plus what git cannot hold: a symlink loop, a
dangling link, an unreadable file, a FIFO): every bad item gets one clear error line,
every good one its record, and the batch ends with exit status 1."""
import json
import os
import shutil

import pytest

from extractor.cli import main
from extractor.readers import ReadError, decode

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "bad-inputs")


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad")
    src = tmp / "in"
    shutil.copytree(CORPUS, src)
    (src / "nested").mkdir()
    (src / "nested" / "inner.txt").write_text("Аким Костаная вручил 15 ключей от квартир.\n", encoding="utf-8")
    os.symlink("..", src / "nested" / "loop")                 # a directory symlink loop
    os.symlink("missing.txt", src / "dangling.txt")           # a link to nothing
    locked = src / "locked.txt"
    locked.write_text("Текст, который нельзя прочитать.\n", encoding="utf-8")
    os.chmod(locked, 0)
    os.mkfifo(src / "pipe.txt")                              # reading it would block forever
    out, err = tmp / "out.jsonl", tmp / "errors.jsonl"
    rc = main(["extract", str(src), "-o", str(out), "--errors", str(err), "--workers", "1", "--quiet"])
    os.chmod(locked, 0o644)
    return rc, read_lines(out), {e["doc_id"]: e for e in read_lines(err)}


def test_exit_status_is_one(batch):
    rc, _, _ = batch
    assert rc == 1


def test_good_items_all_processed_once(batch):
    _, records, _ = batch
    ids = [r["doc_id"] for r in records]
    root_can_read = os.geteuid() == 0
    expected = ["cp1251", "good", "inner", "mixed-encodings", "j1", "j3"] + (["locked"] if root_can_read else [])
    assert sorted(ids) == sorted(expected)
    assert len(ids) == len(set(ids))              # the symlink loop read nothing twice
    by_id = {r["doc_id"]: r for r in records}
    assert [q["text"] for q in by_id["good"]["quantities"]] == ["412 тысяч квадратных метров"]
    assert by_id["cp1251"]["warnings"] == ["encoding: windows-1251"]
    assert [q["text"] for q in by_id["cp1251"]["quantities"]] == ["12 гектаров"]
    assert by_id["j3"]["reference_date"] == {"date": "2025-03-14", "source": "input"}


def test_mixed_encodings_keep_the_utf8_text(batch):
    _, records, _ = batch
    rec = next(r for r in records if r["doc_id"] == "mixed-encodings")
    assert rec["warnings"] == ["encoding: utf-8 with 6 invalid bytes replaced"]
    assert [(q["text"], q["value"], q["unit"]) for q in rec["quantities"]] == [("5 млрд тенге", 5e9, "KZT")]


@pytest.mark.parametrize("doc_id, name, error", [
    ("empty.txt", "empty.txt", "empty file"),
    ("empty.jsonl", "empty.jsonl", "empty JSONL file: no JSON lines"),
    ("blank", "blank.txt", "no text (empty or whitespace only)"),
    ("binary", "binary.txt", "binary file (contains NUL bytes)"),
    ("nul-bytes", "nul-bytes.txt", "binary file (contains NUL bytes)"),
    ("invalid-utf8", "invalid-utf8.txt", "not UTF-8, Windows-1251 or KOI8-R text (invalid UTF-8 at byte 7)"),
    ("no-body", "no-body.html", "no article text found in the HTML page"),
    ("one-bad-line:2", "one-bad-line.jsonl", 'bad JSON line 2 (id "j2"): '),
    ("j4", "one-bad-line.jsonl", "ValueError: not an ISO date: '14 марта'"),
    ("j5", "one-bad-line.jsonl", "no `text` string in the JSON object"),
    ("dangling", "dangling.txt", "cannot read: No such file or directory"),
    ("pipe", "pipe.txt", "not a regular file"),
])
def test_each_bad_item_gets_a_clear_error(batch, doc_id, name, error):
    _, _, errors = batch
    assert errors[doc_id]["error"].startswith(error)
    assert os.path.basename(errors[doc_id]["source"]) == name


def test_unreadable_file(batch):
    _, records, errors = batch
    if os.geteuid() == 0:          # root reads any file: it is processed like the others
        assert any(r["doc_id"] == "locked" for r in records)
    else:
        assert errors["locked"]["error"] == "cannot read: Permission denied"


def test_no_other_errors(batch):
    _, _, errors = batch
    expected = {"empty.txt", "empty.jsonl", "blank", "binary", "nul-bytes", "invalid-utf8", "no-body",
                "one-bad-line:2", "j4", "j5", "dangling", "pipe"}
    if os.geteuid() != 0:
        expected.add("locked")
    assert set(errors) == expected


def test_decode_rejects_what_no_code_page_reads():
    with pytest.raises(ReadError):
        decode(bytes(range(0x80, 0xa0)) * 4)
    text, enc = decode("Привет, мир".encode("utf-8") + b"\xff" + " и пока".encode("utf-8"))
    assert text == "Привет, мир\ufffd и пока" and enc == "utf-8 with 1 invalid bytes replaced"
