"""`extractor table`: records files → one table across a corpus (Parquet or CSV).

One row per figure (`--what figures`, the default), per entity mention, per date
mention or per briefing. The table reads records files (JSON Lines, or a JSON
array), never the pipeline, so it reads 1.0 records as well as 1.1 ones.
Parquet needs pyarrow (`pip install "extractor[parquet]"`); columns are typed:
text as string, dates as date32, values as float64, offsets as int64 (nullable).
Rows are written in batches, so memory stays flat whatever the corpus size.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from functools import lru_cache
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Tuple

PARQUET_HINT = 'writing Parquet needs pyarrow: pip install "extractor[parquet]"'
BATCH = 20_000        # rows per Parquet row group / write

# (column, type): `str`, `date`, `float`, `int`
DOC = [("doc_id", "str"), ("source", "str"), ("url", "str"), ("outlet", "str"),
       ("reference_date", "date"), ("title", "str")]
COLUMNS: Dict[str, List[Tuple[str, str]]] = {
    "figures": DOC + [
        ("place", "str"), ("place_type", "str"), ("reporter", "str"), ("recipient", "str"),
        ("indicator", "str"), ("value", "float"), ("value_max", "float"), ("unit", "str"), ("kind", "str"),
        ("qualifier", "str"), ("status", "str"), ("change", "str"),
        ("period_from", "date"), ("period_to", "date"), ("period_text", "str"),
        ("text", "str"), ("start", "int"), ("stop", "int")],
    "entities": DOC + [
        ("entity_id", "str"), ("type", "str"), ("name", "str"), ("positions", "str"),
        ("text", "str"), ("start", "int"), ("stop", "int")],
    "dates": DOC + [
        ("date_id", "str"), ("kind", "str"), ("date_from", "date"), ("date_to", "date"),
        ("granularity", "str"), ("duration", "str"), ("text", "str"), ("start", "int"), ("stop", "int")],
    "briefings": DOC + [
        ("reporter", "str"), ("reporter_position", "str"), ("recipient", "str"), ("recipient_position", "str"),
        ("region", "str"), ("period_from", "date"), ("period_to", "date"), ("period_text", "str"),
        ("indicators", "int"), ("directives", "str")],
}
WHAT = list(COLUMNS)
_ROW_NAME = {"figures": "figure", "entities": "entity mention", "dates": "date mention", "briefings": "briefing"}


class TableError(Exception):
    """A records file that cannot be read, or a table that cannot be written: one clear line."""


# --- rows -------------------------------------------------------------------

def _get(d, *path):
    for k in path:
        if not isinstance(d, dict):
            return None
        d = d.get(k)
    return d


def _date(s) -> Optional[dt.date]:
    return _iso(s) if isinstance(s, str) else None


@lru_cache(maxsize=4096)
def _iso(s: str) -> Optional[dt.date]:
    if len(s) < 10:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def _doc(r: dict) -> tuple:
    return (r.get("doc_id"), r.get("source"), r.get("url"), _get(r, "attribution", "outlet"),
            _date(_get(r, "reference_date", "date")), r.get("title"))


def _dicts(items):
    return [x for x in items or [] if isinstance(x, dict)] if isinstance(items, list) else []


# each yields rows as tuples in the order of COLUMNS[what]

def figure_rows(r: dict) -> Iterator[tuple]:
    doc = _doc(r)
    entities = {e.get("id"): e for e in _dicts(r.get("entities"))}
    b = r.get("briefing") if isinstance(r.get("briefing"), dict) else {}
    named = {i.get("quantity_id"): i.get("name") for i in _dicts(b.get("indicators"))}
    reporter, recipient = _get(b, "reporter", "name"), _get(b, "recipient", "name")
    for q in _dicts(r.get("quantities")):
        get = q.get
        place = entities.get(get("place")) or {}
        per = get("period") if isinstance(get("period"), dict) else {}
        qid = get("id")
        in_briefing = qid in named
        yield doc + (
            place.get("name"), place.get("type"),
            reporter if in_briefing else None, recipient if in_briefing else None,
            get("indicator") or named.get(qid) or get("subject"),
            get("value"), get("value_max"), get("unit"), get("kind"), get("qualifier"), get("status"), get("change"),
            _date(per.get("date_from")), _date(per.get("date_to")), per.get("text"),
            get("text"), get("start"), get("stop"))


def entity_rows(r: dict) -> Iterator[tuple]:
    doc = _doc(r)
    for e in _dicts(r.get("entities")):
        positions = "; ".join(str(p) for p in e.get("positions") or []) or None
        for m in _dicts(e.get("mentions")):
            yield doc + (e.get("id"), e.get("type"), e.get("name"), positions,
                         m.get("text"), m.get("start"), m.get("stop"))


def date_rows(r: dict) -> Iterator[tuple]:
    doc = _doc(r)
    for d in _dicts(r.get("dates")):
        yield doc + (d.get("id"), d.get("kind"), _date(d.get("date_from")), _date(d.get("date_to")),
                     d.get("granularity"), d.get("duration"), d.get("text"), d.get("start"), d.get("stop"))


def briefing_rows(r: dict) -> Iterator[tuple]:
    b = r.get("briefing")
    if not isinstance(b, dict):
        return
    directives = "; ".join(str(d.get("text", "")) for d in _dicts(b.get("directives"))) or None
    yield _doc(r) + (
        _get(b, "reporter", "name"), _get(b, "reporter", "position"),
        _get(b, "recipient", "name"), _get(b, "recipient", "position"), b.get("region"),
        _date(_get(b, "period", "date_from")), _date(_get(b, "period", "date_to")), _get(b, "period", "text"),
        len(_dicts(b.get("indicators"))), directives)


ROWS: Dict[str, Callable[[dict], Iterator[tuple]]] = {
    "figures": figure_rows, "entities": entity_rows, "dates": date_rows, "briefings": briefing_rows}


# --- reading ----------------------------------------------------------------

def read_records(path: str, on_error: Callable[[str], None]) -> Iterator[dict]:
    """The records of a JSONL file (or of a JSON array or object; `-`: stdin). Bad lines are
    skipped and reported in one line for the file (`on_error`); a file that cannot be read is
    reported and yields nothing."""
    try:
        f = sys.stdin if path == "-" else open(path, encoding="utf-8-sig")
    except OSError as e:
        on_error("%s: cannot read: %s" % (path, e.strerror or e))
        return
    bad, first = 0, ""
    try:
        head = f.readline()
        if head.lstrip().startswith("[") or (head.lstrip().startswith("{") and not _json(head)):
            try:                        # a JSON array, or one pretty-printed object
                data = json.loads(head + f.read())
            except ValueError as e:
                on_error("%s: not JSON: %s" % (path, e))
                return
            items = data if isinstance(data, list) else [data]
            lines = None
        else:
            items, lines = None, _chain(head, f)
        for n, item in enumerate(items if items is not None else lines, 1):
            if lines is not None:
                if not item.strip():
                    continue
                r = _json(item)
                if r is None:
                    bad, first = bad + 1, first or "line %d is not JSON" % n
                    continue
            else:
                r = item
            if isinstance(r, dict) and isinstance(r.get("doc_id"), str):
                yield r
            else:
                bad, first = bad + 1, first or "%s %d is not a record (no doc_id)" % (
                    "line" if lines is not None else "item", n)
    except UnicodeDecodeError:
        on_error("%s: not UTF-8 text, not a records file" % path)
    except OSError as e:
        on_error("%s: cannot read: %s" % (path, e.strerror or e))
    finally:
        if f is not sys.stdin:
            f.close()
        if bad:
            on_error("%s: %d bad line%s skipped (%s)" % (path, bad, "" if bad == 1 else "s", first))


def _json(line: str):
    try:
        return json.loads(line)
    except ValueError:
        return None


def _chain(head: str, f) -> Iterator[str]:
    if head:
        yield head
    yield from f


def rows(records: Iterable[dict], what: str = "figures") -> Iterator[dict]:
    """The rows of records as dicts (column → value)."""
    make, names = ROWS[what], [name for name, _ in COLUMNS[what]]
    for r in records:
        for row in make(r):
            yield dict(zip(names, row))


# --- writing ----------------------------------------------------------------

def arrow_schema(what: str):
    import pyarrow as pa
    types = {"str": pa.string(), "date": pa.date32(), "float": pa.float64(), "int": pa.int64()}
    return pa.schema([(name, types[t]) for name, t in COLUMNS[what]])


def _float(v):
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _int(v):
    return int(v) if isinstance(v, int) and not isinstance(v, bool) and abs(v) < 2 ** 63 else None


def _str(v):
    return None if v is None else str(v)


_CONVERT = {"str": _str, "date": lambda v: v if isinstance(v, dt.date) else None, "float": _float, "int": _int}


class TableWriter:
    """Rows to a Parquet or CSV file (by its extension; `-`: CSV on stdout), written under
    `path.partial` and renamed into place by `close` (never half a table). `excel`: CSV in
    UTF-8 with a BOM, which Excel reads as UTF-8."""

    def __init__(self, path: str, what: str = "figures", excel: bool = False):
        if what not in COLUMNS:
            raise TableError("unknown table %r (one of %s)" % (what, ", ".join(WHAT)))
        self.path, self.what, self.columns = path, what, COLUMNS[what]
        self.parquet = path != "-" and path.lower().endswith((".parquet", ".pq"))
        self.count, self._batch, self._pq, self._tmp, self._file = 0, [], None, None, None
        if self.parquet:
            try:
                import pyarrow.parquet as pq
            except ImportError:
                raise TableError(PARQUET_HINT) from None
            self._pq_module = pq
        try:
            if path == "-":
                self._file = sys.stdout
            else:
                folder = os.path.dirname(os.path.abspath(path))
                os.makedirs(folder, exist_ok=True)
                self._tmp = path + ".partial"       # a fixed name (no stray random files), usual permissions
                self._file = open(self._tmp, "w", encoding="utf-8-sig" if excel else "utf-8", newline="")
                if self.parquet:                    # created (checked writable) here, written by pyarrow
                    self._file.close()
                    self._file = None
        except OSError as e:
            raise TableError("%s: cannot write: %s" % (path, e.strerror or e)) from None
        if self._file is not None:
            self._csv = csv.writer(self._file)
            self._csv.writerow([name for name, _ in self.columns])

    def add_record(self, record: dict) -> None:
        for row in ROWS[self.what](record):
            self.add(row)

    def tee(self, write: Callable[[str], None]) -> Callable[[str], None]:
        """`write` for record lines that also adds each record to this table (`extract --table`)."""
        def both(line: str) -> None:
            write(line)
            self.add_record(json.loads(line))
        return both

    def add(self, row: tuple) -> None:
        """One row: a tuple in the order of the table's columns."""
        self.count += 1
        if self.parquet:
            self._batch.append(row)
            if len(self._batch) >= BATCH:
                self._flush()
        else:
            self._csv.writerow([_cell(v) for v in row])

    def _flush(self) -> None:
        import pyarrow as pa
        schema = arrow_schema(self.what)
        arrays = []
        for k, ((name, kind), column) in enumerate(zip(self.columns, zip(*self._batch) if self._batch
                                                       else [()] * len(self.columns))):
            try:
                arrays.append(pa.array(column, type=schema.field(k).type))
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
                # a value of another type (a hand-edited record): converted one by one
                arrays.append(pa.array([_CONVERT[kind](v) for v in column], type=schema.field(k).type))
        if self._pq is None:
            self._pq = self._pq_module.ParquetWriter(self._tmp, schema)
        self._pq.write_table(pa.Table.from_arrays(arrays, schema=schema))
        self._batch = []

    def close(self) -> None:
        try:
            if self.parquet:
                if self._batch or self._pq is None:
                    self._flush()
                self._pq.close()
            elif self._file is not sys.stdout:
                self._file.close()
            else:
                self._file.flush()
            if self._tmp:
                os.replace(self._tmp, self.path)
        except OSError as e:
            self.abort()
            raise TableError("%s: cannot write: %s" % (self.path, e.strerror or e)) from None

    def abort(self) -> None:
        if self._file is not None and self._file is not sys.stdout:
            self._file.close()
        if self._pq is not None:
            try:
                self._pq.close()
            except Exception:
                pass
        if self._tmp and os.path.exists(self._tmp):
            os.unlink(self._tmp)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return "%d" % v if v.is_integer() and abs(v) < 1e16 else repr(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def write_table(paths: List[str], out: str, what: str = "figures", excel: bool = False,
                on_error: Callable[[str], None] = lambda m: None) -> int:
    """Every record of the files → one table at `out`; the number of rows."""
    w = TableWriter(out, what, excel)
    try:
        for path in paths:
            for r in read_records(path, on_error):
                w.add_record(r)
    except BaseException:
        w.abort()
        raise
    w.close()
    return w.count


# --- CLI --------------------------------------------------------------------

def add_parser(subparsers) -> None:
    p = subparsers.add_parser("table", help="records files → one table (Parquet or CSV) across them")
    p.add_argument("inputs", nargs="+", help="records files (.jsonl, or a JSON array), - for stdin")
    p.add_argument("-o", "--output", required=True,
                   help="FILE.parquet, FILE.csv, or - for CSV on stdout")
    p.add_argument("--what", choices=WHAT, default="figures",
                   help="one row per figure (default), entity mention, date mention or briefing")
    p.add_argument("--excel", action="store_true", help="CSV for Excel: UTF-8 with a BOM")


def run(args) -> int:
    bad = []

    def on_error(msg):
        bad.append(msg)
        print("error: %s" % msg, file=sys.stderr)

    try:
        n = write_table(args.inputs, args.output, args.what, args.excel, on_error)
    except TableError as e:
        print("error: %s" % e, file=sys.stderr)
        return 2
    except BrokenPipeError:             # `extractor table … -o - | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if args.output != "-":
        print("extractor: wrote %s: %d rows, one per %s" % (args.output, n, _ROW_NAME[args.what]), file=sys.stderr)
    return 1 if bad else 0
