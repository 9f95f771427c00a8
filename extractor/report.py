"""The indicators page of `extractor show`: every figure of the records, grouped by what it measures.

One group per indicator, unit and sort of figure (a level or a change); each has a
table of its figures (region, period, value, status, source), rows pre-sorted by
period, and sortable by any column without scripts: the header's ▲/▼ are labels of
hidden radio buttons whose CSS sets each row's `order` from the ranks it carries.
A group with several periods or places also gets a bar chart, drawn here as inline
SVG. No scripts, no network: the page reads the same with scripts off.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Dict, List, Optional, Sequence, Tuple

if TYPE_CHECKING:
    from .schema import Quantity, Record

COLUMNS = ("region", "period", "value", "status", "source")
WIDTHS = {"region": 22, "period": 26, "value": 16, "status": 10, "source": 26}
STATUS_COLOURS = {"actual": "#4a78c2", "plan": "#e0912f", None: "#9a9a9a"}
MAX_BARS = 16
NO_NAME = "(no indicator)"

CSS = """
.ind h2{font-size:16px;margin:2px 0 8px} .ind h2 small{color:#777;font-weight:normal}
.ind nav{font-size:13px;line-height:1.8;margin-bottom:8px} .ind nav a{margin-right:12px;white-space:nowrap}
.ind .grp{background:#fff;border:1px solid #ddd;padding:8px 12px 12px;margin-bottom:14px}
.ind svg{display:block;margin:6px 0 10px;max-width:100%}
.ind svg text{font:12px sans-serif;fill:#333} .ind svg .v{fill:#555}
.sortable{position:relative}
.sortable input{position:absolute;opacity:0;pointer-events:none}
.sortable table{display:block;margin:0} .sortable thead,.sortable tbody{display:flex;flex-direction:column}
.sortable tr{display:flex} .sortable th,.sortable td{box-sizing:border-box;overflow-wrap:anywhere}
.sortable th label{cursor:pointer;color:#999;padding:0 2px;user-select:none} .sortable th label:hover{color:#000}
.ind .st-actual{color:#2f5aa0} .ind .st-plan{color:#b8650b} .ind td.num{text-align:right;white-space:nowrap}
.ind .legend-st span{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px;vertical-align:middle}
""" + "".join(".sortable .c-%s{flex:0 0 %d%%}" % (c, w) for c, w in WIDTHS.items()) + "".join(
    ".s-{c}-a:checked~table tbody tr{{order:var(--{c})}}"
    ".s-{c}-d:checked~table tbody tr{{order:calc(0 - var(--{c}))}}"
    ".s-{c}-a:checked~table .l-{c}-a,.s-{c}-d:checked~table .l-{c}-d{{color:#000;font-weight:bold}}".format(c=c)
    for c in COLUMNS)


@dataclass
class Row:
    region: str
    period: str
    period_key: Tuple[str, str, str]
    value: float
    shown: str
    status: Optional[str]
    source: str
    link: str


def _number(v: float) -> str:
    """A readable number: scale words for large ones, a decimal comma (`188,2 млрд`)."""
    for scale, word in ((1e12, " трлн"), (1e9, " млрд"), (1e6, " млн"), (1e4, " тыс.")):
        if abs(v) >= scale:
            return _plain(v / scale) + word
    return _plain(v)


def _plain(v: float) -> str:
    s = ("%.3f" % v).rstrip("0").rstrip(".") if not float(v).is_integer() else "%d" % v
    return s.replace(".", ",")


def _shown(q: Quantity) -> str:
    pre = {"approx": "≈", "gt": ">", "gte": "≥", "lt": "<", "lte": "≤"}.get(q.qualifier or "", "")
    sign = {"up": "+", "down": "−"}.get(q.change or "", "")
    value = _number(q.value) + ("–" + _number(q.value_max) if q.value_max is not None else "")
    unit = "" if q.unit in ("%", "times") else " " + q.unit
    return "%s%s%s%s" % (pre, sign, value, "%" if q.unit == "%" else (" раз" if q.unit == "times" else unit))


def groups(items: Sequence[Tuple[Record, str]], links: bool = True) -> Dict[Tuple[str, str, str], List[Row]]:
    """(indicator, unit, `level` or `change`) → its rows, in period order."""
    out: Dict[Tuple[str, str, str], List[Row]] = {}
    for n, (r, _) in enumerate(items, 1):
        names = {e.id: e.name for e in r.entities}
        region = r.briefing.region if r.briefing and r.briefing.region else ""
        named = {i.quantity_id: i.name for i in (r.briefing.indicators if r.briefing else [])}
        for q in r.quantities:
            name = q.indicator or named.get(q.id) or q.subject or NO_NAME
            key = (name, q.unit, "change" if q.change else "level")
            p = q.period
            period = p.text if p else ""
            out.setdefault(key, []).append(Row(
                region=names.get(q.place, "") if q.place else region,
                period=period, period_key=(p.date_from or "9999", p.date_to or "9999", period) if p else ("~", "~", ""),
                value=q.value * (-1 if q.change == "down" else 1), shown=_shown(q), status=q.status,
                source=r.title or r.doc_id, link="#doc-%d" % n if links else ""))
    for rows in out.values():
        rows.sort(key=lambda x: (x.period_key, x.region.casefold()))
    # named indicators first, the largest groups first
    return dict(sorted(out.items(), key=lambda kv: (kv[0][0] == NO_NAME, -len(kv[1]), kv[0])))


def _ranks(rows: List[Row]) -> List[Dict[str, int]]:
    keys = {"region": lambda x: (x.region.casefold() or "~", x.period_key),
            "period": lambda x: (x.period_key, x.region.casefold()),
            "value": lambda x: (x.value, x.period_key), "status": lambda x: (x.status or "~", x.period_key),
            "source": lambda x: (x.source.casefold(), x.period_key)}
    out = [dict() for _ in rows]
    for c, key in keys.items():
        for rank, i in enumerate(sorted(range(len(rows)), key=lambda i: key(rows[i])), 1):
            out[i][c] = rank
    return out


def table(rows: List[Row], gid: str) -> str:
    """The sortable table of one group (ascending period checked: the rows' own order)."""
    radios = "".join('<input type="radio" name="%s" id="%s-%s-%s" class="s-%s-%s"%s>' % (
        gid, gid, c, d, c, d, " checked" if (c, d) == ("period", "a") else "")
        for c in COLUMNS for d in "ad")
    head = "".join('<th class="c-%s">%s <label for="%s-%s-a" class="l-%s-a" title="sort ascending">▲</label>'
                   '<label for="%s-%s-d" class="l-%s-d" title="sort descending">▼</label></th>'
                   % (c, c, gid, c, c, gid, c, c) for c in COLUMNS)
    body = []
    for row, rank in zip(rows, _ranks(rows)):
        style = ";".join("--%s:%d" % kv for kv in rank.items())
        source = ('<a href="%s">%s</a>' % (row.link, escape(row.source))) if row.link else escape(row.source)
        body.append('<tr style="%s"><td class="c-region">%s</td><td class="c-period">%s</td>'
                    '<td class="c-value num">%s</td><td class="c-status st-%s">%s</td><td class="c-source">%s</td></tr>'
                    % (style, escape(row.region), escape(row.period), escape(row.shown), row.status or "none",
                       escape(row.status or ""), source))
    return '<div class="sortable">%s<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table></div>' % (
        radios, head, "".join(body))


def chart(rows: List[Row]) -> str:
    """Bars, one per figure (the largest MAX_BARS), labelled by place and period; colour by status."""
    rows = sorted(rows, key=lambda x: -abs(x.value))[:MAX_BARS]
    rows.sort(key=lambda x: (x.period_key, x.region))
    top = max((abs(x.value) for x in rows), default=0) or 1
    label_w, bar_w, h = 300, 360, 20
    parts = []
    for i, row in enumerate(rows):
        y = 4 + i * h
        label = " · ".join(x for x in (row.region, row.period) if x) or row.source
        w = max(1, round(bar_w * abs(row.value) / top))
        parts.append('<text x="%d" y="%d" text-anchor="end">%s</text>' % (label_w - 8, y + 13, escape(_cut(label, 46))))
        parts.append('<rect x="%d" y="%d" width="%d" height="%d" fill="%s" rx="2"><title>%s</title></rect>' % (
            label_w, y + 2, w, h - 6, STATUS_COLOURS.get(row.status, "#9a9a9a"), escape(row.shown)))
        parts.append('<text class="v" x="%d" y="%d">%s</text>' % (label_w + w + 6, y + 13, escape(row.shown)))
    height = 8 + len(rows) * h
    return ('<svg width="%d" height="%d" viewBox="0 0 %d %d" role="img">%s</svg>'
            % (label_w + bar_w + 140, height, label_w + bar_w + 140, height, "".join(parts)))


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n - 1] + "…"


def indicators(items: Sequence[Tuple[Record, str]], links: bool = True) -> str:
    """The indicators page: a section with a group (chart and sortable table) per indicator."""
    grouped = groups(items, links)
    if not grouped:
        return ""
    nav, blocks = [], []
    for n, ((name, unit, sort), rows) in enumerate(grouped.items(), 1):
        gid = "ind-%d" % n
        title = "%s · %s%s" % (name, unit, " · change" if sort == "change" else "")
        nav.append('<a href="#%s">%s (%d)</a>' % (gid, escape(title), len(rows)))
        several = len({r.period for r in rows}) > 1 or len({r.region for r in rows}) > 1
        blocks.append('<div class="grp" id="%s"><h2>%s <small>%d figure%s</small></h2>%s%s</div>' % (
            gid, escape(title), len(rows), "" if len(rows) == 1 else "s", chart(rows) if several else "",
            table(rows, gid)))
    legend = "<div class='legend-st'>status:%s</div>" % "".join(
        '<span style="background:%s"></span>%s' % (c, s or "not given") for s, c in STATUS_COLOURS.items())
    return ('<div class="ind" id="indicators"><style>%s</style><h1>Indicators</h1>%s<nav>%s</nav>%s</div>'
            % (CSS, legend, " ".join(nav), "".join(blocks)))
