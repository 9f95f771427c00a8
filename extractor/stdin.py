"""Stdin (`-`) → input documents, read like a file.

`--stdin-format`:
  text    one document: the bytes decoded like a .txt file (UTF-8, Windows-1251 or KOI8-R,
          with the same `encoding:` warning in the record; binary or undecodable → one error)
  jsonl   one document a non-empty line, as a .jsonl file with the stem `stdin`
          (doc_id: the line's `id`, else `stdin:<line number>`)
  json    one object or a list of objects, as a .json file
  auto    (default) JSONL when every non-empty line starts with `{` and at least one of them
          is a JSON object with `text`, else text (a bad line among good ones keeps its
          own error, it does not turn the whole stream into one text)
"""
from __future__ import annotations

import io
import json
import sys
from typing import BinaryIO, Iterator, List, Optional

from .readers import MAX_BYTES, Input, ReadError, check_bytes, decode, json_inputs, jsonl_inputs

FORMATS = ("auto", "text", "jsonl", "json")
STEM = "stdin"


def stdin_bytes() -> BinaryIO:
    """The binary stream behind sys.stdin (a text stream given by a test is encoded as UTF-8)."""
    buf = getattr(sys.stdin, "buffer", None)
    if buf is not None:
        return buf
    return io.BytesIO(sys.stdin.read().encode("utf-8"))


def stdin_inputs(fmt: str = "auto", max_bytes: int = MAX_BYTES, stream: Optional[BinaryIO] = None) -> Iterator[Input]:
    """The inputs read from stdin (or `stream`), lazily for JSONL."""
    stream = stream if stream is not None else stdin_bytes()
    if fmt == "jsonl":
        yield from jsonl_inputs(stream, STEM, None, max_bytes, what="JSONL input")
        return
    head = stream.read(max_bytes + 1)
    if fmt == "auto":
        fmt = "jsonl" if looks_like_jsonl(head if len(head) <= max_bytes else _complete_lines(head)) else "text"
    if fmt == "jsonl":
        yield from jsonl_inputs(_lines(head, stream), STEM, None, max_bytes, what="JSONL input")
    elif fmt == "json":
        try:
            check_bytes(head, max_bytes, "input")
        except ReadError as e:
            yield Input(doc_id=STEM, source=None, error=str(e))
            return
        yield from json_inputs(head, STEM, None)
    else:
        yield text_input(head, max_bytes)


def text_input(data: bytes, max_bytes: int = MAX_BYTES) -> Input:
    """One plain-text document from stdin's bytes, decoded like a file."""
    try:
        check_bytes(data, max_bytes, "input")
        text, encoding = decode(data)
    except ReadError as e:
        return Input(doc_id=STEM, source=None, error=str(e))
    return Input(doc_id=STEM, source=None, text=text, meta={"encoding": encoding} if encoding else {})


def looks_like_jsonl(data: bytes) -> bool:
    """Every non-empty line starts with `{`, and one at least is a JSON object with `text`."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = [l.strip() for l in data.split(b"\n") if l.strip()]
    if not lines or not all(l.startswith(b"{") for l in lines):
        return False
    for l in lines:
        try:
            obj = json.loads(l)
        except ValueError:
            continue
        if isinstance(obj, dict) and "text" in obj:
            return True
    return False


def _complete_lines(head: bytes) -> bytes:
    """A head cut at max_bytes, without its torn last line."""
    return head[:head.rfind(b"\n") + 1]


def _lines(head: bytes, rest: BinaryIO) -> Iterator[bytes]:
    """The lines of `head` and then of the rest of the stream, the line across the cut whole."""
    parts: List[bytes] = head.split(b"\n")
    tail = parts.pop()
    for p in parts:
        yield p + b"\n"
    tail += rest.readline()
    if tail:
        yield tail
    yield from rest
