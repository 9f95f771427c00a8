"""`extractor extract`: every everyday mistake is one line on stderr and an exit status,
never a traceback, and leaves no output or temporary file behind (issue 17)."""
import json
import os
import socket
import subprocess
import sys

import pytest

from extractor.cli_checks import byte_size, positive_int
from tests.cli_helpers import ENV, ROOT, SAMPLES, cli, err_lines, files
from tests.test_readers import PAGE

CITY = os.path.join(SAMPLES, "city-news.txt")
SKIPPED = "extractor: 3 files skipped: not .txt/.html/.htm/.json/.jsonl"


def records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_broken_pipe_exits_quietly(tmp_path):
    p = subprocess.Popen([sys.executable, "-m", "extractor", "extract", SAMPLES, "--workers", "1"], cwd=tmp_path,
                         env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    p.stdout.close()                   # the reader is gone before the first record (`| head -0`)
    err = p.stderr.read().decode("utf-8")
    assert p.wait(timeout=600) == 1
    assert err == ""                   # no traceback, no "Exception ignored", no summary after it
    assert files(tmp_path) == []


def test_broken_pipe_after_the_first_line(tmp_path):
    r = subprocess.run("%s -m extractor extract %s --workers 1 | head -1" % (sys.executable, SAMPLES),
                       shell=True, cwd=tmp_path, env=ENV, capture_output=True, timeout=600)
    assert json.loads(r.stdout)["doc_id"] == "akim-report"
    assert b"Traceback" not in r.stderr and b"Exception ignored" not in r.stderr


@pytest.mark.parametrize("out", ["out/", "out"])
def test_output_is_a_directory(tmp_path, out):
    (tmp_path / "out").mkdir()
    r = cli("extract", CITY, "-o", out, cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (2, ["error: -o %s: is a directory" % out])
    assert files(tmp_path) == []


def test_errors_in_a_missing_folder_is_made(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(open(CITY, encoding="utf-8").read(), encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00\x01")
    r = cli("extract", "in", "-o", "out/records.jsonl", "--errors", "logs/2025/errors.jsonl", "--workers", "1",
            cwd=tmp_path)
    assert r.returncode == 1
    assert err_lines(r) == ["error: in/b.txt: binary file (contains NUL bytes)",
                            "extractor: 1 done, 0 skipped, 1 failed → out/records.jsonl"]
    assert [e["doc_id"] for e in records(tmp_path / "logs" / "2025" / "errors.jsonl")] == ["b"]
    assert [r["doc_id"] for r in records(tmp_path / "out" / "records.jsonl")] == ["a"]
    assert files(tmp_path) == ["in/a.txt", "in/b.txt", "logs/2025/errors.jsonl", "out/records.jsonl"]


def test_errors_file_is_a_directory(tmp_path):
    (tmp_path / "logs").mkdir()
    r = cli("extract", CITY, "-o", "out.jsonl", "--errors", "logs", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (2, ["error: --errors logs: is a directory"])
    assert files(tmp_path) == []


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_dask_without_a_scheduler(tmp_path):
    pytest.importorskip("distributed")
    address = "tcp://127.0.0.1:%d" % _free_port()
    r = cli("extract", CITY, "-o", "out.jsonl", "--dask", address, cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (2, ["error: --dask: no Dask scheduler answered at %s" % address])
    assert files(tmp_path) == []


def test_dask_without_the_extra(tmp_path):
    r = cli("extract", CITY, "-o", "out.jsonl", "--dask", "tcp://127.0.0.1:8786", cwd=tmp_path,
            blocked=["dask", "distributed"])
    assert r.returncode == 2
    assert err_lines(r) == ['error: --dask: Dask is not installed; install the extra: pip install "extractor[dask]"']
    assert files(tmp_path) == []


def test_html_without_the_extra(tmp_path):
    (tmp_path / "park.html").write_text(PAGE, encoding="utf-8")
    r = cli("extract", CITY, "park.html", "-o", "out.jsonl", "--workers", "1", cwd=tmp_path, blocked=["trafilatura"])
    assert r.returncode == 2
    assert err_lines(r) == ['error: park.html: reading HTML needs trafilatura; install the extra: '
                            'pip install "extractor[html]"']
    assert files(tmp_path) == ["park.html"]


def test_html_page_date_is_html_date(tmp_path):
    pytest.importorskip("trafilatura")
    (tmp_path / "park.html").write_text(PAGE, encoding="utf-8")
    r = cli("extract", "park.html", "--workers", "1", "--date", "2020-01-01", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["reference_date"] == {"date": "2024-05-14", "source": "html:date"}


@pytest.mark.parametrize("pattern", ["nothing/*.txt", "feeds/*.jsonl", "empty"])
def test_no_input_matched(tmp_path, pattern):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("нет", encoding="utf-8")
    (tmp_path / "feeds").mkdir()
    r = cli("extract", pattern, "-o", "out.jsonl", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (2, ["error: no input matched: %s" % pattern])
    assert files(tmp_path) == ["empty/notes.md"]


def test_one_of_several_matched_nothing(tmp_path):
    r = cli("extract", CITY, "missing/*.html", "-o", "out.jsonl", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (2, ["error: no input matched: missing/*.html"])
    assert files(tmp_path) == []


def test_files_skipped_for_their_extension_are_counted(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(open(CITY, encoding="utf-8").read(), encoding="utf-8")
    for name in ("b.md", "c.pdf", "d.csv", ".hidden.txt"):
        (src / name).write_text("x", encoding="utf-8")
    r = cli("extract", "in", "-o", "out.jsonl", "--workers", "1", cwd=tmp_path)
    assert r.returncode == 0
    assert err_lines(r) == [SKIPPED, "extractor: 1 done, 0 skipped, 0 failed → out.jsonl"]
    assert [x["doc_id"] for x in records(tmp_path / "out.jsonl")] == ["a"]


@pytest.mark.parametrize("value", ["0", "-3"])
def test_workers_at_least_one(tmp_path, value):
    r = cli("extract", CITY, "--workers", value, cwd=tmp_path)
    assert r.returncode == 2
    assert err_lines(r)[-1] == "extractor extract: error: argument --workers: must be at least 1"
    assert r.stdout == b""


def test_sizes():
    assert [byte_size(v) for v in ("10MB", "500K", "1G", "1.5M", "2048", "10 mb", "64KiB")] == [
        10 * 1024 ** 2, 500 * 1024, 1024 ** 3, 1572864, 2048, 10 * 1024 ** 2, 65536]
    for bad in ("10XB", "", "MB", "-1", "0"):
        with pytest.raises(Exception):
            byte_size(bad)
    assert positive_int("3") == 3


def test_max_bytes_with_a_unit(tmp_path):
    (tmp_path / "big.txt").write_text("Аким " * 500, encoding="utf-8")       # 4 500 bytes
    r = cli("extract", "big.txt", CITY, "--max-bytes", "1K", "-o", "out.jsonl", "--workers", "1", cwd=tmp_path)
    assert r.returncode == 1
    assert err_lines(r) == ["error: big.txt: file too large: 4500 bytes (limit 1024)",
                            "extractor: 1 done, 0 skipped, 1 failed → out.jsonl"]
    r = cli("extract", CITY, "--max-bytes", "10MB", "-o", "out.jsonl", "--workers", "1", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (0, ["extractor: 1 done, 0 skipped, 0 failed → out.jsonl"])
    r = cli("extract", CITY, "--max-bytes", "ten", cwd=tmp_path)
    assert r.returncode == 2
    assert err_lines(r)[-1] == ("extractor extract: error: argument --max-bytes: not a size: 'ten' "
                                "(say 10MB, 500K, 1G or a number of bytes)")


def test_summary_on_stdout_names_no_file(tmp_path):
    r = cli("extract", CITY, "--workers", "1", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (0, ["extractor: 1 done, 0 skipped, 0 failed"])


def test_bad_jsonl_line_names_its_number_and_id(tmp_path):
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "a-16", "text": "Аким Павлодара открыл школу."}\n\n{"id": "a-17", "text": "оборвано\n'
        '{"text": oops}\n{"id": "a-18"}\n', encoding="utf-8")
    r = cli("extract", "feed.jsonl", "-o", "out.jsonl", "--workers", "1", cwd=tmp_path)
    assert r.returncode == 1
    lines = err_lines(r)
    assert lines[0].startswith('error: feed.jsonl: bad JSON line 3 (id "a-17"): Invalid control character')
    assert lines[1].startswith("error: feed.jsonl: bad JSON line 4: Expecting value")
    assert lines[2:] == ["error: feed.jsonl (a-18): no `text` string in the JSON object",
                         "extractor: 1 done, 0 skipped, 3 failed → out.jsonl"]
    assert [x["doc_id"] for x in records(tmp_path / "out.jsonl")] == ["a-16"]


def test_help_documents_exit_statuses():
    r = cli("extract", "--help", cwd=ROOT)
    text = " ".join(r.stdout.decode("utf-8").split())
    assert "exit status: 0 every input done; 1 some inputs failed" in text
    assert "2 nothing run: a usage error, no input matched" in text


def test_output_that_is_an_input_refused(tmp_path):
    (tmp_path / "a.txt").write_text(open(CITY, encoding="utf-8").read(), encoding="utf-8")
    r = cli("extract", "a.txt", "-o", "a.txt", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (2, ["error: -o a.txt: is also an input"])
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == open(CITY, encoding="utf-8").read()
    assert files(tmp_path) == ["a.txt"]


def test_table_is_a_directory(tmp_path):
    (tmp_path / "tables").mkdir()
    r = cli("extract", CITY, "-o", "out.jsonl", "--table", "tables", cwd=tmp_path)
    assert (r.returncode, err_lines(r)) == (2, ["error: --table tables: is a directory"])
    assert files(tmp_path) == []
