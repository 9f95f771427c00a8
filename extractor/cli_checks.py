"""What `extractor extract` checks before it starts, and the CLI's argument types.

Everything here runs before any output is opened, so a refused run leaves nothing
behind: the inputs match something, `-o`/`--errors`/`--table` can be written, the
extras the inputs need are installed, stdin is not empty, the Dask scheduler answers.
Each problem is one line (`error: ...`) and exit status 2.

Exit statuses of the CLI: 0 every input done; 1 some inputs failed (each has its
error line; the others are written); 2 a usage error, nothing run (bad arguments,
no input matched, an output that cannot be written, a missing extra, no scheduler).
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Callable, List, Optional

from .readers import HTML_SUFFIXES, JSON_SUFFIXES, SUFFIXES, Listing, scan

EXIT_CODES = ("exit status: 0 every input done; 1 some inputs failed (one error line each, the others "
              "written); 2 nothing run: a usage error, no input matched, an output that cannot be "
              "written, a missing extra, no Dask scheduler")
DASK_HINT = 'Dask is not installed; install the extra: pip install "extractor[dask]"'
DASK_TIMEOUT = 5          # seconds to wait for a scheduler
SKIPPED = "not " + "/".join(SUFFIXES)


class UsageError(Exception):
    """A run refused before it starts: one line, exit status 2."""


# --- argument types ---------------------------------------------------------------

def positive_int(value: str) -> int:
    """argparse type: an integer ≥ 1 (`--workers`)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError("not a whole number: %r" % value) from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$", re.I)
_UNITS = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}


def byte_size(value: str) -> int:
    """argparse type: a size in bytes, `10MB`, `500K`, `1G`, `1.5M` (binary multiples) or plain bytes."""
    m = _SIZE.match(value)
    if not m:
        raise argparse.ArgumentTypeError("not a size: %r (say 10MB, 500K, 1G or a number of bytes)" % value)
    n = int(float(m.group(1)) * _UNITS[m.group(2).lower()])
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1 byte")
    return n


# --- before the run ---------------------------------------------------------------

def pre_run(args) -> Listing:
    """The inputs the run will read, once every check passed; else UsageError."""
    listing = scan(args.inputs, getattr(args, "stdin_format", "auto"))
    if listing.unmatched:
        raise UsageError("no input matched: %s" % " ".join(listing.unmatched))
    if args.output:
        check_writable(args.output, "-o")
    if args.errors:
        check_writable(args.errors, "--errors")
    if getattr(args, "table", None) and args.table != "-":
        check_writable(args.table, "--table")
    paths = [s.path for s in listing.sources]
    if args.output and os.path.abspath(args.output) in (os.path.abspath(p) for p in paths if p != "-"):
        raise UsageError("-o %s: is also an input" % args.output)
    html = next((p for p in paths if p.lower().endswith(HTML_SUFFIXES)), None)
    if html and not has_module("trafilatura"):
        from .readers import HTML_HINT
        raise UsageError("%s: %s" % (html, HTML_HINT))
    if "-" in paths:
        check_stdin()
    if args.dask:
        connect_dask(args.dask)
    return listing


def check_writable(path: str, flag: str) -> None:
    """An output path that is no directory and whose folder exists or can be made (made here)."""
    if os.path.isdir(path) or path.endswith(os.sep):
        raise UsageError("%s %s: is a directory" % (flag, path))
    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as e:
        raise UsageError("%s %s: cannot make its folder: %s" % (flag, path, e.strerror or e)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError("%s %s: cannot write in %s: Permission denied" % (flag, path, folder))


def has_module(name: str) -> bool:
    """The module can be imported (without importing it; a module blocked in sys.modules is missing)."""
    if name in sys.modules:
        return sys.modules[name] is not None
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def check_stdin() -> None:
    """`-` with nothing on stdin (closed, or empty when piped) is refused before the run."""
    if sys.stdin is None or sys.stdin.closed:
        raise UsageError("-: stdin is closed")
    buf = getattr(sys.stdin, "buffer", None)
    if buf is None or not hasattr(buf, "peek") or os.isatty(buf.fileno()):
        return                       # a terminal: the user types the text; a test's StringIO: read later
    try:
        head = buf.peek(1)
    except (OSError, ValueError):
        return
    if not head:
        raise UsageError("-: stdin is empty (pipe a text or JSONL into it)")


def connect_dask(address: str):
    """The Dask client for `--dask` (kept in extractor.dask for the run), or UsageError:
    the extra is missing or no scheduler answered within DASK_TIMEOUT seconds."""
    if not (has_module("distributed") and has_module("dask")):
        raise UsageError("--dask: %s" % DASK_HINT)
    from . import dask as dask_run
    try:
        return dask_run.connect(address, timeout=DASK_TIMEOUT)
    except ImportError:
        raise UsageError("--dask: %s" % DASK_HINT) from None
    except dask_run.NoScheduler as e:
        raise UsageError("--dask: %s" % e) from None


# --- while it runs ----------------------------------------------------------------

def progress_wanted(quiet: bool) -> bool:
    """A progress line on stderr: a terminal, and not the terminal the records go to
    (stdout on the same terminal would mix them)."""
    if quiet or not _isatty(sys.stderr):
        return False
    if not _isatty(sys.stdout):
        return True
    try:
        a, b = os.fstat(sys.stdout.fileno()), os.fstat(sys.stderr.fileno())
    except (OSError, ValueError):
        return False
    return (a.st_dev, a.st_ino, a.st_rdev) != (b.st_dev, b.st_ino, b.st_rdev)


def _isatty(stream) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (OSError, ValueError):
        return False


def skipped_line(listing: Listing) -> Optional[str]:
    """`3 files skipped: not .txt/.html/...` when files in folders were skipped for their extension."""
    if not listing.skipped:
        return None
    return "%d file%s skipped: %s" % (listing.skipped, "" if listing.skipped == 1 else "s", SKIPPED)


def error_line(res) -> str:
    """`error: SOURCE: MESSAGE` for a failed input; an object of a JSON file is named by its
    doc_id too (`error: feed.jsonl (a-17): no `text` string in the JSON object`)."""
    where = res.source or res.doc_id
    if (res.source and res.source.lower().endswith(JSON_SUFFIXES) and res.doc_id != Path(res.source).stem
            and not res.error.startswith("bad JSON line")):
        where = "%s (%s)" % (res.source, res.doc_id)
    return "error: %s: %s" % (where, res.error)


def guarded(main: Callable[[Optional[List[str]]], int], argv=None) -> int:
    """`main`, with a closed pipe on stdout (`extractor extract … | head -1`) ending quietly:
    no traceback, no `Exception ignored` at exit (stdout goes to devnull, as the Python docs say)."""
    try:
        rc = main(argv)
        sys.stdout.flush()
        return rc
    except BrokenPipeError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 1
