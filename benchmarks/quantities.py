"""Cost of the quantity stage per document, apart from the rest of the pipeline.

    python benchmarks/quantities.py [JSONL]   # default: ../shared/eval/factru-dev.jsonl if present, else samples/

Documents are segmented first (not timed); the lexicons are built on a warm-up
sentence. Then, five times: the per-word caches (pymorphy3's parses and the
stage's own) are emptied and the stage runs over every document twice, cold (as
for a new batch) and warm; the best of the five is printed. Times are the
process's CPU time (steadier than wall time on a shared machine).
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


def _morphology_caches():
    """The per-word caches (pymorphy3 parses, the stage's look-ups), emptied before each cold pass;
    the lexicon tables (one-time, size-1 caches) are kept."""
    out = []
    for name, mod in list(sys.modules.items()):
        if not name.startswith("extractor"):
            continue
        for obj in vars(mod).values():
            info = getattr(obj, "cache_info", None)
            if info is not None and getattr(obj, "cache_parameters", lambda: {})().get("maxsize") != 1:
                out.append(obj)
    return out


def main():
    default = os.path.join(ROOT, "..", "shared", "eval", "factru-dev.jsonl")
    path = sys.argv[1] if len(sys.argv) > 1 else default if os.path.exists(default) else os.path.join(ROOT, "samples")
    docs = [prepare(t) for t in texts(path)]
    # builds the lexicons and their one-time tables: money, a count, a fraction in words
    extract_quantities(prepare("Привлечено 188,2 млрд тенге, это на 5% больше. Создано 936 рабочих мест, "
                               "доля выросла на две целых пять десятых процента."))
    caches = _morphology_caches()
    cold, warm, n = [], [], 0
    for _ in range(5):
        for c in caches:
            c.cache_clear()
        t = time.process_time()
        n = sum(len(extract_quantities(d)) for d in docs)
        cold.append(time.process_time() - t)
        t = time.process_time()
        for d in docs:
            extract_quantities(d)
        warm.append(time.process_time() - t)
    print("%d docs, %d quantities: first pass %.2f ms/doc, warm %.2f ms/doc (best of 5; %d caches emptied before "
          "each first pass)" % (len(docs), n, 1000 * min(cold) / len(docs), 1000 * min(warm) / len(docs), len(caches)))


if __name__ == "__main__":
    main()
