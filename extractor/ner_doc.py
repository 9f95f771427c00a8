"""Rules over a whole document's mentions, after each sentence has its own.

A name the tagger found in one sentence is a name wherever the document
writes it again the same way: an untagged occurrence of a mention's exact
words (`«Фольксваген» (Volkswagen)` in the lead, `«Фольксваген» имеет 2-3%
рынка` later) gets the mention's type. Only words that are names by their
shape count (capitalised, not a common word that a sentence may open with).
"""
from __future__ import annotations

from collections import Counter
from itertools import chain
from functools import lru_cache
from typing import Dict, List, Tuple

from . import morph, ner_base, ner_rules

Mention = List          # [i, j, type] over one sentence's tokens
NAME_GRAMMEMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}


@lru_cache(maxsize=20_000)
def _name_shaped(word: str) -> bool:
    """A word that names something whatever its place: Latin or digits in it, an inner capital,
    an abbreviation, or a Cyrillic word the dictionary knows only as a name (or not at all)."""
    if not word[:1].isupper():
        return False
    if not morph.CYRILLIC_WORD.fullmatch(word):
        return any(c.isalpha() for c in word)
    if len(word) >= 2 and word.isupper() or any(c.isupper() for c in word[1:]):
        return True
    if not morph.analyzer().word_is_known(word.lower()):
        return True
    return all(NAME_GRAMMEMES & p.tag.grammemes for p in morph.parses(word))


def _key_ok(words: Tuple[str, ...]) -> bool:
    if len(words) == 1:
        return len(words[0]) > 2 and _name_shaped(words[0])
    return words[0][:1].isupper() and any(_name_shaped(w) for w in words)


def _no_entity_names(sentences: List[List[str]]) -> set:
    """Quoted names the document introduces with a kind word that makes them no entity
    (`шаттл «Дискавери»`, `программы «Нұрлы жер»`): no entity wherever they recur."""
    return {tuple(words[a:b]) for words in sentences for a, b in ner_rules.no_entity_zones(words)}


def _named_as(words: List[str], names: set) -> bool:
    """Whether these words are one of the names in any case form (`Индевора` ~ `Индевор`)."""
    return any(len(n) == len(words) and all(ner_base.stem_match(w, ner_base.key(x)) for w, x in zip(words, n))
               for n in names)


def consistent(sentences: List[List[str]], mentions: List[List[Mention]]) -> List[List[Mention]]:
    """Each sentence's mentions with the untagged repeats of the document's names added, and
    without the organisations the document says are no entity (the tagger takes a ship's or
    a programme's quoted name for one)."""
    nones = _no_entity_names(sentences)
    if nones:
        mentions = [[m for m in ms if m[2] != "ORG" or not _named_as(words[m[0]:m[1]], nones)]
                    for words, ms in zip(sentences, mentions)]
    # a mention's first word that stands somewhere outside every mention: only a name starting
    # with one can be added (counted, not looked up word by word)
    starts = Counter(words[i] for words, ms in zip(sentences, mentions) for i, _, _ in ms)
    if not starts:
        return mentions
    tagged = Counter(words[k] for words, ms in zip(sentences, mentions) for i, j, _ in ms for k in range(i, j))
    everywhere = Counter(chain.from_iterable(sentences))
    free = {w for w in starts if everywhere[w] > tagged[w]}
    kinds: Dict[Tuple[str, ...], Counter] = {}
    for words, ms in zip(sentences, mentions):
        for i, j, kind in ms:
            if j - i <= 6 and words[i] in free:
                kinds.setdefault(tuple(words[i:j]), Counter())[kind] += 1
    kinds = {key: c for key, c in kinds.items() if _key_ok(key)}
    names = {}
    for key, c in kinds.items():
        (kind, n), *rest = c.most_common()
        if not rest or rest[0][1] < n:
            names[key] = kind
    if not names:
        return mentions
    by_first: Dict[str, List[Tuple[str, ...]]] = {}
    for key in sorted(names, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key)
    out = []
    for words, ms in zip(sentences, mentions):
        if by_first.keys().isdisjoint(words):
            out.append(ms)
            continue
        taken = [False] * len(words)
        for i, j in [(m[0], m[1]) for m in ms] + ner_rules.no_entity_zones(words):
            for k in range(i, j):
                taken[k] = True
        added = []
        k = 0
        while k < len(words):
            hit = None
            for key in by_first.get(words[k], ()):
                n = len(key)
                # not a part of a longer run of capitalised words (`Топалов` of `Веселин Топалов`)
                if tuple(words[k:k + n]) == key and not any(taken[k:k + n]) \
                        and (k + n == len(words) or not words[k + n][:1].isupper()) \
                        and (k <= 1 or not words[k - 1][:1].isupper()):
                    hit = key
                    break
            if hit is None:
                k += 1
                continue
            added.append([k, k + len(hit), names[hit]])
            k += len(hit)
        out.append(sorted(ms + added) if added else ms)
    return out
