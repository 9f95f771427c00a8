"""`extractor show`: a record as one self-contained HTML page.

Pure functions: `page(record, text)` and `index(items)` return HTML strings;
`add_parser` / `run` are the CLI pair. No external assets: inline CSS only.
"""
from __future__ import annotations

import sys
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple

from .report import indicators

if TYPE_CHECKING:           # the CLI builds its parser from this module before any record exists
    from .schema import Record

# type → (label, colour): one table for the highlights and the legend
COLOURS = {
    "PER": ("person", "#ffb3b3"),
    "LOC": ("place", "#b3e6b3"),
    "ORG": ("organisation", "#b3ccff"),
    "quantity": ("quantity", "#ffd966"),
    "date": ("date", "#e0b3ff"),
}
KINDS = list(COLOURS)

CSS = """
body{font-family:sans-serif;margin:0;padding:16px;background:#fafafa;color:#222}
h1{font-size:20px;margin:0 0 8px} h2{font-size:17px;margin:24px 0 8px}
.wrap{display:flex;gap:20px;align-items:flex-start}
.text{flex:3;white-space:pre-wrap;line-height:1.9;background:#fff;padding:14px;border:1px solid #ddd;font-size:15px}
.side{flex:2;min-width:300px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px;margin-bottom:12px}
td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f0f0}
mark{background:var(--c);border-radius:2px;padding:1px 0;color:inherit}
mark mark{background:transparent;border-bottom:3px solid var(--c)}
mark mark mark{border-bottom-style:dotted}
.title{color:#888;font-weight:bold}
.legend span{display:inline-block;margin:0 10px 4px 0;padding:1px 6px;background:var(--c);border-radius:2px}
.meta{color:#555;font-size:13px;margin-bottom:10px}
""" + "".join(".t-%s{--c:%s}" % (k, c) for k, (_, c) in COLOURS.items())


# --- spans ------------------------------------------------------------------

def _fmt(v) -> str:
    return ("%d" % v) if float(v).is_integer() else repr(v)


def _range(a, b) -> str:
    if a and b and a != b:
        return "%s … %s" % (a, b)
    return a or b or ""


def quantity_value(q) -> str:
    value = _fmt(q.value) + ("–" + _fmt(q.value_max) if q.value_max is not None else "")
    pre = {"approx": "≈", "gt": ">", "gte": "≥", "lt": "<", "lte": "≤"}.get(q.qualifier or "", "")
    return "%s%s %s" % (pre, value, q.unit)


def date_value(d) -> str:
    return _range(d.date_from, d.date_to) or d.duration or d.kind


def spans(record: Record) -> List[Tuple[int, int, str, str]]:
    """(start, stop, type, hover text) for every highlighted item of a record."""
    out = []
    for e in record.entities:
        hover = e.name + ("; " + ", ".join(e.positions) if e.positions else "")
        out += [(m.start, m.stop, e.type, "%s: %s" % (e.type, hover)) for m in e.mentions]
    out += [(q.start, q.stop, "quantity", "%s: %s" % (q.kind, quantity_value(q))) for q in record.quantities]
    out += [(d.start, d.stop, "date", "%s: %s" % (d.kind, date_value(d))) for d in record.dates]
    return [s for s in out if s[0] < s[1]]


def highlight(text: str, items: Sequence[Tuple[int, int, str, str]], title: Optional[Tuple[int, int]] = None) -> str:
    """The escaped text, split at every span boundary; each piece nested in the marks that cover it."""
    items = sorted(items, key=lambda s: (s[0], -s[1]))
    cuts = sorted({0, len(text)} | {p for s in items for p in s[:2] if p <= len(text)}
                  | set(title or ()))
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        for start, stop, kind, hover in reversed([s for s in items if s[0] <= a and b <= s[1]]):
            piece = '<mark class="t-%s" title="%s">%s</mark>' % (kind, escape(hover), piece)
        if title and title[0] <= a and b <= title[1]:
            piece = '<span class="title">%s</span>' % piece
        parts.append(piece)
    return "".join(parts)


def _title_span(record: Record, text: str) -> Optional[Tuple[int, int]]:
    if record.title and record.title.strip():
        i = text.find(record.title.strip())
        if i >= 0:
            return i, i + len(record.title.strip())
    return None


# --- tables -----------------------------------------------------------------

def _person(p) -> str:
    if p is None:
        return ""
    bits = [p.name, p.position and "(%s)" % p.position, p.region and "— %s" % p.region]
    return " ".join(b for b in bits if b)


def _rows(rows) -> str:
    return "".join("<tr><th>%s</th><td>%s</td></tr>" % (escape(k), escape(str(v)))
                   for k, v in rows if v not in (None, "", []))


def briefing_table(record: Record) -> str:
    b = record.briefing
    if b is None:
        return "<table class='briefing'><tr><th>briefing</th><td>none</td></tr></table>"
    rows = [("reporter", _person(b.reporter)), ("recipient", _person(b.recipient))]
    if len(b.reporters) > 1:
        rows.append(("reporters", "; ".join(_person(p) for p in b.reporters)))
    rows.append(("region", b.region))
    if b.period:
        rows.append(("period", "%s (%s)" % (b.period.text, _range(b.period.date_from, b.period.date_to))))
    for i in b.indicators:
        value = _fmt(i.value) + ("–" + _fmt(i.value_max) if i.value_max is not None else "")
        rows.append(("indicator", "%s: %s %s — «%s»" % (i.name, value, i.unit, i.text)))
    rows += [("directive", d.text) for d in b.directives]
    return "<table class='briefing'><tr><th colspan=2>briefing</th></tr>%s</table>" % _rows(rows)


def meta_table(record: Record, text: str) -> str:
    rows = [("doc_id", record.doc_id), ("source", record.source)]
    if record.reference_date:
        rows.append(("reference date", "%s (%s)" % (record.reference_date.date, record.reference_date.source)))
    a = record.attribution
    if a:
        said = text[a.start:a.stop] if a.stop <= len(text) else ""
        who = " ".join(filter(None, [a.outlet, "via " + ", ".join(a.via) if a.via else ""])) or "no outlet named"
        rows.append(("attribution", "%s — «%s»" % (who, said)))
    rows += [("warning", w) for w in record.warnings]
    return "<table class='meta'>%s</table>" % _rows(rows)


def legend() -> str:
    return "<div class='legend'>%s</div>" % "".join(
        '<span class="t-%s">%s</span>' % (k, k if k == label else "%s (%s)" % (k, label))
        for k, (label, _) in COLOURS.items())


def counts(record: Record) -> dict:
    c = {k: 0 for k in KINDS}
    for e in record.entities:
        c[e.type] += 1
    c["quantity"], c["date"] = len(record.quantities), len(record.dates)
    return c


# --- pages ------------------------------------------------------------------

def section(record: Record, text: str, anchor: str = "") -> str:
    head = escape(record.title or record.doc_id)
    return ("<section%s><h1>%s</h1>%s<div class='wrap'><div class='text'>%s</div>"
            "<div class='side'>%s%s</div></div></section>") % (
        ' id="%s"' % anchor if anchor else "", head, legend(),
        highlight(text, spans(record), _title_span(record, text)),
        briefing_table(record), meta_table(record, text))


def _html(title: str, body: str) -> str:
    return ("<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>%s</title>"
            "<style>%s</style></head><body>%s</body></html>\n") % (escape(title), CSS, body)


def page(record: Record, text: str) -> str:
    """One record over its text → a self-contained HTML page."""
    return _html(record.title or record.doc_id, section(record, text) + indicators([(record, text)], links=False))


def index(items: Sequence[Tuple[Record, str]]) -> str:
    """Many (record, text) → one page: a table of counts linking to a section per article."""
    head = "".join("<th>%s</th>" % k for k in KINDS)
    rows = []
    for n, (r, _) in enumerate(items, 1):
        c = counts(r)
        rows.append('<tr><td><a href="#doc-%d">%s</a></td><td>%s</td>%s</tr>' % (
            n, escape(r.doc_id), escape(r.title or ""), "".join("<td>%d</td>" % c[k] for k in KINDS)))
    table = "<table class='index'><tr><th>doc</th><th>title</th>%s</tr>%s</table>" % (head, "".join(rows))
    sections = "".join(section(r, t, "doc-%d" % n) for n, (r, t) in enumerate(items, 1))
    return _html("extractor: %d articles" % len(items),
                 "<h1>%d articles</h1>%s%s%s" % (len(items), table, indicators(items), sections))


# --- CLI --------------------------------------------------------------------

def add_parser(subparsers) -> None:
    p = subparsers.add_parser("show", help="render records as a self-contained HTML page")
    p.add_argument("input", help="an article (.txt, .html), a folder of them, a records .jsonl/.json, "
                                 "or input JSON/JSONL (objects with `text`, extracted first)")
    p.add_argument("--doc", help="with a .jsonl: the doc_id of the record to show")
    p.add_argument("--date", help="publication date (YYYY-MM-DD) for .txt articles")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")


def run(args) -> int:
    """0: every input shown; 1: some failed (one line each; the page has the others,
    no page when none is left); 2: nothing run (a missing input, a bad --date or -o, no such --doc)."""
    from .cli_checks import UsageError, check_writable
    from .document import parse_date
    from .show_inputs import ShowError, collect
    failed = []

    def on_error(msg):
        failed.append(msg)
        print("error: %s" % msg, file=sys.stderr)

    try:
        date = parse_date(args.date)
    except ValueError as e:
        print("error: --date: %s" % e, file=sys.stderr)
        return 2
    try:
        check_writable(args.output, "-o")
        items = collect(args.input, args.doc, date, on_error)
    except (UsageError, ShowError) as e:
        print("error: %s" % e, file=sys.stderr)
        return 2
    if not items:
        print("extractor: nothing to show, %s not written" % args.output, file=sys.stderr)
        return 1
    single = len(items) == 1 and not Path(args.input).is_dir()
    _write(args.output, page(*items[0]) if single else index(items))
    print("extractor: wrote %s (%d records%s)" % (args.output, len(items),
          ", %d failed" % len(failed) if failed else ""), file=sys.stderr)
    return 1 if failed else 0


def _write(path: str, html: str) -> None:
    """The page under a temporary name, renamed into place (never half a page)."""
    import os
    import tempfile
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".%s." % os.path.basename(path), suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(html)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _umask() -> int:
    import os
    mask = os.umask(0)
    os.umask(mask)
    return mask
