"""NER cost per document: slovnet's tagging, the rules on its tags, and the names, apart.

    python benchmarks/ner_speed.py CORPUS.jsonl [--rounds 3]

CORPUS is a JSONL file with a `text` per line (e.g. FactRuEval texts). The texts are
cleaned and segmented once; each part is then timed over the whole corpus (CPU time of
this process, the best of the rounds, caches warm after the first). Prints ms per document.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def best(fn, rounds):
    out = None
    for _ in range(rounds):
        t = time.process_time()
        fn()
        dt = time.process_time() - t
        out = dt if out is None else min(out, dt)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from extractor import names, ner_rules
    from extractor.ner import Tagger
    from extractor.segment import prepare

    with open(args.corpus, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    docs = [prepare(t) for t in texts]
    tagger = Tagger()
    sents = [[t.text for t in s.tokens] for d in docs for s in d.sentences]
    tags = tagger.tags(sents)

    def rules():
        for words, t in zip(sents, tags):
            ner_rules.apply(words, ner_rules.bio_mentions(t))

    spans = tagger.tag_docs(docs)

    def naming():
        for doc, sp in zip(docs, spans):
            for s in sp:
                names.normalize(s, names.title_before(doc.text, s.start) if s.type == "PER" else "")

    n = len(docs)
    whole = best(lambda: tagger.tag_docs(docs), args.rounds)
    print("documents            %d" % n)
    print("NER (tag_docs)       %.2f ms/doc" % (1000 * whole / n))
    print("  rules on the tags  %.2f ms/doc" % (1000 * best(rules, args.rounds) / n))
    print("names (normalize)    %.2f ms/doc" % (1000 * best(naming, args.rounds) / n))


if __name__ == "__main__":
    main()
