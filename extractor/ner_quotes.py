"""Quoted names: `ОАО «Газпром»` → `Газпром`, `СЭЗ «Хоргос»` whole, `программа «Нұрлы
жер»` no entity; the kind words before the quotes are data (lexicons/ner-quoted.txt)."""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Tuple

from . import morph
from .lexicons import words
from .ner_base import CLOSE_QUOTES, OPEN_QUOTES, all_forms, forms, key, legal_forms, without


@lru_cache(maxsize=None)
def quoted_generics() -> Dict[Tuple[str, ...], Tuple[str, str]]:
    out = {}
    for line in words("ner-quoted.txt"):
        name, kind, mode = line.split("\t")
        out[tuple(name.split())] = (kind, mode)
    return out


_QUOTE_SET = frozenset(OPEN_QUOTES)


def no_entity_zones(tokens: List[str]) -> List[Tuple[int, int]]:
    """The insides of quotes after a kind word that makes them no entity (`стратегии развития
    «Алматы – 2050»`, `шаттл «Дискавери»`): a place named in a programme's title is no mention."""
    if _QUOTE_SET.isdisjoint(tokens):
        return []
    return list(_zones(tuple(tokens)))


@lru_cache(maxsize=20_000)
def _zones(tokens: Tuple[str, ...]) -> Tuple[Tuple[int, int], ...]:
    generics = quoted_generics()
    out = []
    for k, w in enumerate(tokens):
        if w not in OPEN_QUOTES or k == 0:
            continue
        close = _close(tokens, k)
        if close is None or close == k + 1:
            continue
        for n in (2, 1):
            if k - n >= 0 and any(generics.get(c, ("", ""))[1] == "none" for c in _lemma_combos(tokens[k - n:k])):
                out.append((k + 1, close))
                break
    return tuple(out)


def _close(tokens, i):
    """Index of the closing quote for an opening quote at i, or None."""
    for k in range(i + 1, len(tokens)):
        if tokens[k] in CLOSE_QUOTES and not (tokens[k] == "“" and tokens[i] == "“" and k == i):
            return k
        if tokens[k] in OPEN_QUOTES and tokens[k] != "“":
            return None
    return None


def quoted(tokens: List[str], mentions: List[list]) -> List[list]:
    generics = quoted_generics()
    k = 0
    last = None   # (rule, close) of the previous quoted name: `парки «А» и «Б»`
    while k < len(tokens):
        if tokens[k] not in OPEN_QUOTES:
            k += 1
            continue
        close = _close(tokens, k)
        if close is None or close == k + 1:
            k += 1
            continue
        rule = None
        for n in (2, 1):
            if k - n < 0:
                continue
            prev = tokens[k - n:k]
            for combo in _lemma_combos(prev):
                if combo in generics:
                    rule = generics[combo] + (k - n,)
                    break
            if rule:
                break
        if rule is None and last and all(t in ("и", ",") for t in tokens[last[1] + 1:k]) \
                and last[0][1] != "whole":
            rule = last[0][:2] + (k,)
        last = (rule, close) if rule else None
        inside = [m for m in mentions if m[0] < close and m[1] > k + 1]
        touching = [m for m in mentions if m[1] == k or m[1] == k + 1 or m[0] < k < m[1]]
        if rule:
            kind, mode, gstart = rule
            if mode == "none":
                mentions = without(mentions, k, close + 1)
            elif mode == "whole":
                mentions = without(mentions, gstart, close + 1) + [[gstart, close + 1, kind]]
            else:
                mentions = without(mentions, k, close + 1) + [[k + 1, close, kind]]
        elif close - k <= 7 and any(m[2] == "ORG" for m in touching) or \
                any(m[2] == "ORG" and m[0] == k + 1 and m[1] >= close - 1 for m in inside) or \
                close - k <= 7 and k > 0 and forms(tokens[k - 1]) & legal_forms():
            # `ТОО «Кокшетау Минералы»`: after a legal form the quotes hold an organisation's name
            # `ОАО «Газпром»`, `РИА «Новости»`: the organisation is the quoted name
            drop = [m for m in touching if m[0] < k and m[2] == "ORG" and _generic_org(tokens[m[0]:k])]
            mentions = [m for m in mentions if m not in drop]
            mentions = without(mentions, k, close + 1) + [[k + 1, close, "ORG"]]
        k = close + 1
    return mentions


def _generic_org(toks: List[str]) -> bool:
    """Words that only say what kind of organisation the quoted name is: legal forms and
    their modifiers (`АО «НК`, `Национальная компания`, `Фонд национального благосостояния`)."""
    if not any(forms(t) & legal_forms() for t in toks):
        return False
    for n, t in enumerate(toks):
        if t in OPEN_QUOTES or forms(t) & legal_forms() or not t[:1].isupper():
            continue
        if n == 0 and any(p.tag.POS == "ADJF" for p in morph.parses(t)):
            continue            # `Национальная компания`, `Национальной компании`
        return False
    return True


def _lemma_combos(prev: List[str]):
    """Lexicon keys the words before a quote may stand for (`национальные парки` → `национальный парк`)."""
    if not all(any(c.isalpha() for c in w) for w in prev):
        return
    known = _generic_words()
    if not all(key(w) in known for w in prev):
        return
    if len(prev) == 1:
        for f in forms(prev[0]):
            yield (f,)
    else:
        for a in forms(prev[0]):
            for b in forms(prev[1]):
                yield (a, b)


@lru_cache(maxsize=None)
def _generic_words() -> frozenset:
    return all_forms(tuple(sorted({w for key in quoted_generics() for w in key})))
