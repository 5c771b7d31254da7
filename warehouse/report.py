"""`strikewire report` and the end-of-run summary.

`render_report` writes one self-contained HTML page: plotly.js is inlined (no CDN, it
works offline and from an e-mail attachment), with the daily sorties / strikes /
targets by actor, operations by province, and the latest operations with links to
their sources. `summary_markdown` says the same in Markdown for the Prefect artifact at
the end of each run. Both only read, so they run on the analysts' snapshot too.
"""
from __future__ import annotations

import html
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import duckdb

METRICS = ("sorties", "strikes", "targets")
DEFAULT_DAYS = 30
LATEST = 50


def _since(con: duckdb.DuckDBPyConnection, since) -> date | None:
    if since is not None:
        return since if isinstance(since, date) else date.fromisoformat(str(since))
    last = con.execute("SELECT max(event_date) FROM operations").fetchall()[0][0]
    return None if last is None else last - timedelta(days=DEFAULT_DAYS - 1)


def _rows(con, query: str, params=()) -> list[dict]:
    rel = con.execute(query, list(params))
    names = [d[0] for d in rel.description]
    return [dict(zip(names, row)) for row in rel.fetchall()]


def daily_by_actor(con, since: date | None) -> list[dict]:
    """Per day, actor and claimant: one claimant's count is never added to another's."""
    return _rows(con, """
        SELECT day, actor, claimant, sum(operations)::BIGINT AS operations, sum(sorties)::BIGINT AS sorties,
               sum(strikes)::BIGINT AS strikes, sum(targets)::BIGINT AS targets,
               sum(sources)::BIGINT AS sources
        FROM daily_operations WHERE ? IS NULL OR day >= ?
        GROUP BY ALL ORDER BY day, actor, claimant NULLS LAST""", (since, since))


def names(con) -> dict[str, str]:
    """Code -> English name for actors, provinces, claiming bodies and platforms."""
    out = {}
    for table, col in (("actors", "name"), ("admin1", "name"), ("claimant_bodies", "name"),
                       ("operation_types", "description"), ("platforms", "name")):
        try:
            out.update({f"{table}:{c}": n for c, n in con.execute(f"SELECT code, {col} FROM {table}").fetchall()})
        except duckdb.Error:
            pass                      # a warehouse from before the table existed
    return out


def named(code, names: dict, table: str = "actors") -> str:
    """'Russian Federation (RUS)': the name beside the code, or the code alone."""
    if code is None:
        return ""
    name = names.get(f"{table}:{code}")
    return f"{name} ({code})" if name and name != code else str(code)


def series_label(actor, claimant, names: dict | None = None) -> str:
    """One chart series: an actor's strikes as one claimant reports them."""
    names = names or {}
    who = named(actor, names)
    return f"{who}, claimed by {named(claimant, names)}" if claimant else f"{who}, no named source"


def provinces(con, since: date | None, limit: int = 25) -> list[dict]:
    return _rows(con, """
        WITH p AS (
            SELECT admin1, any_value(coalesce(admin1_name, admin1)) AS name, actor, claimant,
                   sum(operations)::BIGINT AS operations
            FROM operations_by_admin1 WHERE ? IS NULL OR day >= ?
            GROUP BY admin1, actor, claimant
        ), top AS (
            SELECT admin1 FROM p GROUP BY admin1 ORDER BY sum(operations) DESC, admin1 LIMIT ?
        )
        SELECT p.* FROM p JOIN top USING (admin1) ORDER BY p.admin1, p.actor, p.claimant NULLS LAST""", (since, since, limit))


def latest_operations(con, since: date | None, limit: int = LATEST) -> list[dict]:
    """The latest operations, each with its sources and its earliest source's evidence."""
    return _rows(con, """
        WITH latest AS (
            SELECT * FROM operations WHERE ? IS NULL OR event_date >= ?
            ORDER BY event_date DESC NULLS LAST, source_count DESC, operation_id LIMIT ?
        )
        SELECT o.operation_id, o.event_date, o.actor, o.claimant, o.claimant_body, o.operation, o.cumulative,
               o.country, o.admin1, o.sorties, o.strikes, o.targets, o.killed, o.source_count,
               o.agencies, o.figures_disagree, o.differing_fields, o.differences,
               list({'agency': m.agency, 'url': a.url, 'title': a.title} ORDER BY m.member_rank)
                   AS sources,
               any_value(e.evidence_text) FILTER (WHERE m.member_rank = 1) AS evidence
        FROM latest o
        JOIN operation_members m USING (operation_id)
        LEFT JOIN articles a ON a.article_id = m.article_id
        LEFT JOIN events e ON e.article_id = m.article_id AND e.extractor_version = m.extractor_version
                          AND e.ordinal = m.ordinal
        GROUP BY ALL
        ORDER BY o.event_date DESC NULLS LAST, o.source_count DESC, o.operation_id""", (since, since, limit))


def places(con, since: date | None) -> list[dict]:
    """Struck places with coordinates: province centroids and the places the sources located."""
    return _rows(con, """
        SELECT 'province' AS kind, admin1 AS code, any_value(coalesce(admin1_name, admin1)) AS name,
               any_value(lat) AS lat, any_value(lon) AS lon, sum(operations)::BIGINT AS operations
        FROM operations_by_admin1
        WHERE (? IS NULL OR day >= ?) AND lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY admin1
        UNION ALL
        SELECT 'place', l.name, any_value(l.name), any_value(l.lat), any_value(l.lon),
               count(DISTINCT m.operation_id)::BIGINT
        FROM operations o
        JOIN operation_members m USING (operation_id)
        JOIN events e ON e.article_id = m.article_id AND e.extractor_version = m.extractor_version
                     AND e.ordinal = m.ordinal,
             unnest(e.locations) AS u(l)
        WHERE (? IS NULL OR o.event_date >= ?) AND l.lat IS NOT NULL AND l.lon IS NOT NULL
        GROUP BY l.name
        ORDER BY kind DESC, operations DESC, code""", (since, since, since, since))


def totals(con, since: date | None) -> dict:
    return _rows(con, """
        SELECT count(*) AS operations, coalesce(sum(source_count), 0)::BIGINT AS sources,
               count(*) FILTER (WHERE figures_disagree) AS disputed,
               count(*) FILTER (WHERE source_count > 1) AS multi_source,
               min(event_date) AS first_day, max(event_date) AS last_day
        FROM operations WHERE ? IS NULL OR event_date >= ?""", (since, since))[0]


# ----------------------------------------------------------------------------- charts

DAY_MS = 86_400_000


def _figures(daily: list[dict], prov: list[dict], names: dict | None = None, pts: list[dict] | None = None):
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    names = names or {}

    def key(r):
        return (r["actor"], r["claimant"] or "")

    series = sorted({key(r) for r in daily} | {key(r) for r in prov})
    palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
               "#7f7f7f", "#bcbd22", "#17becf"]
    color = {a: palette[i % len(palette)] for i, a in enumerate(series)}
    daily_fig = make_subplots(rows=len(METRICS), cols=1, shared_xaxes=True, vertical_spacing=0.06,
                              subplot_titles=[f"{m} per day" for m in METRICS])
    in_legend = set()
    for i, metric in enumerate(METRICS, start=1):
        for s in series:
            pts_ = [r for r in daily if key(r) == s and r[metric] is not None]
            if not pts_:
                continue
            name = series_label(s[0], s[1] or None, names)
            # An explicit width of most of a day: a lone day's bar is drawn, not zero wide.
            daily_fig.add_trace(go.Bar(
                x=[r["day"].isoformat() for r in pts_], y=[r[metric] for r in pts_], name=name,
                width=[DAY_MS * 0.8] * len(pts_),
                legendgroup=name, showlegend=s not in in_legend, marker_color=color[s],
                hovertemplate=f"{html.escape(name)} %{{x|%Y-%m-%d}}: %{{y}} {metric}<extra></extra>"), row=i, col=1)
            in_legend.add(s)
    days = sorted({r["day"] for r in daily})
    if days:
        # Whole days on the axis: a tick per day (a few when the span is long), never hours.
        lo, hi = days[0] - timedelta(days=1), days[-1] + timedelta(days=1)
        step = max(1, ((hi - lo).days + 13) // 14)
        daily_fig.update_xaxes(type="date", range=[lo.isoformat(), hi.isoformat()], tickformat="%Y-%m-%d",
                               dtick=DAY_MS * step, tick0=days[0].isoformat())
    daily_fig.update_layout(barmode="stack", height=260 * len(METRICS), margin=dict(t=40, b=30),
                            title_text="Daily figures by actor and claimant (one count per operation, not per article)")

    labels = {}
    for r in prov:
        labels.setdefault(r["admin1"], f"{r['name']} ({r['admin1']})")
    order = sorted(labels, key=lambda c: (sum(r["operations"] for r in prov if r["admin1"] == c), c))
    prov_fig = go.Figure()
    for s in sorted({key(r) for r in prov}):
        per = {r["admin1"]: r["operations"] for r in prov if key(r) == s}
        name = series_label(s[0], s[1] or None, names)
        prov_fig.add_trace(go.Bar(
            y=[labels[c] for c in order], x=[per.get(c, 0) for c in order], name=name,
            orientation="h", marker_color=color.get(s, "#555"),
            hovertemplate=f"{html.escape(name)} %{{y}}: %{{x}} operations<extra></extra>"))
    prov_fig.update_layout(barmode="stack", height=max(300, 28 * len(order) + 120),
                           margin=dict(t=50, l=220), title_text="Operations by province")

    # The map: longitude/latitude on an equal-scale plane, no tiles or outlines to fetch,
    # so it draws offline. Provinces at their centroids, located places as crosses.
    map_fig = go.Figure()
    for kind, symbol, colour in (("province", "circle", "#d62728"), ("place", "x", "#1f77b4")):
        sel = [p for p in (pts or []) if p["kind"] == kind]
        if not sel:
            continue
        map_fig.add_trace(go.Scatter(
            x=[p["lon"] for p in sel], y=[p["lat"] for p in sel], mode="markers+text",
            text=[p["name"] for p in sel], textposition="top center", name=f"{kind}s struck",
            marker=dict(symbol=symbol, color=colour, opacity=0.7,
                        size=[min(40, 8 + 4 * p["operations"]) for p in sel]),
            hovertemplate="%{text}: %{customdata} operations (lon %{x:.2f}, lat %{y:.2f})<extra></extra>",
            customdata=[p["operations"] for p in sel]))
    map_fig.update_xaxes(title_text="longitude", showgrid=True, zeroline=False)
    map_fig.update_yaxes(title_text="latitude", showgrid=True, zeroline=False, scaleanchor="x", scaleratio=1)
    map_fig.update_layout(height=520, margin=dict(t=50), title_text="Struck places (province centroids and located places)")
    return daily_fig, prov_fig, map_fig


# ----------------------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1200px;
     color:#222;padding:0 16px}
h1{margin-bottom:0}.sub{color:#666;margin-top:4px}
.cards{display:flex;gap:16px;flex-wrap:wrap;margin:16px 0}
.card{border:1px solid #ddd;border-radius:6px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:1.6em}
table{border-collapse:collapse;width:100%;font-size:0.9em}
th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f6f6f6}td.n{text-align:right}
tr.disputed td{background:#fff4e5}.diff{color:#a05a00;font-size:0.85em}
.evidence{color:#444;font-size:0.85em;max-width:420px}
th.sortable{cursor:pointer;user-select:none}th.sortable:after{content:" \\2195";color:#aaa}
#ops-filter{margin:8px 0;padding:4px 8px;width:320px}
"""

# Sort by a column (click its header; again to reverse) and filter rows by any text.
_TABLE_JS = """
(function(){
  var table = document.getElementById('ops-table'); if (!table) return;
  var body = table.tBodies[0];
  document.getElementById('ops-filter').addEventListener('input', function(){
    var q = this.value.toLowerCase();
    Array.prototype.forEach.call(body.rows, function(r){
      r.style.display = r.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none'; });
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function(th, i){
    th.classList.add('sortable');
    th.addEventListener('click', function(){
      var asc = th.getAttribute('data-dir') !== 'asc';
      th.setAttribute('data-dir', asc ? 'asc' : 'desc');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function(a, b){
        var x = a.cells[i].getAttribute('data-v') || a.cells[i].textContent,
            y = b.cells[i].getAttribute('data-v') || b.cells[i].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c; });
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
})();
"""


def _e(v) -> str:
    return "" if v is None else html.escape(str(v))


def _safe_url(url) -> str | None:
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def _differences_text(raw) -> str:
    if not raw:
        return ""
    diffs = json.loads(raw) if isinstance(raw, str) else raw
    parts = []
    for fld, groups in diffs.items():
        said = "; ".join(f"{g['value']} ({', '.join(g['agencies']) or '?'})" for g in groups)
        parts.append(f"{fld}: {said}")
    return " | ".join(parts)


def _latest_table(ops: list[dict], names: dict | None = None) -> str:
    names = names or {}
    head = ("<thead><tr><th>date</th><th>actor</th><th>claimant</th><th>type</th><th>where</th>"
            "<th>sorties</th><th>strikes</th><th>targets</th><th>killed</th><th>evidence</th>"
            "<th>sources</th></tr></thead>")
    body = []
    for o in ops:
        links = []
        for s in o["sources"]:
            url = _safe_url(s["url"])
            label = _e(s["agency"] or "source")
            links.append(f'<a href="{html.escape(url, quote=True)}" title="{_e(s["title"])}">{label}</a>'
                         if url else label)
        country = names.get(f"actors:{_country_alpha3(o['country'])}") if o["country"] else None
        where = "; ".join(filter(None, [f"{country} ({o['country']})" if country else o["country"],
                                        ", ".join(named(c, names, "admin1") for c in (o["admin1"] or []))]))
        kind = _e(names.get(f"operation_types:{o['operation']}") and o["operation"] or o["operation"]) + \
            (" (running total)" if o["cumulative"] else "")
        body_name = names.get(f"claimant_bodies:{o.get('claimant_body')}") if o.get("claimant_body") else None
        claimant = named(o["claimant"], names) + (f" — {body_name}" if body_name else "")
        diff = (f'<div class="diff">sources differ: {_e(_differences_text(o["differences"]))}</div>'
                if o["differing_fields"] else "")
        body.append(
            f'<tr class="{"disputed" if o["figures_disagree"] else ""}" data-operation="{_e(o["operation_id"])}">'
            f"<td>{_e(o['event_date'] or 'undated')}</td><td>{_e(named(o['actor'], names))}</td>"
            f"<td>{_e(claimant)}</td><td>{kind}</td><td>{_e(where)}</td>"
            + "".join(f'<td class="n" data-v="{_e(o[m])}">{_e(o[m])}</td>' for m in (*METRICS, "killed"))
            + f'<td class="evidence">{_e(o.get("evidence"))}</td>'
            + f"<td data-v=\"{o['source_count']}\">{o['source_count']}: {', '.join(links)}{diff}</td></tr>")
    return (f'<input id="ops-filter" type="search" placeholder="filter: actor, place, agency, words…">'
            f'<table id="ops-table">{head}<tbody>{"".join(body)}</tbody></table>')


def _country_alpha3(alpha2: str | None) -> str | None:
    if not alpha2:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def render_report(con: duckdb.DuckDBPyConnection, out_path, since=None) -> str:
    """Write the HTML report to `out_path`; returns its path. `since`: first day shown
    (a date or 'YYYY-MM-DD'); by default the last 30 days that have data."""
    from plotly.offline import get_plotlyjs

    first = _since(con, since)
    daily = daily_by_actor(con, first)
    prov = provinces(con, first)
    ops = latest_operations(con, first)
    t = totals(con, first)
    nm = names(con)
    daily_fig, prov_fig, map_fig = _figures(daily, prov, nm, places(con, first))
    config = {"displaylogo": False, "responsive": True}
    charts = "".join(
        f'<section class="chart">{fig.to_html(full_html=False, include_plotlyjs=False, div_id=div, config=config)}</section>'
        for div, fig in (("chart-daily", daily_fig), ("chart-provinces", prov_fig), ("chart-map", map_fig)))
    span = f"{t['first_day']} to {t['last_day']}" if t["first_day"] else "no dated operations"
    cards = "".join(f'<div class="card"><b>{_e(v)}</b>{_e(k)}</div>' for k, v in (
        ("operations", t["operations"]), ("source articles", t["sources"]),
        ("carried by 2+ sources", t["multi_source"]), ("sources disagree", t["disputed"])))
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>strikewire report: {_e(span)}</title>
<style>{_CSS}</style>
<script type="text/javascript">{get_plotlyjs()}</script>
</head><body>
<h1>strikewire: reported strike operations</h1>
<p class="sub">{_e(span)}{f" (since {first})" if first else ""}. Generated {generated}.
One operation is one claim, however many agencies carried it; figures are the value most
sources gave, and operations whose sources disagree are marked.</p>
<div class="cards">{cards}</div>
{charts}
<h2>Latest operations</h2>
<p class="sub">Click a column to sort; type to filter. The evidence is the earliest source's sentence.</p>
{_latest_table(ops, nm)}
<script type="text/javascript">{_TABLE_JS}</script>
</body></html>
"""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return str(out)


# ----------------------------------------------------------------------------- Markdown

def _md(v) -> str:
    return "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")


def summary_markdown(con: duckdb.DuckDBPyConnection, run_id: str | None = None,
                     since=None, latest: int = 10) -> str:
    """The run summary for the Prefect markdown artifact (the report's content, as text)."""
    lines = [f"# strikewire run {run_id}" if run_id else "# strikewire summary", ""]
    if run_id:
        run = _rows(con, "SELECT * FROM runs WHERE run_id = ?", (run_id,))
        if run:
            r = run[0]
            lines += [f"Status **{_md(r.get('status'))}**: {r.get('articles_new') or 0} new articles, "
                      f"{r.get('events_new') or 0} events, {r.get('errors') or 0} errors.", ""]
    first = _since(con, since)
    t = totals(con, first)
    if not t["operations"]:
        return "\n".join(lines + ["No operations in the warehouse yet.", ""])
    lines += [f"**{t['operations']}** operations from **{t['sources']}** source articles, "
              f"{t['first_day']} to {t['last_day']}; {t['multi_source']} carried by two or more "
              f"sources, {t['disputed']} where the sources disagree.", ""]
    daily = daily_by_actor(con, first)
    if daily:
        last_day = max(r["day"] for r in daily)
        lines += [f"## {last_day}", "", "| actor | claimant | operations | sorties | strikes | targets | sources |",
                  "|---|---|---:|---:|---:|---:|---:|"]
        lines += [f"| {_md(r['actor'])} | {_md(r['claimant'])} | {r['operations']} | {_md(r['sorties'])} | {_md(r['strikes'])} | "
                  f"{_md(r['targets'])} | {r['sources']} |" for r in daily if r["day"] == last_day]
        lines.append("")
    prov = provinces(con, first, limit=10)
    if prov:
        per = {}
        for r in prov:
            key = f"{r['name']} ({r['admin1']})"
            per[key] = per.get(key, 0) + r["operations"]
        lines += ["## Provinces", "", "| province | operations |", "|---|---:|"]
        lines += [f"| {_md(k)} | {v} |" for k, v in sorted(per.items(), key=lambda kv: (-kv[1], kv[0]))]
        lines.append("")
    lines += ["## Latest operations", "",
              "| date | actor | claimant | type | sorties | strikes | targets | sources |",
              "|---|---|---|---|---:|---:|---:|---|"]
    for o in latest_operations(con, first, limit=latest):
        links = ", ".join(f"[{_md(s['agency'] or 'source')}]({s['url']})" if _safe_url(s["url"])
                          else _md(s["agency"]) for s in o["sources"])
        flag = " ⚠ " + _md(_differences_text(o["differences"])) if o["figures_disagree"] else ""
        kind = _md(o["operation"]) + (" (running total)" if o["cumulative"] else "")
        lines.append(f"| {_md(o['event_date'])} | {_md(o['actor'])} | {_md(o['claimant'])} | {kind} | "
                     f"{_md(o['sorties'])} | {_md(o['strikes'])} | {_md(o['targets'])} | {links}{flag} |")
    lines.append("")
    return "\n".join(lines)
