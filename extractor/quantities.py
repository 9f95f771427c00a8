"""Quantities: every figure of a news text as a normalised `Quantity`.

A small grammar over the tokens of one sentence, read left to right:

    [qualifier] [на|в|от] NUMBER [(-|до) NUMBER] [scale] [с лишним] UNIT

NUMBER is digits (`1 250 000`, `112,4`, `13-ю`) or numeral words
(`двух тысяч`); UNIT is a currency, a measure, `%`, `раз`, or else the
counted noun (adjectives in between belong to the span). A number with no
unit takes it from its neighbours (`50 и 30 метров`, `26 депутатов из 30`).
The units, qualifiers and stop words are data in `lexicons/units.json` and
`lexicons/quantity-words.json`; morphology comes from pymorphy3 through
`morph.py`, asked only about the words next to a number.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from . import lexicons, morph
from .document import Doc
from .numbers import DIGITS, Word, parse_digits, word, words_value
from .schema import Quantity

# ---------------------------------------------------------------- tokens

# a number in digits may carry a case ending (`13-ю`, `24-х`) or an
# adjectival measure (`1600-километрового`); letters glued to it (`HTML5`,
# `5G`) make it a code, read as one junk token
_TOKEN_RE = re.compile(
    r"(?P<num>(?<![\w.,])(?:%s)(?![.,]?\d)(?:-(?P<suf>[а-яёА-ЯЁ]+))?)(?![^\W_])"
    r"|(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)"
    r"|(?P<junk>\w+)"
    r"|(?P<sym>\S)" % DIGITS)
_PHONE_RE = re.compile(r"\+\d{1,3}[ \u00a0-]?\(?\d{3,5}\)?[ \u00a0-]?\d{2,3}[ \u00a0-]?\d{2}[ \u00a0-]?\d{2}(?!\d)"
                       r"|\d[ \u00a0]?\(\d{3,5}\)[ \u00a0]?\d{2,3}-?\d{2}-?\d{2}(?!\d)")
_NON_DIGIT = re.compile(r"\D")
_CLOCK_RE = re.compile(r"0\d[.,:]\d\d|(?:[01]?\d|2[0-3])[.:][0-5]\d")
_YEAR_RE = re.compile(r"1[6-9]\d\d|20\d\d")
_CODE_AFTER_RE = re.compile(r"[:.]\d|[-/]\d\d[-/]|\s?\(\d|\s?[=×]")     # 2:1, 19:30, 23-45-67, = 5
_LIST_AFTER_RE = re.compile(r"\.\s+[А-ЯЁA-Z]")                          # `1. Михаил`
_LIST_BEFORE_RE = re.compile(r"(?:^|[.;:)]|\n)\s*$")
_PHONE_CODE_RE = re.compile(r"\d{3,5}\)")
_FIGURE_SIGN_RE = re.compile(r"[\d$€₽₸£]")
_DASHES = {"-", "–", "—", "‒", "−"}
_MAX_DIGITS = 18          # longer digit runs are not figures (and overflow floats)


@dataclass(slots=True)
class Tok:
    start: int
    stop: int
    text: str
    kind: str             # num, word, junk, sym
    suffix: str = ""      # the case ending or adjective after `-`
    low: str = ""         # lowercase, ё as е

    def __post_init__(self):
        self.low = self.text.lower().replace("ё", "е")


def tokenize(text: str, start: int, stop: int) -> List[Tok]:
    out = []
    for m in _TOKEN_RE.finditer(text, start, stop):
        kind = m.lastgroup if m.lastgroup != "suf" else "num"
        if m.group("num"):
            kind = "num"
        out.append(Tok(m.start(), m.end(), m.group(), kind, (m.group("suf") or "").lower()))
    return out


# ---------------------------------------------------------------- lexicons

@dataclass
class Lex:
    seqs: Dict[str, list]                 # first element → [(elements, code)], longest first
    kinds: Dict[str, str]                 # code → kind
    prefix: Dict[str, str]                # symbol before the number → code
    context: Dict[str, Dict[str, str]]    # code → {stem: other code}
    adjectives: Dict[str, str]            # adjectival measure lemma → code
    qualifiers: Dict[str, list]           # last word → [(words, qualifier)], longest first
    after: list
    words: dict
    forms: Dict[str, frozenset]           # word form → lexicon lemmas


@lru_cache(maxsize=1)
def lex() -> Lex:
    units = lexicons.table("units.json")
    qw = lexicons.table("quantity-words.json")
    seqs: Dict[str, list] = {}
    kinds, prefix, context = {}, {}, {}
    for code, entry in units["units"].items():
        kinds[code] = entry["kind"]
        for s in entry["seqs"]:
            elems = tuple(s.lower().split())
            seqs.setdefault(elems[0], []).append((elems, code))
        for p in entry.get("prefix", ()):
            prefix[p] = code
        if "context" in entry:
            context[code] = entry["context"]
    for v in seqs.values():
        v.sort(key=lambda e: -len(e[0]))
    quals: Dict[str, list] = {}                     # by the phrase's last word
    for q, ps in qw["qualifiers"].items():
        for p in ps:
            words = tuple(p.split())
            quals.setdefault(words[-1], []).append((words, q))
    for v in quals.values():
        v.sort(key=lambda e: -len(e[0]))
    after = [(tuple(p.split()), q) for q, ps in qw["qualifiers_after"].items() for p in ps]
    words = {k: frozenset(v) for k, v in qw.items() if isinstance(v, list)}
    words["not_counted"] = words["not_counted"] | words["time_nouns"]
    words["count_abbreviations"] = qw["count_abbreviations"]
    lemmas = {e for v in seqs.values() for elems, _ in v for e in elems}
    lemmas |= {w for k in ("not_counted", "code_words", "change_words", "title_nouns", "count_heads",
                           "subject_nouns", "position_nouns") for w in words[k]}
    return Lex(seqs, kinds, prefix, context, units["adjectives"], quals, after, words, _lexicon_forms(lemmas))


def _lemmas(t: Tok) -> frozenset:
    """The lexicon lemmas a word can be a form of (`долларов` → {`доллар`}): a dictionary look-up,
    the forms having been generated once from pymorphy3's lexemes."""
    if t.kind != "word":
        return frozenset()
    return lex().forms.get(t.low, frozenset())


def _lexicon_forms(lemmas) -> Dict[str, frozenset]:
    """Every inflected form of every lexicon word → the lexicon lemmas it belongs to."""
    out: Dict[str, set] = {}
    analyzer = morph.analyzer()
    for lemma in lemmas:
        out.setdefault(lemma, set()).add(lemma)
        if not re.fullmatch(r"[а-яё-]+", lemma):
            continue
        for p in analyzer.parse(lemma):
            if p.normal_form.replace("ё", "е") != lemma:
                continue
            for f in p.lexeme:
                out.setdefault(f.word.replace("ё", "е"), set()).add(lemma)
    return {k: frozenset(v) for k, v in out.items()}


def _keys(t: Tok) -> set:
    """What a lexicon element may match in a token: its surface and its lemmas."""
    return {t.low} | _lemmas(t)


# ---------------------------------------------------------------- the parse

@dataclass
class Num:
    i: int                # first token
    j: int                # one past the last token
    value: float
    scaled: bool = False  # a scale word was read (`млн`)
    words: bool = False   # written in words
    first: Optional[Word] = None   # the first numeral word, when in words
    scale: float = 1.0    # the scale word's value (`млн` → 1e6), 1 without one


@dataclass
class Found:
    i: int
    j: int
    kind: str
    value: float
    value_max: Optional[float] = None
    unit: Optional[str] = None        # None: elided, taken from a neighbour
    unit_text: Optional[str] = None
    qualifier: Optional[str] = None
    subject: Optional[str] = None
    bare: bool = False
    scale: float = 1.0


@dataclass
class Sent:
    text: str             # the whole document text (offsets are absolute)
    toks: List[Tok]
    start: int
    stop: int
    stems: frozenset = frozenset()        # the context stems the document contains
    quoted: List[Tuple[int, int]] = field(default_factory=list)


def _scale(t: Tok) -> Optional[float]:
    if t.kind != "word":
        return None
    w = word(t.text)
    return w.value if w and w.kind == "scale" else None


def _after_dot(s: Sent, k: int) -> int:
    """Skip the abbreviation dot right after token k-1 (`тыс.`, `руб.`), unless it ends the
    sentence: it is the last token, or a capitalised word follows a word whose abbreviation takes
    no dot (razdel keeps `ГВт·ч. Далее` together; `долл. США` and `п.п. Далее` keep theirs)."""
    toks = s.toks
    if not (k < len(toks) - 1 and toks[k].text == "." and toks[k].start == toks[k - 1].stop):
        return k
    nxt = toks[k + 1]
    if nxt.text[:1].isupper() and nxt.start > toks[k].stop and toks[k - 1].low not in lex().words["dot_abbreviations"]:
        return k
    return k + 1


def read_number(s: Sent, i: int) -> Optional[Num]:
    """The number starting at token i, scale word included: `188,2 млрд`, `двух тысяч`."""
    t = s.toks[i]
    if t.kind == "num":
        raw = t.text.split("-")[0]
        if len(raw) > _MAX_DIGITS and len(_NON_DIGIT.sub("", raw)) > _MAX_DIGITS:
            return None
        v = parse_digits(raw)
        if v is None or not math.isfinite(v):
            return None
        n = Num(i, i + 1, v)
        if not t.suffix and i + 1 < len(s.toks):
            sc = _scale(s.toks[i + 1])
            if sc:
                n.value, n.j, n.scaled, n.scale = _times(v, sc), i + 2, True, sc
                _compound(s, n)
        return n
    if t.kind == "word" and word(t.text):
        got = words_value(s.text[t.start:min(t.stop + 120, s.stop)])
        if got is None:
            return None
        value, chars = got
        end = t.start + chars
        j = i
        while j < len(s.toks) and s.toks[j].stop <= end:
            j += 1
        scales = [_scale(x) for x in s.toks[i:j] if _scale(x)]
        return Num(i, j, value, bool(scales), True, word(t.text), scales[-1] if scales else 1.0)
    return None


def _compound(s: Sent, n: Num) -> None:
    """`1 млрд 200 млн`: a smaller scaled number right after a scaled one adds to it."""
    toks = s.toks
    k = n.j
    if k < len(toks) and toks[k].text == "." and toks[k].start == toks[k - 1].stop:
        k += 1
    if k + 1 < len(toks) and toks[k].kind == "num" and not toks[k].suffix:
        sc = _scale(toks[k + 1])
        v = parse_digits(toks[k].text)
        if sc and v is not None and sc < n.scale and v * sc < n.scale:
            n.value, n.j, n.scale = n.value + _times(v, sc), k + 2, sc


def _times(v: float, scale: float) -> float:
    """`17,1 трлн` → 17100000000000.0 exactly, not 17100000000000.002."""
    return float(Decimal(repr(v)) * Decimal(repr(scale)))


def read_bare_scale(s: Sent, i: int) -> Optional[Num]:
    """`триллиона`, `десятка` alone: one of it, when the form is singular (`тысячи` may be plural)."""
    t = s.toks[i]
    if t.kind != "word":
        return None
    w = word(t.text)
    if not w or w.kind not in ("scale", "tens_noun") or len(t.text) <= 4:
        return None                          # `млрд` alone is no figure; `миллиарда` is one
    ps = morph.parses(t.text)
    if not ps or _plural_numeral(t) and not _after_qualifier(s, i):
        return None                          # `тысячи людей` is vague; `около тысячи` is 1000
    return Num(i, i + 1, w.value, w.kind == "scale", True, w, w.value if w.kind == "scale" else 1.0)


def _plural_numeral(t: Tok) -> bool:
    return any("plur" in p.tag for p in morph.parses(t.text) if p.normal_form in _NUMERAL_NOUNS)


def _after_qualifier(s: Sent, i: int) -> bool:
    return _before(s, i) in lex().qualifiers or _before(s, i) == "до"


_NUMERAL_NOUNS = {"тысяча", "миллион", "миллиард", "триллион", "десяток", "дюжина", "сотня"}


def match_unit(s: Sent, k: int) -> Optional[Tuple[str, int]]:
    """The unit written at token k: (code, token after it)."""
    if k >= len(s.toks):
        return None
    L = lex()
    best = None
    for key in sorted(_keys(s.toks[k])):
        for elems, code in L.seqs.get(key, ()):
            end = _match_seq(s, k, elems)
            # the longest reading wins: `кипрских фунтов` over `фунтов`
            if end is not None and (best is None or (end, len(elems)) > (best[1], best[2])):
                best = (code, end, len(elems))
    return best[:2] if best else None


def _match_seq(s: Sent, k: int, elems) -> Optional[int]:
    for n, e in enumerate(elems):
        if k >= len(s.toks):
            return None
        t = s.toks[k]
        if n and t.start - s.toks[k - 1].stop > 1:
            return None
        if e != t.low and e not in _lemmas(t):
            return None
        k = _after_dot(s, k + 1) if t.kind == "word" and len(t.text) <= 5 and n < len(elems) - 1 else k + 1
    if s.toks[k - 1].kind == "word" and len(s.toks[k - 1].text) <= 4:
        k = _after_dot(s, k)
    return k


def _context_code(s: Sent, code: str) -> str:
    """A bare `фунт`, `манат` takes its country from the document (`кипр…`, `туркмен…`)."""
    for stem, other in lex().context.get(code, {}).items():
        if stem in s.stems:
            return other
    return code


def count_noun(s: Sent, k: int, n: Num):
    """The counted noun after a number: (lemma, token after it), adjectives in between kept;
    False when a noun follows that the number does not govern (`2008 граждане`), else None.

    `86 объектов`, `семи немецких городах`, `двое погибших` (an adjective used as a noun).
    """
    adjs = []
    for m in range(k, min(k + 4, len(s.toks))):
        t = s.toks[m]
        if t.kind != "word" or (t.text[0].isupper() and (m > k or s.toks[n.i].kind == "num") and _proper(t.text)):
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
            p = _governed(ps, n, "NOUN")
            return (_lemma(p), m + 1) if p is not None else False
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
        return _lemma(p), m + 1
    if _substantive(ps):
        return _adj_lemma(p), m + 1
    return ELIDED, m + 1                     # `9 тыс. постоянных` (рабочих мест): the noun is elided


ELIDED = ""


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


def _lemma(p) -> str:
    return p.normal_form.replace("ё", "е")


def _proper(w: str) -> bool:
    return any(g in p.tag for p in morph.parses(w)[:2] for g in ("Name", "Surn", "Geox", "Orgn", "Trad", "Abbr"))


def _named(w: str) -> bool:
    return any(g in p.tag for p in morph.parses(w)[:2] for g in ("Name", "Surn", "Geox", "Orgn", "Trad"))


def _adj_lemma(p) -> str:
    if "ADJF" in p.tag:
        return p.normal_form.replace("ё", "е")
    f = p.inflect({"masc", "sing", "nomn"})
    return (f.word if f else p.normal_form).replace("ё", "е")


# ---------------------------------------------------------------- one figure

def parse_at(s: Sent, i: int) -> Optional[Found]:
    """The figure whose number starts at token i (or a currency sign before it), or None."""
    t = s.toks[i]
    L = lex()
    if t.kind == "sym" and t.text in L.prefix and i + 1 < len(s.toks) and s.toks[i + 1].kind == "num":
        n = read_number(s, i + 1)                       # `$5 млн`
        if n and not _not_a_figure(s, n):
            f = Found(i, n.j, "money", n.value, unit=L.prefix[t.text])
            f.j = _read_range(s, n, f).j
            return _finish(s, f)
    if t.kind == "word" and t.low in _multipliers():   # `вдвое`
        return _finish(s, Found(i, i + 1, "ratio", _multipliers()[t.low], unit="times"))
    n = read_number(s, i) or read_bare_scale(s, i)
    if n is None or _not_a_figure(s, n):
        return None
    return read_tail(s, n)


@lru_cache(maxsize=1)
def _multipliers() -> Dict[str, float]:
    return lexicons.table("numerals.json")["multipliers"]


def read_tail(s: Sent, n: Num) -> Optional[Found]:
    """After the number: a range end, `с лишним`, the scale, the unit or counted noun."""
    toks = s.toks
    t = toks[n.i]
    if t.kind == "word" and (t.low in lex().words["pronoun_numerals"] or _vague(s, n)):
        return None
    f = Found(n.i, n.j, "count", n.value, scale=n.scale)
    n = _read_range(s, n, f)
    k = n.j
    for words, q in lex().after:
        end = _match_words(toks, k, words)
        if end:
            f.qualifier, k = q, end
            break
    if n.scaled:
        k = _after_dot(s, k)                 # `тыс. тонн`, `млн. евро`, `тыс. МВт`, `210 тыс. –`
    if t.kind == "num" and t.suffix:         # `1600-километрового`, `13-ю`, `1-й`
        code = _suffix_unit(t.suffix)
        if code:
            f.unit, f.kind = code, lex().kinds[code]
            return _finish(s, f)
        if not _suffix_cardinal(t.suffix):
            return None
    got = match_unit(s, k)
    if got:
        code, end = got
        if code == "times" and _before(s, f.i) != "в":
            f.kind, f.unit = "count", "раз"  # a frequency: `около 10 раз`
        else:
            f.kind, f.unit = lex().kinds[code], _context_code(s, code)
        f.j = end
        return _finish(s, f)
    if n.value == 1 and k < len(toks) and toks[k].low == "из":
        return None                          # `1 из них`: one of them, not a count
    abbr = lex().words["count_abbreviations"].get(toks[k].low) if k < len(toks) else None
    if abbr:                                 # `5 тыс. чел.`, `200 шт.`
        f.unit, f.j = abbr, _after_dot(s, k + 1)
        return _finish(s, f)
    if n.first is not None and n.first.value == 1 and not n.scaled and not _one_counts(s, n):
        return None
    got = count_noun(s, k, n)
    if got is False:
        return None
    if got:
        lemma, end = got
        if lemma in lex().words["not_counted"]:
            return None
        if lemma == ELIDED:
            f.j, f.bare = end, True
        else:
            f.unit, f.j = lemma, end
        return _finish(s, f)
    if _not_counted_next(s, k) or t.kind == "num" and t.suffix:
        return None
    if n.first is not None and (n.first.value == 1 and not n.scaled or n.first.kind in ("scale", "tens_noun")):
        return None
    if t.kind == "word" and morph.parses(t.text)[0].tag.POS != "NUMR":
        return None                          # `семью` is a family before it is seven
    if _clock(s, n) or _looks_like_year(s, n) or not _ends_figure(s, k):
        return None
    f.j, f.bare = k, True
    return _finish(s, f)


def _ends_figure(s: Sent, k: int) -> bool:
    """Whether a number can stand alone before token k (its unit elided): punctuation, the end,
    or a function word or verb, but not an unknown word or abbreviation (`12,5 ц/га`)."""
    if k >= len(s.toks) or s.toks[k].kind == "sym":
        return k >= len(s.toks) or s.toks[k].text not in ("/", "*", "·", "°", "'", "’")
    t = s.toks[k]
    if t.kind != "word":
        return False
    p = morph.parses(t.text)[0]
    return p.tag.POS in ("PREP", "CONJ", "PRCL", "VERB", "INFN", "ADVB", "PRTS", "COMP", "PRED", "GRND", "NPRO") \
        and "Abbr" not in p.tag


def _read_range(s: Sent, n: Num, f: Found) -> Num:
    """`3–5`, `1,2—2 млрд`, `от 100 до 200 млн`: the upper end, its scale shared."""
    toks, k = s.toks, n.j
    if n.scaled:
        k = _after_dot(s, k)                 # `от 350 тыс. до 2 млн`
    if k + 1 >= len(toks):
        return n
    if not (toks[k].text in _DASHES or toks[k].low == "до" and _before(s, n.i) == "от"):
        return n
    if (toks[n.i].kind == "word") != (toks[k + 1].kind == "word"):
        return n
    n2 = read_number(s, k + 1)
    if n2 is None or toks[k + 1].kind == "num" and toks[k + 1].suffix and not _suffix_cardinal(toks[k + 1].suffix):
        return n
    lo = n.value if n.scaled else _times(n.value, n2.scale)
    if not lo < n2.value:
        return n
    f.value, f.value_max = lo, n2.value
    return Num(n.i, n2.j, lo, n.scaled or n2.scaled, n.words, n.first, n2.scale)


def _vague(s: Sent, n: Num) -> bool:
    """`несколько сот`, `десятки`, `сотни тысяч`: vague amounts."""
    t = s.toks[n.i]
    if n.first is not None and n.first.kind in ("tens_noun", "scale") and _plural_numeral(t) \
            and not _after_qualifier(s, n.i):
        return True
    return _before(s, n.i) in lex().words["vague_before"]


def _not_counted_next(s: Sent, k: int) -> bool:
    """`7 месяцев`, `20 и 21 марта`, `с 13 по 14 апреля`: the noun makes it a date's."""
    toks = s.toks
    for _ in range(8):                       # along a list: `18, 23 и 26 января`
        if k < len(toks) and toks[k].kind == "word" and _lemmas(toks[k]) & lex().words["not_counted"]:
            return True
        if not (k + 1 < len(toks) and toks[k].low in lex().words["connectors"]):
            return False
        n2 = read_number(s, k + 1)
        if n2 is None:
            return False
        k = n2.j
    return False


def _clock(s: Sent, n: Num) -> bool:
    t = s.toks[n.i]
    return t.kind == "num" and _CLOCK_RE.fullmatch(t.text) is not None


def _looks_like_year(s: Sent, n: Num) -> bool:
    t = s.toks[n.i]
    return t.kind == "num" and n.j - n.i == 1 and _YEAR_RE.fullmatch(t.text) is not None


def _match_words(toks, k, words) -> Optional[int]:
    for w in words:
        if k >= len(toks) or toks[k].low != w:
            return None
        k += 1
    return k


def _before(s: Sent, i: int) -> str:
    return s.toks[i - 1].low if i > 0 else ""


_ORDINAL_SUFFIXES = {"й", "го", "му", "м", "ой", "ый", "ий", "я", "е", "ая", "ое", "ые", "ом", "ым", "ей", "ого", "ому", "ых"}
_CARDINAL_SUFFIXES = {"ю", "х", "и", "ти", "ми", "мя", "ью", "ух", "ех", "ем", "ухи", "ум", "ям", "ями", "ти", "ни"}


def _suffix_cardinal(suf: str) -> bool:
    return suf in _CARDINAL_SUFFIXES


def _suffix_unit(suf: str) -> Optional[str]:
    if len(suf) < 4:
        return None
    for p in morph.parses(suf):
        code = lex().adjectives.get(p.normal_form.replace("ё", "е"))
        if code:
            return code
    return None


def _one_counts(s: Sent, n: Num) -> bool:
    """`один` counts (`только один корабль`, `одну велопарковку`) where its noun is in the
    nominative or accusative; not as an article or pronoun (`один из них`, `одним судном`)."""
    nxt = s.toks[n.j].low if n.j < len(s.toks) else ""
    if nxt in ("из", "и", "или", "же", "такой", "другой", "раз", "только") or _before(s, n.i) in ("ни", "еще", "ещё"):
        return False
    return any(p.tag.case in ("nomn", "accs") and p.tag.POS == "NUMR" or p.tag.case in ("nomn", "accs") and
               p.tag.POS == "ADJF" for p in morph.parses(s.toks[n.i].text)[:2])


def _not_a_figure(s: Sent, n: Num) -> bool:
    """Codes, list numbers, phone numbers, clock times, scores, figures in titles."""
    toks, t, text = s.toks, s.toks[n.i], s.text
    if t.kind == "num":
        prev = text[t.start - 1] if t.start > 0 else ""
        prev2 = text[t.start - 2] if t.start > 1 else ""
        if prev and prev in "-/№#:" and (prev2.isalnum() or prev in "№#:"):
            return True                      # COVID-19, Т-34, №5
        if _PHONE_RE.match(text, max(0, t.start - 1)) or _PHONE_RE.match(text, t.start):
            return True                      # +7 701 123 45 67, 8 (727) 244-55-66
        after = text[t.stop:t.stop + 4]
        if _CODE_AFTER_RE.match(after) or prev in "=×" and prev:
            return True                      # 2:1, 19:30, 23-45-67, +6 – 0 = 5
        if n.j == n.i + 1 and len(t.text) <= 2 and _LIST_AFTER_RE.match(after) \
                and _LIST_BEFORE_RE.search(text[max(0, t.start - 20):t.start]):
            return True                      # `1. Михаил`: list numbering
        if prev == "(" and _PHONE_CODE_RE.match(text, t.start):
            return True                      # phone code
    if n.i > 0 and toks[n.i - 1].kind == "word" and "a" <= toks[n.i - 1].low[0] <= "z" \
            and toks[n.i - 1].low not in lex().prefix:
        return True                          # Boeing 737, iPhone 15, Windows 11
    if n.i > 0:
        p = toks[n.i - 1] if toks[n.i - 1].text != "." or n.i < 2 else toks[n.i - 2]
        if p.low in lex().words["code_words"] or _lemmas(p) & lex().words["code_words"]:
            return True                      # статья 105, ст. 105
    k = bisect.bisect_right(s.quoted, (t.start, math.inf)) - 1
    return k >= 0 and s.quoted[k][0] <= t.start < s.quoted[k][1]


def _finish(s: Sent, f: Found) -> Found:
    """Before the number: the qualifier, and the prepositions a span keeps:
    the `на` of a change, the `в` of a ratio, the `от` of a range; and the subject."""
    toks = s.toks
    i = f.i
    prep = _before(s, i)
    if prep == "в" and f.kind == "ratio" or prep == "от" and f.value_max is not None \
            or prep == "на" and _change_on(s, f):
        i -= 1
    q, qi = _qualifier_before(s, i)
    if q == "until":
        if not _change_before(s, qi):
            f.qualifier, i = "lte", qi
    elif q:
        f.qualifier, i = f.qualifier or q, qi
    f.i = i
    signed = f.unit == "°C" or f.kind in ("percent", "pp")
    if signed and i > 0 and (toks[i - 1].text in ("+", "-", "−") and toks[i - 1].stop == toks[i].start
                             and (i < 2 or toks[i - 2].stop < toks[i - 1].start)
                             or f.unit == "°C" and toks[i - 1].low in ("минус", "плюс")):
        f.i = i - 1                          # `+30 °C`, `минус 5 градусов`, `-0,5%`: the sign is the figure's
        if toks[i - 1].low not in ("+", "плюс"):
            f.value = -f.value
            if f.value_max is not None:
                f.value, f.value_max = -f.value_max, f.value
    return f


def _qualifier_before(s: Sent, i: int) -> Tuple[Optional[str], int]:
    """The qualifier phrase ending right before token i, commas skipped: (qualifier, its first token).
    `до` comes back as `until`: it is `lte` only when it does not end a change."""
    toks = s.toks
    if _before(s, i) == "до":
        return ("lte", i - 2) if _before(s, i - 1) == "вплоть" else ("until", i - 1)
    k = i - 1
    while k >= 0 and toks[k].text == ",":
        k -= 1
    if k < 0 or toks[k].low not in lex().qualifiers and toks[k].low not in ("на", "в"):
        return None, i
    idx = []
    while k >= 0 and len(idx) < 4:
        if toks[k].text == ",":
            k -= 1
            continue
        if toks[k].kind != "word":
            break
        idx.append(k)
        k -= 1
    words = [toks[x].low for x in idx]       # nearest first
    # `более, чем на 3600 км`, `более чем в 2 раза`
    skip = 1 if len(words) > 1 and words[0] in ("на", "в") and words[1] == "чем" else 0
    for phrase, q in lex().qualifiers.get(words[skip] if len(words) > skip else "", ()):
        cand = words[skip:skip + len(phrase)]
        if tuple(reversed(cand)) == phrase:
            return q, idx[skip + len(phrase) - 1]
    return None, i


def _change_before(s: Sent, k: int) -> bool:
    """Whether a change precedes token k (`выросли на 16% до …`, `с 114 миллиардов до …`)."""
    toks = s.toks
    words = lex().words["change_words"]
    for m in range(max(0, k - 10), k):
        t = toks[m]
        if t.kind != "word":
            continue
        if t.low == "с" and m + 1 < k and toks[m + 1].kind in ("num", "word") and read_number(s, m + 1):
            return True
        if _lemmas(t) & words:
            return True
    return False


def _change_on(s: Sent, f: Found) -> bool:
    """Whether the `на` before a figure is the `на` of a change (`выросли на 11%`, `на 9 больше`)."""
    if f.kind in ("percent", "pp"):
        return True
    nxt = s.toks[f.j].low if f.j < len(s.toks) else ""
    if nxt in lex().words["comparatives"]:
        return True
    return f.kind != "count" and _change_before(s, f.i - 1)


# ---------------------------------------------------------------- subject

def subject(s: Sent, f: Found) -> Optional[str]:
    """What a figure measures, as a nominative phrase: the subject of `составил`/`достиг`
    before it, a `мощностью`-like noun right before it, or a genitive noun right after it."""
    if f.kind == "count":
        return None
    return _subject_of_verb(s, f.i) or _measure_noun(s, f.i) or _amount_of(s, f.i) or _genitive_after(s, f.j)


def _shared_subject(s: Sent, prev: Optional[Found], f: Found) -> Optional[str]:
    """`Производство выросло на 4,5% и составило 88,7 млрд кВт·ч`: a second verb joined by `и`
    shares the subject of the figure before it."""
    if prev is None or f.kind == "count" or not 1 < f.i - prev.j <= 3 or s.toks[prev.j].low != "и":
        return None
    return prev.subject if _measuring_verb(s.toks[f.i - 1]) is not None else None


def _amount_of(s: Sent, i: int) -> Optional[str]:
    """`штраф в размере 500 млн долларов` → `штраф`."""
    toks = s.toks
    for phrase in lex().words["amount_phrases"]:
        words = phrase.split()
        k = i - len(words)
        if k > 0 and [t.low for t in toks[k:i]] == words and toks[k - 1].kind == "word":
            ps = morph.parses(toks[k - 1].text)
            if ps[0].tag.POS == "NOUN" and not _proper(toks[k - 1].text):
                f = ps[0].inflect({"nomn"})
                return (f.word if f else ps[0].normal_form).replace("ё", "е")
    return None


def _subject_of_verb(s: Sent, i: int) -> Optional[str]:
    toks = s.toks
    k = i - 1
    while k >= 0 and toks[k].low in lex().words["subject_skip"]:
        k -= 1
    if k > 0 and toks[k].text in ("—", "–") and toks[k - 1].kind == "word":
        verb = None                          # `Длина границы — 2 356 км`: the dash stands for the verb
    elif k < 0 or toks[k].kind != "word":
        return None
    else:
        verb = _measuring_verb(toks[k])
        if verb is None:
            return None
    m = k - 1
    while m >= max(0, k - 10):
        t = toks[m]
        if t.kind == "num":
            m -= 1
            continue
        if t.kind != "word":
            return None
        p = _nominative_noun(t, verb)
        if p is not None and not _after_preposition(s, m) and not _dependent(s, m, p):
            return _phrase(s, m, p)
        m -= 1
    return None


def _measuring_verb(t: Tok):
    """The parse of a verb whose subject is what the figure measures: `составил`, `достигнет`,
    an intransitive change (`выросли`), a passive (`сохранена`); not `правительство выделит`."""
    return _measuring_verb_parse(t.text)


@lru_cache(maxsize=50_000)
def _measuring_verb_parse(word: str):
    for p in morph.parses(word):
        if p.tag.POS not in ("VERB", "PRTS", "PRTF"):
            continue
        lemma = p.normal_form.replace("ё", "е")
        if lemma in lex().words["subject_verbs"] or p.tag.POS == "PRTS":
            return p
        if lemma in lex().words["change_words"] and (p.tag.POS == "PRTS" or "tran" not in p.tag):
            return p
    return None


def _dependent(s: Sent, m: int, p) -> bool:
    """A noun right after another noun (adjectives between allowed), and not nominative at first
    sight, is its genitive (`уровень газификации`, `объем промышленного производства`), not the subject."""
    k = m - 1
    while k > 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS in ("ADJF", "PRTF"):
        k -= 1
    prev = s.toks[k] if k >= 0 else None
    top = morph.parses(s.toks[m].text)[0].tag
    return prev is not None and prev.kind == "word" and morph.parses(prev.text)[0].tag.POS == "NOUN" \
        and (top.case != "nomn" or "Fixd" in top)


def _after_preposition(s: Sent, m: int) -> bool:
    k = m - 1
    while k >= 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS == "ADJF":
        k -= 1
    return k >= 0 and s.toks[k].kind == "word" and morph.parses(s.toks[k].text)[0].tag.POS == "PREP"


def _nominative_noun(t: Tok, verb=None):
    """A nominative parse of a noun that agrees with the verb in number (and gender, in the past)."""
    if verb is None:
        return _nominative_noun_of(t.text, None, None)
    return _nominative_noun_of(t.text, verb.tag.number, verb.tag.gender)


@lru_cache(maxsize=50_000)
def _nominative_noun_of(word: str, number: Optional[str], gender: Optional[str]):
    ps = morph.parses(word)
    if not ps or ps[0].tag.POS != "NOUN" or word[0].isupper() and _named(word):
        return None
    for p in ps:
        if p.tag.POS != "NOUN" or p.tag.case != "nomn" or any(g in p.tag for g in ("Name", "Surn", "Patr")):
            continue
        if _lemma(p) in lex().words["time_nouns"]:
            continue                         # `на 15 августа — 97,5 рубля`: a date is no subject
        if number and p.tag.number and number != p.tag.number:
            continue
        if gender and p.tag.gender and gender != p.tag.gender:
            continue
        return p
    return None


def _phrase(s: Sent, m: int, head) -> str:
    """The head noun with the agreeing adjectives before it and one genitive noun after it."""
    toks = s.toks
    words = [head.word]
    k = m - 1
    while k >= 0 and toks[k].kind == "word":
        if toks[k].low == "и" and len(words) > 1 and k > 0:
            k -= 1                           # `налоговые и иные обязательные платежи`
            words.insert(0, "и")
            continue
        ps = morph.parses(toks[k].text)
        adj = next((p for p in ps if p.tag.POS == "ADJF" and p.tag.case == "nomn"
                    and (p.tag.number == head.tag.number)), None)
        if adj is None or ps[0].tag.POS != "ADJF":
            break
        words.insert(0, adj.word)
        k -= 1
    if words[0] == "и":
        words.pop(0)
    # one genitive group after the head: `уровень газификации`, `индекс физического объема`
    k, tail = m + 1, []
    while k < len(toks) and toks[k].kind == "word" and len(tail) < 3:
        ps = morph.parses(toks[k].text)
        if ps[0].tag.case != "gent" or _proper(toks[k].text):
            break
        tail.append(toks[k].low)
        if ps[0].tag.POS == "NOUN":
            words += tail
            break
        if ps[0].tag.POS not in ("ADJF", "PRTF"):
            break
        k += 1
    return " ".join(words).lower().replace("ё", "е")


def _measure_noun(s: Sent, i: int) -> Optional[str]:
    """`электростанция мощностью 1 ГВт` → `мощность`."""
    if i == 0 or s.toks[i - 1].kind != "word":
        return None
    got = _lemmas(s.toks[i - 1]) & lex().words["subject_nouns"]
    return min(got).replace("ё", "е") if got else None


def _genitive_after(s: Sent, j: int) -> Optional[str]:
    """`188,2 млрд тенге инвестиций` → `инвестиции`, `6,5 ГВт новых мощностей` → `новые мощности`
    (nominative, number kept)."""
    adjs = []
    for k in range(j, min(j + 4, len(s.toks))):
        t = s.toks[k]
        if t.kind != "word" or t.text[0].isupper():
            return None
        p = morph.parses(t.text)[0]
        if p.tag.case != "gent" or p.tag.POS not in ("NOUN", "ADJF", "PRTF"):
            return None
        if p.tag.POS != "NOUN":
            adjs.append(t.text)
            continue
        return morph.nominative_group(adjs, t.text).replace("ё", "е")
    return None


# ---------------------------------------------------------------- sentences and documents

def _quoted_titles(s: Sent) -> List[Tuple[int, int]]:
    """«Quoted» titles and names, whose figures are not quantities: short quotes, and any quote
    right after a title word (`в статье «5 мыслей …»`). Direct speech keeps its figures."""
    out = []
    text = s.text
    starts = [t.start for t in s.toks]
    for m in re.finditer(r"«([^«»]{1,300})»|\"([^\"]{1,300})\"", text[s.start:s.stop]):
        a, b = s.start + m.start(), s.start + m.end()
        if not re.search(r"\d", m.group()) and not any(word(w) for w in re.findall(r"\w+", m.group())):
            continue                         # no figure inside: nothing to hide
        inner = m.group(1) or m.group(2) or ""
        k = bisect.bisect_left(starts, a)
        before = s.toks[max(0, k - 3):k]
        titled = any(_lemmas(t) & lex().words["title_nouns"] for t in before)
        if len(inner.split()) <= 6 or titled:
            out.append((a, b))
    return out


_WORD_RE = re.compile(r"[а-яё]+")


@lru_cache(maxsize=1)
def _figure_words() -> frozenset:
    """Every word form that may start a figure: numerals, scale words, `вдвое`."""
    from .numbers import word_forms
    return frozenset(word_forms()) | frozenset(_multipliers())


def _may_hold_figure(low: str) -> bool:
    """A cheap first look at a sentence (lowercased): digits, a currency sign or a numeral word."""
    if _FIGURE_SIGN_RE.search(low):
        return True
    return not _figure_words().isdisjoint(_WORD_RE.findall(low.replace("ё", "е")))


def _starts_figure(t: Tok) -> bool:
    if t.kind == "num":
        return True
    if t.kind == "sym":
        return t.text in lex().prefix
    return t.kind == "word" and t.low in _figure_words()


def _sentence_quantities(s: Sent) -> List[Found]:
    out: List[Found] = []
    i = 0
    while i < len(s.toks):
        if not _starts_figure(s.toks[i]):
            i += 1
            continue
        f = parse_at(s, i)
        if f is not None and f.j > i:
            if out and f.i < out[-1].j:
                f.i = out[-1].j              # a qualifier never reaches into the figure before
            out.append(f)
            i = f.j
        else:
            i += 1
    return out


def extract_quantities(doc: Doc) -> List[Quantity]:
    """Every figure in the content paragraphs, sorted by start, none crossing a sentence."""
    text = doc.text
    result: List[Quantity] = []
    prev: Optional[Quantity] = None
    lower = text.lower()
    content = "\n".join(lower[par.start:par.stop] for par in doc.paragraphs)
    stems = frozenset(st for ctx in lex().context.values() for st in ctx if st in content)
    for par in doc.paragraphs:
        for sent in par.sentences:
            if not _may_hold_figure(lower[sent.start:sent.stop]):
                continue
            s = Sent(text, tokenize(text, sent.start, sent.stop), sent.start, sent.stop, stems)
            s.quoted = _quoted_titles(s)
            found = _sentence_quantities(s)
            _resolve_elided(s, found, prev)
            last = None
            for f in found:
                if f.unit is None:
                    continue
                f.subject = subject(s, f) or _shared_subject(s, last, f)
                last = f
                q = _to_quantity(s, f, len(result) + 1)
                result.append(q)
                if q.kind in ("count", "money", "measure"):
                    prev = q
    return result


def _resolve_elided(s: Sent, found: List[Found], prev: Optional[Quantity]) -> None:
    """A number without a unit takes it from the figure it pairs with: the next one, joined by
    `и`/`или`/`до`/`из`/`–` (`50 и 30 метров`, `шестеро из семи кандидатов`); the noun after
    `количество` (`количество заявок достигло 1,2 миллиона`); the figure before it in the
    sentence, when it follows it as a part or a list item (`26 депутатов из 30`,
    `… заявок из Великобритании, 138 085 — из Германии`); else the figure of an earlier sentence,
    when its number is scaled (`побывало 714 млн`) or the sentence names its noun again."""
    toks = s.toks
    back = None                              # the last figure of this sentence with its own unit
    for n, f in enumerate(found):
        if not f.bare:
            if f.kind in ("count", "money", "measure"):
                back = f
            continue
        src = _paired(s, found, n)
        head = _count_head(s, f.i) if src is None else None
        if head in lex().words["not_counted"] or _after_uncounted(s, f.i):
            continue                         # `количество очков — 6,5`, `8,5 очков из 11`, `места с 19 по 29`
        if src is not None:
            f.kind, f.unit = src.kind, src.unit
            if src.scale > 1 and f.scale == 1 and toks[f.i].kind == "num":
                f.value = _times(f.value, src.scale)   # `с 50 до 60 тыс. рублей`
        elif head:
            f.kind, f.unit = "count", head
        elif back is not None and (_before(s, f.i) in _LIST_MARKS or _closes(s, f.j)):
            f.kind, f.unit = back.kind, back.unit
        elif prev is not None and toks[f.i].start - prev.stop < 400 and (
                toks[f.i].kind == "num" and (f.scale > 1 or prev.kind == "count" and _names(s, f.i, prev.unit))
                or prev.kind == "count" and _anaphor(s, f.i)):
            f.kind, f.unit = prev.kind, prev.unit
        if f.value == 0:
            f.unit = None


# what stands before a number that continues a figure of the sentence
_LIST_MARKS = {"из", "—", "–", "-", ",", "(", "и", "а", "или", "них", "их", ":"}


def _after_uncounted(s: Sent, i: int) -> bool:
    """Whether the noun just before a bare number is one that is not counted (`очков из 11`,
    `места с 19 по 29`): the number belongs to it."""
    k = i - 1
    if k >= 0 and s.toks[k].low in ("из", "с", "от"):
        k -= 1
    return k >= 0 and bool(_lemmas(s.toks[k]) & (lex().words["not_counted"] | lex().words["position_nouns"]))


def _closes(s: Sent, j: int) -> bool:
    """Whether a bare number ends its clause or is compared (`одобрены 14.`, `на 9 больше`)."""
    if j >= len(s.toks):
        return True
    t = s.toks[j]
    return t.text in (".", ",", ";", ")", "!", "?") or t.low in lex().words["comparatives"]


def _anaphor(s: Sent, i: int) -> bool:
    """A pronoun before the number points back at the last figure (`их — 31`, `Таковых оказалось одиннадцать`)."""
    return any(t.low in _ANAPHORS for t in s.toks[max(0, i - 6):i])


_ANAPHORS = {"их", "них", "они", "таковых", "таких", "которых"}


def _paired(s: Sent, found: List[Found], n: int) -> Optional[Found]:
    """The figure right after found[n], joined by a connector (`50 и 30 метров`), if any."""
    f = found[n]
    nxt = found[n + 1] if n + 1 < len(found) else None
    if nxt is None or nxt.bare or nxt.i - f.j > 2:
        return None
    if all(s.toks[m].low in lex().words["connectors"] for m in range(f.j, nxt.i)):
        return nxt
    return None


def _names(s: Sent, i: int, lemma: str) -> bool:
    """Whether a noun with this lemma comes before token i in the sentence (`Среди этих заявок, 375000 …`)."""
    for t in s.toks[max(0, i - 15):i]:
        if t.kind == "word" and any(p.tag.POS == "NOUN" and _lemma(p) == lemma for p in morph.parses(t.text)[:3]):
            return True
    return False


def _count_head(s: Sent, i: int) -> Optional[str]:
    """`количество заявок достигло 1,2 миллиона`: the counted noun named before the number."""
    toks = s.toks
    heads = lex().words["count_heads"]
    for m in range(i - 1, max(-1, i - 20), -1):
        if toks[m].kind == "word" and _lemmas(toks[m]) & heads:
            got = count_noun(s, m + 1, Num(m, m + 1, 5.0))
            return got[0] if got else None
    # a fronted genitive: `Нарушений выявлено 40`, `Жертв было пять`
    for m in range(i - 1, max(-1, i - 4), -1):
        t = toks[m]
        if t.kind != "word":
            return None
        ps = morph.parses(t.text)
        if ps[0].tag.POS in ("VERB", "PRTS", "ADVB", "PRCL"):
            continue
        p = ps[0]
        if p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "plur" and not _named(t.text):
            return _lemma(p)
        return None
    return None


def _to_quantity(s: Sent, f: Found, n: int) -> Quantity:
    a, b = s.toks[f.i].start, s.toks[f.j - 1].stop
    return Quantity(id="q%d" % n, text=s.text[a:b], start=a, stop=b, kind=f.kind, value=f.value,
                    value_max=f.value_max, unit=f.unit, unit_text=_unit_text(s, f), qualifier=f.qualifier,
                    subject=f.subject)


def _unit_text(s: Sent, f: Found) -> Optional[str]:
    """The unit as written: the span after the number (and scale), or the sign before it."""
    toks = s.toks
    if toks[f.i].kind == "sym" and toks[f.i].text in lex().prefix:
        return toks[f.i].text
    last_num = max((m for m in range(f.i, f.j) if toks[m].kind == "num" or _scale(toks[m])
                    or toks[m].kind == "word" and word(toks[m].text)), default=None)
    if last_num is None or last_num + 1 >= f.j:
        return None
    k = last_num + 1
    while k < f.j and toks[k].text == ".":
        k += 1
    return s.text[toks[k].start:toks[f.j - 1].stop] if k < f.j else None
