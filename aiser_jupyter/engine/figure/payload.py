"""Lean chart payloads: say when a chart is reduced, keep its JSON under a hard byte cap.

Numeric arrays already travel as plotly's base64 typed arrays; long date arrays are
sent the same way (milliseconds since the epoch on a date axis, 10.7 bytes a value
instead of 29 for an ISO string). A figure still over the cap (many colours, wide
tables) is thinned evenly, and the answer says so.
"""

from __future__ import annotations

from typing import Any

from .plotly_json import to_json

__all__ = ["estimate_bytes", "figure_bytes", "finish_figure"]

Fig = dict[str, Any]
#: arrays this long or longer go as typed arrays even when they hold dates
TYPED_FROM = 64
_ARRAYS = ("x", "y", "text", "customdata", "ids")


def figure_bytes(fig: Fig) -> int:
    """Size of the figure's JSON as it is sent to the front end."""
    import json

    return len(json.dumps(to_json(fig), separators=(",", ":")))


def _length(value: Any) -> int:
    if value is None or isinstance(value, (str, dict)):
        return 0
    size = getattr(value, "size", None)
    return int(size) if size is not None else len(value) if hasattr(value, "__len__") else 0


def estimate_bytes(fig: Fig) -> int:
    """A quick upper-ish estimate of :func:`figure_bytes` without serialising."""
    total = 2_000
    for trace in fig["data"]:
        for name in (*_ARRAYS, "z", "values", "labels"):
            total += _length(trace.get(name)) * 30
        marker = trace.get("marker") or {}
        for name in ("size", "color"):
            total += _length(marker.get(name)) * 12
        if trace.get("type") == "table":
            total += len(str(trace["cells"]["values"]))
    return total


def _typed_dates(fig: Fig) -> None:
    import numpy as np

    for trace in fig["data"]:
        for name in ("x", "y"):
            value = trace.get(name)
            if (
                isinstance(value, np.ndarray)
                and value.dtype.kind == "M"
                and value.size >= TYPED_FROM
            ):
                ms = value.astype("datetime64[ms]").astype("int64").astype("float64")
                ms[np.isnat(value)] = np.nan
                trace[name] = ms


def _thin(fig: Fig, keep: float) -> int:
    """Keep about ``keep`` of the points of every trace (evenly spaced); returns points left."""
    import numpy as np

    left = 0
    for trace in fig["data"]:
        if trace.get("type") == "table":
            values = [list(v) for v in trace["cells"]["values"]]
            n = max(int(len(values[0]) * keep), 1) if values else 0
            trace["cells"]["values"] = [v[:n] for v in values]
            left += n
            continue
        lengths = [_length(trace.get(a)) for a in _ARRAYS]
        n = max(lengths, default=0)
        if not n:
            continue
        index = np.unique(np.linspace(0, n - 1, max(int(n * keep), 1)).round().astype(int))
        marker = trace.get("marker") or {}
        for owner, names in ((trace, _ARRAYS), (marker, ("size", "color"))):
            for name in names:
                value = owner.get(name)
                if value is not None and _length(value) == n:
                    owner[name] = (
                        value[index] if isinstance(value, np.ndarray) else [value[i] for i in index]
                    )
        left += len(index)
    return left


def finish_figure(fig: Fig, reduced: str | None, cap: int) -> str | None:
    """Label a reduced chart with ``reduced`` (what was left out) and keep its JSON under
    ``cap`` bytes, in place.

    Returns the notice to show when the figure had to be thinned, else ``None``.
    """
    _typed_dates(fig)
    if reduced is not None:
        fig["layout"].setdefault("annotations", []).append(
            {
                "text": reduced,
                "xref": "paper",
                "yref": "paper",
                "x": 1,
                "y": 1,
                "xanchor": "right",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 11, "color": "#888"},
            }
        )
    if estimate_bytes(fig) <= cap // 2:
        return None
    size = figure_bytes(fig)
    if size <= cap:
        return None
    before = size
    for _ in range(6):
        left = _thin(fig, max(0.05, 0.9 * cap / size))
        size = figure_bytes(fig)
        if size <= cap:
            break
    return (
        f"The figure was thinned from {before:,} to {size:,} bytes ({left:,} points kept) to stay under the "
        f"{cap:,}-byte cap; aggregate more, or raise max_figure_bytes (up to 1 MB)."
    )
