"""Readers: files, folders, globs and stdin → input documents (doc_id, text, meta).

Kinds of input, by suffix:
  .txt            plain text in UTF-8 (BOM or not), Windows-1251 or KOI8-R
  .html / .htm    a saved news page: title, main text and date by trafilatura
  .json           one object or a list of objects with `text` (+ `id`, `title`, `date`, `url`)
  .jsonl          one such object a line
  -               stdin: text decoded like a file, or JSONL / JSON (`--stdin-format`;
                  by default JSONL when every non-empty line is a JSON object, see stdin.py)

doc_ids: the file stem; inside a folder given on the command line, files whose
stems clash get the path relative to that folder, without suffix
(`2024/01/a`, `2024/02/a`), with the suffix when that still clashes
(`a.txt`, `a.jsonl`). JSON objects take their `id`, else
`<file stem>:<line or item number>`.

Text and HTML files are read lazily (`load`, in the worker that processes
them); JSON/JSONL files are parsed as they are reached in the input stream.
A file that cannot be read as text raises `ReadError`.
"""
from __future__ import annotations

import glob
import json
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, List, Optional, Tuple

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json", ".jsonl")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES
MAX_BYTES = 10 * 1024 * 1024


class ReadError(Exception):
    """An input that cannot be turned into text."""


@dataclass
class Input:
    doc_id: str
    source: Optional[str]
    path: Optional[str] = None       # a file still to read (read lazily, in order)
    text: Optional[str] = None
    meta: dict = field(default_factory=dict)
    kind: str = "text"               # text | html | json
    error: Optional[str] = None      # a reading error found while listing (bad JSON line, ...)
    prepared: Optional[bytes] = None # read and segmented ahead (readahead.py), for its worker


@dataclass
class Source:
    """One file (or stdin) named by the user or found in a folder, with its doc_id."""
    path: str
    doc_id: str
    stdin_format: str = "auto"       # for `-`: text | jsonl | json | auto


@dataclass
class Listing:
    """What the command line's paths name: the sources, the arguments that matched no input
    (a glob or a folder), and how many files in folders were skipped for their extension."""
    sources: List[Source] = field(default_factory=list)
    unmatched: List[str] = field(default_factory=list)
    skipped: int = 0


class PageDate(str):
    """An HTML page's own date (ISO): the record's `reference_date.source` is `html:date`."""
    reference_source = "html:date"


def sources(paths: List[str]) -> List[Source]:
    """Files named on the command line: files, folders (recursive), glob patterns and `-`.
    Only paths are listed (cheap even for hundreds of thousands of files)."""
    return scan(paths).sources


def scan(paths: List[str], stdin_format: str = "auto") -> Listing:
    """`sources`, with the arguments that matched nothing and the files skipped in folders."""
    listing = Listing()
    out = listing.sources
    for p in paths:
        before = len(out)
        if p == "-":
            out.append(Source("-", "stdin", stdin_format))
        elif os.path.isdir(p):
            root = Path(p)
            files = []
            for f in _walk(root):
                if f.name.lower().endswith(SUFFIXES):
                    files.append(f)
                else:
                    listing.skipped += 1
            stems = Counter(f.stem for f in files)
            bare = Counter(f.relative_to(root).with_suffix("").as_posix() for f in files)
            for f in files:
                doc_id = f.stem
                if stems[f.stem] > 1:       # `2024/01/a`; `a.txt` beside `a.jsonl`: `a.txt`
                    doc_id = f.relative_to(root).with_suffix("").as_posix()
                    if bare[doc_id] > 1:
                        doc_id = f.relative_to(root).as_posix()
                out.append(Source(str(f), doc_id))
        elif glob.has_magic(p) and not os.path.exists(p):
            for f in sorted(glob.glob(p, recursive=True)):
                if os.path.isdir(f):
                    continue
                out.append(Source(f, Path(f).stem))
        else:
            out.append(Source(p, Path(p).stem))
        if len(out) == before:
            listing.unmatched.append(p)
    return listing


def discover(paths: List[str]) -> Iterator[Input]:
    """Inputs named on the command line, lazily, in order."""
    return expand(sources(paths))


def expand(srcs: List[Source], max_bytes: int = MAX_BYTES) -> Iterator[Input]:
    for s in srcs:
        if s.path == "-":
            from .stdin import stdin_inputs
            yield from stdin_inputs(s.stdin_format, max_bytes)
            continue
        suffix = Path(s.path).suffix.lower()
        if suffix in JSON_SUFFIXES:
            yield from read_json(s.path, s.doc_id, max_bytes)
        elif suffix in HTML_SUFFIXES:
            yield Input(doc_id=s.doc_id, source=s.path, path=s.path, kind="html")
        else:
            yield Input(doc_id=s.doc_id, source=s.path, path=s.path)


def _walk(root: Path) -> Iterator[Path]:
    """Every file under `root` but hidden ones, sorted, each directory once."""
    seen = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:            # a symlink loop
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


# --- bytes ------------------------------------------------------------------

def _check_file(path: str, max_bytes: Optional[int] = None) -> None:
    """A regular file (a FIFO or a device would block or never end), under the size limit if any."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise ReadError("not a regular file")
    if max_bytes is not None and st.st_size > max_bytes:
        raise ReadError("file too large: %d bytes (limit %d)" % (st.st_size, max_bytes))


def read_bytes(path: str, max_bytes: int = MAX_BYTES) -> bytes:
    try:
        _check_file(path, max_bytes)
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise ReadError("cannot read: %s" % (e.strerror or e)) from None
    return check_bytes(data, max_bytes)


def check_bytes(data: bytes, max_bytes: int = MAX_BYTES, what: str = "file") -> bytes:
    """The bytes read (at most max_bytes + 1), or ReadError: too large, empty, binary."""
    if len(data) > max_bytes:
        raise ReadError("%s too large: over %d bytes" % (what, max_bytes))
    if not data:
        raise ReadError("empty %s" % what)
    if b"\x00" in data:
        raise ReadError("binary %s (contains NUL bytes)" % what)
    return data


_LOWER = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_COMMON = set("оеаинтсрвлкмд")


def _cyrillic_score(text: str) -> int:
    """Lower-case and frequent Russian letters: high for the right code page.
    (Windows-1251 read as KOI8-R turns mostly upper-case, and the other way round.)"""
    return sum(2 if c in _COMMON else 1 for c in text if c in _LOWER)


def decode(data: bytes) -> Tuple[str, Optional[str]]:
    """Text and, when it was not UTF-8, the encoding found (`windows-1251`, `koi8-r`).
    Strict UTF-8 first, then the Cyrillic code page whose reading looks like Russian."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        utf8_error = e
    # UTF-8 with a few stray bytes (a paste from another encoding): nearly every non-ASCII
    # byte is part of a well-formed Cyrillic pair, which a code page's text almost never is
    high = sum(1 for b in data if b >= 0x80)
    pairs = len(_UTF8_CYRILLIC.findall(data))
    if pairs and 2 * pairs >= 0.8 * high:
        text = data.decode("utf-8-sig", errors="replace")
        return text, "utf-8 with %d invalid bytes replaced" % (high - 2 * pairs)
    best = None
    for codec, name in (("cp1251", "windows-1251"), ("koi8_r", "koi8-r")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _cyrillic_score(text)
        if best is None or score > best[0]:
            best = (score, text, name)
    if best is None or best[0] == 0 or not _looks_like_text(best[1]):
        raise ReadError("not UTF-8, Windows-1251 or KOI8-R text (invalid UTF-8 at byte %d)" % utf8_error.start)
    return best[1], best[2]


_UTF8_CYRILLIC = re.compile(rb"[\xd0\xd1][\x80-\xbf]")


def _looks_like_text(text: str) -> bool:
    bad = sum(1 for c in text if not (c.isprintable() or c in "\r\n\t"))
    return bad <= len(text) * 0.02


def read_text(path: str, max_bytes: int = MAX_BYTES) -> str:
    """The text of a file (see `decode`); binary or undecodable files raise ReadError."""
    return decode(read_bytes(path, max_bytes))[0]


# --- HTML -------------------------------------------------------------------

HTML_HINT = 'reading HTML needs trafilatura; install the extra: pip install "extractor[html]"'


def html_article(data: bytes) -> dict:
    """Title, main text and publication date of a saved news page (trafilatura)."""
    try:
        import trafilatura
    except ImportError:
        raise ReadError(HTML_HINT) from None
    out = trafilatura.extract(data, output_format="json", with_metadata=True,
                              include_comments=False, include_tables=False, favor_precision=True)
    if not out:
        raise ReadError("no article text found in the HTML page")
    doc = json.loads(out)
    text = (doc.get("text") or "").strip()
    if not text:
        raise ReadError("no article text found in the HTML page")
    date = doc.get("date")
    return {"text": text, "title": doc.get("title") or None, "date": PageDate(date) if date else None,
            "url": doc.get("source") or None}


# --- JSON / JSONL -------------------------------------------------------------

def read_json(path: str, stem: str, max_bytes: int = MAX_BYTES) -> Iterator[Input]:
    """Inputs of a .json (one object or a list) or .jsonl (an object a line) file.
    A bad file or line becomes an Input carrying its error."""
    jsonl = path.lower().endswith(".jsonl")
    try:
        if jsonl:                 # a JSONL file is a corpus: --max-bytes applies per line
            _check_file(path)
            f = open(path, "rb")
        else:
            data = read_bytes(path, max_bytes)
    except (OSError, ReadError) as e:
        yield Input(doc_id=stem, source=path, error=str(e) if isinstance(e, ReadError) else "cannot read: %s" % e)
        return
    if jsonl:
        with f:
            yield from jsonl_inputs(f, stem, path, max_bytes)
        return
    yield from json_inputs(data, stem, path)


def jsonl_inputs(lines: Iterable[bytes], stem: str, path: Optional[str], max_bytes: int = MAX_BYTES,
                 what: str = "JSONL file") -> Iterator[Input]:
    """One input a non-empty line; a bad line is an Input carrying its error
    (`bad JSON line 3 (id "a-17"): ...`), doc_id `<stem>:<line number>` unless it has an `id`."""
    empty = True
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        empty = False
        default_id = "%s:%d" % (stem, n)
        if len(line) > max_bytes:
            yield Input(doc_id=default_id, source=path, error="line too large: %d bytes" % len(line))
            continue
        try:
            obj = json.loads(line.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as e:
            yield Input(doc_id=default_id, source=path, error="bad JSON line %d%s: %s" % (n, _id_of(line), e))
            continue
        yield _json_input(obj, default_id, path)
    if empty:
        yield Input(doc_id=stem, source=path, error="empty %s: no JSON lines" % what)


_ID = re.compile(rb'"id"\s*:\s*("(?:[^"\\\n]|\\.){0,200}"|-?\d{1,30})')


def _id_of(line: bytes) -> str:
    """` (id "a-17")` when a line that does not parse still shows its id, else ``."""
    m = _ID.search(line)
    if not m:
        return ""
    try:
        value = json.loads(m.group(1).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return ""
    return " (id %s)" % json.dumps(str(value), ensure_ascii=False)


def json_inputs(data: bytes, stem: str, path: Optional[str]) -> Iterator[Input]:
    """The inputs of a JSON document: one object, or a list of them (`<stem>:<item number>`)."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as e:
        yield Input(doc_id=stem, source=path, error="bad JSON: %s" % e)
        return
    if isinstance(obj, list):
        for n, item in enumerate(obj, 1):
            yield _json_input(item, "%s:%d" % (stem, n), path)
    else:
        yield _json_input(obj, stem, path)


def _json_input(obj, default_id: str, path: Optional[str]) -> Input:
    if not isinstance(obj, dict):
        return Input(doc_id=default_id, source=path, error="not a JSON object")
    doc_id = str(obj["id"]) if obj.get("id") not in (None, "") else default_id
    text = obj.get("text")
    if not isinstance(text, str):
        return Input(doc_id=doc_id, source=path, error="no `text` string in the JSON object")
    meta = {k: obj[k] for k in ("title", "date", "url") if obj.get(k) not in (None, "")}
    return Input(doc_id=doc_id, source=obj.get("url") or path, text=text, meta=meta, kind="json")


def load(item: Input, max_bytes: int = MAX_BYTES) -> Input:
    """The input with its text read (HTML: the article extracted, title and date in meta)."""
    if item.error:
        raise ReadError(item.error)
    if item.text is not None:
        if not item.text.strip():
            raise ReadError("no text (empty or whitespace only)")
        return item
    data = read_bytes(item.path, max_bytes)
    if item.kind == "html":
        art = html_article(data)
        item.text = art.pop("text")
        item.meta.update({k: v for k, v in art.items() if v})
        item.meta["html"] = True
        return item
    item.text, encoding = decode(data)
    if encoding:
        item.meta["encoding"] = encoding
    if not item.text.strip():
        raise ReadError("no text (empty or whitespace only)")
    return item
