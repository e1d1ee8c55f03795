"""Build a plotly figure from the chart spec and the small, already aggregated result.

No plotly.express over raw rows: every trace is built from the plotted rows
that the database returned. The theme is a small template set once, not the
full default template repeated in every chart.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .compile import Compiled, OutField
from .nbfile import PLOTLY_MIME
from .plan import ChartSpec

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

__all__ = ["PLOTLY_MIME", "build_figure", "figure_json", "mimebundle"]


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


def _values(df: pd.DataFrame, out: OutField | None) -> list[Any] | Any:
    if out is None:
        return None
    column = df[out.alias]
    if out.type in ("nominal", "ordinal") and out.time_unit is None:
        return ["(null)" if v is None or v != v else str(v) for v in column.tolist()]
    return column.to_numpy()


def _axis(out: OutField | None) -> dict[str, Any]:
    if out is None:
        return {}
    axis: dict[str, Any] = {"title": {"text": out.label}}
    if out.type in ("nominal", "ordinal"):
        axis["type"] = "category"
    elif out.type == "temporal":
        axis["type"] = "date"
    return axis


def _groups(df: pd.DataFrame, color: OutField | None) -> list[tuple[str | None, pd.DataFrame]]:
    if color is None or color.is_measure:
        return [(None, df)]
    keys = list(dict.fromkeys(df[color.alias].tolist()))
    return [
        (
            "(null)" if k is None or k != k else str(k),
            df[df[color.alias].isna()] if k is None or k != k else df[df[color.alias] == k],
        )
        for k in keys
    ]


def build_figure(spec: ChartSpec, df: pd.DataFrame, compiled: Compiled) -> go.Figure:
    """The plotly figure for ``spec`` over the plotted rows ``df``."""
    import plotly.graph_objects as go

    f = compiled.fields
    mark = compiled.mark
    fig = go.Figure(layout=_layout(spec))
    x, y, color = f.get("x"), f.get("y"), f.get("color")

    if mark == "arc":
        labels = f.get("color") or x
        values = f.get("theta") or y
        fig.add_trace(
            go.Pie(
                labels=_values(df, labels),
                values=_values(df, values),
                sort=False,
                hole=0.0,
                textinfo="percent",
                direction="clockwise",
            )
        )
        fig.update_layout(legend_title_text=labels.label if labels else None)
    elif mark == "kpi":
        value = next((o for o in f.values() if o.is_measure), None)
        number = (
            float(df[value.alias].iloc[0])
            if value is not None and len(df) and df[value.alias].iloc[0] is not None
            else None
        )
        fig.add_trace(
            go.Indicator(mode="number", value=number, title={"text": value.label if value else ""})
        )
    elif mark == "table":
        fig.add_trace(
            go.Table(
                header={"values": [o.label for o in f.values()]},
                cells={"values": [df[o.alias].tolist() for o in f.values()]},
            )
        )
    elif mark == "heatmap" and x is not None and y is not None and color is not None:
        pivot = df.pivot_table(
            index=y.alias, columns=x.alias, values=color.alias, aggfunc="first", sort=False
        )
        fig.add_trace(
            go.Heatmap(
                x=[str(c) for c in pivot.columns]
                if x.type != "quantitative"
                else pivot.columns.to_numpy(),
                y=[str(i) for i in pivot.index]
                if y.type != "quantitative"
                else pivot.index.to_numpy(),
                z=pivot.to_numpy(),
                colorscale="Blues",
                colorbar={"title": {"text": color.label}},
            )
        )
        fig.update_layout(xaxis=_axis(x), yaxis=_axis(y))
    elif mark == "box" and y is not None:
        a = y.alias
        fig.add_trace(
            go.Box(
                x=_values(df, x) if x is not None else None,
                q1=df[f"{a}_q1"].to_numpy(),
                median=df[f"{a}_median"].to_numpy(),
                q3=df[f"{a}_q3"].to_numpy(),
                lowerfence=df[f"{a}_min"].to_numpy(),
                upperfence=df[f"{a}_max"].to_numpy(),
                name=y.field or "",
            )
        )
        fig.update_layout(xaxis=_axis(x), yaxis={"title": {"text": y.field}})
    else:
        _cartesian(fig, mark, spec, df, f)
    return fig


def _cartesian(
    fig: go.Figure, mark: str, spec: ChartSpec, df: pd.DataFrame, f: dict[str, OutField]
) -> None:
    import plotly.graph_objects as go

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
    for name, part in _groups(df, color):
        common: dict[str, Any] = {
            "x": _values(part, x),
            "y": _values(part, y),
            "name": name or (y.label if y else ""),
            "showlegend": name is not None,
        }
        if detail is not None:
            common["text"] = [str(v) for v in part[detail].tolist()]
            common["hovertemplate"] = "%{text}<br>%{x}, %{y}<extra></extra>"
        if mark in ("bar", "histogram"):
            trace = go.Bar(**common, orientation="h" if horizontal else None)
            if mark == "histogram" or (x is not None and x.bin_step):
                step = x.bin_step if x is not None and x.bin_step else None
                if step:
                    trace.update(x=part[x.alias].to_numpy() + step / 2, width=step)  # type: ignore[union-attr]
        elif mark in ("line", "area"):
            many = len(part) > 60
            trace = go.Scatter(
                **common,
                mode="lines" if many else "lines+markers",
                stackgroup="one" if mark == "area" and color is not None else None,
                fill="tozeroy" if mark == "area" and color is None else None,
            )
        else:  # point
            marker: dict[str, Any] = {"opacity": 0.8 if len(part) < 2000 else 0.5}
            if size is not None:
                sizes = part[size.alias].astype(float)
                top = float(sizes.max()) or 1.0
                marker.update(
                    size=(6 + 30 * (sizes / top).clip(lower=0) ** 0.5).to_numpy(),
                    sizemode="diameter",
                )
            if color is not None and color.is_measure:
                marker.update(
                    color=part[color.alias].to_numpy(),
                    colorscale="Viridis",
                    showscale=True,
                    colorbar={"title": {"text": color.label}},
                )
            trace = (
                go.Scattergl(**common, mode="markers", marker=marker)
                if len(part) > 5000
                else go.Scatter(**common, mode="markers", marker=marker)
            )
        fig.add_trace(trace)
    stack = spec.stack
    if mark == "bar" and color is not None and not color.is_measure:
        fig.update_layout(
            barmode="group" if stack in ("grouped", False) else "relative",
            barnorm="percent" if stack == "normalize" else None,
            legend_title_text=color.label,
        )
    elif color is not None and not color.is_measure:
        fig.update_layout(legend_title_text=color.label)
    if mark == "histogram" or (x is not None and x.bin_step):
        fig.update_layout(bargap=0.02)
    xaxis, yaxis = _axis(x), _axis(y)
    for axis, out in ((xaxis, x), (yaxis, y)):
        if out is not None and axis.get("type") == "category":
            axis["categoryorder"] = "array"
            axis["categoryarray"] = list(dict.fromkeys(_values(df, out)))
    if horizontal:
        yaxis["autorange"] = "reversed"
    fig.update_layout(xaxis=xaxis, yaxis=yaxis)


def figure_json(fig: go.Figure) -> dict[str, Any]:
    """Plain JSON of the figure (numeric arrays as plotly's base64 typed arrays)."""
    return json.loads(fig.to_json())  # type: ignore[no-any-return]


def mimebundle(fig: go.Figure) -> dict[str, Any]:
    """Jupyter display data: the plotly mimetype (interactive in JupyterLab and Voilà) plus an
    HTML fallback for nbconvert pages that loads plotly.js from its CDN — never a 4.8 MB copy
    of plotly.js per chart in the saved notebook."""
    data = figure_json(fig)
    html = fig.to_html(include_plotlyjs="cdn", full_html=False, config=CONFIG)
    return {
        PLOTLY_MIME: {**data, "config": CONFIG},
        "text/html": html,
        "text/plain": f"<Figure: {len(fig.data)} trace(s)>",
    }
