"""Page furniture by the shape of a line: what a scraped page has around an article.

`shape(line)` says why one line on its own is no part of an article, or None:
a menu or widget word (`Видео`, `Поделиться`, lists in lexicons/boilerplate.txt),
a template placeholder (`{metadescription}`, `None`), a counter (`1243`, `23 0`),
a photo credit (`Фото: Акорда`), a line of social networks (`Смотрите нас в
YouTube! Читайте в Facebook`), a line of links (`МК АвтоВзгляд Охотники.ру
WomanHit.ru`), a breadcrumb (`Главная / Новости`), a footer (`© 2024 …`), a
button (`Присылайте »`), a line of hashtags (`#туризм #Калининград`). Every rule asks for a short line: a sentence of the
article is never furniture. The cleaner (clean.py) adds the rules that need
the lines around (repeats, header stubs, related-headline blocks, bylines).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Dict, Optional, Tuple

from . import lexicons, morph

WORD = re.compile(r"\w+")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
TLD = r"(?:kz|ru|com|org|net|info|ua|by|uz|kg|su|tv|media|news|io|me|рф|ру|қаз)"
DOMAIN = re.compile(r"(?<![\w.])(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.%s(?:/\S*)?(?![\w.])" % TLD, re.I)
# a day and month in figures, a clock time, a day and a month's name: a date stamp is no counter
DATE_OR_TIME = re.compile(r"\d{1,2}[./-] ?\d{1,2}[./-] ?\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}:\d{2}\b")
DAY_MONTH = re.compile(r"\b\d{1,2} (?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
                       r"|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w* \d{1,2}\b")
SITE_TAGLINE = re.compile(r"\s*[-–—|]\s*\w")      # a site's name, then its tagline after a dash or a bar
NUMBERS_ONLY = re.compile(r"[\d\s.,+×%()-]*\d[\d\s.,+×%()-]*")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[\w-]+%|\[\[[^\]]*\]\]|<[^<>]*>")
CREDIT = re.compile(r"(?:фото|фотография|photo|видео|video|иллюстрация|коллаж|источник фото|автор фото|фото и видео"
                    r"|автор|текст|редактор|author)(?=\W)"
                    r"(?:\s*[:—–/-]|\s+(?:с сайта|пресс-службы|из архива|из открытых источников|автора)\b)", re.I)
BREADCRUMB = re.compile(r"\s*[/»›>|•→]\s*|\s+[-–—]\s+")
MENU_GAP = re.compile(r"[ \u00a0]{2,}|\t")      # `Главная  Новости  Экономика`: items apart by spaces
SENTENCE_END = re.compile(r"[.!?…]['\"»”)]*$")
HASHTAGS = re.compile(r"\s*#[\w-]+(?:[\s,;]+#[\w-]+)*\s*")


def key(line: str) -> str:
    """A line's words, lower case, ё as е: what the lexicon is matched on."""
    line = unicodedata.normalize("NFKC", line).casefold().replace("ё", "е")
    return " ".join(WORD.findall(line))


@lru_cache(maxsize=None)
def sections() -> Dict[str, Tuple[str, ...]]:
    out: Dict[str, list] = {"line": [], "starts": [], "footer": [], "social": [], "related": []}
    part = "line"
    for entry in lexicons.words("boilerplate.txt"):
        if entry.startswith("[") and entry.endswith("]"):
            part = entry[1:-1]
            continue
        out[part].append(key(entry) if part != "social" else entry.casefold())
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _navigation() -> frozenset:
    s = sections()
    return frozenset(s["line"]) | frozenset(s["related"])


def n_words(line: str) -> int:
    return len(WORD.findall(line))


def sentence_like(line: str) -> bool:
    """A line of the article's own prose: a sentence ending in a full stop, or a long line."""
    n = n_words(line)
    return n >= 15 or n >= 5 and bool(SENTENCE_END.search(line.rstrip()))


def related_header(line: str) -> bool:
    return key(line) in sections()["related"]


def stub(line: str) -> bool:
    """A few words with no sentence or figure in them: a menu item, a section, a site's name."""
    return n_words(line) <= 3 and not re.search(r"\d", line) and not SENTENCE_END.search(line.rstrip())


@lru_cache(maxsize=None)
def _social_pattern():
    words = sorted(sections()["social"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:%s)" % "|".join(map(re.escape, words)))


def _social_hits(line: str) -> int:
    """How many social networks or aggregators the line names."""
    return len(set(_social_pattern().findall(line.casefold())))


@lru_cache(maxsize=10_000)
def _imperative(word: str) -> bool:
    """`Смотрите`, `Подписывайтесь`, `Читайте`: a call to the reader."""
    return any({"impr", "plur"} in p.tag for p in morph.cyr_parses(word))


def shape(line: str) -> Optional[str]:
    """Why this line, on its own, is page furniture; None when it may be content."""
    k = key(line)
    n = len(k.split())
    if not k:
        return "symbols"
    if k in _navigation():
        return "navigation"
    dated = bool(DATE_OR_TIME.search(line) or DAY_MONTH.search(k))
    if n <= 5 and not dated and any(w.isdigit() for w in k.split()):
        bare = " ".join(w for w in k.split() if not w.isdigit())
        if bare and bare in _navigation():
            return "counter"            # `Комментарии (12)`, `Просмотры 1520`
    if PLACEHOLDER.fullmatch(line.strip()):
        return "placeholder"
    if HASHTAGS.fullmatch(line):
        return "hashtags"               # `#Мангистау #вода #опреснение`
    if NUMBERS_ONLY.fullmatch(line) and not DATE_OR_TIME.search(line):
        return "counter"
    if n <= 40 and ("©" in line or any(k == s or k.startswith(s + " ") for s in sections()["footer"])):
        return "footer"
    if n <= 14 and any(k == s or k.startswith(s + " ") for s in sections()["starts"]):
        return "widget"
    head = line.split(":", 1)[0] if ":" in line[:40] else ""
    if head and n <= 25 and key(head) in sections()["related"]:
        return "related"                # `Читайте также: <headline>`
    if n <= 10 and CREDIT.match(line.strip()):
        return "photo credit"
    hits = _social_hits(line) if n <= 12 else 0
    if hits and (hits >= 2 and not sentence_like(line) or n <= 3 or _imperative(WORD.findall(line)[0])):
        return "social"
    domains = DOMAIN.findall(line)
    if domains and n <= 10 and not SENTENCE_END.search(line.rstrip()):
        rest = DOMAIN.sub(" ", line)
        if len(domains) >= 2 or not WORD.search(rest):
            return "links"
        bare = line.strip()
        if n <= 8 and bare.startswith(domains[0]) and SITE_TAGLINE.match(bare[len(domains[0]):]):
            return "site name"          # `Курган.ру — новости Зауралья`, `Zakon.kz | Новости Казахстана`
    if n <= 10 and not dated and not SENTENCE_END.search(line.rstrip()):
        parts = [p for p in BREADCRUMB.split(line.strip()) if p.strip()]
        if len(parts) < 2:
            parts = [p for p in MENU_GAP.split(line.strip()) if p.strip()]
            parts = parts if len(parts) >= 3 else []
        if len(parts) >= 2 and all(n_words(p) <= 3 for p in parts) and any(key(p) in _navigation() for p in parts):
            return "breadcrumb"
    if n <= 3 and re.search(r"(?:»|›|→|>>)\s*$", line) and "«" not in line:
        return "button"
    return None


def latin_stub(line: str) -> bool:
    """A short line with no Cyrillic letter and no sentence in it (`Get In Touch`, `Mikhail Mishustin`)."""
    return (not CYRILLIC.search(line) and n_words(line) <= 8
            and not SENTENCE_END.search(line.rstrip()) and not re.search(r"\d", line))


def mostly_latin(line: str) -> bool:
    """A line whose letters are almost all Latin (a widget of an aggregator, `Yayın: 24 Eylül 2022`)."""
    letters = [c for c in line if c.isalpha()]
    cyr = sum(1 for c in letters if CYRILLIC.match(c))
    return bool(letters) and cyr <= len(letters) * 0.2
