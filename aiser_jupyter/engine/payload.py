"""Lean chart payloads: say when a chart is reduced, keep its JSON under a hard byte cap.

Numeric arrays already travel as plotly's base64 typed arrays; long date arrays are
sent the same way (milliseconds since the epoch on a date axis, 10.7 bytes a value
instead of 29 for an ISO string). A figure still over the cap (many colours, wide
tables) is thinned evenly, and the answer says so.
"""

from __future__ import annotations

from collections.abc import Sized
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import plotly.graph_objects as go

    from .core import Answer

__all__ = ["estimate_bytes", "figure_bytes", "finish_figure"]

#: arrays this long or longer go as typed arrays even when they hold dates
TYPED_FROM = 64
_ARRAYS = ("x", "y", "text", "customdata", "ids")


def figure_bytes(fig: go.Figure) -> int:
    """Size of the figure's JSON as it is sent to the front end."""
    return len(fig.to_json())


def estimate_bytes(fig: go.Figure) -> int:
    """A quick upper-ish estimate of :func:`figure_bytes` without serialising."""
    total = 2_000
    for trace in fig.data:
        for name in (*_ARRAYS, "z", "values", "labels"):
            value = getattr(trace, name, None) if name in trace else None
            if value is None:
                continue
            n = getattr(value, "size", None) or (len(value) if hasattr(value, "__len__") else 1)
            total += int(n) * 30
        if "marker" in trace and trace.marker is not None:
            for name in ("size", "color"):
                value = getattr(trace.marker, name, None)
                if isinstance(value, Sized) and not isinstance(value, str):
                    total += len(value) * 12
        if getattr(trace, "type", "") == "table":
            total += len(str(trace.cells.values))
    return total


def _typed_dates(fig: go.Figure) -> None:
    import numpy as np

    for trace in fig.data:
        for name in ("x", "y"):
            value = getattr(trace, name, None) if name in trace else None
            if (
                isinstance(value, np.ndarray)
                and value.dtype.kind == "M"
                and value.size >= TYPED_FROM
            ):
                ms = value.astype("datetime64[ms]").astype("int64").astype("float64")
                ms[np.isnat(value)] = np.nan
                setattr(trace, name, ms)


def _thin(fig: go.Figure, keep: float) -> int:
    """Keep about ``keep`` of the points of every trace (evenly spaced); returns points left."""
    import numpy as np

    left = 0
    for trace in fig.data:
        if getattr(trace, "type", "") == "table":
            values = [list(v) for v in trace.cells.values]
            n = max(int(len(values[0]) * keep), 1) if values else 0
            trace.cells.values = [v[:n] for v in values]
            left += n
            continue
        lengths = [
            len(getattr(trace, a))
            for a in _ARRAYS
            if a in trace
            and getattr(trace, a) is not None
            and hasattr(getattr(trace, a), "__len__")
        ]
        if not lengths:
            continue
        n = max(lengths)
        index = np.unique(np.linspace(0, n - 1, max(int(n * keep), 1)).round().astype(int))
        for name in _ARRAYS:
            value = getattr(trace, name, None) if name in trace else None
            if value is not None and hasattr(value, "__len__") and len(value) == n:
                setattr(
                    trace,
                    name,
                    np.asarray(value)[index]
                    if isinstance(value, np.ndarray)
                    else [value[i] for i in index],
                )
        marker = trace.marker if "marker" in trace else None
        for name in ("size", "color"):
            value = getattr(marker, name, None) if marker is not None else None
            if (
                value is not None
                and hasattr(value, "__len__")
                and not isinstance(value, str)
                and len(value) == n
            ):
                setattr(marker, name, np.asarray(value)[index])
        left += len(index)
    return left


def finish_figure(fig: go.Figure, answer: Answer) -> go.Figure:
    """Label a reduced chart and enforce ``answer.max_bytes`` on its JSON (adds a notice when hit)."""
    _typed_dates(fig)
    if answer.reduction is not None:
        fig.add_annotation(
            text=answer.reduction.note,
            xref="paper",
            yref="paper",
            x=1,
            y=1,
            xanchor="right",
            yanchor="bottom",
            showarrow=False,
            font={"size": 11, "color": "#888"},
        )
    cap = answer.max_bytes
    if estimate_bytes(fig) <= cap // 2:
        return fig
    size = figure_bytes(fig)
    if size <= cap:
        return fig
    before = size
    for _ in range(6):
        left = _thin(fig, max(0.05, 0.9 * cap / size))
        size = figure_bytes(fig)
        if size <= cap:
            break
    answer.notices.append(
        f"The figure was thinned from {before:,} to {size:,} bytes ({left:,} points kept) to stay under the "
        f"{cap:,}-byte cap; aggregate more, or raise max_figure_bytes (up to 1 MB)."
    )
    return fig
