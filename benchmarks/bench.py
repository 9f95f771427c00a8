"""Throughput, memory and start-up: natasha's segment + NER vs our full extraction (1 and 2 workers).

    python benchmarks/bench.py [CORPUS]      # a folder or a JSONL file; default samples/ repeated to >= 500 docs

Each measurement runs in its own process (peak RSS is per process), the fastest of
three runs is kept, with numeric
libraries on one thread as the batch runs them (natasha also with numpy's default
threads, for reference). Throughput is
timed after the models are loaded (for N workers: from the first result on).
"""
from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024       # KB on Linux


def texts(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]


def bench_natasha(corpus):
    t0 = time.perf_counter()
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    segmenter = Segmenter()
    emb = NewsEmbedding()
    ner_tagger = NewsNERTagger(emb)
    startup = time.perf_counter() - t0
    docs = chars = 0
    t0 = time.perf_counter()
    for text in texts(corpus):
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(ner_tagger)
        docs += 1
        chars += len(text)
    return dict(startup=startup, seconds=time.perf_counter() - t0, docs=docs, chars=chars, rss=rss_mb())


def bench_ours(corpus, workers):
    t0 = time.perf_counter()
    from extractor.batch import results
    from extractor.readers import discover
    pipe = None
    if workers == 1:
        from extractor.pipeline import Pipeline
        pipe = Pipeline()
    startup = time.perf_counter() - t0
    lengths = [len(t) for t in texts(corpus)]
    docs = chars = 0
    t0 = time.perf_counter()
    for i, res in enumerate(results(discover([corpus]), workers=workers, pipeline=pipe)):
        assert res.error is None, res.error
        if i == 0 and workers > 1:           # the workers have loaded their models
            t0 = time.perf_counter()
            continue
        docs += 1
        chars += lengths[i]
    rss = rss_mb() if workers == 1 else rss_mb(resource.RUSAGE_CHILDREN)
    return dict(startup=startup if workers == 1 else None, seconds=time.perf_counter() - t0,
                docs=docs, chars=chars, rss=rss, parent_rss=rss_mb())


def make_corpus(arg, out, minimum=500):
    from extractor.readers import discover, load
    items = []
    for item in discover([arg]):
        try:
            items.append(load(item).text)
        except Exception:
            pass
    rows = []
    while len(rows) < minimum or not rows:
        rows += items
        if not items:
            raise SystemExit("no texts in %s" % arg)
        if arg != os.path.join(ROOT, "samples") and len(sys.argv) > 1:
            break
    with open(out, "w", encoding="utf-8") as f:
        for i, t in enumerate(rows):
            f.write(json.dumps({"id": "b%05d" % i, "text": t}, ensure_ascii=False) + "\n")
    return len(rows)


ONE_THREAD = {v: "1" for v in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                "NUMEXPR_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")}


REPEATS = 3


def child(kind, corpus, workers=1, one_thread=True):
    """The fastest of REPEATS runs, each in a fresh process (a shared machine's noise only
    ever slows a run down)."""
    env = dict(os.environ, **ONE_THREAD) if one_thread else {
        k: v for k, v in os.environ.items() if k not in ONE_THREAD}
    runs = []
    for _ in range(REPEATS):
        out = subprocess.run([sys.executable, __file__, "--child", kind, corpus, str(workers)],
                             capture_output=True, text=True, cwd=ROOT, env=env)
        if out.returncode:
            raise SystemExit(out.stderr)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return min(runs, key=lambda r: r["seconds"] / r["docs"])


def startup_ours():
    code = ("import time; t=time.perf_counter(); from extractor.pipeline import Pipeline; "
            "Pipeline().extract('Вчера в Москве мэр открыл парк на 5 млн рублей.'); "
            "print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    return float(out.stdout.strip())


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, corpus, workers = sys.argv[2], sys.argv[3], int(sys.argv[4])
        r = bench_natasha(corpus) if kind == "natasha" else bench_ours(corpus, workers)
        print(json.dumps(r))
        return
    arg = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "samples")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        n = make_corpus(arg, corpus)
        nat = child("natasha", corpus)
        nat_threads = child("natasha", corpus, one_thread=False)
        one = child("ours", corpus, 1)
        two = child("ours", corpus, 2)
        start = min(startup_ours() for _ in range(3))
    rate = lambda r: r["docs"] / r["seconds"]
    crate = lambda r: r["chars"] / r["seconds"]
    print("machine: %d cores (nproc), %s, Python %s" % (os.cpu_count(), cpu_model(), platform.python_version()))
    print("corpus: %d docs, %d chars (%s)" % (n, nat["chars"], arg))
    print()
    print("| run | docs/s | chars/s | peak RSS per process | start-up (import + models + first doc) |")
    print("|---|---:|---:|---:|---:|")
    print("| natasha segment + NER | %.1f | %.0f | %.0f MB | %.2f s |" % (rate(nat), crate(nat), nat["rss"], nat["startup"]))
    print("| natasha segment + NER, numpy's default threads | %.1f | %.0f | %.0f MB | %.2f s |"
          % (rate(nat_threads), crate(nat_threads), nat_threads["rss"], nat_threads["startup"]))
    print("| extractor, 1 worker | %.1f | %.0f | %.0f MB | %.2f s |" % (rate(one), crate(one), one["rss"], start))
    print("| extractor, 2 workers | %.1f | %.0f | %.0f MB per worker (parent %.0f MB) | |"
          % (rate(two), crate(two), two["rss"], two["parent_rss"]))
    print()
    print("1 worker / natasha (both one thread): %.2f× (bar ≥ 0.75)" % (rate(one) / rate(nat)))
    print("1 worker / natasha (default threads): %.2f×" % (rate(one) / rate(nat_threads)))
    print("2 workers / 1 worker: %.2f× (bar ≥ 1.7)" % (rate(two) / rate(one)))
    print("peak RSS per worker: %.0f MB (bar ≤ 400)" % max(one["rss"], two["rss"]))
    print("start-up: %.2f s (bar ≤ 2)" % start)


if __name__ == "__main__":
    main()
