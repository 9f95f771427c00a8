"""Writers: records as JSON Lines or as one JSON array, and the repair of a JSONL
output a killed run left (resume). Where the lines go is `runs.RunOutput`'s job."""
from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Set

if TYPE_CHECKING:           # not imported at run time: a batch's parent process writes lines, not records
    from .schema import Record


def record_json(record: Record, indent=None) -> str:
    data = record.model_dump(mode="json")
    if data.get("text") is None:
        data.pop("text", None)
    return json.dumps(data, ensure_ascii=False, indent=indent)


def resume_jsonl(path: str) -> Set[str]:
    """The doc_ids complete in a JSONL output; a torn last line (a killed run) is cut off,
    so the file can be appended to. A missing file is an empty output."""
    done: Set[str] = set()
    if not os.path.exists(path):
        return done
    good = 0
    with open(path, "rb") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break
            try:
                done.add(json.loads(line)["doc_id"])
            except (ValueError, KeyError, TypeError):
                break
            good += len(line)
    if good != os.path.getsize(path):
        with open(path, "r+b") as f:
            f.truncate(good)
    return done


class RecordWriter:
    """Streams records as JSONL, or collects them into a pretty JSON array."""

    def __init__(self, out, fmt: str = "jsonl"):
        self.out = out
        self.fmt = fmt
        self.count = 0

    def write(self, record: Record):
        self.write_line(record_json(record))

    def write_line(self, line: str):
        """A record already as one compact JSON line (from a worker)."""
        if self.fmt == "jsonl":
            self.out.write(line + "\n")
        else:
            body = json.dumps(json.loads(line), ensure_ascii=False, indent=2)
            self.out.write(("[\n" if self.count == 0 else ",\n") + _indent(body))
        self.count += 1
        self.out.flush()

    def close(self):
        if self.fmt == "json":
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


def _indent(s: str) -> str:
    return "\n".join("  " + line for line in s.splitlines())
