"""Read-ahead: while the batch loads the models, a forked reader reads and prepares its first inputs.

Loading the models is work for one core (about half a second), and the workers are forked only
once it is done. Meanwhile a reader process, forked before it, reads the first inputs' files,
decodes them and cleans and segments their texts (`segment.prepare`, which needs no model) on the
core that would otherwise wait. When the models are loaded it is stopped and hands over what it
prepared; the workers then start on those documents with that part done. An input it did not
get to, could not read, or that is an HTML page goes to the workers as before, so errors and
output are the same whatever the reader did.

The reader ignores Ctrl-C (the batch stops it), and it ends when the batch does: its pipe closes.
"""
from __future__ import annotations

import pickle
from typing import Dict, Iterator, List

from .readers import Input, load
from .runs import stop_signals_blocked
from .workers import quiet_signals

READ_AHEAD = 1024                    # inputs at most held for the reader …
READ_AHEAD_CHARS = 16 * 1024 * 1024  # … and text characters at most already in memory (JSON inputs)
STOP = "stop"


def head(inputs: Iterator[Input]) -> List[Input]:
    """The first inputs, as many as the read-ahead may hold."""
    out, chars = [], 0
    for item in inputs:
        out.append(item)
        chars += len(item.text or "")
        if len(out) >= READ_AHEAD or chars >= READ_AHEAD_CHARS:
            break
    return out


class ReadAhead:
    """A forked reader preparing `items` in order until `collect` stops it."""

    def __init__(self, items: List[Input], max_bytes: int):
        import multiprocessing as mp
        ctx = mp.get_context("fork")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_read, args=(items, max_bytes, child), daemon=True)
        with stop_signals_blocked():         # the reader takes no signal before its own handlers are set
            self.proc.start()
        child.close()

    def collect(self) -> Dict[int, bytes]:
        """Stop the reader; what it prepared, by the input's index (pickled: see `unpack`)."""
        done: Dict[int, bytes] = {}
        try:
            self.conn.send(STOP)
            done = dict(self.conn.recv())
        except (EOFError, OSError):          # it died: the workers read everything
            pass
        finally:
            self.close()
        return done

    def close(self) -> None:
        self.conn.close()
        self.proc.join(1)
        if self.proc.exitcode is None:
            self.proc.kill()
            self.proc.join()


def unpack(blob: bytes, item: Input):
    """A prepared input: its text and meta into `item`; its Doc (cleaned and segmented)."""
    text, meta, doc = pickle.loads(blob)
    item.text, item.meta = text, meta
    return doc


def _read(items: List[Input], max_bytes: int, conn) -> None:
    quiet_signals()
    from .segment import prepare
    done = []
    for n, item in enumerate(items):
        if conn.poll():                      # stopped, or the batch is gone
            break
        if item.kind == "html":
            continue
        try:
            item = load(item, max_bytes)
            doc = prepare(item.text, doc_id=item.doc_id, source=item.source)
        except Exception:                    # its worker reads it again and reports the error
            continue
        done.append((n, pickle.dumps((item.text, item.meta, doc), pickle.HIGHEST_PROTOCOL)))
    try:
        if conn.recv() == STOP:              # wait for it (EOFError: the batch is gone)
            conn.send(done)
    except (EOFError, OSError):
        pass
