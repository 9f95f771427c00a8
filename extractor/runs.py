"""Runs: where the records of `extractor extract` go, so that every run can be resumed.

With `-o FILE` the records are written, a flushed JSON line each, to `FILE.partial`
beside it (a fixed name, the user's usual permissions); the end of the run renames
it into place (`--format json`: converts it into the array, through `FILE.tmp`).
A run killed at any point leaves `FILE.partial`; a later run with `--resume`
continues it (its torn last line cut off) or, when there is none, the finished
`FILE`, and does only the inputs missing from it. A run without `--resume` starts
`FILE.partial` afresh. The `--errors` file is appended to on resume; the lines of
the inputs that are retried (every input not in the output) are replaced by this
run's. On stdout records are streamed and nothing can be resumed.

Ctrl-C and SIGTERM end the run with one line saying how far it got (`interrupted`),
exit status 130 (SIGINT) or 143 (SIGTERM); a worker process that dies (killed from outside,
out of memory) ends it with such a line too (`stopped … : a worker process … was killed by
SIGKILL`), exit status 1.
"""
from __future__ import annotations

import json
import os
import signal
import sys
from contextlib import contextmanager
from typing import Callable, Iterator, Optional, Set

from .writer import RecordWriter, resume_jsonl

PARTIAL = ".partial"
EXIT = {signal.SIGINT: 130, signal.SIGTERM: 143}
STOP_SIGNALS = frozenset(EXIT)


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM: the run stops, what is written stays (a BaseException, so that no
    `except Exception` on the way turns it into one document's error)."""

    def __init__(self, signum: int = signal.SIGINT):
        super().__init__(signal.Signals(signum).name)
        self.status = EXIT.get(signum, 130)


class _Writing:
    """While a record line is written and counted, a stop signal waits (`pending`) and is raised
    once the line is done. A signal mask would not do: Python runs its handlers in the main
    thread whichever thread the signal reached, and the worker pool's threads do not block it."""
    now = False
    pending: Optional[int] = None


def _raise(signum, frame):
    if _Writing.now:
        _Writing.pending = signum
        return
    raise Interrupted(signum)


def catch_signals() -> Callable[[], None]:
    """SIGINT and SIGTERM raise `Interrupted` in this (the main) process; the function
    returned puts the former handlers back."""
    old = signal.signal(signal.SIGINT, _raise), signal.signal(signal.SIGTERM, _raise)

    def restore() -> None:
        signal.signal(signal.SIGINT, old[0])
        signal.signal(signal.SIGTERM, old[1])
    return restore


@contextmanager
def stop_signals_blocked() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait while child processes (and threads) are started: the children
    unblock them once their own handlers are set (`workers.quiet_signals`), the threads keep
    them blocked. A signal that came meanwhile is handled when the block is lifted."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def ignore_signals() -> None:
    """After an interruption: a second Ctrl-C does not break the clean-up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _remove(path: str) -> None:
    if os.path.exists(path):
        os.unlink(path)


def _is_array(path: str) -> bool:
    with open(path, "rb") as f:
        head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"[")


class RunOutput:
    """The records of one run: to stdout, or to `path` through `path.partial`."""

    def __init__(self, path: Optional[str], fmt: str = "jsonl", resume: bool = False):
        self.path, self.fmt, self.resume = path, fmt, resume
        self.done: Set[str] = set()          # doc_ids already in the output (resume)
        self.written = 0
        if path is None:
            self.partial = None
            self.file = sys.stdout
            self.writer = RecordWriter(sys.stdout, fmt)
            return
        self.partial, self.tmp = path + PARTIAL, path + ".tmp"
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        _remove(self.tmp)                    # a conversion killed half-way
        if resume:
            if not os.path.exists(self.partial) and os.path.exists(path):
                self._reopen_finished()
            self.done = resume_jsonl(self.partial)
        self.file = open(self.partial, "a" if resume else "w", encoding="utf-8")
        self.writer = RecordWriter(self.file, "jsonl")

    def _reopen_finished(self) -> None:
        """The finished output becomes the partial file again (a JSON array: as JSON lines)."""
        if not _is_array(self.path):
            os.replace(self.path, self.partial)
            return
        with open(self.path, encoding="utf-8-sig") as f:
            items = json.load(f)
        with open(self.tmp, "w", encoding="utf-8") as f:
            for item in items:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        os.replace(self.tmp, self.partial)

    def write_line(self, line: str) -> None:
        """One record as a compact JSON line, flushed (survives a SIGKILL of this process).
        Ctrl-C and SIGTERM wait until the line is written and counted, so the count the
        interrupted line gives is exactly the lines out."""
        _Writing.now = True
        try:
            self.writer.write_line(line)
            self.written += 1
        finally:
            _Writing.now = False
        if _Writing.pending is not None:
            signum, _Writing.pending = _Writing.pending, None
            raise Interrupted(signum)

    def finish(self) -> None:
        """The run is complete: the partial file renamed (or converted) into place."""
        if self.partial is None:
            self.writer.close()
            return
        self.file.close()
        if self.fmt == "jsonl":
            os.replace(self.partial, self.path)
            return
        with open(self.partial, encoding="utf-8") as src, open(self.tmp, "w", encoding="utf-8") as dst:
            array = RecordWriter(dst, "json")
            for line in src:
                array.write_line(line.rstrip("\n"))
            array.close()
        os.replace(self.tmp, self.path)
        os.unlink(self.partial)

    def stop(self) -> None:
        """The run stops early: what is written stays (the partial file is what --resume continues)."""
        if self.partial is None:
            try:
                self.writer.close()          # a JSON array on stdout is closed: valid JSON so far
            except (OSError, ValueError):
                pass
            return
        self.file.close()

    def interrupted_line(self, count: int, total: Optional[int], why: str = "") -> str:
        """The one line printed on Ctrl-C / SIGTERM (or, with `why`, when the run could not go
        on): how far the run got and how to go on."""
        far = "%d of %d documents" % (count, total) if total is not None else "%d documents" % count
        stopped = "stopped after %s: %s" % (far, why) if why else "interrupted after %s" % far
        if self.partial is None:
            return ("extractor: %s; the records so far went to stdout; "
                    "no resume for stdout (use -o FILE)" % stopped)
        return ("extractor: %s; records so far in %s; run again with --resume to finish"
                % (stopped, self.partial))


class ErrorLog:
    """The `--errors` file: one JSON line per failed input, flushed. On resume it is kept
    and appended to, without the lines of the inputs retried (those not in `done`)."""

    def __init__(self, path: str, resume: bool = False, done: Optional[Set[str]] = None):
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        kept = _kept_errors(path, done or set()) if resume else []
        self.file = open(path, "w", encoding="utf-8")
        self.file.writelines(kept)
        self.file.flush()

    def write(self, s: str) -> None:
        self.file.write(s)

    def flush(self) -> None:
        self.file.flush()

    def close(self) -> None:
        self.file.close()


def _kept_errors(path: str, done: Set[str]) -> list:
    if not os.path.exists(path):
        return []
    kept = []
    with open(path, "rb") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break                         # a torn last line
            try:
                doc_id = json.loads(line).get("doc_id")
            except (ValueError, AttributeError):
                continue
            if doc_id in done:
                kept.append(line.decode("utf-8"))
    return kept


def prefill_table(sink, out: RunOutput, on_error: Callable[[str], None]) -> None:
    """On resume, the `--table` sink gets the records already in the output first, so the
    table is rebuilt whole (it is written under its own fixed `.partial` name)."""
    if out.partial and out.done:
        from .table import read_records
        for record in read_records(out.partial, on_error):
            sink.add_record(record)
