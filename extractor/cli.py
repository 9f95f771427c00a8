"""The command line: `extractor extract`, `extractor schema`.

The only module that knows about terminals, files named by the user and exit codes.
"""
from __future__ import annotations

import argparse
import sys

from . import __version__
from .schema import json_schema_text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="extractor", description="Russian news articles → structured JSON records.")
    ap.add_argument("--version", action="version", version="extractor " + __version__)
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records from article files, folders or stdin (-)")
    ex.add_argument("inputs", nargs="+", help="files, folders (recursive, *.txt) or - for stdin")
    ex.add_argument("-o", "--output", help="write here (atomically) instead of stdout")
    ex.add_argument("--format", choices=["jsonl", "json"], default="jsonl", help="JSON Lines (default) or a JSON array")
    ex.add_argument("--date", help="publication date (YYYY-MM-DD) that relative dates resolve against")
    ex.add_argument("--errors", help="write one JSON line per failed input to this file")
    ex.add_argument("--max-bytes", type=int, default=10 * 1024 * 1024, help="skip larger files (default 10 MB)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")

    sub.add_parser("schema", help="print the JSON Schema of a record")

    args = ap.parse_args(argv)
    if args.command == "schema":
        sys.stdout.write(json_schema_text())
        return 0
    return _extract(args)


def _extract(args) -> int:
    from .batch import run
    from .pipeline import parse_date
    from .readers import discover
    from .writer import AtomicFile, RecordWriter

    try:
        date = parse_date(args.date)
    except ValueError as e:
        print("error: --date: %s" % e, file=sys.stderr)
        return 2
    out = AtomicFile(args.output) if args.output else sys.stdout
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    writer = RecordWriter(out, args.format)
    try:
        summary = run(discover(args.inputs), writer, date=date, errors=errors, max_bytes=args.max_bytes)
        writer.close()
    except BaseException:
        if args.output:
            out.abort()
        raise
    finally:
        if errors:
            errors.close()
    if args.output:
        out.commit()
    if not args.quiet:
        print("extractor: %d done, %d failed" % (summary.done, summary.failed), file=sys.stderr)
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
