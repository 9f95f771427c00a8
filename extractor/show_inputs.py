"""What `extractor show` reads: (record, text) pairs from articles, folders and JSON files.

Articles (.txt, .html, anything not JSON) run through the pipeline as `extract` runs them
(batch.process_many: the same decoding, HTML main text by trafilatura, page date).
A .json/.jsonl file holds records (objects with `schema_version`), shown as they are,
or inputs (objects with `text`), extracted like `extract` does; a folder holds any of
these. A bad file, line or record is one message to `on_error`; the others are shown.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterator, List, Optional, Tuple, Union

from pydantic import ValidationError

from .readers import JSON_SUFFIXES, Input, ReadError, read_text, scan, _json_input
from .schema import Record

Item = Tuple[Record, str]
OnError = Callable[[str], None]


class ShowError(Exception):
    """Nothing can be shown: a missing input, an unknown --doc (exit status 2)."""


def collect(src: str, doc: Optional[str], date, on_error: OnError) -> List[Item]:
    """Every (record, text) the input holds, in order; bad ones go to `on_error`."""
    path = Path(src)
    if not path.exists():
        raise ShowError("%s: No such file or directory" % src)
    if path.is_dir():
        srcs = [Path(s.path) for s in scan([src]).sources]
        if not srcs:
            raise ShowError("no input matched: %s" % src)
    else:
        srcs = [path]
    wanted = []                       # records and inputs, in order
    for p in srcs:
        if p.suffix.lower() in JSON_SUFFIXES:
            wanted += list(_json_items(p, on_error))
        else:
            wanted.append(Input(doc_id=p.stem, source=str(p), path=str(p),
                                kind="html" if p.suffix.lower() in (".html", ".htm") else "text"))
    if doc is not None:
        wanted = [w for w in wanted if (w[0].doc_id if isinstance(w, tuple) else w.doc_id) == doc]
        if not wanted:
            raise ShowError("no record with doc_id %r in %s" % (doc, src))
    return _extracted(wanted, date, on_error)


def _extracted(wanted: List[Union[Item, Input]], date, on_error: OnError) -> List[Item]:
    """The records as they are, the inputs run through the pipeline (one Pipeline, loaded if needed)."""
    inputs = [w for w in wanted if isinstance(w, Input)]
    done = {}
    if inputs:
        from .batch import CHUNK, process_many
        from .pipeline import Pipeline
        pipe = Pipeline()
        for k in range(0, len(inputs), CHUNK):
            chunk = inputs[k:k + CHUNK]
            for item, res in zip(chunk, process_many(chunk, pipe, date)):
                if res.error is not None:
                    on_error("%s: %s" % (item.source or item.doc_id, res.error))
                else:
                    done[id(item)] = (Record.model_validate_json(res.line), item.text)
    return [w if isinstance(w, tuple) else done[id(w)] for w in wanted if isinstance(w, tuple) or id(w) in done]


def _json_items(path: Path, on_error: OnError) -> Iterator[Union[Item, Input]]:
    """The records (with their texts) and the inputs of a JSON or JSONL file."""
    for where, default_id, obj in _objects(path, on_error):
        if isinstance(obj, dict) and "schema_version" in obj:
            try:
                record = Record.model_validate(obj)
            except ValidationError as e:
                on_error("%s: not a valid record: %s" % (where, validation_line(e)))
                continue
            try:
                yield record, text_of(record, path.parent)
            except (OSError, ReadError, ValueError) as e:
                on_error("%s: record %s: %s" % (where, record.doc_id, e))
            continue
        item = _json_input(obj, default_id, str(path))
        if item.error:
            on_error("%s: neither a record (no `schema_version`) nor an input: %s" % (where, item.error))
            continue
        yield item


def _objects(path: Path, on_error: OnError) -> Iterator[Tuple[str, str, object]]:
    """(where, default doc_id, parsed object) of every line of a .jsonl, every item of a .json."""
    try:
        data = path.read_bytes()
    except OSError as e:
        on_error("%s: cannot read: %s" % (path, e.strerror or e))
        return
    if b"\x00" in data:
        on_error("%s: binary file (contains NUL bytes)" % path)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        on_error("%s: not UTF-8 (invalid byte at %d)" % (path, e.start))
        return
    if path.suffix.lower() == ".jsonl":
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        if not lines:
            on_error("%s: empty JSONL file: no JSON lines" % path)
        for n, line in lines:
            try:
                yield "%s line %d" % (path, n), "%s:%d" % (path.stem, n), json.loads(line)
            except ValueError as e:
                on_error("%s line %d: bad JSON: %s" % (path, n, e))
        return
    try:
        obj = json.loads(text)
    except ValueError as e:
        on_error("%s: bad JSON: %s" % (path, e))
        return
    if isinstance(obj, list):
        for n, item in enumerate(obj, 1):
            yield "%s item %d" % (path, n), "%s:%d" % (path.stem, n), item
    else:
        yield str(path), path.stem, obj


def validation_line(e: ValidationError) -> str:
    """A pydantic error in one line: how many, and the first one's place and message."""
    errs = e.errors()
    first = errs[0]
    where = ".".join(str(x) for x in first.get("loc", ())) or "the record"
    more = " (and %d more)" % (len(errs) - 1) if len(errs) > 1 else ""
    return "%s: %s%s" % (where, first.get("msg", "invalid"), more)


def text_of(record: Record, base: Path) -> str:
    """The text a record's offsets index: its own `text`, else its source file's."""
    if record.text is not None:
        return record.text
    if not record.source:
        raise ValueError("no text in the record and no source to read it from")
    path = Path(record.source)
    if not path.exists() and (base / path).exists():
        path = base / path
    try:
        return read_text(str(path))
    except ReadError as e:
        raise ValueError("its source %s: %s" % (record.source, e)) from None
