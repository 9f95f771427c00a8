"""Rules that find and bound organisations, on one sentence's tokens (after ner_rules' own).

- an alias in brackets takes the type of the name before it (`Бюро по патентам (USPTO)`,
  `«Фольксваген» (Volkswagen)`, `Комитет защиты журналистов (КЗЖ)`);
- a name after a kind-of-organisation word is an organisation, not a person
  (`команды Феррари`, `профсоюза Юнайт`, `телеканала World Fashion Channel`);
- a name goes on over `имени …` / `им. …` (`Театра им. Йозефа Бойса`);
- a body's name goes on over the body it belongs to (`Парламентской ассамблеи` +
  `Совета Европы`), and takes the relational adjectives before it (`государственной
  Комиссии по атомной энергии`);
- a capitalised place adjective and a body's head noun name one (`Хмельницкой атомной
  электростанции`, `Павлодарский алюминиевый завод`) where the tagger found nothing, and so do
  a place adjective and a plant's abbreviation (`Нижне-Зейской ГЭС`, `Экибастузской ГРЭС-1`);
- a ministry named in lower case (`российском министерстве финансов`, `министерства сельского
  хозяйства`, `японского дипломатического ведомства`).
The kind words and head nouns are data (lexicons/ner-org-kinds.txt).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional

from . import morph, ner_tails
from .ner_kinds import adjective, agree, low, name_ending, relational, section

Mention = List


def _overlaps(mentions, i, j) -> bool:
    return any(m[0] < j and i < m[1] for m in mentions)


def _name_word(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


FUNCTION_WORDS = frozenset(["of", "to", "for", "and", "the", "de", "la", "della", "del", "di", "du", "von", "van",
                            "und", "&", "-"])


def aliases(tokens: List[str], mentions: List[Mention]) -> List[Mention]:
    """`X (Y)`: a name in brackets right after a mention, that no mention holds, is the same
    thing's other name."""
    out = list(mentions)
    for i, j, kind in sorted(mentions):
        k = j + 1 if j < len(tokens) and tokens[j] in "»”\"" else j
        while k < len(tokens) and tokens[k] == "(":
            close = next((c for c in range(k + 1, min(len(tokens), k + 7)) if tokens[c] == ")"), None)
            if close is None or close == k + 1:
                break
            inside = tokens[k + 1:close]
            if kind == "ORG" and close == k + 2 and _latin_acronym(inside[0]):
                # `Бюро по патентам (USPTO)`: an organisation's Latin acronym, whatever the tagger said
                out = [m for m in out if not (m[0] == k + 1 and m[1] == close)]
            if _overlaps(out, k + 1, close) or not _name_word(inside[0]) or \
                    not all(_name_word(w) or low(w) in FUNCTION_WORDS for w in inside) or \
                    all(w.isdigit() for w in inside):
                break
            out.append([k + 1, close, kind])
            k = close + 1
    return out


def _latin_acronym(word: str) -> bool:
    return len(word) >= 3 and word.isascii() and word.isalpha() and word.isupper()


def kind_names(tokens: List[str], mentions: List[Mention]) -> List[Mention]:
    """A one-word person after a kind-of-organisation word is the organisation's name
    (`команды Феррари`), and so is an untagged run of Latin words (`телеканала World Fashion Channel`)."""
    kinds = section("kinds")
    out = []
    for i, j, kind in mentions:
        if kind == "PER" and j - i == 1 and i > 0 and low(tokens[i - 1]) in kinds:
            kind = "ORG"
        out.append([i, j, kind])
    for k in range(len(tokens) - 1):
        if low(tokens[k]) not in kinds or not _latin(tokens[k + 1]) or _overlaps(out, k + 1, k + 2):
            continue
        j = k + 1
        while j < len(tokens) and (_latin(tokens[j]) or low(tokens[j]) in FUNCTION_WORDS and j + 1 < len(tokens)
                                   and _latin(tokens[j + 1])) and not _overlaps(out, j, j + 1):
            j += 1
        out.append([k + 1, j, "ORG"])
    return out


def lower_case_body(toks: List[str]) -> bool:
    """A mention in lower case that names a body (`министерства сельского хозяйства`)."""
    return any(low(t) in section("ministries") for t in toks)


def _latin(word: str) -> bool:
    return word[:1].isupper() and word[:1].isascii() and word[:1].isalpha()


def bodies(tokens: List[str], mentions: List[Mention], present: Optional[set] = None) -> List[Mention]:
    """Untagged bodies named by a capitalised adjective and a head noun (`Хмельницкой атомной
    электростанции`), and ministries named in lower case (`российском министерстве финансов`).
    `present`: the sentence's words in lower case, when the caller has them."""
    heads = section("facilities")
    present = present if present is not None else set(map(str.lower, tokens))
    # the tagger may have taken the whole name for a place (`Карагандинского областного маслихата`)
    out = [[i, j, "ORG"] if kind == "LOC" and j - i > 1 and tokens[j - 1].islower() and low(tokens[j - 1]) in heads
           and relational(tokens[i]) else m for m in mentions for i, j, kind in (m,)]
    for k in (range(len(tokens)) if not heads.isdisjoint(present) else ()):
        w = tokens[k]
        # the tagger may have taken the adjectives for a place (`Жамбылский областной` + `суд`)
        place = next((m for m in out if m[0] == k and m[2] == "LOC"
                      and all(adjective(t) for t in tokens[m[0]:m[1]])), None)
        if not w[:1].isupper() or not w[1:].islower() or not relational(w) or _overlaps(out, k, k + 1) and not place:
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].islower() and low(tokens[j]) not in heads and adjective(tokens[j]) \
                and agree(tokens[j], tokens[j + 1] if j + 1 < len(tokens) else ""):
            j += 1
        if j < len(tokens) and low(tokens[j]) in heads and tokens[j].islower() and agree(w, tokens[j]) \
                and morph.cyr_has(tokens[j], "sing") and (place is None or place[1] <= j) \
                and not _overlaps([m for m in out if m is not place], k, j + 1):
            out = [m for m in out if m is not place] + [[k, j + 1, "ORG"]]
    if not section("ministries").isdisjoint(present):
        out = _ministries(tokens, out)
    return _capitalised_heads(tokens, out) if not _capital_heads().isdisjoint(present) else out


@lru_cache(maxsize=None)
def _capital_heads() -> frozenset:
    return section("heads") | section("ministries")


def _capitalised_heads(tokens: List[str], mentions: List[Mention]) -> List[Mention]:
    """`Агентства по делам государственной службы`, `Комитета Республики Казахстан по …`: a
    capitalised head noun inside a sentence, with what it is for, names a body the tagger missed."""
    heads = _capital_heads()
    out = list(mentions)
    for k in range(1, len(tokens) - 2):
        w = tokens[k]
        if not w[:1].isupper() or not w[1:].islower() or low(w) not in heads or _overlaps(out, k, k + 1) \
                or tokens[k - 1] in ".!?«\"":
            continue
        j = k + 1
        # the state it belongs to may stand between (`Республики Казахстан`, `РК`)
        if j + 1 < len(tokens) and low(tokens[j]) in ("республики", "рк", "рф"):
            j += 2 if low(tokens[j]) == "республики" else 1
        if j < len(tokens) and tokens[j] in ner_tails.PREP_CASE:
            out = [m for m in out if not (k < m[0] < j)] + [[k, k + 1, "ORG"]]
    return ner_tails.org_tails(tokens, out)


def _plants(tokens: List[str], mentions: List[Mention]) -> List[Mention]:
    """`Нижне-Зейской ГЭС`, `Экибастузской ГРЭС-1`: a place adjective and a plant's abbreviation."""
    plants = plant_words()
    out = list(mentions)
    for k in range(1, len(tokens)):
        w, adj = tokens[k], tokens[k - 1]
        parts = adj.split("-")
        if low(w.split("-", 1)[0]) not in plants or not w[:1].isupper() \
                or not all(p[:1].isupper() and p[1:].islower() for p in parts) or not relational(parts[-1]) \
                or not morph.cyr_has(parts[-1], "sing"):
            continue                            # not `Российские АЭС`: no one plant
        out = [m for m in out if not (m[0] < k + 1 and k - 1 < m[1])] + [[k - 1, k + 1, "ORG"]]
    return out


def _ministries(tokens: List[str], mentions: List[Mention]) -> List[Mention]:
    ministries = section("ministries")
    out = list(mentions)
    for k, w in enumerate(tokens):
        if low(w) not in ministries or not w.islower() or _overlaps(out, k, k + 1) or not morph.cyr_has(w, "sing"):
            continue
        i = k
        while i > 0 and tokens[i - 1].islower() and relational(tokens[i - 1]) and agree(tokens[i - 1], w):
            i -= 1
        country = i < k and _country(tokens[i])
        # a ministry says what it governs; an agency (`ведомство`) needs its country
        end = _genitive_phrase(tokens, k + 1) if low(w).startswith("министерств") else None
        if (country or end) and not _overlaps(out, i, end or k + 1):
            out.append([i, end or k + 1, "ORG"])
    return out


def _country(word: str) -> bool:
    """`российском`, `японского`, `немецкого`: a country's (or a city's) adjective, not a `-ческий` one."""
    return any(p.normal_form.endswith(("ский", "цкий")) and not p.normal_form.endswith("ческий")
               for p in morph.cyr_parses(word) if p.tag.POS == "ADJF")


def _genitive_phrase(tokens: List[str], k: int) -> Optional[int]:
    """End of a lower-case genitive noun phrase from k (`иностранных дел`, `сельского хозяйства
    и пищевой промышленности`, `строительства и жилищно-коммунального хозяйства`, `строительства
    и ЖКХ`), or None."""
    end = None
    while k < len(tokens):
        j = k
        while j < len(tokens) and tokens[j].islower() and _relational_gent(tokens[j]):
            j += 1
        if end is not None and j == k < len(tokens) and _ABBREVIATION.fullmatch(tokens[j]):
            return j + 1                            # `строительства и ЖКХ`
        if not (j < len(tokens) and tokens[j].islower() and tokens[j].isalpha()
                and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in morph.cyr_parses(tokens[j]))):
            break
        end = j + 1
        if end + 1 < len(tokens) and tokens[end] == "и" and (tokens[end + 1].islower()
                                                              or _ABBREVIATION.fullmatch(tokens[end + 1])):
            k = end + 1
            continue
        break
    return end


_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,5}")


def _relational_gent(word: str) -> bool:
    """A relational adjective in the genitive, a compound one by its last part (`жилищно-коммунального`)."""
    last = word.rsplit("-", 1)[-1]
    return bool(last) and relational(last) and morph.cyr_has(last, "gent")


@lru_cache(maxsize=None)
def plant_words() -> frozenset:
    """Plants' abbreviations (`ГЭС`, `ТЭЦ`, `НПЗ`): a name with a place adjective, no name alone."""
    return section("facility_abbreviations")


@lru_cache(maxsize=None)
def _body_words() -> frozenset:
    return section("facilities") | section("ministries") | section("heads")


def ending_names(tokens: List[str], mentions: List[Mention]) -> List[Mention]:
    """`по данным Саратовстата`: a word with a body's ending is an organisation, whatever the tagger said."""
    rx = name_ending()
    for k, t in enumerate(tokens):
        if rx.fullmatch(t):
            mentions = [m for m in mentions if not (m[0] <= k < m[1])] + [[k, k + 1, "ORG"]]
    return mentions


def apply(tokens: List[str], mentions: List[Mention]) -> List[Mention]:
    # each rule runs only on a sentence that holds one of its words (most hold none)
    present = set(map(str.lower, tokens))      # the sections hold the forms with ё and with е
    if name_ending().search(" ".join(tokens)):
        mentions = ending_names(tokens, mentions)
    if not section("kinds").isdisjoint(present):
        mentions = kind_names(tokens, mentions)
    if not _body_words().isdisjoint(present):
        mentions = bodies(tokens, mentions, present)
    if any(low(w.split("-", 1)[0]) in plant_words() for w in tokens if w[:1].isupper()):
        mentions = _plants(tokens, mentions)
    if "им" in present or "имени" in present:
        mentions = ner_tails.named_after(tokens, mentions)
    if any(m[2] == "ORG" for m in mentions):
        mentions = ner_tails.body_tails(tokens, mentions)
    if "(" in present and mentions:
        mentions = aliases(tokens, mentions)
    return ner_tails.state_and_parts(tokens, mentions) if len(mentions) > 1 else mentions
