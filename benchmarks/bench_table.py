"""`extractor table` over the records of 10 000 documents: time and peak memory.

    python benchmarks/bench_table.py [N]     # N documents (default 10000)

The records are the samples' records (extracted once), repeated under new doc_ids
to N documents. Each table (Parquet, CSV) is written by the command line in its own
process, timed from start to exit (start-up included), with its CPU time (which other
work on the machine does not inflate) and peak RSS. The fastest of three runs is kept.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def make_records(path: str, n: int) -> int:
    from extractor import Pipeline
    pipe = Pipeline()
    samples = os.path.join(ROOT, "samples")
    base = []
    for name in sorted(os.listdir(samples)):
        if name.endswith(".txt"):
            with open(os.path.join(samples, name), encoding="utf-8") as f:
                rec = pipe.extract(f.read(), doc_id=name[:-4], source="samples/" + name)
            base.append(rec.model_dump(mode="json"))
    figures = 0
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            r = dict(base[i % len(base)], doc_id="doc-%05d" % i)
            figures += len(r["quantities"])
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return figures


CHILD = ("import resource, sys; from extractor.cli import main; rc = main(sys.argv[1:]); "
         "u = resource.getrusage(resource.RUSAGE_SELF); "
         "print(u.ru_utime + u.ru_stime, u.ru_maxrss, file=sys.stderr); sys.exit(rc)")


def run(records: str, out: str) -> tuple:
    """(wall seconds, CPU seconds, peak RSS in MB) of the fastest of three runs."""
    best = None
    for _ in range(3):
        t = time.perf_counter()
        res = subprocess.run([sys.executable, "-c", CHILD, "table", records, "-o", out],
                             check=True, cwd=ROOT, capture_output=True, text=True)
        dt = time.perf_counter() - t
        cpu, rss = float(res.stderr.split()[-2]), int(res.stderr.split()[-1]) / 1024   # KB on Linux
        best = min(best or (dt, cpu, rss), (dt, cpu, rss))
    return best


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        records = os.path.join(tmp, "records.jsonl")
        figures = make_records(records, n)
        size = os.path.getsize(records) / 1e6
        print("records: %d documents, %d figures, %.1f MB of JSONL" % (n, figures, size))
        for ext in ("parquet", "csv"):
            out = os.path.join(tmp, "figures." + ext)
            dt, cpu, rss = run(records, out)
            print("extractor table -o figures.%-7s %.2f s (%.2f s CPU), peak RSS %.0f MB, %.1f MB written"
                  % (ext, dt, cpu, rss, os.path.getsize(out) / 1e6))
    print("load average: %.1f on %d cores" % (os.getloadavg()[0], os.cpu_count() or 1))


if __name__ == "__main__":
    main()
