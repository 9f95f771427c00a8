"""NER: slovnet's tagger run on our own razdel tokens, one sentence at a time.

Tagging each sentence on its own means no mention can cross a sentence or a
paragraph break (natasha on a whole text tags `Акорду\\n\\nПрезиденту` as one
person), and handing slovnet our tokens means the text is tokenised once.
"""
from __future__ import annotations

from typing import List

from .document import Doc, NerSpan, Sentence
from . import ner_rules


# slovnet's vocabulary is Russian: Kazakh letters are shown to it as their
# nearest Russian letters (the text itself keeps them)
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


# slovnet pads every batch to its longest sentence: small batches of
# sentences of about the same length waste least (about a quarter faster
# than batches of 32 in text order on news)
BATCH_SIZE = 8


class Tagger:
    def __init__(self, ner=None):
        if ner is None:
            from .models import load_ner
            ner = load_ner(batch_size=BATCH_SIZE)
        self.infer = ner.infer

    def tags(self, sentences: List[List[str]]) -> List[List[str]]:
        """BIO tags for each word of each sentence (tagged shortest first, returned in order)."""
        if not sentences:
            return []
        infer = self.infer
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        tagged = infer.decoder(infer.process(infer.encoder([sentences[i] for i in order])))
        out: List[List[str]] = [[] for _ in sentences]
        for i, tags in zip(order, tagged):
            out[i] = tags
        return out

    def __call__(self, doc: Doc) -> List[NerSpan]:
        sents = list(doc.sentences)
        words = [[t.text.translate(KAZAKH_TO_RUSSIAN) for t in s.tokens] for s in sents]
        out: List[NerSpan] = []
        for sent, tags in zip(sents, self.tags(words)):
            toks = sent.tokens
            mentions = ner_rules.apply([t.text for t in toks], ner_rules.bio_mentions(tags))
            for i, j, kind in mentions:
                start, stop = toks[i].start, toks[j - 1].stop
                out.append(NerSpan(start, stop, kind, doc.text[start:stop]))
        return out
