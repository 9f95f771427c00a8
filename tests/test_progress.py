"""The progress line: never on the terminal the records go to; an ETA only once it means something."""
import os
import pty
import subprocess
import sys
import threading

from extractor import cli
from extractor.batch import Summary
from tests.cli_helpers import ENV, SAMPLES

CITY = os.path.join(SAMPLES, "city-news.txt")


def on_terminal(args, cwd, stdout_too):
    """Run the CLI with stderr (and stdout when `stdout_too`) on a pseudo-terminal; what it showed."""
    master, slave = pty.openpty()
    got = []

    def read():
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            got.append(data)

    t = threading.Thread(target=read)
    t.start()
    p = subprocess.Popen([sys.executable, "-m", "extractor", *args], cwd=cwd, env=ENV, stdin=subprocess.DEVNULL,
                         stdout=slave if stdout_too else subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    rc = p.wait(timeout=600)
    t.join(timeout=60)
    os.close(master)
    return rc, b"".join(got).decode("utf-8")


def test_no_progress_line_among_records_on_the_same_terminal(tmp_path):
    rc, shown = on_terminal(["extract", CITY, "--workers", "1"], tmp_path, stdout_too=True)
    assert rc == 0
    assert "docs/s" not in shown and "\r\x1b[K" not in shown
    lines = shown.replace("\r\n", "\n").splitlines()
    assert lines[0].startswith('{"schema_version": "1.1", "doc_id": "city-news"')
    assert lines[1:] == ["extractor: 1 done, 0 skipped, 0 failed"]


def test_progress_line_when_records_go_to_a_file(tmp_path):
    rc, shown = on_terminal(["extract", CITY, "--workers", "1", "-o", "out.jsonl"], tmp_path, stdout_too=False)
    assert rc == 0
    assert "1 docs (0 failed, 0 skipped) from 1 files" in shown
    assert shown.endswith("\r\x1b[Kextractor: 1 done, 0 skipped, 0 failed → out.jsonl\r\n")


def test_first_eta_after_five_docs_and_two_seconds(monkeypatch, capsys):
    clock = [1000.0]
    monkeypatch.setattr(cli.time, "monotonic", lambda: clock[0])
    bar = cli._Progress(100, one_doc_each=True)
    shown = []
    for t, done in [(0.5, 1), (1.0, 4), (1.9, 6), (2.5, 4), (3.0, 6)]:
        clock[0] = 1000.0 + t
        bar.update(Summary(done=done))
        shown.append(capsys.readouterr().err)
    assert ["ETA" in s for s in shown] == [False, False, False, False, True]
    assert shown[-1].startswith("\r6 docs (0 failed, 0 skipped) from 100 files, 2.0 docs/s, ETA 0:00:47")
