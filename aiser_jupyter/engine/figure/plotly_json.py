"""Plotly's JSON without plotly's validators: what a chart costs to display.

:func:`to_json` turns a figure dict holding numpy arrays into the JSON that
``plotly.graph_objects.Figure(fig).to_json()`` produces (tested equal): numeric arrays
as plotly.js typed arrays (``{"dtype": "f8", "bdata": base64}``, int64 narrowed the
way plotly.py narrows it), dates as ISO text, NaN as null, unset (None) keys left out.
:func:`html_fallback` is the ``text/html`` output for pages without the plotly renderer
(nbconvert): plotly.js from its CDN, pinned by the bundled file's SRI hash, computed once.
"""

from __future__ import annotations

import base64
import functools
import json
import uuid
from typing import Any

from ..jsonvalue import json_value

__all__ = ["PLOTLY_MIME", "html_fallback", "to_json", "typed_array"]

PLOTLY_MIME = "application/vnd.plotly.v1+json"  #: the mimetype JupyterLab's plotly renderer draws

_SHORT = {
    "int8": "i1",
    "uint8": "u1",
    "int16": "i2",
    "uint16": "u2",
    "int32": "i4",
    "uint32": "u4",
    "float32": "f4",
    "float64": "f8",
}
#: keys plotly.py never turns into typed arrays
_SKIPPED = frozenset({"geojson", "layer", "layers", "range"})


def typed_array(array: Any) -> Any:
    """A numeric numpy array as a plotly.js typed array spec; other arrays as JSON lists."""
    import numpy as np

    if array.dtype.kind == "M":  # as plotly.py writes them ("NaT" draws nothing)
        return np.datetime_as_string(array).tolist()
    if array.size == 0 or array.dtype.kind not in "iuf":
        return _plain(array.tolist())
    if array.dtype.kind in "iu" and array.dtype.itemsize == 8:
        lo, hi = int(array.min()), int(array.max())
        for small in (
            ("int8", "int16", "int32") if array.dtype.kind == "i" else ("uint8", "uint16", "uint32")
        ):
            info = np.iinfo(small)
            if info.min <= lo and hi <= info.max:
                array = array.astype(small)
                break
        else:
            return _plain(array.tolist())
    short = _SHORT.get(str(array.dtype))
    if short is None:
        return _plain(array.tolist())
    spec = {
        "dtype": short,
        "bdata": base64.b64encode(np.ascontiguousarray(array).tobytes()).decode("ascii"),
    }
    if array.ndim > 1:
        spec["shape"] = ", ".join(str(n) for n in array.shape)
    return spec


def _plain(value: Any) -> Any:
    """Any value of a figure as JSON (containers, arrays of non-numbers, scalars, dates)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "dtype") and getattr(value, "ndim", 0) >= 1:
        return _plain(value.tolist())
    return json_value(value)


def _convert(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _convert(v, k) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_convert(v) for v in value]
    if key not in _SKIPPED and hasattr(value, "dtype") and getattr(value, "ndim", 0) >= 1:
        return typed_array(value)
    return _plain(value)


def to_json(fig: dict[str, Any]) -> dict[str, Any]:
    """The figure ``fig`` (a dict with numpy arrays) as plotly JSON."""
    return _convert(fig)  # type: ignore[no-any-return]


def dumps(data: Any) -> str:
    """Compact JSON safe to put inside a ``<script>`` element."""
    text = json.dumps(data, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


@functools.cache
def plotly_cdn() -> tuple[str, str]:
    """The CDN address of the plotly.js bundled with plotly.py, and its SRI hash."""
    import hashlib
    from importlib import resources

    from plotly.offline import get_plotlyjs_version

    bundle = resources.files("plotly") / "package_data" / "plotly.min.js"
    digest = hashlib.sha256(bundle.read_bytes()).digest()
    return (
        f"https://cdn.plot.ly/plotly-{get_plotlyjs_version()}.min.js",
        "sha256-" + base64.b64encode(digest).decode("ascii"),
    )


def html_fallback(data: dict[str, Any], config: dict[str, Any]) -> str:
    """An HTML snippet that draws ``data`` (plotly JSON) with plotly.js loaded from its CDN."""
    url, integrity = plotly_cdn()
    div = f"aiser-{uuid.uuid4()}"
    height = data.get("layout", {}).get("height", 420)
    return (
        f'<div id="{div}" class="plotly-graph-div" style="height:{int(height)}px; width:100%;"></div>'
        "<script>window.PlotlyConfig = {MathJaxConfig: 'local'};</script>"
        f'<script charset="utf-8" src="{url}" integrity="{integrity}" crossorigin="anonymous"></script>'
        f'<script>if (document.getElementById("{div}")) {{ Plotly.newPlot("{div}", '
        f"{dumps(data.get('data', []))}, {dumps(data.get('layout', {}))}, {dumps(config)}); }}</script>"
    )
