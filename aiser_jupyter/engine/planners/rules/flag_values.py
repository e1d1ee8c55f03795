"""The stored true or false value of a two-valued flag column (``y``/``n``, ``yes``/``no``,
``1``/``0``, a survey's ``iap`` beside ``yes``): read by :mod:`.flags` and every step that
keeps one side of a flag."""

from __future__ import annotations

from typing import Any

from ...catalog.model import Column

__all__ = ["flag_value", "zero_one"]

_TRUE = ("y", "yes", "t", "true", "1")
_FALSE = ("n", "no", "f", "false", "0")
#: values saying a flag is not known for a row: "y", "n" and "nk" make a flag still
#: (… and "iap", a survey's "inapplicable": a question not put to the respondent)
_UNKNOWN = frozenset(["nk", "na", "n/a", "unknown", "unk", "dk", "?", "u", "iap"])


def flag_value(column: Column, truthy: bool) -> Any:
    """The stored true (or false) value of a two-valued flag column, or None when it is no flag."""
    values = [v for v in column.samples if v is not None]
    known = [v for v in values if str(v).strip().lower() not in _UNKNOWN]
    if len(known) < len(values) in (2, 3):  # y / n / nk: a flag not always known ("iap", "yes")
        values = known
    if not values or len(values) > 2 or (column.distinct or 0) > 3:
        return None
    words = [str(v).strip().lower() for v in values]
    if not all(w in _TRUE + _FALSE for w in words):
        return None
    wanted = _TRUE if truthy else _FALSE
    hit = next((v for v, w in zip(values, words, strict=True) if w in wanted), None)
    if hit is None and truthy and len(values) == 1 and isinstance(values[0], int):
        return 1
    return hit


def zero_one(column: Column | None) -> bool:
    """A column stored as the integers 0 and 1 (its mean is a share)."""
    if column is None or "INT" not in column.type.upper():
        return False
    return bool(flag_value(column, True) == 1 and flag_value(column, False) == 0)
