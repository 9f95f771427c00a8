"""The command line: `extractor extract`, `extractor schema`, `extractor show`, `extractor table`.

The only module that knows about terminals, files named by the user and exit codes.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time

from . import __version__
from .cli_checks import (EXIT_CODES, UsageError, byte_size, error_line, guarded, positive_int, pre_run,
                         progress_wanted, skipped_line)


# the collector's first generation is collected every 50 000 allocations, not 700: loading the
# models and filling the word caches make few cycles, and the frequent passes over the growing
# caches cost a batch about 5 % (the CLI owns its process; `import extractor` leaves the host's)
GC_THRESHOLD = (50_000, 20, 100)


def main(argv=None) -> int:
    """The CLI; a closed stdout pipe (`| head`) ends it quietly (cli_checks.guarded)."""
    gc.set_threshold(*GC_THRESHOLD)
    status = guarded(_main, argv)
    if argv is None:        # the command line's own process, about to exit: the collector's last
        gc.freeze()         # pass over the models and word caches (0.08 s) would free nothing of use
    return status


def _main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="extractor", description="Russian news articles → structured JSON records.",
                                 epilog=EXIT_CODES)
    ap.add_argument("--version", action="version", version="extractor " + __version__)
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records from article files, folders or stdin (-)", epilog=EXIT_CODES)
    ex.add_argument("inputs", nargs="+",
                    help="files, folders (recursive), glob patterns of .txt/.html/.htm/.json/.jsonl, or - for stdin")
    ex.add_argument("-o", "--output", help="write here instead of stdout (through FILE.partial, renamed into place at the end)")
    ex.add_argument("--workers", type=positive_int, default=os.cpu_count() or 1,
                    help="worker processes (default: number of cores)")
    ex.add_argument("--resume", action="store_true",
                    help="continue FILE.partial (or FILE) of an earlier run: only the inputs missing from it")
    ex.add_argument("--dask", metavar="SCHEDULER_ADDRESS", help="run on a Dask cluster instead of local workers")
    ex.add_argument("--format", choices=["jsonl", "json"], default="jsonl", help="JSON Lines (default) or a JSON array")
    ex.add_argument("--date", help="publication date (YYYY-MM-DD) that relative dates resolve against")
    ex.add_argument("--errors", help="write one JSON line per failed input to this file")
    ex.add_argument("--max-bytes", type=byte_size, default=10 * 1024 * 1024,
                    help="skip larger files (JSONL: lines): 10MB (the default), 500K, 1G or bytes")
    ex.add_argument("--stdin-format", choices=["auto", "text", "jsonl", "json"], default="auto",
                    help="what - reads: one text, JSON Lines, a JSON document; auto (default): JSONL "
                         "when every non-empty line is a JSON object, else text")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line on stderr")
    ex.add_argument("--table", metavar="FILE", help="also write the figure table (.parquet or .csv) in the same run")

    sub.add_parser("schema", help="print the JSON Schema of a record")
    from . import show, table
    show.add_parser(sub)
    table.add_parser(sub)

    args = ap.parse_args(argv)
    if args.command == "show":
        return show.run(args)
    if args.command == "table":
        return table.run(args)
    if args.command == "schema":
        from .schema import json_schema_text
        sys.stdout.write(json_schema_text())
        return 0
    try:
        return _extract(args)
    except KeyboardInterrupt as e:             # before any document (listing inputs, loading models)
        print("extractor: interrupted before any document was done", file=sys.stderr)
        return getattr(e, "status", 130)


def _extract(args) -> int:
    from .batch import run
    from .document import parse_date
    from .readers import expand
    from .runs import ErrorLog, RunOutput, catch_signals, ignore_signals, prefill_table
    from .table import TableError, TableWriter
    from .workers import WorkerDied

    try:
        date = parse_date(args.date)
    except ValueError as e:
        print("error: --date: %s" % e, file=sys.stderr)
        return 2
    if args.resume and not args.output:
        print("error: --resume needs -o FILE (stdout cannot be resumed)", file=sys.stderr)
        return 2
    try:
        listing = pre_run(args)          # inputs, -o, --errors, extras, stdin, Dask: before anything is opened
    except UsageError as e:
        print("error: %s" % e, file=sys.stderr)
        return 2
    try:
        if args.table == "-":
            raise TableError("needs a file (.parquet or .csv): stdout takes the records")
        sink = TableWriter(args.table) if args.table else None     # the figure table, fed every record line
    except TableError as e:
        print("error: --table: %s" % e, file=sys.stderr)
        return 2
    restore_signals = catch_signals()          # Ctrl-C, SIGTERM: one line, exit 130 / 143
    srcs = listing.sources
    out = RunOutput(args.output, args.format, args.resume)
    errors = ErrorLog(args.errors, args.resume, out.done) if args.errors else None
    write = sink.tee(out.write_line) if sink else out.write_line
    one_doc_each = not any(s.path.lower().endswith((".json", ".jsonl")) for s in srcs)
    bar = _Progress(len(srcs), one_doc_each) if progress_wanted(args.quiet) else None
    failed = []

    def on_error(res):
        failed.append(res.doc_id)
        if bar:
            bar.clear()
        print(error_line(res), file=sys.stderr)

    try:
        if sink:
            prefill_table(sink, out, lambda m: print("error: --table: %s" % m, file=sys.stderr))
        if args.dask:
            from .dask import run_dask
            summary = run_dask(args.dask, expand(srcs, args.max_bytes), write, date=date,
                               errors=errors, max_bytes=args.max_bytes, skip=out.done, on_error=on_error)
        else:
            summary = run(expand(srcs, args.max_bytes), write, workers=max(1, args.workers),
                          date=date, errors=errors, max_bytes=args.max_bytes, skip=out.done,
                          on_error=on_error, progress=bar.update if bar else None)
        out.finish()
        if sink:
            sink.close()
    except (KeyboardInterrupt, WorkerDied) as e:   # Interrupted (SIGINT, SIGTERM); a worker killed
        ignore_signals()
        out.stop()
        if sink:
            sink.abort()
        if bar:
            bar.clear()
        count = len(out.done) + out.written + len(failed)
        why = str(e) if isinstance(e, WorkerDied) else ""
        print(out.interrupted_line(count, len(srcs) if one_doc_each else None, why), file=sys.stderr)
        return 1 if why else getattr(e, "status", 130)
    except TableError as e:
        out.stop()
        print("error: --table: %s" % e, file=sys.stderr)
        return 2
    except BaseException:
        out.stop()
        if sink:
            sink.abort()
        raise
    finally:
        restore_signals()
        if errors:
            errors.close()
        if bar:
            bar.clear()
    if not args.quiet:
        if skipped_line(listing):
            print("extractor: %s" % skipped_line(listing), file=sys.stderr)
        print("extractor: %d done, %d skipped, %d failed%s" % (summary.done, summary.skipped, summary.failed,
              " → %s" % args.output if args.output else ""), file=sys.stderr)
    return 1 if summary.failed else 0


class _Progress:
    """A one-line progress bar on stderr: docs done, docs/s, and an ETA when every file is one doc,
    once it means something (ETA_DOCS docs done and ETA_SECONDS seconds gone)."""

    ETA_DOCS, ETA_SECONDS = 5, 2.0

    def __init__(self, files: int, one_doc_each: bool):
        self.files = files
        self.eta = one_doc_each
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, s):
        now = time.monotonic()
        if now - self.last < 0.2:
            return
        self.last = now
        n = s.done + s.failed
        rate = n / max(now - self.start, 1e-9)
        line = "\r%d docs (%d failed, %d skipped) from %d files, %.1f docs/s" % (
            n, s.failed, s.skipped, self.files, rate)
        if self.eta and rate > 0 and n >= self.ETA_DOCS and now - self.start >= self.ETA_SECONDS:
            left = max(self.files - n - s.skipped, 0) / rate
            line += ", ETA %d:%02d:%02d" % (left // 3600, left % 3600 // 60, left % 60)
        sys.stderr.write(line + "   ")
        sys.stderr.flush()

    def clear(self):
        sys.stderr.write("\r\033[K")
        sys.stderr.flush()


if __name__ == "__main__":
    sys.exit(main())
