"""Batch: run the pipeline over many inputs, report bad ones, keep going."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from typing import Iterable, Optional

from .pipeline import Pipeline
from .readers import Input, ReadError, load, MAX_BYTES
from .writer import RecordWriter


@dataclass
class Summary:
    done: int = 0
    failed: int = 0


def run(inputs: Iterable[Input], writer: RecordWriter, pipeline: Optional[Pipeline] = None,
        date=None, errors=None, max_bytes: int = MAX_BYTES, stderr=sys.stderr) -> Summary:
    """Extract a record for every input, in order; a bad input gets one error line and the batch goes on."""
    pipe = pipeline or Pipeline()
    summary = Summary()
    for item in inputs:
        try:
            load(item, max_bytes)
            record = pipe.extract(item.text, doc_id=item.doc_id, source=item.source,
                                  date=item.meta.get("date") or date, title=item.meta.get("title"))
        except (ReadError, ValueError) as e:
            summary.failed += 1
            where = item.source or item.doc_id
            print("error: %s: %s" % (where, e), file=stderr)
            if errors is not None:
                errors.write(json.dumps({"doc_id": item.doc_id, "source": item.source, "error": str(e)},
                                        ensure_ascii=False) + "\n")
            continue
        writer.write(record)
        summary.done += 1
    return summary
