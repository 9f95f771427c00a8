"""Writers: records as JSON Lines or as one JSON array, written atomically."""
from __future__ import annotations

import json
import os
import tempfile

from .schema import Record


def record_json(record: Record, indent=None) -> str:
    data = record.model_dump(mode="json")
    if data.get("text") is None:
        data.pop("text", None)
    return json.dumps(data, ensure_ascii=False, indent=indent)


class AtomicFile:
    """A file written under a temporary name and renamed into place on success,
    so a reader never sees half an output."""

    def __init__(self, path: str):
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=".%s." % os.path.basename(path), suffix=".tmp", dir=folder)
        self.file = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, s: str):
        self.file.write(s)

    def flush(self):
        self.file.flush()

    def commit(self):
        self.file.close()
        os.replace(self.tmp, self.path)

    def abort(self):
        self.file.close()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


class RecordWriter:
    """Streams records as JSONL, or collects them into a pretty JSON array."""

    def __init__(self, out, fmt: str = "jsonl"):
        self.out = out
        self.fmt = fmt
        self.count = 0

    def write(self, record: Record):
        if self.fmt == "jsonl":
            self.out.write(record_json(record) + "\n")
        else:
            body = record_json(record, indent=2)
            self.out.write(("[\n" if self.count == 0 else ",\n") + _indent(body))
        self.count += 1
        self.out.flush()

    def close(self):
        if self.fmt == "json":
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


def _indent(s: str) -> str:
    return "\n".join("  " + line for line in s.splitlines())
