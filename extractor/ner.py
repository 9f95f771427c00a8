"""NER: slovnet's tagger run on our own razdel tokens, one sentence at a time.

Tagging each sentence on its own means no mention can cross a sentence or a
paragraph break (natasha on a whole text tags `Акорду\\n\\nПрезиденту` as one
person), and handing slovnet our tokens means the text is tokenised once.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List

from .document import Doc, NerSpan, Sentence, Token
from . import morph, names, ner_doc, ner_rules


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


# two words run together where a line break was lost (`главу АдыгеиВаловой региональный продукт`)
GLUED = re.compile(r"[А-ЯЁ][а-яё]{3,}(?=[А-ЯЁ][а-яё]{3,}$)")


@lru_cache(maxsize=50_000)
def _glued_at(word: str) -> int:
    """Where a token is two dictionary words run together (`АдыгеиВаловой` → 6), or 0; a brand's
    inner capital (`АрселорМиттал`, `АгроФакт`) is no such place."""
    m = GLUED.match(word)
    if not m:
        return 0
    a, b = word[:m.end()].lower(), word[m.end():].lower()
    known = morph.analyzer().word_is_known
    return m.end() if len(a) >= 5 and known(a) and known(b) else 0


def unglued(tokens: List[Token]) -> List[Token]:
    """The sentence's tokens with every glued pair of words as two tokens (offsets kept)."""
    if not any(_glued_at(t.text) for t in tokens):
        return list(tokens)
    out = []
    for t in tokens:
        k = _glued_at(t.text)
        if k:
            out += [Token(t.start, t.start + k, t.text[:k]), Token(t.start + k, t.stop, t.text[k:])]
        else:
            out.append(t)
    return out


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
        tokens = [unglued(s.tokens) for _, s in sents]
        words = [[t.text.translate(KAZAKH_TO_RUSSIAN) for t in toks] for toks in tokens]
        out: List[List[NerSpan]] = [[] for _ in docs]
        found = [ner_rules.apply([t.text for t in toks], ner_rules.bio_mentions(tags))
                 for toks, tags in zip(tokens, self.tags(words))]
        # the document's names where it writes them again, one document at a time
        k = 0
        for d, doc in enumerate(docs):
            n = sum(1 for _ in doc.sentences)
            words_d = [[t.text for t in toks] for toks in tokens[k:k + n]]
            found[k:k + n] = ner_doc.consistent(words_d, found[k:k + n])
            k += n
        for (d, sent), toks, mentions in zip(sents, tokens, found):
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
