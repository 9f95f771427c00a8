"""Words of organisations' names: the kind-of-organisation lexicon and the adjectives
that can stand in a body's name (shared by ner_orgs.py and ner_tails.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import morph
from .lexicons import words as lexicon_words


@lru_cache(maxsize=None)
def section(name: str) -> frozenset:
    """Every form of the lemmas of one section of lexicons/ner-org-kinds.txt."""
    out, part = {}, None
    for entry in lexicon_words("ner-org-kinds.txt"):
        if entry.startswith("[") and entry.endswith("]"):
            part = entry[1:-1]
            continue
        out.setdefault(part, []).append(entry)
    return morph.forms_of(frozenset(out.get(name, ())))


@lru_cache(maxsize=1)
def name_ending():
    """A one-word body's name by its ending ([name_endings] of ner-org-kinds.txt), in any case;
    group 1 is the nominative (`Саратовстата` → `Саратовстат`)."""
    endings, part = [], None
    for entry in lexicon_words("ner-org-kinds.txt"):
        if entry.startswith("[") and entry.endswith("]"):
            part = entry[1:-1]
        elif part == "name_endings":
            endings.append(re.escape(entry))
    return re.compile(r"([А-ЯЁ][а-яё]{2,}(?:%s))(?:а|у|ом|е)?" % "|".join(endings))


def low(word: str) -> str:
    return word.lower().replace("ё", "е")


def agree(adj: str, noun: str) -> bool:
    ns = [p for p in morph.cyr_parses(noun) if p.tag.POS == "NOUN"]
    return any(a.tag.POS in ("ADJF", "PRTF") and a.tag.case == n.tag.case and a.tag.number == n.tag.number
               and (a.tag.number == "plur" or a.tag.gender == n.tag.gender)
               for a in morph.cyr_parses(adj) for n in ns)


@lru_cache(maxsize=20_000)
def relational(word: str) -> bool:
    """`государственной`, `синодального`, `атомной`: an adjective of what a thing is, not of
    how it is (`новой`, `этой`, `крупнейшей` stay out)."""
    if not word.isalpha():
        return False
    ps = [p for p in morph.cyr_parses(word) if p.tag.POS in ("ADJF", "PRTF")]
    return bool(ps) and ps[0].tag.POS == "ADJF" and not ({"Qual", "Apro", "Supr", "Anum"} & ps[0].tag.grammemes)


@lru_cache(maxsize=20_000)
def adjective(word: str) -> bool:
    """Any adjective but a pronoun's or a numeral's (`атомной`, not `этой`, `второй`)."""
    ps = [p for p in morph.cyr_parses(word) if p.tag.POS in ("ADJF", "PRTF")]
    return bool(ps) and not ({"Apro", "Anum"} & ps[0].tag.grammemes)
