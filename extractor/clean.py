"""Cleaner: find the content lines of a scraped article, keep every offset.

Nothing is cut out of the text: the cleaner only decides which lines are
content (paragraphs), which line is the title, and which lines are page
furniture (navigation, a repeated title, a trailing `Related`). Later stages
read only the content lines, so offsets always index the original text.
"""
from __future__ import annotations

import re
import unicodedata
from typing import List, Tuple

from . import lexicons
from .document import Doc, Paragraph, Span

_LINE = re.compile(r"[^\r\n]*")
_CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_WORD = re.compile(r"\w+")
_SPACE = "\ufeff\u200b\u200c\u200d\u2060\xa0 \t\f\v"


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


def _key(line: str) -> str:
    line = unicodedata.normalize("NFKC", line).casefold().replace("ё", "е")
    return " ".join(_WORD.findall(line))


def _navigation(line: str) -> bool:
    key = _key(line)
    if not key:
        return True                      # punctuation or symbols only
    return key in _NAV


_NAV = frozenset(_key(w) for w in lexicons.words("boilerplate.txt"))


def _latin_stub(line: str) -> bool:
    """A short line with no Cyrillic letter and no sentence in it (`Get In Touch`)."""
    return (not _CYRILLIC.search(line) and len(_WORD.findall(line)) <= 4
            and not re.search(r"[.!?]\s*$", line) and not re.search(r"\d", line))


def clean(text: str, doc_id: str = "doc", source=None) -> Doc:
    """A Doc whose paragraphs are the content lines of `text`."""
    doc = Doc(text=text, doc_id=doc_id, source=source)
    spans = lines(text)
    keep = []
    for start, stop in spans:
        if _navigation(text[start:stop]):
            doc.dropped.append(Span(start, stop))
        else:
            keep.append((start, stop))
    # short Latin-only stubs at the head or the tail of a Cyrillic article
    if any(_CYRILLIC.search(text[a:b]) for a, b in keep):
        while keep and _latin_stub(text[keep[0][0]:keep[0][1]]):
            doc.dropped.append(Span(*keep.pop(0)))
        while keep and _latin_stub(text[keep[-1][0]:keep[-1][1]]):
            doc.dropped.append(Span(*keep.pop()))
    if keep:
        first = keep[0]
        title = text[first[0]:first[1]]
        if _is_title(title, len(keep)):
            doc.title = Span(*first)
            key = _key(title)
            rest = [keep[0]]
            for start, stop in keep[1:]:
                if _key(text[start:stop]) == key:
                    doc.dropped.append(Span(start, stop))
                else:
                    rest.append((start, stop))
            keep = rest
    doc.dropped.sort(key=lambda s: s.start)
    doc.paragraphs = [Paragraph(a, b) for a, b in keep]
    return doc


def _is_title(line: str, n_lines: int) -> bool:
    """The first content line is the title when it is a headline, not a paragraph."""
    if n_lines < 2:
        return False
    return len(line) <= 250 and not re.search(r"[.:;,]$", line.rstrip("»\"'"))
