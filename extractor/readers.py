"""Readers: files, folders and stdin → input documents (doc_id, text, meta).

A file that cannot be read as text raises `ReadError` with a clear message;
the batch reports it and goes on with the others.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, List, Optional

TEXT_SUFFIXES = (".txt",)
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


def discover(paths: List[str]) -> Iterator[Input]:
    """Inputs named on the command line: files, folders (recursively, *.txt, sorted) and `-` for stdin."""
    for p in paths:
        if p == "-":
            yield Input(doc_id="stdin", source=None, text=sys.stdin.read())
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                yield Input(doc_id=f.stem, source=str(f), path=str(f))
        else:
            yield Input(doc_id=path.stem, source=p, path=p)


def _walk(root: Path) -> Iterator[Path]:
    seen = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:            # a symlink loop
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            if name.lower().endswith(TEXT_SUFFIXES) and not name.startswith("."):
                yield Path(dirpath) / name


def read_text(path: str, max_bytes: int = MAX_BYTES) -> str:
    """The text of a file: UTF-8 (a BOM is dropped); binary or undecodable files raise ReadError."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise ReadError("file too large: %d bytes (limit %d)" % (size, max_bytes))
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise ReadError("cannot read: %s" % (e.strerror or e)) from None
    if b"\x00" in data:
        raise ReadError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReadError("not valid UTF-8 text (byte %d)" % e.start) from None


def load(item: Input, max_bytes: int = MAX_BYTES) -> Input:
    """The input with its text read."""
    if item.text is None:
        item.text = read_text(item.path, max_bytes)
    return item
