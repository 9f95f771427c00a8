"""End to end: `extractor extract FOLDER -o out.jsonl --workers N`, wall seconds for 1 and 2 workers.

    python benchmarks/end_to_end.py [--repeats 3] [--sizes 254,2000]

Builds two folders of .txt files (254 and 2 000 documents) from the FactRuEval dev
texts (../shared/eval/factru-dev.jsonl, when present; else samples/*.txt), each
copy varied by a closing sentence with its own figure and date, and times the real
CLI in a fresh process: interpreter start, imports, models, reading, extraction,
writing, the rename into place. The fastest of `--repeats` runs is kept (a shared
machine's noise only ever slows a run down); the outputs of 1 and 2 workers are
checked to be byte-identical.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FACTRU = os.path.join(os.path.dirname(ROOT), "shared", "eval", "factru-dev.jsonl")
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]


def base_texts():
    """The FactRuEval dev texts, or the samples when they are not there."""
    if os.path.exists(FACTRU):
        with open(FACTRU, encoding="utf-8") as f:
            return "FactRuEval dev", [json.loads(line)["text"] for line in f if line.strip()]
    folder = os.path.join(ROOT, "samples")
    texts = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            texts.append(f.read())
    return "samples/", texts


def build(folder: str, n: int, texts) -> None:
    """n documents: the texts in turn, each with a closing sentence of its own."""
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        tail = "\n\nПо данным на %d %s %d года, объём составил %d,%d млн рублей." % (
            1 + i % 28, MONTHS[i % 12], 2015 + i % 10, 10 + i * 7 % 900, i % 10)
        with open(os.path.join(folder, "doc%05d.txt" % i), "w", encoding="utf-8") as f:
            f.write(texts[i % len(texts)].rstrip() + tail + "\n")


def run_cli(folder: str, out: str, workers: int) -> float:
    cmd = [sys.executable, "-m", "extractor", "extract", folder, "-o", out, "--workers", str(workers), "-q"]
    env = dict(os.environ, PYTHONPATH=ROOT)
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    return time.perf_counter() - t0


def digest(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def load_average() -> str:
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--sizes", default="254,2000")
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    name, texts = base_texts()
    sizes = [int(s) for s in args.sizes.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    print("machine: %d cores; load average before: %s; corpus from %s (%d texts)"
          % (os.cpu_count(), load_average(), name, len(texts)))
    print()
    print("| docs | workers | wall s (best of %d) | all runs | docs/s | speed-up |" % args.repeats)
    print("|---:|---:|---:|---|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            folder = os.path.join(tmp, "c%d" % n)
            build(folder, n, texts)
            best, digests = {}, set()
            for w in workers:
                runs = []
                for _ in range(args.repeats):
                    out = os.path.join(tmp, "out-%d-%d.jsonl" % (n, w))
                    runs.append(run_cli(folder, out, w))
                    digests.add(digest(out))
                best[w] = min(runs)
                print("| %d | %d | %.2f | %s | %.1f | %.2f× |" % (
                    n, w, best[w], " ".join("%.2f" % r for r in runs), n / best[w], best[workers[0]] / best[w]),
                    flush=True)
            if len(digests) != 1:
                print("| %d | outputs differ between runs! | | | | |" % n)
    print()
    print("load average after: %s" % load_average())


if __name__ == "__main__":
    main()
