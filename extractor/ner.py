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
from . import lexicons, morph, names, ner_doc, ner_rules


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
GLUED_ANY = re.compile(r"[а-яё]{3}[А-ЯЁ][а-яё]{3}")
CAMEL = re.compile(r"[А-ЯЁ][а-яё]+(?:[А-ЯЁ][а-яё]+)+")     # one word with a capital inside
KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


@lru_cache(maxsize=50_000)
def _glued_at(word: str) -> int:
    """Where a token is two dictionary words run together (`АдыгеиВаловой` → 6), or 0; a brand's
    inner capital (`АрселорМиттал`, `АгроФакт`) is no such place."""
    m = GLUED.match(word)
    if not m:
        return 0
    a, b = word[:m.end()].lower(), word[m.end():].lower()
    known = morph.analyzer().word_is_known
    return m.end() if len(a) >= 5 and known(a) and known(b) and b not in _brand_parts() else 0


@lru_cache(maxsize=None)
def _brand_parts() -> frozenset:
    return frozenset(lexicons.words("ner-brand-parts.txt"))


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


NO_NAME_POS = frozenset(["PREP", "CONJ", "PRCL", "NPRO", "ADVB", "INTJ", "PRED", "COMP",
                         "VERB", "INFN", "GRND", "PRTS", "ADJS"])
_NAME_CHARS = re.compile(r"[0-9A-Za-z]")


@lru_cache(maxsize=20_000)
def _opens_no_name(word: str) -> bool:
    """A sentence's first word that is no part of a name: a preposition, a conjunction, a pronoun,
    an adverb, a verb (`В`, `Он`, `Однако`, `Также`, `Отметим`), by its likeliest reading."""
    ps = morph.cyr_parses(word)
    return bool(ps) and ps[0].tag.POS in NO_NAME_POS


def may_hold_names(words: List[str]) -> bool:
    """Whether the tagger can find a name in the sentence: a capitalised word after the first, a
    digit or a Latin letter anywhere, or a first word that may be a name."""
    if not words:
        return False
    if any(w[:1].isupper() for w in words[1:]) or _NAME_CHARS.search(" ".join(words)):
        return True
    return words[0][:1].isupper() and not _opens_no_name(words[0])


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
        # glued words and Kazakh letters looked for in each document first, then in its sentences
        glued = [bool(GLUED_ANY.search(doc.text)) for doc in docs]
        kazakh = [bool(KAZAKH.search(doc.text)) for doc in docs]
        tokens = [unglued(s.tokens) if glued[d] and GLUED_ANY.search(docs[d].text, s.start, s.stop) else s.tokens
                  for d, s in sents]
        words = [[x.text.translate(KAZAKH_TO_RUSSIAN) for x in toks]
                 if kazakh[d] and KAZAKH.search(docs[d].text, s.start, s.stop) else [x.text for x in toks]
                 for (d, s), toks in zip(sents, tokens)]
        out: List[List[NerSpan]] = [[] for _ in docs]
        # a sentence with no capitalised word but a function word opening it, no digit and no
        # Latin letter can hold no name the tagger would find: it is not tagged (the rules still run)
        tagged = [k for k, ws in enumerate(words) if may_hold_names(ws)]
        tags: List[List[str]] = [["O"] * len(ws) for ws in words]
        for k, t in zip(tagged, self.tags([words[k] for k in tagged])):
            tags[k] = t
        found = [ner_rules.apply([t.text for t in toks], ner_rules.bio_mentions(tg))
                 for toks, tg in zip(tokens, tags)]
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
            # `в Абайской и Туркестанской областях`: a region's adjective whose generic word is elided
            elided = mentions and names.has_generic_plural(words)
            for i, j, kind in mentions:
                start, stop = toks[i].start, toks[j - 1].stop
                name = names.elided_generic(words, i, j) if elided and kind in ("LOC", "PER") and j - i == 1 else None
                if kind != "ORG" and CAMEL.fullmatch(text, start, stop):
                    kind = "ORG"               # `ПензаИнформ`, `КостанайМедиа`: a brand or an outlet, one word
                out[d].append(NerSpan(start, stop, "LOC" if name else kind, text[start:stop], name or ""))
        return out

    def __call__(self, doc: Doc) -> List[NerSpan]:
        return self.tag_docs([doc])[0]
