"""Every run resumable: SIGKILL at a random point, with or without --resume on the first run,
then --resume: every input exactly once, byte-identical to a clean run. The partial file,
permissions, no stray temporary files, --format json, --errors and --table on resume."""
import json
import os
import random
import signal
import stat
import subprocess
import sys
import time

import pytest

from tests.conftest import SAMPLES

ROOT = os.path.dirname(SAMPLES)
N = 300
CITIES = ["Москве", "Астане", "Алматы", "Казани", "Омске", "Самаре"]
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня"]


def small_corpus(folder, n=N):
    """n tiny Russian news items, one or two sentences with a figure and a date, and a bad file."""
    folder.mkdir()
    for i in range(n):
        text = "%d %s 2024 года в %s открыли %d новых школ." % (1 + i % 28, MONTHS[i % 6], CITIES[i % 6], 2 + i)
        if i % 3 == 0:
            text += " Бюджет проекта составил %d млн рублей." % (10 + i)
        (folder / ("n%03d.txt" % i)).write_text(text, encoding="utf-8")
    (folder / "n999.txt").write_bytes(b"\x00bad")
    return folder


def cli(*args):
    return [sys.executable, "-m", "extractor", "extract", *map(str, args), "-q"]


ENV = dict(os.environ, PYTHONPATH=ROOT)


def run(*args):
    return subprocess.run(cli(*args), cwd=ROOT, env=ENV, capture_output=True, text=True)


def kill_midway(cmd, partial, at_least):
    """Start `cmd`, SIGKILL it once `partial` holds `at_least` lines."""
    p = subprocess.Popen(cmd, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while time.time() < deadline and p.poll() is None:
            if partial.exists() and partial.read_bytes().count(b"\n") >= at_least:
                break
            time.sleep(0.002)
        os.kill(p.pid, signal.SIGKILL)
    finally:
        p.wait()


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """The corpus and a clean run's output and errors."""
    tmp = tmp_path_factory.mktemp("clean")
    src = small_corpus(tmp / "in")
    out, err = tmp / "clean.jsonl", tmp / "clean-errors.jsonl"
    r = run(src, "-o", out, "--errors", err, "--workers", "2")
    assert r.returncode == 1, r.stderr           # the one bad file
    return src, out.read_bytes(), err.read_bytes()


@pytest.mark.parametrize("first_resume", [False, True])
def test_sigkill_then_resume_is_byte_identical(tmp_path, clean, first_resume):
    src, clean_out, clean_err = clean
    out, err = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    first = cli(src, "-o", out, "--errors", err, "--workers", "2", *(["--resume"] if first_resume else []))
    kill_midway(first, partial, random.randint(5, 200))
    got = partial.read_bytes()
    assert not out.exists() and 5 <= got.count(b"\n") < N
    assert clean_out.startswith(got[:got.rfind(b"\n") + 1])     # the records so far, in order
    r = run(src, "-o", out, "--errors", err, "--workers", "2", "--resume")
    assert r.returncode == 1, r.stderr
    assert out.read_bytes() == clean_out
    assert err.read_bytes() == clean_err                        # the bad file once, not twice
    ids = [json.loads(line)["doc_id"] for line in out.read_bytes().splitlines()]
    assert ids == ["n%03d" % i for i in range(N)]
    assert sorted(os.listdir(tmp_path)) == ["errors.jsonl", "out.jsonl"]


def test_torn_line_and_resume_of_a_finished_output(tmp_path, clean):
    src, clean_out, _ = clean
    out, partial = tmp_path / "out.jsonl", tmp_path / "out.jsonl.partial"
    lines = clean_out.splitlines(keepends=True)
    partial.write_bytes(b"".join(lines[:7]) + lines[7][:40])    # killed in the middle of a line
    r = run(src, "-o", out, "--resume", "--workers", "1")
    assert r.returncode == 1 and out.read_bytes() == clean_out and not partial.exists()
    r = run(src, "-o", out, "--resume", "--workers", "1")       # finished: nothing to redo
    assert out.read_bytes() == clean_out and not partial.exists()
    out.write_bytes(b"".join(lines[:100]))                      # a finished output, shorter
    r = run(src, "-o", out, "--resume", "--workers", "1")
    assert out.read_bytes() == clean_out


def test_a_run_without_resume_starts_afresh(tmp_path, clean):
    src, clean_out, _ = clean
    out, partial = tmp_path / "out.jsonl", tmp_path / "out.jsonl.partial"
    partial.write_text('{"doc_id": "old"}\n', encoding="utf-8")
    run(src, "-o", out, "--workers", "1")
    assert out.read_bytes() == clean_out and not partial.exists()


def test_usual_permissions(tmp_path, clean):
    src, _, _ = clean
    out, table = tmp_path / "out.jsonl", tmp_path / "f.csv"
    old = os.umask(0o022)
    try:
        run(src, "-o", out, "--table", table, "--errors", tmp_path / "e.jsonl", "--workers", "1")
    finally:
        os.umask(old)
    for f in (out, table, tmp_path / "e.jsonl"):
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o644, f


def test_json_array_resumes_through_jsonl(tmp_path, clean):
    src, clean_out, _ = clean
    out, partial = tmp_path / "out.json", tmp_path / "out.json.partial"
    lines = clean_out.splitlines(keepends=True)
    partial.write_bytes(b"".join(lines[:50]))                   # a killed --format json run
    r = run(src, "-o", out, "--format", "json", "--resume", "--workers", "1")
    assert r.returncode == 1, r.stderr
    array = json.loads(out.read_text(encoding="utf-8"))
    assert [json.dumps(x, ensure_ascii=False).encode() + b"\n" for x in array] == lines
    assert sorted(os.listdir(tmp_path)) == ["out.json"]
    clean_json = tmp_path / "clean.json"
    run(src, "-o", clean_json, "--format", "json", "--workers", "1")
    assert out.read_bytes() == clean_json.read_bytes()
    r = run(src, "-o", out, "--format", "json", "--resume", "--workers", "1")   # finished array
    assert out.read_bytes() == clean_json.read_bytes() and not partial.exists()


def test_table_is_whole_after_resume(tmp_path, clean):
    src, clean_out, _ = clean
    clean_table = tmp_path / "clean.csv"
    run(src, "-o", tmp_path / "clean.jsonl", "--table", clean_table, "--workers", "1")
    out, table = tmp_path / "out.jsonl", tmp_path / "f.csv"
    (tmp_path / "out.jsonl.partial").write_bytes(b"".join(clean_out.splitlines(keepends=True)[:120]))
    (tmp_path / "f.csv.partial").write_text("doc_id\nstale\n", encoding="utf-8")   # a killed run's table
    run(src, "-o", out, "--table", table, "--resume", "--workers", "1")
    assert table.read_bytes() == clean_table.read_bytes()
    assert not (tmp_path / "f.csv.partial").exists()


def test_resume_needs_a_file(tmp_path):
    r = run(tmp_path, "--resume")
    assert r.returncode == 2
    assert r.stderr == "error: --resume needs -o FILE (stdout cannot be resumed)\n"
