"""Ctrl-C and SIGTERM: one line saying how far the run got and how to resume, exit 130 / 143,
no traceback from the parent or from a worker, the records so far kept."""
import os
import signal
import subprocess
import time

import pytest

from tests.test_resume import ENV, N, ROOT, cli, small_corpus


def interrupt(cmd, watch, sig=signal.SIGINT, group=True, at_least=10, stdout=subprocess.DEVNULL):
    """Run `cmd` in its own process group; once `watch` holds `at_least` lines send `sig`
    (to the whole group, as a terminal's Ctrl-C does, or to the parent only)."""
    p = subprocess.Popen(cmd, cwd=ROOT, env=ENV, stdout=stdout, stderr=subprocess.PIPE,
                         start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and p.poll() is None:
        if os.path.exists(watch) and open(watch, "rb").read().count(b"\n") >= at_least:
            break
        time.sleep(0.002)
    if group:
        os.killpg(p.pid, sig)
    else:
        os.kill(p.pid, sig)
    _, err = p.communicate(timeout=60)
    return p.returncode, err.decode("utf-8")


@pytest.mark.parametrize("workers,group", [("1", True), ("2", True), ("2", False)])
def test_ctrl_c(tmp_path, workers, group):
    src = small_corpus(tmp_path / "in")
    out, partial = tmp_path / "out.jsonl", tmp_path / "out.jsonl.partial"
    rc, err = interrupt(cli(src, "-o", out, "--workers", workers), partial, group=group)
    assert rc == 130
    done = partial.read_bytes().count(b"\n")
    assert 10 <= done < N
    assert err == ("extractor: interrupted after %d of %d documents; records so far in %s; "
                   "run again with --resume to finish\n" % (done, N + 1, partial))
    assert not out.exists()
    assert sorted(os.listdir(tmp_path)) == ["in", "out.jsonl.partial"]
    r = subprocess.run(cli(src, "-o", out, "--workers", workers, "--resume"), cwd=ROOT, env=ENV,
                       capture_output=True, text=True)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert out.read_bytes().count(b"\n") == N and not partial.exists()


def test_sigterm(tmp_path):
    src = small_corpus(tmp_path / "in")
    out, partial = tmp_path / "out.jsonl", tmp_path / "out.jsonl.partial"
    rc, err = interrupt(cli(src, "-o", out, "--workers", "2"), partial, sig=signal.SIGTERM)
    assert rc == 143
    done = partial.read_bytes().count(b"\n")
    assert err == ("extractor: interrupted after %d of %d documents; records so far in %s; "
                   "run again with --resume to finish\n" % (done, N + 1, partial))


def test_ctrl_c_on_stdout(tmp_path):
    src = small_corpus(tmp_path / "in")
    records = tmp_path / "records.jsonl"
    with open(records, "wb") as f:
        rc, err = interrupt(cli(src, "--workers", "2"), records, stdout=f)
    assert rc == 130
    data = records.read_bytes()
    done = data.count(b"\n")
    assert 10 <= done < N and data.endswith(b"\n")
    assert err == ("extractor: interrupted after %d of %d documents; the records so far went to stdout; "
                   "no resume for stdout (use -o FILE)\n" % (done, N + 1))


def test_ctrl_c_on_stdout_closes_the_json_array(tmp_path):
    import json
    src = small_corpus(tmp_path / "in")
    records = tmp_path / "records.json"
    p = subprocess.Popen(cli(src, "--workers", "1", "--format", "json"), cwd=ROOT, env=ENV,
                         stdout=open(records, "wb"), stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and records.read_bytes().count(b'"doc_id"') < 10:
        time.sleep(0.002)
    os.killpg(p.pid, signal.SIGINT)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 130 and b"Traceback" not in err
    data = json.loads(records.read_text(encoding="utf-8"))
    assert 10 <= len(data) < N and [r["doc_id"] for r in data] == ["n%03d" % i for i in range(len(data))]
