"""Speed of the dates stage alone: milliseconds per document on FactRuEval texts.

    python benchmarks/dates_speed.py [JSONL]     # default ../shared/eval/factru-dev.jsonl; PASSES=10 for more passes

Documents are prepared (cleaned, segmented) once; then `extract_dates` runs over
all of them several times and the fastest pass is reported (first pass warms caches).
"""
from __future__ import annotations

import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from extractor.dates import extract_dates  # noqa: E402
from extractor.segment import prepare  # noqa: E402


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "eval", "factru-dev.jsonl")
    docs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            item = json.loads(line)
            docs.append(prepare(item["text"], doc_id=str(item.get("doc_id", n))))
    extract_dates(docs[0])
    best = None
    passes = int(os.environ.get("PASSES", 5))
    for _ in range(passes):
        t = time.process_time()
        for d in docs:
            extract_dates(d)
        dt = time.process_time() - t
        best = dt if best is None else min(best, dt)
    chars = sum(len(d.text) for d in docs)
    print("%d docs, %.0f chars/doc: %.3f ms per document (CPU time, fastest of %d passes)"
          % (len(docs), chars / len(docs), 1000 * best / len(docs), passes))


if __name__ == "__main__":
    main()
