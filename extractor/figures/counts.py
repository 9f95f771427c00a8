"""The counted noun after a number: `86 объектов` → объект, `двое погибших` → погибший.

The number must govern the noun (case and number agree with the figure), and
adjectives in between belong to the span.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, Optional, Tuple

from .. import morph
from .lexicon import lex
from .numbers import word
from .tokens import ELIDED, Num, Sent, word_before


def count_noun(s: Sent, k: int, n: Num):
    """The counted noun after a number: (lemma, token after it), adjectives in between kept;
    False when a noun follows that the number does not govern (`2008 граждане`), else None.

    `86 объектов`, `семи немецких городах`, `двое погибших` (an adjective used as a noun).
    """
    adjs = []
    for m in range(k, min(k + 4, len(s.toks))):
        t = s.toks[m]
        if t.kind != "word" or (t.text[0].isupper() and (m > k or s.toks[n.i].kind == "num") and is_proper(t.text)):
            break
        ps = morph.parses(t.text)
        pos = ps[0].tag.POS if ps else None
        if pos == "VERB" and m == k and any(p.tag.POS == "NOUN" and p.score >= 0.15 for p in ps):
            pos = "NOUN"                     # `подключены 45 сел`: a noun the number governs
        elif pos not in ("NOUN", "ADJF", "PRTF") and any(p.tag.POS == "NOUN" and p.score >= ps[0].score for p in ps):
            pos = "NOUN"                     # `парков`: a noun as likely as the short adjective
        if pos == "NOUN":
            if word(t.text) is not None:
                return False                 # a numeral noun (`млрд млрд`, `тысячи`) is counted by nothing
            preferred = lex().words["preferred_count_lemmas"]
            p = _governed(sorted(ps, key=lambda q: lemma_of(q) not in preferred), n, "NOUN")
            if p is None:
                return False
            return _compound(adjs, lemma_of(p)) or lemma_of(p), m + 1
        if pos in ("ADJF", "PRTF") and _governed(ps, n, pos) is not None:
            adjs.append((ps, m))
            continue
        break
    if not adjs:
        return None
    # an adjective standing for a noun (`двое погибших`, `30 рабочих на заводе`),
    # unless it goes on into a coordination (`100 простых и …`)
    ps, m = adjs[-1]
    nxt = s.toks[m + 1] if m + 1 < len(s.toks) else None
    if nxt is not None and nxt.kind == "word" and morph.parses(nxt.text)[0].tag.POS in ("CONJ", "NOUN", "ADJF", "PRTF"):
        return None
    p = _governed(ps, n, "NOUN") or _governed(ps, n, "ADJF") or _governed(ps, n, "PRTF")
    if p is None:
        return None
    if p.tag.POS == "NOUN":
        return lemma_of(p), m + 1
    if _substantive(ps):
        return _adj_lemma(p), m + 1
    return ELIDED, m + 1                     # `9 тыс. постоянных` (рабочих мест): the noun is elided


def _compound(adjs, noun: str) -> Optional[str]:
    """`936 рабочих мест` → рабочее место: a lexicalised adjective + noun is counted as one term."""
    if not adjs:
        return None
    ps, _ = adjs[-1]
    return _compounds().get((lemma_of(ps[0]), noun))


@lru_cache(maxsize=1)
def _compounds() -> Dict[Tuple[str, str], str]:
    out = {}
    for term in lex().words["compound_counts"]:
        adj, noun = term.split()
        out[(lemma_of(morph.parses(adj)[0]), noun)] = term
    return out


def _substantive(ps) -> bool:
    """Whether an adjective can stand for a noun: participles (`погибших`, `опрошенных`) and
    adjectives pymorphy marks as such (`больных`), not qualities (`постоянных`) or pronouns (`таких`)."""
    top = ps[0].tag
    if "Subx" in top or top.POS == "PRTF":
        return True
    return "Qual" not in top and "Apro" not in top


def _governed(ps, n: Num, pos: str):
    """The parse (of part of speech `pos`) in a case and number the figure can govern:
    `два пункта`, `пять журналистов`, `двум государствам`, `один корабль`, `2,5 тонны`."""
    v = n.value
    for p in ps:
        if p.tag.POS != pos:
            continue
        case, num = p.tag.case, p.tag.number
        if n.scaled or v != int(v):
            if case == "gent":
                return p
            continue
        last, teen = int(v) % 10, 11 <= int(v) % 100 <= 14
        one = last == 1 and not teen
        if case in ("nomn", "accs"):
            if num == "sing" and one:
                return p
            if num == "plur" and pos in ("ADJF", "PRTF") and 2 <= last <= 4 and not teen:
                return p                     # `три новые школы` (as well as `три новых школы`)
        elif case == "gent":
            if num == "sing" and (1 <= last <= 4 and not teen) or num == "plur" and not one:
                return p
        elif num == ("sing" if one else "plur"):
            return p
    return None


def lemma_of(p) -> str:
    return p.normal_form.replace("ё", "е")


def is_proper(w: str) -> bool:
    return any(g in p.tag for p in morph.parses(w)[:2] for g in ("Name", "Surn", "Geox", "Orgn", "Trad", "Abbr"))


def is_named(w: str) -> bool:
    return any(g in p.tag for p in morph.parses(w)[:2] for g in ("Name", "Surn", "Geox", "Orgn", "Trad"))


def _adj_lemma(p) -> str:
    if "ADJF" in p.tag:
        return p.normal_form.replace("ё", "е")
    f = p.inflect({"masc", "sing", "nomn"})
    return (f.word if f else p.normal_form).replace("ё", "е")


def one_counts(s: Sent, n: Num) -> bool:
    """`один` counts (`только один корабль`, `одну велопарковку`) where its noun is in the
    nominative or accusative; not as an article or pronoun (`один из них`, `одним судном`)."""
    nxt = s.toks[n.j].low if n.j < len(s.toks) else ""
    if nxt in ("из", "и", "или", "же", "такой", "другой", "раз", "только") or word_before(s, n.i) in ("ни", "еще", "ещё"):
        return False
    return any(p.tag.case in ("nomn", "accs") and p.tag.POS == "NUMR" or p.tag.case in ("nomn", "accs") and
               p.tag.POS == "ADJF" for p in morph.parses(s.toks[n.i].text)[:2])
