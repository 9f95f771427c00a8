"""Cleaner: find the content lines of a scraped article, keep every offset.

Nothing is cut out of the text: the cleaner only decides which lines are
content (paragraphs), which line is the title, and which lines are page
furniture. Later stages read only the content lines, so offsets always index
the original text. A line's own shape (furniture.py: menus, widgets, counters,
credits, social links, footers) and the lines around it decide: a repeat of an
earlier line (a repeated title or caption, with an HTML tail or a breadcrumb
before it), a widget's continuation, short stubs before the headline, the
headlines after `Читайте также`, short Latin stubs at the head or the tail, a
byline or a press-service signature closing the page.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional, Tuple

from . import morph
from .document import Doc, Paragraph, Span
from .furniture import (CYRILLIC, DATE_OR_TIME, DOMAIN, SENTENCE_END, key, latin_stub, mostly_latin, n_words,
                        related_header, sentence_like, shape, stub)

_LINE = re.compile(r"[^\r\n]*")
_SPACE = "\ufeff\u200b\u200c\u200d\u2060\xa0 \t\f\v"
# a headline of a related-news list stamped with its time or date (`14:20 В Астане открыли школу`)
_STAMPED = re.compile(r"^(?:\d{1,2}:\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b|\b(?:\d{1,2}:\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$")


def lines(text: str) -> List[Tuple[int, int]]:
    """(start, stop) of every line without its line break, blank ones stripped out."""
    out = []
    for m in _LINE.finditer(text):
        start, stop = m.start(), m.end()
        # trim spaces (and a BOM) at both ends, offsets follow
        while start < stop and (text[start] in _SPACE or text[start].isspace()):
            start += 1
        while stop > start and (text[stop - 1] in _SPACE or text[stop - 1].isspace()):
            stop -= 1
        if stop > start:
            out.append((start, stop))
    return out


def clean(text: str, doc_id: str = "doc", source=None) -> Doc:
    """A Doc whose paragraphs are the content lines of `text`."""
    doc = Doc(text=text, doc_id=doc_id, source=source)
    spans = lines(text)
    texts = [text[a:b] for a, b in spans]
    reasons = furniture_lines(texts)
    keep = [s for s, r in zip(spans, reasons) if r is None]
    doc.dropped = [Span(*s) for s, r in zip(spans, reasons) if r is not None]
    if keep:
        first = keep[0]
        if _is_title(text[first[0]:first[1]], len(keep)):
            doc.title = Span(*first)
    doc.paragraphs = [Paragraph(a, b) for a, b in keep]
    return doc


def furniture_lines(texts: List[str]) -> List[Optional[str]]:
    """For each line, why it is page furniture, or None for a content line."""
    reasons = [shape(t) for t in texts]
    _continuations(texts, reasons)
    _repeats(texts, reasons)
    _related(texts, reasons)
    if any(CYRILLIC.search(t) for t, r in zip(texts, reasons) if r is None):
        _latin_edges(texts, reasons)
    _header(texts, reasons)
    _byline(texts, reasons)
    if all(r is not None for r in reasons):
        # nothing but figures: no page, a text of its own (`27. 05.99`, `2025`)
        reasons = [None if r == "counter" else r for r in reasons]
    return reasons


def _kept(reasons) -> List[int]:
    return [i for i, r in enumerate(reasons) if r is None]


def _continuations(texts, reasons):
    """`Подпишитесь на наш` / `Telegram-канал` / `и узнавайте новости первыми!`: a short line
    in lower case goes on the widget line before it, when that line ends no sentence."""
    for i in range(1, len(texts)):
        t = texts[i]
        if reasons[i] is None and reasons[i - 1] is not None and t[:1].islower() and n_words(t) <= 8 \
                and not SENTENCE_END.search(texts[i - 1].rstrip()):
            reasons[i] = reasons[i - 1]


# repeats count in the page's head only: a list in the article may repeat a line (a table's rows)
HEAD_LINES = 16
FIRST_LINES = 5


def _repeats(texts, reasons):
    """In the page's head, a line that repeats an earlier one (a repeated title or caption, a date
    stamp), one that repeats it with an HTML tail (`…Сатыбалды<a href="https://t.`), and one that
    is another line behind a breadcrumb or a site's name (`Басты бет Әлеумет <title>`, `site.kz
    <date stamp>`)."""
    texts = texts[:HEAD_LINES]
    keys = [key(t) for t in texts]
    # what is repeated: the page's first lines (its title, a caption, a date stamp)
    by_key = {}
    for i, k in enumerate(keys[:FIRST_LINES]):
        if len(k.split()) >= 3:
            by_key.setdefault(k, []).append(i)
    for i, k in enumerate(keys):
        if reasons[i] is None and by_key.get(k, [i])[0] < i:
            reasons[i] = "repeat"
    for i, t in enumerate(texts):
        if reasons[i] is not None:
            continue
        words = keys[i].split()
        # an earlier line with a tail that is no text (an HTML fragment, a link)
        for j in range(min(i, FIRST_LINES)):
            e = texts[j]
            if n_words(e) >= 4 and t.startswith(e) and len(t) > len(e) and not CYRILLIC.search(t[len(e):]):
                reasons[i] = "repeat"
                break
        if reasons[i] is not None:
            continue
        # another line behind a few words that make no sentence
        for d in range(1, min(5, len(words) - 2)):
            others = [j for j in by_key.get(" ".join(words[d:]), ()) if j != i]
            if not others:
                continue
            o = texts[others[0]].strip()
            if t.endswith(o):
                prefix = DOMAIN.sub(" ", t[: len(t) - len(o)])
                if not re.search(r"[.:;!?—–]", prefix):
                    reasons[i] = "repeat"
                    break


def _related(texts, reasons):
    """The headlines after a related-news header (`Читайте также`, `Басқа жаңалықтар`) up to the
    next line of prose, and runs of two or more headlines stamped with a time or a date."""
    n = len(texts)
    for i, t in enumerate(texts):
        if not related_header(t):
            continue
        j = i + 1
        while j < n and (reasons[j] is not None or not sentence_like(texts[j]) and n_words(texts[j]) <= 20):
            reasons[j] = reasons[j] or "related"
            j += 1
    stamped = [bool(_STAMPED.search(t.strip())) and n_words(t) <= 25 and not sentence_like(t)
               and len(re.findall(r"[^\W\d_]{2,}", _STAMPED.sub(" ", t.strip()))) >= 3 for t in texts]
    for i in range(n):
        if stamped[i] and (i > 0 and stamped[i - 1] or i + 1 < n and stamped[i + 1]):
            reasons[i] = reasons[i] or "related"


def _latin_edges(texts, reasons):
    """Short Latin-only stubs at the head or the tail of a Cyrillic article (`Get In Touch`,
    an aggregator's person cards)."""
    kept = _kept(reasons)
    for i in kept:
        if not latin_stub(texts[i]):
            break
        reasons[i] = "latin stub"
    for i in reversed(kept):
        if reasons[i] is not None or not latin_stub(texts[i]):
            break
        reasons[i] = "latin stub"


def _headline(line: str) -> bool:
    return n_words(line) >= 4 and len(line) <= 250 and not re.search(r"[.:;,]$", line.rstrip("»\"'"))


def _header(texts, reasons):
    """Short stubs before the headline (a channel's name, a regional edition: `Телеканал Хабар`,
    `Орел`, then perhaps its section: `Иркутск Онлайн` + `Энергетика`), and stubs or Latin lines
    between the headline and its repeat (a section, a breadcrumb, a publication stamp)."""
    kept = _kept(reasons)
    while len(kept) >= 3 and stub(texts[kept[0]]) and _names_something(texts[kept[0]]):
        n = next((k for k in range(1, min(3, len(kept) - 1)) if not stub(texts[kept[k]])), None)
        if n is None or not _headline(texts[kept[n]]):
            break
        for _ in range(n):
            reasons[kept.pop(0)] = "header"
    if not kept:
        return
    head = key(texts[kept[0]])
    last = max((i for i in range(kept[0] + 1, min(len(texts), kept[0] + 12))
                if reasons[i] == "repeat" and key(texts[i]) == head), default=None)
    if last is not None:
        for i in range(kept[0] + 1, last):
            if reasons[i] is None and (stub(texts[i]) or mostly_latin(texts[i])):
                reasons[i] = "header"


def _names_something(line: str) -> bool:
    """A stub that holds a name (a site's, a channel's, a city's): a word in Latin letters, a word
    or a place's or an organisation's name; not a common noun
    (a one-word headline); a capitalised word after the first."""
    words = re.findall(r"\w+", line)
    if any(w[:1].isupper() for w in words[1:]):
        return True             # `Телеканал Хабар`
    for w in words:
        if not CYRILLIC.search(w):
            return True
        if any({"Geox", "Orgn", "Name", "Surn"} & p.tag.grammemes for p in morph.parses(w)):
            return True
    return False


def _byline(texts, reasons):
    """The last content line when it is an author's name (`Анжелика Сычёва`) or a press
    service's signature (`Пресс-служба акима Алматинской области`)."""
    kept = _kept(reasons)
    if len(kept) < 3:
        return
    t = texts[kept[-1]].strip()
    k = key(t)
    if k.startswith("пресс служба") and n_words(t) <= 6 and not SENTENCE_END.search(t):
        reasons[kept[-1]] = "signature"
    elif _person_name(t):
        reasons[kept[-1]] = "byline"


def _person_name(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", w) for w in words):
        return False
    return all(_name_word(w) for w in words)


@lru_cache(maxsize=5_000)
def _name_word(word: str) -> bool:
    return any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in morph.parses(word))


def _is_title(line: str, n_lines: int) -> bool:
    """The first content line is the title when it is a headline, not a paragraph."""
    if n_lines < 2:
        return False
    return len(line) <= 250 and not re.search(r"[.:;,]$", line.rstrip("»\"'"))
