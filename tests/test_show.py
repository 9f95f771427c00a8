"""extractor show: the HTML view of a record (hand-built records, no model)."""
import os
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser

import pytest

from extractor import show
from extractor.schema import (Attribution, Briefing, DateMention, Directive, Entity, Indicator,
                              Mention, Period, Person, Quantity, Record, ReferenceDate)

TEXT = ("Аким Бейбит Исабаев доложил Президенту: доходы за январь-июль 2024 года составили "
        "188,2 млрд тенге. Поручено обеспечить рост.")


def _at(s):
    i = TEXT.index(s)
    return i, i + len(s)


def record(text=TEXT, name="Бейбит Исабаев"):
    ps, pe = _at("Бейбит Исабаев")
    qs, qe = _at("за январь-июль 2024 года составили 188,2 млрд тенге")
    ds, de = _at("январь-июль 2024 года")
    vs, ve = _at("Поручено обеспечить рост")
    return Record(
        doc_id="a1", source="a1.txt", title="Аким", text=None,
        reference_date=ReferenceDate(date="2024-07-31", source="text:period"),
        attribution=Attribution(outlet="Kazpravda.kz", via=["Акорда"], start=0, stop=4),
        entities=[Entity(id="e1", type="PER", name=name, positions=["аким"],
                         mentions=[Mention(start=ps, stop=pe, text=text[ps:pe])]),
                  Entity(id="e2", type="ORG", name="Президент", mentions=[Mention(start=28, stop=38, text=text[28:38])])],
        quantities=[Quantity(id="q1", text=text[qs:qe], start=qs, stop=qe, kind="money",
                             value=188200000000, unit="KZT")],
        dates=[DateMention(id="d1", text=text[ds:de], start=ds, stop=de, kind="period",
                           date_from="2024-01-01", date_to="2024-07-31", granularity="month")],
        briefing=Briefing(reporter=Person(entity_id="e1", name=name, position="аким"),
                          recipient=Person(name="Касым-Жомарт Токаев", position="Президент"),
                          region="Абайская область",
                          period=Period(date_id="d1", text="январь-июль 2024 года",
                                        date_from="2024-01-01", date_to="2024-07-31"),
                          indicators=[Indicator(name="доходы", quantity_id="q1", text="188,2 млрд тенге",
                                                value=188200000000, unit="KZT")],
                          directives=[Directive(text="обеспечить рост", start=vs, stop=ve)]))


class Marks(HTMLParser):
    """Collects (class, title, text inside) of every <mark>, and the plain text."""
    def __init__(self):
        super().__init__()
        self.stack, self.marks, self.text, self.tags = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "mark":
            a = dict(attrs)
            self.stack.append([a.get("class"), a.get("title"), ""])

    def handle_endtag(self, tag):
        if tag == "mark":
            self.marks.append(tuple(self.stack.pop()))

    def handle_data(self, data):
        self.text.append(data)
        for m in self.stack:
            m[2] += data


def parse(html):
    p = Marks()
    p.feed(html)
    return p


def marked(p, cls):
    """Joined text of marks of one class that share a title → {title: text}."""
    out = {}
    for c, t, s in p.marks:
        if c == "t-" + cls:
            out[t] = out.get(t, "") + s
    return out


def test_every_item_highlighted_with_type_and_hover():
    p = parse(show.page(record(), TEXT))
    assert marked(p, "PER") == {"PER: Бейбит Исабаев; аким": "Бейбит Исабаев"}
    assert marked(p, "ORG") == {"ORG: Президент": "Президенту"}
    assert marked(p, "quantity") == {"money: 188200000000 KZT": "за январь-июль 2024 года составили 188,2 млрд тенге"}
    assert marked(p, "date") == {"period: 2024-01-01 … 2024-07-31": "январь-июль 2024 года"}


def test_overlap_date_inside_quantity_nested():
    html = show.page(record(), TEXT)
    assert ('<mark class="t-quantity" title="money: 188200000000 KZT"><mark class="t-date" '
            'title="period: 2024-01-01 … 2024-07-31">январь-июль 2024 года</mark></mark>') in html
    assert "".join(parse(html).text).count(TEXT[:20]) == 1


def test_text_is_whole_and_in_order():
    p = parse(show.highlight(TEXT, show.spans(record())))
    assert "".join(p.text) == TEXT


def test_legend_and_colours():
    html = show.page(record(), TEXT)
    assert "class='legend'" in html
    for kind, (_, colour) in show.COLOURS.items():
        assert '<span class="t-%s">' % kind in html
        assert ".t-%s{--c:%s}" % (kind, colour) in html


def test_briefing_and_meta_tables():
    html = show.page(record(), TEXT)
    for row in ["reporter</th><td>Бейбит Исабаев (аким)", "recipient</th><td>Касым-Жомарт Токаев (Президент)",
                "region</th><td>Абайская область", "period</th><td>январь-июль 2024 года (2024-01-01 … 2024-07-31)",
                "indicator</th><td>доходы: 188200000000 KZT", "directive</th><td>обеспечить рост",
                "reference date</th><td>2024-07-31 (text:period)", "attribution</th><td>Kazpravda.kz via Акорда"]:
        assert "<th>" + row in html, row


def test_no_briefing():
    r = record()
    r.briefing = None
    assert "none" in show.briefing_table(r)


def test_self_contained():
    html = show.page(record(), TEXT)
    for bad in ["<script", "<link", "http://", "https://", "@import", "url("]:
        assert bad not in html


def test_escapes_text_and_record():
    text = "<script>alert(1)</script> " + TEXT
    off = len("<script>alert(1)</script> ")
    r = record(name='<script>alert(2)</script>"')
    for e in r.entities:
        for m in e.mentions:
            m.start, m.stop = m.start + off, m.stop + off
    for item in r.quantities + r.dates:
        item.start, item.stop = item.start + off, item.stop + off
    r.title = "<b>t</b>"
    html = show.page(r, text)
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;&quot;" in html
    p = parse(html)
    assert "script" not in p.tags


def test_index_counts_and_links():
    r2 = record()
    r2.doc_id, r2.title, r2.entities = "b2", "Второй", []
    html = show.index([(record(), TEXT), (r2, TEXT)])
    assert '<a href="#doc-1">a1</a>' in html and '<a href="#doc-2">b2</a>' in html
    assert 'id="doc-1"' in html and 'id="doc-2"' in html
    assert "<td>Аким</td><td>1</td><td>0</td><td>1</td><td>1</td><td>1</td>" in html
    assert "<td>Второй</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td>" in html


def _run(*args, cwd):
    from tests.cli_helpers import ENV          # this worktree's extractor, whatever the cwd
    return subprocess.run([sys.executable, "-m", "extractor", "show", *args], cwd=cwd, env=ENV,
                          capture_output=True, text=True, timeout=600)


def test_cli_jsonl_doc_and_index(tmp_path):
    r1, r2 = record(), record()
    r2.doc_id = "b2"
    (tmp_path / "a1.txt").write_text(TEXT, encoding="utf-8")
    r2.source, r2.text = None, TEXT
    (tmp_path / "recs.jsonl").write_text(r1.model_dump_json() + "\n" + r2.model_dump_json() + "\n", encoding="utf-8")
    res = _run("recs.jsonl", "--doc", "b2", "-o", "one.html", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "money: 188200000000 KZT" in (tmp_path / "one.html").read_text(encoding="utf-8")
    res = _run("recs.jsonl", "-o", "all.html", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    html = (tmp_path / "all.html").read_text(encoding="utf-8")
    assert 'href="#doc-2"' in html and html.count("<section") == 2
    assert _run("recs.jsonl", "--doc", "zz", "-o", "x.html", cwd=tmp_path).returncode == 2


def test_cli_txt_article(tmp_path):
    (tmp_path / "a.txt").write_text("<script>x</script>\n" + TEXT, encoding="utf-8")
    res = _run("a.txt", "-o", "page.html", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    html = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;x" in html and "<mark" in html


# --- headless Chromium ------------------------------------------------------

def png_pixels(data):
    """RGB(A) 8-bit non-interlaced PNG → set of distinct pixel colours (standard library only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and ctype in (2, 6)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += n + 12
    raw, stride = zlib.decompress(idat), w * bpp
    prev, colours, i = bytearray(stride), set(), 0
    for _ in range(h):
        f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[x:x + 3]) for x in range(0, stride, bpp))
        prev = line
    return colours


CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(not CHROMIUM and os.environ.get("CI") != "true",
                    reason="chromium not installed (apt-get install chromium); required on CI")
def test_renders_in_headless_chromium(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(show.page(record(), TEXT), encoding="utf-8")
    png = tmp_path / "shot.png"
    subprocess.run([CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--user-data-dir=%s" % (tmp_path / "profile"), "--screenshot=%s" % png,
                    "--window-size=1280,900", page.as_uri()], capture_output=True, timeout=120)
    colours = png_pixels(png.read_bytes())
    assert len(colours) > 50
    for _, hexcolour in show.COLOURS.values():
        assert bytes.fromhex(hexcolour[1:]) in colours, hexcolour


def test_attribution_without_outlet_shows_its_source(pipeline):
    from extractor.show import meta_table
    text = "Президент принял акима области, сообщается на сайте Акорды."
    html = meta_table(pipeline.extract(text), text)
    assert "via Акорда — «сообщается на сайте Акорды»" in html and "?" not in html
