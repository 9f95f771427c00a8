"""The indicators page of `extractor show` (hand-built records, no model)."""
import os
import re
import subprocess

import pytest

from extractor import report, show
from extractor.schema import Briefing, Entity, Mention, Period, Quantity, Record

from test_show import CHROMIUM, png_pixels

TEXT = "Инвестиции составили 120 млрд тенге."


def _record(doc_id, region, period, value, status="actual", change=None, indicator="инвестиции", unit="KZT"):
    q = Quantity(id="q1", text="120 млрд тенге", start=21, stop=35, kind="money", value=value, unit=unit,
                 indicator=indicator, status=status, change=change, place="e1",
                 period=Period(date_id="d1", text=period[0], date_from=period[1], date_to=period[2]))
    return Record(doc_id=doc_id, title="Отчёт %s" % doc_id, text=TEXT, quantities=[q],
                  entities=[Entity(id="e1", type="LOC", name=region, mentions=[Mention(start=0, stop=4, text="Инве")])],
                  briefing=Briefing(region=region))


H1 = ("в первом полугодии 2025 года", "2025-01-01", "2025-06-30")
Y24 = ("в 2024 году", "2024-01-01", "2024-12-31")
Y26 = ("на 2026 год", "2026-01-01", "2026-12-31")


def items():
    rs = [_record("a", "область Жетісу", H1, 178e9), _record("b", "Павлодарская область", Y24, 1.2e12),
          _record("c", "область Жетісу", Y26, 300e9, status="plan"),
          _record("d", "Павлодарская область", Y24, 29.5, change="up", indicator="инвестиции", unit="%"),
          _record("e", "Алматы", H1, 3, indicator=None, unit="школа")]
    return [(r, TEXT) for r in rs]


def test_groups_by_indicator_unit_and_change():
    g = report.groups(items())
    assert list(g) == [("инвестиции", "KZT", "level"), ("инвестиции", "%", "change"),
                       (report.NO_NAME, "школа", "level")]
    rows = g[("инвестиции", "KZT", "level")]
    assert [r.period for r in rows] == ["в 2024 году", "в первом полугодии 2025 года", "на 2026 год"]
    assert [(r.region, r.shown, r.status, r.link) for r in rows] == [
        ("Павлодарская область", "1,2 трлн KZT", "actual", "#doc-2"),
        ("область Жетісу", "178 млрд KZT", "actual", "#doc-1"),
        ("область Жетісу", "300 млрд KZT", "plan", "#doc-3")]
    assert g[("инвестиции", "%", "change")][0].shown == "+29,5%"


def test_table_is_presorted_and_sortable_without_scripts():
    html = report.indicators(items())
    assert "<script" not in html and "http" not in html and "url(" not in html
    grp = html[html.index('id="ind-1"'):html.index('id="ind-2"')]
    # the rows in the page are in period order; each carries its rank in every column
    assert grp.index("в 2024 году") < grp.index("в первом полугодии 2025 года") < grp.index("на 2026 год")
    ranks = re.findall(r'<tr style="--region:(\d);--period:(\d);--value:(\d);--status:(\d);--source:(\d)">', grp)
    assert ranks == [("3", "1", "3", "1", "2"), ("1", "2", "1", "2", "1"), ("2", "3", "2", "3", "3")]
    # a radio button per column and direction, labelled in the header; ascending period checked
    assert grp.count('type="radio"') == 10 and 'id="ind-1-period-a" class="s-period-a" checked' in grp
    assert '<label for="ind-1-value-d" class="l-value-d"' in grp
    assert ".s-value-d:checked~table tbody tr{order:calc(0 - var(--value))}" in html


def test_chart_only_for_several_periods_or_places():
    html = report.indicators(items())
    blocks = html.split('<div class="grp"')[1:]
    assert "<svg" in blocks[0] and blocks[0].count("<rect") == 3
    assert "<svg" not in blocks[1] and "<svg" not in blocks[2]
    for colour in (report.STATUS_COLOURS["actual"], report.STATUS_COLOURS["plan"]):
        assert 'fill="%s"' % colour in blocks[0]


def test_show_pages_carry_the_indicators_page():
    assert 'id="indicators"' in show.index(items())
    page = show.page(*items()[0])
    assert 'id="indicators"' in page and 'href="#doc-' not in page
    assert 'id="indicators"' not in show.page(Record(doc_id="x"), "")


@pytest.mark.skipif(not CHROMIUM and os.environ.get("CI") != "true",
                    reason="chromium not installed (apt-get install chromium); required on CI")
def test_indicators_page_renders_in_headless_chromium(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(show.index(items()), encoding="utf-8")
    png = tmp_path / "shot.png"
    subprocess.run([CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--user-data-dir=%s" % (tmp_path / "profile"), "--screenshot=%s" % png,
                    "--window-size=1280,900", page.as_uri()], capture_output=True, timeout=120)
    colours = png_pixels(png.read_bytes())
    assert len(colours) > 50
    for status in ("actual", "plan"):         # the chart's bars are drawn
        assert bytes.fromhex(report.STATUS_COLOURS[status][1:]) in colours, status
