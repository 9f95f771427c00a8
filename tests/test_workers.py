"""Worker processes: one killed from outside (out of memory, `kill`) ends the run with one line and
a resumable partial file, never a hang; the pool's threads leave stop signals to the main thread."""
import os
import signal
import subprocess
import time

import pytest

from extractor.workers import WorkerDied, Workers, fork_available
from tests.test_resume import ENV, N, ROOT, cli, small_corpus

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/self/task") or not fork_available(),
                                reason="needs Linux /proc and fork")


def children(pid):
    with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
        return [int(c) for c in f.read().split()]


def kill_a_worker(tmp_path, sig):
    """Run 2 workers; once 10 records are written kill one worker (only it) with `sig`."""
    src = small_corpus(tmp_path / "in")
    out, partial = tmp_path / "out.jsonl", tmp_path / "out.jsonl.partial"
    p = subprocess.Popen(cli(src, "-o", out, "--workers", "2"), cwd=ROOT, env=ENV,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and p.poll() is None:
        if partial.exists() and partial.read_bytes().count(b"\n") >= 10:
            break
        time.sleep(0.002)
    victim = children(p.pid)[0]
    os.kill(victim, sig)
    _, err = p.communicate(timeout=60)
    return p.returncode, err.decode("utf-8"), victim, src, out, partial


def test_a_worker_killed_stops_the_run_with_one_line_and_resume_finishes(tmp_path):
    rc, err, victim, src, out, partial = kill_a_worker(tmp_path, signal.SIGKILL)
    assert rc == 1
    done = partial.read_bytes().count(b"\n")
    assert 10 <= done < N
    assert err == ("extractor: stopped after %d of %d documents: a worker process (pid %d) was killed "
                   "by SIGKILL (out of memory?); records so far in %s; run again with --resume to finish\n"
                   % (done, N + 1, victim, partial))
    assert not out.exists()
    r = subprocess.run(cli(src, "-o", out, "--workers", "2", "--resume"), cwd=ROOT, env=ENV,
                       capture_output=True, text=True)
    assert r.returncode == 1 and "Traceback" not in r.stderr     # 1: the corpus's bad file
    assert out.read_bytes().count(b"\n") == N and not partial.exists()


def test_a_worker_sent_sigterm_interrupts_the_run(tmp_path):
    rc, err, victim, src, out, partial = kill_a_worker(tmp_path, signal.SIGTERM)
    assert rc == 143
    done = partial.read_bytes().count(b"\n")
    assert err == ("extractor: interrupted after %d of %d documents; records so far in %s; "
                   "run again with --resume to finish\n" % (done, N + 1, partial))


def signal_masks(path):
    """(blocked, ignored) signal numbers of a process or thread, from its /proc status."""
    fields = dict(line.split(":\t", 1) for line in open(path).read().splitlines() if ":\t" in line)

    def numbers(hexmask):
        bits = int(hexmask, 16)
        return {n for n in range(1, 65) if bits >> (n - 1) & 1}
    return numbers(fields["SigBlk"]), numbers(fields["SigIgn"])


def test_pool_threads_block_stop_signals_and_workers_take_their_own():
    stop = {signal.SIGINT, signal.SIGTERM}
    workers = Workers()
    try:
        workers.start(2, None, None, 1000)
        me = os.getpid()
        pool = workers.pool
        threads = [t.native_id for t in (pool._worker_handler, pool._task_handler, pool._result_handler)]
        for t in threads:
            assert stop <= signal_masks("/proc/self/task/%d/status" % t)[0]
        assert not stop & signal_masks("/proc/self/task/%d/status" % me)[0]
        for p in workers.procs:
            deadline = time.time() + 10
            while time.time() < deadline:              # the initializer sets them shortly after the fork
                blocked, ignored = signal_masks("/proc/%d/status" % p.pid)
                if not stop & blocked:
                    break
                time.sleep(0.01)
            assert not stop & blocked
            assert signal.SIGINT in ignored and signal.SIGTERM not in ignored
    finally:
        workers.kill()
    assert all(p.exitcode is not None for p in workers.procs)


def test_worker_died_says_how():
    assert str(WorkerDied(4711, -signal.SIGKILL)) == \
        "a worker process (pid 4711) was killed by SIGKILL (out of memory?)"
    assert str(WorkerDied(4711, -signal.SIGSEGV)) == "a worker process (pid 4711) was killed by SIGSEGV"
    assert str(WorkerDied(4711, 3)) == "a worker process (pid 4711) exited with status 3"
