"""NER: slovnet's tagger run on our own razdel tokens, one sentence at a time.

Tagging each sentence on its own means no mention can cross a sentence or a
paragraph break (natasha on a whole text tags `Акорду\\n\\nПрезиденту` as one
person), and handing slovnet our tokens means the text is tokenised once.
"""
from __future__ import annotations

from functools import lru_cache
from typing import List

from .document import Doc, NerSpan, Sentence
from . import names, ner_doc, ner_rules


# slovnet's vocabulary is Russian: Kazakh letters are shown to it as their
# nearest Russian letters (the text itself keeps them)
KAZAKH_TO_RUSSIAN = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


# slovnet pads every batch to its longest sentence: batches of sentences of
# about the same length waste least. Sentences of several documents tagged
# together (Tagger.tag_docs) make fuller batches: about a third faster on news.
BATCH_SIZE = 16
# a longer "sentence" (a table, a list run together) is tagged in windows of
# this many tokens, so memory stays bounded whatever the input
MAX_TOKENS = 256


class Tagger:
    def __init__(self, ner=None):
        if ner is None:
            from .models import load_ner
            ner = load_ner(batch_size=BATCH_SIZE)
        self.infer = ner.infer
        enc = self.infer.encoder
        from slovnet.shape import word_shape
        # slovnet encodes every word of every sentence (its shape, its vocabulary id): the
        # same words recur, so each is encoded once
        self._word_ids = lru_cache(maxsize=200_000)(
            lambda w: (enc.words_vocab.encode(w.lower()), enc.shapes_vocab.encode(word_shape(w))))

    def _inputs(self, batch: List[List[str]]):
        """slovnet's encoder over the batch, with the words' ids looked up once."""
        enc, ids = self.infer.encoder, self._word_ids
        for k in range(0, len(batch), enc.batch_size):
            items = []
            for words in batch[k:k + enc.batch_size]:
                pairs = [ids(w) for w in words]
                items.append(([p[0] for p in pairs], [p[1] for p in pairs]))
            yield enc.input(items)

    def tags(self, sentences: List[List[str]]) -> List[List[str]]:
        """BIO tags for each word of each sentence (tagged shortest first, returned in order)."""
        pieces = [(n, k) for n, words in enumerate(sentences) for k in range(0, len(words), MAX_TOKENS)]
        if not pieces:
            return [[] for _ in sentences]
        infer = self.infer
        order = sorted(range(len(pieces)), key=lambda i: min(MAX_TOKENS, len(sentences[pieces[i][0]]) - pieces[i][1]))
        batch = [sentences[pieces[i][0]][pieces[i][1]:pieces[i][1] + MAX_TOKENS] for i in order]
        tagged = infer.decoder(infer.process(self._inputs(batch)))
        out: List[List[str]] = [[] for _ in sentences]
        # back in piece order, so the windows of a sentence join up in order
        for i, tags in sorted(zip(order, tagged), key=lambda x: x[0]):
            out[pieces[i][0]].extend(tags)
        return out

    def tag_docs(self, docs: List[Doc]) -> List[List[NerSpan]]:
        """The NER spans of each document; all their sentences tagged together."""
        sents = [(d, s) for d, doc in enumerate(docs) for s in doc.sentences]
        words = [[t.text.translate(KAZAKH_TO_RUSSIAN) for t in s.tokens] for _, s in sents]
        out: List[List[NerSpan]] = [[] for _ in docs]
        found = [ner_rules.apply([t.text for t in sent.tokens], ner_rules.bio_mentions(tags))
                 for (_, sent), tags in zip(sents, self.tags(words))]
        # the document's names where it writes them again, one document at a time
        k = 0
        for d, doc in enumerate(docs):
            n = sum(1 for _ in doc.sentences)
            words_d = [[t.text for t in sent.tokens] for _, sent in sents[k:k + n]]
            found[k:k + n] = ner_doc.consistent(words_d, found[k:k + n])
            k += n
        for (d, sent), mentions in zip(sents, found):
            toks = sent.tokens
            text = docs[d].text
            words = [t.text for t in toks]
            for i, j, kind in mentions:
                start, stop = toks[i].start, toks[j - 1].stop
                # `в Абайской и Туркестанской областях`: a region's adjective whose generic word is elided
                name = names.elided_generic(words, i, j) if kind in ("LOC", "PER") and j - i == 1 else None
                out[d].append(NerSpan(start, stop, "LOC" if name else kind, text[start:stop], name or ""))
        return out

    def __call__(self, doc: Doc) -> List[NerSpan]:
        return self.tag_docs([doc])[0]
