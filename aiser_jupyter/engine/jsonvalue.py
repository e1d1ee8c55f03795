"""One database or numpy scalar as a JSON value (for ``--json``, predictions and catalogs)."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

__all__ = ["json_value"]


def json_value(value: Any) -> Any:
    """``value`` as JSON: dates as ISO text, decimals and numpy scalars as numbers,
    NaN/infinity and bytes as null, anything else as text."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, bytes):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return json_value(value.item())
    if isinstance(value, Decimal):
        return json_value(float(value))
    return str(value)
