"""Batch: run the pipeline over many inputs, in order, on N worker processes.

The models load once: in this process, before the workers are forked (Linux:
the "fork" context, so the workers share the loaded models copy-on-write and
start work at once); where there is no fork, each "spawn" worker loads them in
its initializer (`workers`). Numeric libraries run on one thread. Workers ignore SIGINT (the
parent stops the pool), so Ctrl-C prints no worker traceback. Inputs are read
lazily and sent in small chunks with a bounded window of chunks in flight, so
memory stays flat whatever the corpus size; results come back in input order,
so the output is the same byte for byte whatever N is. A batch of fewer than
SMALL inputs runs in this process. A bad input gets one error line and the
batch goes on.
"""
from __future__ import annotations

import json
import os
from collections import deque
from itertools import chain
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, List, Optional, Set

from .readahead import ReadAhead, head, unpack
from .readers import Input, ReadError, load, MAX_BYTES
from .workers import THREAD_VARS, Workers, fork_available
from .writer import record_json

CHUNK = 8            # docs a task, extracted together (Pipeline.extract_many)
WINDOW = 3           # chunks in flight per worker
SMALL = 2 * CHUNK    # fewer inputs than this: no worker processes


@dataclass
class Summary:
    done: int = 0
    skipped: int = 0
    failed: int = 0


@dataclass
class Result:
    doc_id: str
    source: Optional[str]
    line: Optional[str] = None       # the record as one JSON line (no newline)
    error: Optional[str] = None

    def error_json(self) -> str:
        return json.dumps({"doc_id": self.doc_id, "source": self.source, "error": self.error},
                          ensure_ascii=False)


def one_thread():
    """Numeric libraries to one thread each (set before they are imported)."""
    for v in THREAD_VARS:
        os.environ[v] = "1"
    try:
        import threadpoolctl
        threadpoolctl.threadpool_limits(1)
    except ImportError:
        pass


# --- one process ----------------------------------------------------------------

def process(item: Input, pipe, date=None, max_bytes: int = MAX_BYTES) -> Result:
    """One input → its record line or its error."""
    return process_many([item], pipe, date, max_bytes)[0]


def process_many(items: List[Input], pipe, date=None, max_bytes: int = MAX_BYTES) -> List[Result]:
    """Inputs → their record lines or errors, in order; the texts that read well are
    extracted together (Pipeline.extract_many)."""
    out: List[Optional[Result]] = [None] * len(items)
    todo, prepared = [], {}
    for n, item in enumerate(items):
        if item.prepared is not None:          # read and segmented by the read-ahead
            prepared[n] = unpack(item.prepared, item)
            item.prepared = None
            todo.append(n)
            continue
        try:
            load(item, max_bytes)
        except ReadError as e:
            out[n] = Result(item.doc_id, item.source, error=str(e))
            continue
        except Exception as e:                 # one bad document never stops a batch
            out[n] = Result(item.doc_id, item.source, error="%s: %s" % (type(e).__name__, e))
            continue
        todo.append(n)
    records = pipe.extract_many([
        dict(text=items[n].text, doc_id=items[n].doc_id, source=items[n].source,
             date=items[n].meta.get("date") or date, title=items[n].meta.get("title"),
             url=items[n].meta.get("url"), prepared=prepared.get(n)) for n in todo])
    for n, record in zip(todo, records):
        item = items[n]
        if isinstance(record, Exception):
            out[n] = Result(item.doc_id, item.source, error="%s: %s" % (type(record).__name__, record))
            continue
        if item.meta.get("html"):
            record.text = item.text
        if item.meta.get("encoding"):
            record.warnings.append("encoding: %s" % item.meta["encoding"])
        out[n] = Result(item.doc_id, item.source, line=record_json(record))
    return out


# --- the batch ------------------------------------------------------------------

def _chunks(items: Iterable[Input], n: int, tail: int = 0) -> Iterator[List[Input]]:
    """Lists of n items; the last `tail` items go in lists of n // 4, so that the workers finish
    close together rather than one waiting for the other's last full chunk."""
    buf: deque = deque()
    for item in items:
        buf.append(item)
        if len(buf) >= n + tail:
            yield [buf.popleft() for _ in range(n)]
    while buf:
        k = n if len(buf) > tail else max(1, n // 4)
        yield [buf.popleft() for _ in range(min(k, len(buf)))]


def results(inputs: Iterable[Input], workers: int = 1, date=None, max_bytes: int = MAX_BYTES,
            pipeline=None) -> Iterator[Result]:
    """Results for the inputs, in input order. workers=1 (or a small batch) runs in this process."""
    inputs = iter(inputs)
    ahead = None
    if workers > 1:
        first = head(inputs)
        if len(first) < SMALL:
            workers = 1
        elif pipeline is None and fork_available():     # the first inputs read while the models load
            ahead = ReadAhead(first, max_bytes)
        inputs = chain(first, inputs)
    if workers <= 1 or fork_available():
        if pipeline is None:
            one_thread()                       # numpy with one thread is much faster here (small matrices)
            try:
                from .pipeline import Pipeline
                pipeline = Pipeline()
            except BaseException:
                if ahead:
                    ahead.close()
                raise
    if ahead:
        for n, blob in ahead.collect().items():
            first[n].prepared = blob
    if workers <= 1:
        for chunk in _chunks(inputs, CHUNK):
            yield from process_many(chunk, pipeline, date, max_bytes)
        return
    pool = Workers()
    try:
        pool.start(workers, pipeline, date, max_bytes)
        pending = deque()
        for chunk in _chunks(inputs, CHUNK, workers * CHUNK):   # bounded window: never the whole corpus in memory
            pending.append(pool.submit(chunk))
            if len(pending) >= workers * WINDOW:
                yield from pool.wait(pending.popleft())
        while pending:
            yield from pool.wait(pending.popleft())
        pool.close()
    except BaseException:                      # Ctrl-C, SIGTERM (maybe to the workers too), a dead worker, an error
        pool.kill()
        raise


def run(inputs: Iterable[Input], write: Callable[[str], None], workers: int = 1, date=None,
        errors=None, max_bytes: int = MAX_BYTES, skip: Optional[Set[str]] = None,
        on_error: Optional[Callable[[Result], None]] = None,
        progress: Optional[Callable[[Summary], None]] = None, pipeline=None) -> Summary:
    """Write a record line for every input, in order; `skip`: doc_ids already done (resume).
    A bad input gets one line in `errors` (a text file) and the batch goes on."""
    summary = Summary()
    for res in results(not_skipped(inputs, skip, summary), workers, date, max_bytes, pipeline):
        record_result(res, summary, write, errors, on_error)
        if progress:
            progress(summary)
    return summary


def not_skipped(inputs: Iterable[Input], skip: Optional[Set[str]], summary: Summary) -> Iterator[Input]:
    """The inputs whose doc_id is not in `skip` (resume), counting the others."""
    for item in inputs:
        if skip and item.doc_id in skip:
            summary.skipped += 1
            continue
        yield item


def record_result(res: Result, summary: Summary, write: Callable[[str], None], errors=None,
                  on_error: Optional[Callable[[Result], None]] = None) -> None:
    """A record line to `write`, or an error line to `errors` (flushed), counted in `summary`."""
    if res.error is not None:
        summary.failed += 1
        if errors is not None:
            errors.write(res.error_json() + "\n")
            errors.flush()
        if on_error:
            on_error(res)
    else:
        write(res.line)
        summary.done += 1
