"""Workers: the batch's worker processes, started with the loaded models, waited on without
ever hanging, stopped at once.

- Started (forked on Linux, sharing the loaded models; spawned elsewhere) with Ctrl-C and
  SIGTERM blocked: a signal that comes meanwhile waits for this process's handler, and the
  pool's threads keep them blocked, so a stop signal is always taken by the main thread.
  A worker unblocks them in its initializer: it ignores Ctrl-C and dies quietly on SIGTERM.
- A task is waited for in short steps. A worker that died (killed from outside, out of memory)
  never returns its task; the step finds it and the batch stops with `WorkerDied` (or, when
  it was killed by SIGTERM or SIGINT, as interrupted) rather than waiting for ever.
- `kill` stops them with SIGKILL, after the pool has stopped starting new ones. Not
  Pool.terminate: a worker killed while waiting for a task holds the task queue's lock, and
  terminate would wait for that lock for ever.
"""
from __future__ import annotations

import gc
import os
import signal
import time
from typing import List, Optional

from .runs import STOP_SIGNALS, Interrupted, stop_signals_blocked

STEP = 0.25          # seconds between checks on the workers while a task is waited for
THREAD_VARS = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
               "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")

_PIPE = None
_DATE = None
_MAX = None


class WorkerDied(RuntimeError):
    """A worker process ended in the middle of the batch: its documents cannot be finished."""

    def __init__(self, pid: int, exitcode: int):
        if exitcode < 0:
            how = "was killed by %s" % signal.Signals(-exitcode).name
            if -exitcode == signal.SIGKILL:
                how += " (out of memory?)"
        else:
            how = "exited with status %d" % exitcode
        super().__init__("a worker process (pid %d) %s" % (pid, how))
        self.pid, self.exitcode = pid, exitcode


def fork_available() -> bool:
    import multiprocessing as mp
    return "fork" in mp.get_all_start_methods()


def quiet_signals() -> None:
    """A child process: ignores Ctrl-C (the batch stops it), dies quietly on SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


class Workers:
    """N worker processes running `extractor.batch.process_many` on chunks of inputs."""

    def __init__(self) -> None:
        self.pool = None
        self.procs: List = []

    def start(self, n: int, pipeline, date, max_bytes: int) -> None:
        """Forked with this process's loaded `pipeline`, else spawned (each loads its own).
        A stop signal that came while they started is raised on return, with `self.pool`
        already set: the caller's `kill` stops them."""
        import multiprocessing as mp
        global _PIPE, _DATE, _MAX
        with stop_signals_blocked():
            if fork_available():
                _PIPE, _DATE, _MAX = pipeline, date, max_bytes
                gc.freeze()                    # the loaded models stay shared pages in the workers
                try:
                    self.pool = mp.get_context("fork").Pool(n, initializer=quiet_signals)
                finally:
                    gc.unfreeze()              # the workers keep theirs; this process collects as before
            else:
                self.pool = _spawned(n, date, max_bytes)
            self.procs = list(self.pool._pool)

    def submit(self, chunk):
        return self.pool.apply_async(_work, (chunk,))

    def wait(self, task):
        """The task's results; a stop signal is taken within a step, a dead worker noticed."""
        while not task.ready():
            task.wait(STEP)
            if not task.ready():
                self._check()
        return task.get()

    def _check(self) -> None:
        for p in self.procs:
            code = p.exitcode
            if code is None:
                continue
            if -code in STOP_SIGNALS:          # the run is being stopped: its signal may be on its way here
                time.sleep(STEP)
                raise Interrupted(-code)
            raise WorkerDied(p.pid, code)

    def close(self) -> None:
        """All tasks done: the workers end."""
        self.pool.close()
        self.pool.terminate()
        self.pool.join()

    def kill(self) -> None:
        """Stop the workers at once with SIGKILL; none is started again behind our back."""
        pool = self.pool
        if pool is None:
            return
        from multiprocessing.pool import TERMINATE
        handler = pool._worker_handler
        handler._state = TERMINATE
        _kill(pool._pool)
        try:
            pool._change_notifier.put(None)    # wake the handler: it stops (it may be starting a worker)
        except (OSError, ValueError):
            pass
        handler.join(5)
        _kill(pool._pool)                      # any it started meanwhile
        pool._terminate.cancel()               # nor at exit


def _kill(procs) -> None:
    procs = list(procs)
    for p in procs:
        if p.exitcode is None:
            p.kill()
    for p in procs:
        p.join(1)


def _spawned(n: int, date, max_bytes: int):
    import multiprocessing as mp
    saved = {v: os.environ.get(v) for v in THREAD_VARS}
    for v in THREAD_VARS:                      # spawned children inherit the environment
        os.environ[v] = "1"
    try:
        return mp.get_context("spawn").Pool(n, initializer=_init, initargs=(date, max_bytes))
    finally:
        for v, old in saved.items():
            if old is None:
                os.environ.pop(v, None)
            else:
                os.environ[v] = old


def _init(date, max_bytes) -> None:
    """A spawned worker: loads its own models."""
    global _PIPE, _DATE, _MAX
    quiet_signals()
    from .batch import one_thread
    one_thread()
    from .pipeline import Pipeline
    _PIPE = Pipeline()
    _DATE, _MAX = date, max_bytes


def _work(chunk) -> Optional[list]:
    from .batch import process_many
    return process_many(chunk, _PIPE, _DATE, _MAX)
