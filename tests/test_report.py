"""`strikewire report`: a self-contained HTML page whose charts carry the warehouse's figures."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import duckdb
import pytest

from tests.warehouse_builders import add_articles, add_events, demo_warehouse, make_warehouse
from warehouse.report import names, render_report, series_label, summary_markdown


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    path = tmp_path_factory.mktemp("wh") / "demo.duckdb"
    demo_warehouse(path).close()
    return path


@pytest.fixture
def ro(warehouse):
    con = duckdb.connect(str(warehouse), read_only=True)
    yield con
    con.close()


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.external, self.links, self.divs = [], [], [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
            if a.get("src"):
                self.external.append(a["src"])
        if tag == "link" and a.get("href"):
            self.external.append(a["href"])
        if tag == "img" and a.get("src", "").startswith("http"):
            self.external.append(a["src"])
        if tag == "a":
            self.links.append(a.get("href"))
        if tag == "div" and a.get("id"):
            self.divs.append(a["id"])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def _figures(scripts: list[str], layouts: dict | None = None) -> dict[str, list]:
    """div id -> traces, read from the Plotly.newPlot calls plotly writes (layouts too)."""
    found = {}
    decoder = json.JSONDecoder()
    for s in scripts:
        for m in re.finditer(r'Plotly\.newPlot\(\s*"([^"]+)",\s*', s):
            traces, end = decoder.raw_decode(s, m.end())
            found[m.group(1)] = traces
            if layouts is not None:
                rest = re.match(r"\s*,\s*", s[end:])
                layouts[m.group(1)], _ = decoder.raw_decode(s, end + rest.end())
    return found


def _bdata(y):
    """Plotly may pack numeric arrays as {"dtype", "bdata"}; unpack them."""
    if isinstance(y, dict) and "bdata" in y:
        import base64
        import struct

        raw = base64.b64decode(y["bdata"])
        fmt = {"i1": "b", "u1": "B", "i2": "h", "u2": "H", "i4": "i", "u4": "I", "f8": "d", "f4": "f"}[y["dtype"]]
        return list(struct.unpack("<" + fmt * (len(raw) // struct.calcsize(fmt)), raw))
    return list(y)


def test_report_is_self_contained_with_charts(ro, tmp_path):
    path = render_report(ro, tmp_path / "report.html")
    text = open(path, encoding="utf-8").read()
    page = _Page()
    page.feed(text)
    assert page.external == []                          # no CDN, no remote stylesheet
    assert any("plotly" in s.lower() and len(s) > 1_000_000 for s in page.scripts)  # plotly.js inlined
    figs = _figures(page.scripts)
    assert set(figs) == {"chart-daily", "chart-provinces", "chart-map"}
    nm = names(ro)

    daily = figs["chart-daily"]
    sorties = {(t["name"], x): y for t in daily if t.get("yaxis", "y") == "y"
               for x, y in zip(t["x"], _bdata(t["y"]))}
    # One series per actor and claimant: a claimant's figure is never added to another's.
    expected = dict(((series_label(a, c, nm), d.isoformat()), s) for a, c, d, s in ro.execute(
        "SELECT actor, claimant, day, sum(sorties) FROM daily_operations WHERE sorties IS NOT NULL "
        "GROUP BY ALL").fetchall())
    assert sorties == expected
    assert {t["name"] for t in daily} >= {"Russian Federation (RUS), claimed by Russian Federation (RUS)",
                                          series_label("COALITION", "COALITION", nm)}

    prov = figs["chart-provinces"]
    totals = {}
    for t in prov:
        for label, n in zip(t["y"], _bdata(t["x"])):
            totals[label] = totals.get(label, 0) + n
    assert totals["Nineveh (IQ-NI)"] == ro.execute(
        "SELECT sum(operations) FROM operations_by_admin1 WHERE admin1 = 'IQ-NI'").fetchall()[0][0]


def test_latest_operations_link_their_sources(ro, tmp_path):
    text = open(render_report(ro, tmp_path / "r.html"), encoding="utf-8").read()
    page = _Page()
    page.feed(text)
    urls = {u for (u,) in ro.execute("SELECT url FROM articles").fetchall()}
    assert page.links and set(page.links) <= urls
    assert "sources differ: sorties: 32 (TASS, RIA); 42 (AFP)" in text
    assert "running total" in text


def test_two_claimants_counts_are_not_added_up(tmp_path):
    """Ukraine's count of Russian strikes and Russia's own are two series, in the views too."""
    from datetime import date, datetime, timezone

    from warehouse.operations import update_operations

    con = make_warehouse(tmp_path / "w.duckdb")
    a, b = add_articles(con, [
        {"agency": "TASS", "url": "https://tass.example/1", "published_at": datetime(2024, 3, 12, 9, tzinfo=timezone.utc)},
        {"agency": "Ukrinform", "url": "https://ukrinform.example/1",
         "published_at": datetime(2024, 3, 12, 10, tzinfo=timezone.utc)}])
    add_events(con, [
        {"article_id": a, "actor": "RUS", "claimant": "RUS", "event_date": date(2024, 3, 12), "strikes": 10, "country": "UA"},
        {"article_id": b, "actor": "RUS", "claimant": "UKR", "event_date": date(2024, 3, 12), "strikes": 67, "country": "UA"}])
    update_operations(con)
    for view in ("daily_operations", "operations_by_admin1", "platforms_daily", "targets_daily"):
        assert "claimant" in [r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()], view
    assert con.execute("SELECT claimant, strikes FROM daily_operations ORDER BY claimant").fetchall() == [
        ("RUS", 10), ("UKR", 67)]
    figs = _figures([open(render_report(con, tmp_path / "r.html"), encoding="utf-8").read()])
    strikes = {t["name"]: _bdata(t["y"]) for t in figs["chart-daily"] if t.get("yaxis") == "y2"}
    assert strikes == {"Russian Federation (RUS), claimed by Russian Federation (RUS)": [10],
                       "Russian Federation (RUS), claimed by Ukraine (UKR)": [67]}
    assert "| RUS | UKR | 1 |" in summary_markdown(con)
    con.close()


def test_since_filters_and_escapes(ro, tmp_path):
    ro_text = open(render_report(ro, tmp_path / "r.html", since="2015-10-10"), encoding="utf-8").read()
    figs = _figures([ro_text])
    days = {x for t in figs["chart-daily"] for x in t["x"]}
    assert days == {"2015-10-10", "2015-10-11"}


def test_article_text_is_escaped_and_only_web_links_are_linked(tmp_path):
    from datetime import date, datetime, timezone

    from warehouse.operations import update_operations

    con = make_warehouse(tmp_path / "w.duckdb")
    (aid,) = add_articles(con, [{"agency": "<b>X</b>", "url": "javascript:alert(1)", "title": "<script>alert(1)</script>",
                        "published_at": datetime(2015, 10, 12, tzinfo=timezone.utc)}])
    add_events(con, [{"article_id": aid, "actor": "RUS", "claimant": "RUS", "event_date": date(2015, 10, 12),
                  "sorties": 3, "country": "SY"}])
    update_operations(con)
    text = open(render_report(con, tmp_path / "r.html"), encoding="utf-8").read()
    body = text.split("</head>", 1)[1]
    assert "<script>alert(1)" not in body and "javascript:" not in body
    assert "&lt;b&gt;X&lt;/b&gt;" in body
    con.close()


def test_report_on_an_empty_warehouse(tmp_path):

    con = make_warehouse(tmp_path / "empty.duckdb")
    text = open(render_report(con, tmp_path / "r.html"), encoding="utf-8").read()
    assert "no dated operations" in text
    assert "No operations" in summary_markdown(con)
    con.close()


def test_summary_markdown(ro):
    md = summary_markdown(ro, run_id="no-such-run")
    assert md.startswith("# strikewire run no-such-run")
    assert "| RUS |" in md and "## Latest operations" in md
    assert "[TASS](https://tass.example/" in md
    assert "⚠ sorties: 32 (TASS, RIA); 42 (AFP)" in md


def _one_day(tmp_path):
    from datetime import date, datetime, timezone

    from warehouse.operations import update_operations

    con = make_warehouse(tmp_path / "one.duckdb")
    (a,) = add_articles(con, [{"agency": "TASS", "url": "https://tass.example/one",
                               "published_at": datetime(2024, 3, 12, 9, tzinfo=timezone.utc)}])
    add_events(con, [{"article_id": a, "actor": "RUS", "claimant": "RUS", "event_date": date(2024, 3, 12),
                      "sorties": 55, "strikes": 20, "targets": 40, "country": "SY", "admin1": ["SY-ID"],
                      "evidence_text": "Russian aircraft flew 55 sorties over Idlib, the ministry said."}])
    update_operations(con)
    return con


def test_a_single_day_is_drawn_with_dates_on_the_axis(tmp_path):
    con = _one_day(tmp_path)
    layouts = {}
    figs = _figures([open(render_report(con, tmp_path / "r.html"), encoding="utf-8").read()], layouts)
    bars = figs["chart-daily"]
    assert bars and all(w > 0 for t in bars for w in _bdata(t["width"]))      # a lone bar has a width
    axis = layouts["chart-daily"]["xaxis3"]
    assert axis["type"] == "date" and axis["tickformat"] == "%Y-%m-%d" and axis["dtick"] == 86_400_000
    assert axis["range"] == ["2024-03-11", "2024-03-13"]
    con.close()


def test_table_has_names_evidence_links_and_sorts_and_filters(tmp_path):
    con = _one_day(tmp_path)
    text = open(render_report(con, tmp_path / "r.html"), encoding="utf-8").read()
    assert "<td>Russian Federation (RUS)</td>" in text
    assert "Syria" in text and "Idlib (SY-ID)" in text
    assert "Russian aircraft flew 55 sorties over Idlib, the ministry said." in text
    assert 'href="https://tass.example/one"' in text
    assert 'id="ops-filter"' in text and "localeCompare" in text and 'id="ops-table"' in text
    con.close()


def test_map_places_struck_provinces_at_their_centroids(ro, tmp_path):
    figs = _figures([open(render_report(ro, tmp_path / "r.html"), encoding="utf-8").read()])
    lat, lon = ro.execute("SELECT lat, lon FROM admin1 WHERE code = 'IQ-NI'").fetchall()[0]
    provinces = [t for t in figs["chart-map"] if t["name"] == "provinces struck"][0]
    points = dict(zip(provinces["text"], zip(_bdata(provinces["x"]), _bdata(provinces["y"]))))
    assert points["Nineveh"] == (lon, lat)


def _png_pixels(path):
    """(width, height, rows of RGB tuples) of an 8-bit, non-interlaced RGB/RGBA PNG."""
    import struct
    import zlib

    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and ctype in (2, 6) and not interlace
            bpp = 4 if ctype == 6 else 3
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + n
    raw, rows, prev, stride = zlib.decompress(idat), [], bytearray(width * bpp), width * bpp
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(width)])
        prev = line
    return width, height, rows


def _browser():
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not _browser() and not __import__("os").environ.get("CI"),
                    reason="no headless Chromium on this machine (CI installs Debian's chromium)")
def test_a_single_days_chart_is_drawn_in_a_real_browser(tmp_path):
    """The screenshot shows the bars: the first series' colour fills many pixels."""
    assert _browser(), "CI must have Chromium: .ci/run installs Debian's chromium package"
    con = _one_day(tmp_path)
    path = render_report(con, tmp_path / "r.html")
    con.close()
    shot = tmp_path / "report.png"
    out = subprocess.run([_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                          "--virtual-time-budget=8000", "--window-size=1000,1400", f"--screenshot={shot}",
                          f"file://{path}"], capture_output=True, text=True, timeout=180)
    assert shot.exists(), out.stderr[-2000:]
    _, _, rows = _png_pixels(shot)
    bar = sum(1 for row in rows for px in row if px == (0x1F, 0x77, 0xB4))
    assert bar > 2000, f"only {bar} pixels of the bars' colour: the charts were not drawn"
    # The drawn axis names the day, not milliseconds around its midnight.
    dom = subprocess.run([_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=8000",
                          "--dump-dom", f"file://{path}"], capture_output=True, text=True, timeout=180).stdout
    daily = dom[dom.index('id="chart-daily"'):dom.index('id="chart-provinces"')]
    labels = re.findall(r'data-unformatted="([^"]*)"', daily)
    assert "2024-03-12" in labels and not any(":" in label for label in labels), labels


@pytest.mark.skipif(not _browser() and not __import__("os").environ.get("CI"),
                    reason="no headless Chromium on this machine (CI installs Debian's chromium)")
def test_charts_render_in_a_headless_browser(ro, tmp_path):
    """Chromium runs the page offline; plotly draws SVG for both charts."""
    assert _browser(), "CI must have Chromium: .ci/run installs Debian's chromium package"
    path = render_report(ro, tmp_path / "r.html")
    browser = _browser()
    out = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
                          "--dump-dom", f"file://{path}"], capture_output=True, text=True, timeout=120)
    dom = out.stdout
    assert dom.count('class="main-svg"') >= 3, out.stderr[-2000:]
    for div in ("chart-daily", "chart-provinces", "chart-map"):
        assert re.search(rf'id="{div}"[^>]*class="[^"]*js-plotly-plot', dom) or \
            re.search(rf'class="[^"]*js-plotly-plot[^"]*"[^>]*id="{div}"', dom)
