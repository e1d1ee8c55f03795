"""Export a dashboard notebook to one self-contained HTML file.

The page works from ``file://`` and makes no network request: plotly.js is
inlined once, there are no fonts, images or CDNs, and a Content-Security-Policy
forbids every fetch and allows only the page's own scripts (by hash), so even a
payload that slipped through escaping could not run. Every piece of text is
escaped; markdown is rendered then sanitised with nh3; the chart data travels as
one JSON block in which ``<``, ``>``, ``&`` and U+2028/U+2029 are escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
import itertools
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ...errors import AiserError, error
from ..core import Engine
from .dashboard import ChartRef, Dashboard, TextRef
from .export_page import CSS, SCRIPT
from .filters import MAX_VALUES, Filter, apply_filters, year_range
from .live import applies, filter_values
from .nbfile import atomic_write

__all__ = ["ExportReport", "export_html", "json_for_script", "render_markdown"]

#: Most figures pre-computed per chart for filters (the product of their value counts).
MAX_VARIANTS = 256
PLOT_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
}
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


@dataclass
class ExportReport:
    """What :func:`export_html` wrote."""

    path: Path
    charts: int
    figures: int  #: figures embedded (more than ``charts`` when filters were pre-computed)
    bytes: int
    notes: list[str] = field(default_factory=list)  #: sentences also shown in the page


def json_for_script(value: Any) -> str:
    """JSON safe to place inside ``<script type="application/json">`` (no ``</script>`` break-out)."""
    text = json.dumps(
        value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str
    )
    return "".join(_JSON_ESCAPES.get(ch, ch) for ch in text)


def render_markdown(text: str) -> str:
    """Markdown → HTML, sanitised by nh3 (no scripts, handlers, styles or images)."""
    import mistune
    import nh3

    raw = str(mistune.create_markdown(escape=False, plugins=["table", "strikethrough"])(text))
    tags = set(nh3.ALLOWED_TAGS) - {"img", "area", "map"}
    return str(
        nh3.clean(
            raw, tags=tags, url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer"
        )
    )


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _csp_hash(script: str) -> str:
    return (
        "'sha256-"
        + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        + "'"
    )


def _run(engine: Engine, ref: ChartRef, plan: Any) -> tuple[dict[str, Any], str, int]:
    try:
        answer = engine.run_plan(plan, ref.source)
    except AiserError as exc:
        if exc.code == "AISER-SRC-UNKNOWN" and ref.frames:
            from ..sources.frames import frames_needed

            msg = f"Chart {ref.title or ref.id!r} {frames_needed(ref.source, ref.frames)}"
            raise error("AISER-SRC-UNKNOWN", msg, chart=ref.id, source=ref.source) from None
        if exc.code == "AISER-SRC-UNKNOWN":
            msg = (
                f"Chart {ref.title or ref.id!r} reads source {ref.source!r}, which dashboards keep by alias only; "
                f"refreshing needs your connection: pass --db {ref.source}=URL (or engine.connect)"
            )
            raise error("AISER-SRC-UNKNOWN", msg, chart=ref.id, source=ref.source) from None
        raise
    return answer.plotly_json(), answer.compiled_sql, answer.rows


def _strip_title(fig: dict[str, Any]) -> dict[str, Any]:
    layout = dict(fig.get("layout") or {})
    layout.pop("title", None)  # the card shows the title, escaped, above the plot
    return {"data": fig.get("data") or [], "layout": layout}


def _filter_plan(
    board: Dashboard, engine: Engine | None, charts: list[ChartRef], notes: list[str]
) -> tuple[list[Filter], dict[str, list[Any]], dict[str, list[str]]]:
    """Which filters go into the page, their values, and which charts each applies to."""
    declared = [Filter.model_validate(f) for f in board.filters]
    if not declared:
        return [], {}, {}
    if engine is None:
        notes.append(
            "Filters are not available in this file: it was exported from stored results "
            "(without refreshing), and filtering needs the data source."
        )
        return [], {}, {}
    chosen: list[Filter] = []
    values: dict[str, list[Any]] = {}
    targets: dict[str, list[str]] = {}
    budget = 1
    for flt in declared:
        hits = [ref for ref in charts if applies(flt, ref.plan, engine, ref.source)]
        found = filter_values(flt, hits[0].plan, engine, hits[0].source) if hits else []
        if not hits:
            notes.append(
                f"The filter “{flt.title}” is not available in this file: no chart returns "
                f"the column {flt.column!r}."
            )
        elif found is None:
            notes.append(
                f"The filter “{flt.title}” is not available in this file: it has more than "
                f"{MAX_VALUES} values, too many to pre-compute; use the live notebook to filter by it."
            )
        elif budget * (len(found) + 1) > MAX_VARIANTS:
            notes.append(
                f"The filter “{flt.title}” is not available in this file: combined with the "
                "other filters it needs too many pre-computed charts; use the live notebook."
            )
        else:
            budget *= len(found) + 1
            chosen.append(flt)
            values[flt.name] = found
            targets[flt.name] = [ref.id for ref in hits]
    return chosen, values, targets


def _selection(flt: Filter, value: Any) -> Any:
    if value == "":
        return None
    return year_range(int(value)) if flt.kind == "date_range" else [value]


def _variants(
    engine: Engine | None,
    ref: ChartRef,
    base: dict[str, Any],
    filters: list[Filter],
    values: dict[str, list[Any]],
) -> dict[str, dict[str, Any]]:
    if engine is None or not filters:
        return {"": base}
    checked = engine.check(ref.plan, ref.source)
    out: dict[str, dict[str, Any]] = {}
    for combo in itertools.product(*[["", *values[f.name]] for f in filters]):
        key = "|".join(f"{f.name}={v}" for f, v in zip(filters, combo, strict=True))
        if all(v == "" for v in combo):
            out[key] = base
            continue
        selection = {f.name: _selection(f, v) for f, v in zip(filters, combo, strict=True)}
        plan = apply_filters(checked, filters, selection)
        try:
            figure, _, rows = _run(engine, ref, plan)
        except AiserError as exc:
            if exc.code != "AISER-DB-EMPTY":
                raise
            continue
        if rows:  # a selection without rows is shown as "No data for this selection"
            out[key] = _strip_title(figure)
    return out


def export_html(
    dashboard_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    *,
    refresh: bool = True,
    engine: Engine | None = None,
) -> ExportReport:
    """Write ``dashboard_path`` as one self-contained HTML file at ``out_path``.

    Parameters
    ----------
    refresh
        Re-run every chart's plan against its source (``True``), or use the results
        stored in the notebook (``False``; filters are then left out, said in the page).
    engine
        The engine whose connected sources the charts' aliases refer to; a default
        engine (with the ``demo`` source) when omitted.
    """
    board = Dashboard.open(dashboard_path)
    charts = board.charts()
    notes: list[str] = []
    if refresh and engine is None:
        engine = Engine()
    live = engine if refresh else None
    filters, values, targets = _filter_plan(board, live, charts, notes)
    payload: list[dict[str, Any]] = []
    sql: dict[str, str | None] = {}
    for n, ref in enumerate(charts):
        if live is not None:
            figure, sql[ref.id], _ = _run(live, ref, ref.plan)
        elif ref.figure is not None:
            figure, sql[ref.id] = ref.figure, ref.sql
        else:
            msg = (
                f"Chart {ref.title or ref.id!r} has no stored result to export; export with refresh"
            )
            raise error("AISER-DASH-INVALID", msg, chart=ref.id)
        mine = [f for f in filters if ref.id in targets[f.name]]
        payload.append(
            {
                "dom": f"aiser-plot-{n}",
                "height": ref.height,
                "filters": [f.name for f in mine],
                "variants": _variants(live, ref, _strip_title(figure), mine, values),
            }
        )
    page = _page(board, charts, payload, sql, filters, values, notes, refreshed=refresh)
    data = page.encode("utf-8")
    atomic_write(Path(out_path), data)
    figures = sum(len(p["variants"]) for p in payload)
    return ExportReport(
        path=Path(out_path), charts=len(charts), figures=figures, bytes=len(data), notes=notes
    )


def _basis(plan: Any) -> str:
    """The line under a chart's title: verified / semantic layer / inferred (issue 15)."""
    basis = plan.provenance.basis() if plan.provenance else None
    return f'<p class="basis">Answer {_e(basis)}.</p>' if basis else ""


def _page(
    board: Dashboard,
    charts: list[ChartRef],
    payload: list[dict[str, Any]],
    sql: dict[str, str | None],
    filters: list[Filter],
    values: dict[str, list[Any]],
    notes: list[str],
    *,
    refreshed: bool,
) -> str:
    import plotly.offline

    plotly_js = plotly.offline.get_plotlyjs()
    if (
        "</script" in plotly_js.lower()
    ):  # never true for plotly's bundle; guard the page structure anyway
        plotly_js = plotly_js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    script = SCRIPT
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(plotly_js)} {_csp_hash(script)}; "
        "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'; frame-src 'none'; worker-src 'none'; object-src 'none'"
    )
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    how = (
        "refreshed from the data sources"
        if refreshed
        else "from the results stored in the notebook"
    )
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(csp)}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{_e(board.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        f'<header class="top"><h1>{_e(board.title)}</h1>',
        f'<div class="meta">{len(charts)} chart{"s" if len(charts) != 1 else ""} · {_e(how)} · {_e(stamp)}</div></header>\n',
    ]
    if filters:
        parts.append('<form class="filters" aria-label="Filters">')
        for flt in filters:
            every = "All years" if flt.kind == "date_range" else "All"
            label = flt.title + (" (year)" if flt.kind == "date_range" else "")
            options = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values[flt.name])
            parts.append(
                f'<label>{_e(label)}<select name="{_e(flt.name)}"><option value="">{_e(every)}</option>'
                f"{options}</select></label>"
            )
        parts.append("</form>\n")
    parts.extend(f'<p class="notice">{_e(note)}</p>\n' for note in notes)
    parts.append('<main class="grid">\n')
    by_id = {ref.id: n for n, ref in enumerate(charts)}
    for item in board.items():
        if isinstance(item, TextRef):
            parts.append(
                f'<section class="card text" style="grid-column: span {int(item.width)}">'
                f"{render_markdown(item.markdown)}</section>\n"
            )
            continue
        n = by_id[item.id]
        title = f"<h2>{_e(item.title)}</h2>" if item.title else ""
        title += _basis(item.plan)
        query = sql.get(item.id) or item.plan.sql
        parts.append(
            f'<section class="card chart" style="grid-column: span {int(item.width)}">{title}'
            f'<div class="plot" id="aiser-plot-{n}" style="height:{int(item.height)}px"></div>'
            f'<div class="empty" style="height:{int(item.height)}px" hidden>No data for this selection.</div>'
            f"<details><summary>SQL</summary><pre><code>{_e(query)}</code></pre></details></section>\n"
        )
    parts.append(
        "</main>\n<footer>Made with aiser-jupyter. This file works offline and loads nothing from the network.</footer>\n"
    )
    parts.append(
        f'<script type="application/json" id="aiser-data">'
        f"{json_for_script({'config': PLOT_CONFIG, 'charts': payload})}</script>\n"
    )
    parts.append(f"<script>{plotly_js}</script>\n<script>{script}</script>\n</body>\n</html>\n")
    return "".join(parts)
