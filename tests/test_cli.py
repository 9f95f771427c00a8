"""The `extract` command: inputs, formats, errors file, exit codes, resume after SIGKILL."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from extractor.cli import main
from tests.conftest import SAMPLES, sample_text
from tests.test_readers import PAGE

ROOT = os.path.dirname(SAMPLES)


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f]


def test_folder_with_errors_and_html(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(sample_text("city-news.txt"), encoding="utf-8")
    (src / "b.txt").write_bytes(b"\x00\x00")
    (src / "c.htm").write_text(PAGE, encoding="utf-8")
    out, err = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    rc = main(["extract", str(src), "-o", str(out), "--errors", str(err), "--workers", "1"])
    assert rc == 1
    recs = lines(out)
    assert [r["doc_id"] for r in recs] == ["a", "c"]
    assert "text" not in recs[0]
    html = recs[1]
    assert "12 гектаров" in html["text"] and "Главная" not in html["text"]
    for e in html["entities"]:
        for m in e["mentions"]:
            assert html["text"][m["start"]:m["stop"]] == m["text"]
    assert html["reference_date"]["date"] == "2024-05-14"
    assert [(e["doc_id"], e["error"]) for e in lines(err)] == [("b", "binary file (contains NUL bytes)")]
    stderr = capsys.readouterr().err
    assert "2 done, 0 skipped, 1 failed" in stderr
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".tmp")]


def test_stdin_json_format_and_ok_exit(monkeypatch, capsys):
    import io
    monkeypatch.setattr("sys.stdin", io.StringIO("Вчера мэр Москвы Сергей Собянин открыл парк."))
    assert main(["extract", "-", "--format", "json", "--date", "2024-03-05", "-q", "--workers", "1"]) == 0
    cap = capsys.readouterr()
    data = json.loads(cap.out)
    assert isinstance(data, list) and data[0]["doc_id"] == "stdin"
    assert data[0]["reference_date"]["date"] == "2024-03-05"
    assert cap.err == ""


def test_usage_errors(tmp_path, capsys):
    assert main(["extract", "x.txt", "--resume"]) == 2
    assert main(["extract", "x.txt", "--date", "yesterday"]) == 2


def test_resume_after_sigkill(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    texts = [sample_text(n) for n in sorted(os.listdir(SAMPLES))]
    for i in range(40):
        (src / ("doc%02d.txt" % i)).write_text(texts[i % len(texts)], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"      # records go here until the run is complete
    cmd = [sys.executable, "-m", "extractor", "extract", str(src), "-o", str(out), "--resume", "--workers", "1", "-q"]
    env = dict(os.environ, PYTHONPATH=ROOT)
    p = subprocess.Popen(cmd, cwd=ROOT, env=env)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            if partial.exists() and partial.read_bytes().count(b"\n") >= 3:
                break
            time.sleep(0.005)
        os.kill(p.pid, signal.SIGKILL)
    finally:
        p.wait()
    before = partial.read_bytes().count(b"\n")
    assert 3 <= before < 40, "the batch was not killed in the middle"
    assert not out.exists()
    with open(partial, "ab") as f:          # as if killed in the middle of a line
        f.write(b'{"doc_id": "doc39", "enti')
    r = subprocess.run(cmd, cwd=ROOT, env=env)
    assert r.returncode == 0
    ids = [r["doc_id"] for r in lines(out)]
    assert sorted(ids) == ["doc%02d" % i for i in range(40)]
    assert not partial.exists()
