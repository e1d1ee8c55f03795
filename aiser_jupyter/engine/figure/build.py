"""Build the plotly figure from the chart spec and the small, already aggregated result.

No plotly.express over raw rows: every trace is built from the plotted rows that the
database returned, straight from Arrow. The figure is plotly's own JSON structure as a
plain dict (numeric columns as numpy arrays); it becomes a ``plotly.graph_objects.Figure``
only when a user asks for one (:attr:`Answer.figure`), so drawing a chart in a notebook
imports neither pandas nor plotly's validators. The theme is a small template set once,
not the full default template repeated in every chart.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..compile.compiled import Compiled, OutField
from ..plan import ChartSpec
from .arrowcols import indices, to_numpy
from .plotly_json import PLOTLY_MIME, html_fallback, to_json

if TYPE_CHECKING:
    import numpy as np
    import plotly.graph_objects as go
    import pyarrow as pa

__all__ = ["build_figure", "figure_json", "mimebundle"]

Fig = dict[str, Any]  #: plotly's figure structure: {"data": [trace, …], "layout": {…}}

COLORWAY = [
    "#4C78A8",
    "#F58518",
    "#54A24B",
    "#E45756",
    "#72B7B2",
    "#EECA3B",
    "#B279A2",
    "#FF9DA6",
    "#9D755D",
    "#BAB0AC",
]
CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
}
NULL_LABEL = "(null)"


def _layout(spec: ChartSpec) -> dict[str, Any]:
    return {
        "template": {
            "layout": {
                "colorway": COLORWAY,
                "font": {"family": "system-ui, sans-serif", "size": 12},
                "plot_bgcolor": "rgba(0,0,0,0)",
                "paper_bgcolor": "rgba(0,0,0,0)",
                "xaxis": {"gridcolor": "rgba(128,128,128,0.2)", "zeroline": False},
                "yaxis": {"gridcolor": "rgba(128,128,128,0.2)", "zeroline": False},
            }
        },
        "title": {"text": spec.title} if spec.title else None,
        "margin": {"l": 60, "r": 20, "t": 50 if spec.title else 20, "b": 50},
        "legend": {"orientation": "v"},
        "height": 420,
    }


def _label(value: Any) -> str:
    return NULL_LABEL if value is None or value != value else str(value)


class Rows:
    """The plotted rows (an Arrow table) in the shapes traces need."""

    def __init__(self, table: pa.Table) -> None:
        self.table = table

    def __len__(self) -> int:
        return int(self.table.num_rows)

    def array(self, alias: str) -> np.ndarray:
        """A column as numpy: numbers (NaN for nulls), datetime64 for dates and times."""
        import pyarrow as pa

        column = self.table.column(alias)
        if pa.types.is_timestamp(column.type) and column.type.tz is not None:
            import pyarrow.compute as pc

            column = pc.local_timestamp(column)  # plotly draws wall-clock time
        elif pa.types.is_decimal(column.type):
            column = column.cast(pa.float64())
        return to_numpy(column)

    def labels(self, alias: str) -> list[str]:
        return [_label(v) for v in self.table.column(alias).to_pylist()]

    def values(self, out: OutField | None) -> Any:
        if out is None:
            return None
        if out.type in ("nominal", "ordinal") and out.time_unit is None:
            return self.labels(out.alias)
        return self.array(out.alias)

    def groups(self, color: OutField | None) -> list[tuple[str | None, Rows]]:
        """One part per colour value, in order of first appearance (the SQL's order)."""
        if color is None or color.is_measure:
            return [(None, self)]
        index: dict[str, list[int]] = {}
        for i, key in enumerate(self.labels(color.alias)):
            index.setdefault(key, []).append(i)
        if len(index) == 1:
            return [(next(iter(index)), self)]
        return [(key, Rows(self.table.take(indices(rows)))) for key, rows in index.items()]


def build_figure(spec: ChartSpec, table: pa.Table, compiled: Compiled) -> Fig:
    """The figure for ``spec`` over the plotted rows ``table`` (plotly's structure, plain dict)."""
    rows = Rows(table)
    f = compiled.fields
    mark = compiled.mark
    fig: Fig = {"data": [], "layout": _layout(spec)}
    layout = fig["layout"]
    x, y, color = f.get("x"), f.get("y"), f.get("color")

    if mark == "arc":
        labels = f.get("color") or x
        values = f.get("theta") or y
        fig["data"].append(
            {
                "type": "pie",
                "labels": rows.values(labels),
                "values": rows.values(values),
                "sort": False,
                "hole": 0.0,
                "textinfo": "percent",
                "direction": "clockwise",
            }
        )
        if labels is not None:
            layout["legend"]["title"] = {"text": labels.label}
    elif mark == "kpi":
        # the number: the measure (a value already aggregated in the query: the y)
        value = next((o for o in f.values() if o.is_measure), None) or y
        first = rows.table.column(value.alias)[0].as_py() if value and len(rows) else None
        fig["data"].append(
            {
                "type": "indicator",
                "mode": "number",
                "value": None if first is None else float(first),
                "title": {"text": value.label if value else ""},
            }
        )
        if value is not None and value.format:
            fig["data"][-1]["number"] = {"valueformat": value.format}
    elif mark == "table":
        fig["data"].append(
            {
                "type": "table",
                "header": {"values": [o.label for o in f.values()]},
                "cells": {"values": [rows.table.column(o.alias).to_pylist() for o in f.values()]},
            }
        )
    elif mark == "heatmap" and x is not None and y is not None and color is not None:
        fig["data"].append(_heatmap(rows, x, y, color))
        layout.update(xaxis=_axis(x), yaxis=_axis(y))
    elif mark == "box" and y is not None:
        a = y.alias
        fig["data"].append(
            {
                "type": "box",
                "x": rows.values(x),
                "q1": rows.array(f"{a}_q1"),
                "median": rows.array(f"{a}_median"),
                "q3": rows.array(f"{a}_q3"),
                "lowerfence": rows.array(f"{a}_min"),
                "upperfence": rows.array(f"{a}_max"),
                "name": y.field or "",
            }
        )
        layout.update(xaxis=_axis(x), yaxis={"title": {"text": y.field}})
    else:
        _cartesian(fig, mark, spec, rows, f)
    return fig


def _heatmap(rows: Rows, x: OutField, y: OutField, color: OutField) -> dict[str, Any]:
    """A pivot of the (x, y, colour) rows: first value per cell, axes in order of appearance."""
    import numpy as np

    xs = rows.table.column(x.alias).to_pylist()
    ys = rows.table.column(y.alias).to_pylist()
    values = rows.array(color.alias)
    zs = values.astype("float64")
    cols = {k: i for i, k in enumerate(dict.fromkeys(xs))}
    index = {k: i for i, k in enumerate(dict.fromkeys(ys))}
    z = np.full((len(index), len(cols)), np.nan)
    seen = np.zeros(z.shape, dtype=bool)
    for xv, yv, zv in zip(xs, ys, zs, strict=True):
        i, j = index[yv], cols[xv]
        if not seen[i, j]:
            z[i, j], seen[i, j] = zv, True
    if seen.all() and values.dtype.kind in "iu":  # every cell filled: counts stay integers
        z = z.astype(values.dtype)  # (and travel as 1-4 byte typed arrays)

    def axis(keys: dict[Any, int], out: OutField) -> Any:
        return (
            np.asarray(list(keys), dtype="float64")
            if out.type == "quantitative"
            else [str(k) for k in keys]
        )

    return {
        "type": "heatmap",
        "x": axis(cols, x),
        "y": axis(index, y),
        "z": z,
        "colorscale": "Blues",
        "colorbar": {"title": {"text": color.label}},
    }


def _axis(out: OutField | None) -> dict[str, Any]:
    if out is None:
        return {}
    axis: dict[str, Any] = {"title": {"text": out.label}}
    if out.format:
        axis["tickformat"] = out.format  # the metric's own format ("$,.0f")
    if out.type in ("nominal", "ordinal"):
        axis["type"] = "category"
    elif out.type == "temporal":
        axis["type"] = "date"
    return axis


def _cartesian(fig: Fig, mark: str, spec: ChartSpec, rows: Rows, f: dict[str, OutField]) -> None:
    import numpy as np

    layout = fig["layout"]
    x, y, color, size, detail_out = (
        f.get("x"),
        f.get("y"),
        f.get("color"),
        f.get("size"),
        f.get("detail"),
    )
    detail = detail_out.alias if detail_out is not None else None
    horizontal = (
        mark == "bar" and x is not None and x.is_measure and y is not None and not y.is_measure
    )
    step = x.bin_step if x is not None and x.bin_step else None
    for name, part in rows.groups(color):
        trace: dict[str, Any] = {
            "x": part.values(x),
            "y": part.values(y),
            "name": name or (y.label if y else ""),
            "showlegend": name is not None,
        }
        if detail is not None:
            trace["text"] = part.labels(detail)
            trace["hovertemplate"] = "%{text}<br>%{x}, %{y}<extra></extra>"
        if mark in ("bar", "histogram"):
            trace.update(type="bar", orientation="h" if horizontal else None)
            if step and x is not None:
                trace.update(x=part.array(x.alias) + step / 2, width=step)
        elif mark in ("line", "area"):
            trace.update(
                type="scatter",
                mode="lines" if len(part) > 60 else "lines+markers",
                stackgroup="one" if mark == "area" and color is not None else None,
                fill="tozeroy" if mark == "area" and color is None else None,
            )
        else:  # point
            marker: dict[str, Any] = {"opacity": 0.8 if len(part) < 2000 else 0.5}
            if size is not None:
                sizes = part.array(size.alias).astype("float64")
                top = float(np.nanmax(sizes)) if len(sizes) else 0.0
                top = top if top and top == top else 1.0
                marker.update(
                    size=6 + 30 * np.clip(sizes / top, 0, None) ** 0.5,
                    sizemode="diameter",
                )
            if color is not None and color.is_measure:
                marker.update(
                    color=part.array(color.alias),
                    colorscale="Viridis",
                    showscale=True,
                    colorbar={"title": {"text": color.label}},
                )
            trace.update(
                type="scattergl" if len(part) > 5000 else "scatter",
                mode="markers",
                marker=marker,
            )
        fig["data"].append(trace)
    if mark == "bar" and color is not None and not color.is_measure:
        stack = spec.stack
        layout.update(
            barmode="group" if stack in ("grouped", False) else "relative",
            barnorm="percent" if stack == "normalize" else None,
        )
    if color is not None and not color.is_measure:
        layout["legend"]["title"] = {"text": color.label}
    if mark == "histogram" or step:
        layout["bargap"] = 0.02
    xaxis, yaxis = _axis(x), _axis(y)
    for axis, out in ((xaxis, x), (yaxis, y)):
        if out is not None and axis.get("type") == "category":
            axis["categoryorder"] = "array"
            axis["categoryarray"] = list(dict.fromkeys(rows.values(out)))
    if horizontal:
        yaxis["autorange"] = "reversed"
    layout.update(xaxis=xaxis, yaxis=yaxis)


def figure_json(fig: Fig | go.Figure) -> dict[str, Any]:
    """Plain JSON of the figure (numeric arrays as plotly's base64 typed arrays)."""
    if isinstance(fig, dict):
        return to_json(fig)
    return json.loads(fig.to_json())  # type: ignore[no-any-return]


def mimebundle(data: dict[str, Any]) -> dict[str, Any]:
    """Jupyter display data for a figure's JSON (:func:`figure_json`): the plotly mimetype
    (interactive in JupyterLab and Voilà) plus an HTML fallback for nbconvert pages that
    loads plotly.js from its CDN — never a 4.8 MB copy of plotly.js per chart."""
    return {
        PLOTLY_MIME: {**data, "config": CONFIG},
        "text/html": html_fallback(data, CONFIG),
        "text/plain": f"<Figure: {len(data.get('data', []))} trace(s)>",
    }
