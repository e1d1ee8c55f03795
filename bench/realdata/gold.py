"""Run an item's gold SQL on its dataset and turn the rows into plain JSON values."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb

__all__ = ["gold_rows", "json_value", "same_rows"]


def json_value(value: Any) -> Any:
    """A DuckDB value as JSON: decimals as floats, dates as ``YYYY-MM-DD``, times as ``HH:MM:SS``."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return value


def gold_rows(db: Path, sql: str) -> tuple[list[str], list[list[Any]]]:
    """The column names and rows (as JSON values) of ``sql`` on the database file ``db``."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        res = con.execute(sql)
        names = [d[0] for d in res.description or []]
        return names, [[json_value(v) for v in row] for row in res.fetchall()]
    finally:
        con.close()


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return bool(a == b)


def same_rows(got: list[list[Any]], want: list[list[Any]], *, key: int | None = None) -> bool:
    """Rows equal as multisets (numbers to 1e-9); with ``key``, that column also in order.

    Rows that tie on the sort column may come back in any order, so only the
    sequence of the sort column is compared in order.
    """
    if len(got) != len(want):
        return False
    if key is not None and not all(_same(g[key], w[key]) for g, w in zip(got, want, strict=True)):
        return False
    got, want = sorted(got, key=repr), sorted(want, key=repr)
    return all(
        len(g) == len(w) and all(_same(a, b) for a, b in zip(g, w, strict=True))
        for g, w in zip(got, want, strict=True)
    )
