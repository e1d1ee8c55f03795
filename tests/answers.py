"""The two sides of a planner's golden test: the numbers an answer's chart shows, and the
numbers SQL written by hand gives on the same database file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

__all__ = ["kpi", "one", "plotted", "truth"]


def plotted(answer: Any) -> dict[Any, Any]:
    """The chart's marks as ``{x: y}``."""
    fields = answer.compiled.fields
    xs = answer.table.column(fields["x"].alias).to_pylist()
    return dict(zip(xs, answer.table.column(fields["y"].alias).to_pylist(), strict=True))


def truth(path: Path, sql: str, *, approx: bool = False) -> dict[Any, Any]:
    """``{first column: second column}`` of ``sql`` on the DuckDB file ``path`` (each value a
    ``pytest.approx`` with ``approx``)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    return {k: pytest.approx(v) if approx else v for k, v in rows}


def kpi(answer: Any) -> Any:
    """The one number a KPI answer shows."""
    [value] = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    return value


def one(path: Path, sql: str) -> float:
    """The one number ``sql`` gives on the DuckDB file ``path``."""
    (row,) = truth(path, f"SELECT 1, ({sql})").values()
    return float(row)
