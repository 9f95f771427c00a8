"""Cost of the quantity stage per document, apart from the rest of the pipeline.

    python benchmarks/quantities.py [JSONL]   # default: ../shared/eval/factru-dev.jsonl if present, else samples/

Documents are segmented first (not timed); the lexicons are built on a warm-up
sentence. Then the stage runs over every document: the first pass (morphology
caches cold, as for a new batch) and the best of five further passes (caches warm).
Times are the process's CPU time (steadier than wall time on a shared machine).
"""
from __future__ import annotations

import glob
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

if os.path.isdir(os.path.join(ROOT, "extractor", "figures")):
    from extractor.figures import extract_quantities
else:                                    # a checkout from before the figures package
    from extractor.quantities import extract_quantities
from extractor.segment import prepare


def texts(path):
    if path.endswith(".jsonl"):
        with open(path, encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f if line.strip()]
    return [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(path, "*.txt")))]


def main():
    default = os.path.join(ROOT, "..", "shared", "eval", "factru-dev.jsonl")
    path = sys.argv[1] if len(sys.argv) > 1 else default if os.path.exists(default) else os.path.join(ROOT, "samples")
    docs = [prepare(t) for t in texts(path)]
    # builds the lexicons and their one-time tables: money, a count, a fraction in words
    extract_quantities(prepare("Привлечено 188,2 млрд тенге, это на 5% больше. Создано 936 рабочих мест, "
                               "доля выросла на две целых пять десятых процента."))
    t = time.process_time()
    n = sum(len(extract_quantities(d)) for d in docs)
    cold = time.process_time() - t
    warm = []
    for _ in range(5):
        t = time.process_time()
        for d in docs:
            extract_quantities(d)
        warm.append(time.process_time() - t)
    print("%d docs, %d quantities: first pass %.2f ms/doc, warm best %.2f ms/doc"
          % (len(docs), n, 1000 * cold / len(docs), 1000 * min(warm) / len(docs)))


if __name__ == "__main__":
    main()
