"""Bounds of columns for bin widths and M4 buckets: DuckDB's stored statistics, else one MIN/MAX.

Stored statistics cost no scan of the data; they are remembered for the life of the
catalog they were read for. Both take a :class:`~.checked.GuardedPlan`: their queries
are built from the checked base query, never from the plan's text.
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlglot import exp

from ..sql.checked import GuardedPlan
from ..sql.guard import render
from .basecols import BASE, base_column

if TYPE_CHECKING:
    from ..catalog.model import Catalog
    from ..config import Limits
    from ..sources.base import Source

__all__ = ["minmax", "stats_bounds"]


def _simple_base(tree: exp.Expression) -> exp.Table | None:
    """The table of a base query that is a plain ``SELECT … FROM table`` (no filter or join)."""
    if not isinstance(tree, exp.Select) or any(
        tree.args.get(k)
        for k in (
            "where",
            "joins",
            "group",
            "having",
            "limit",
            "distinct",
            "with",
            "with_",
            "qualify",
        )
    ):
        return None
    source = tree.args.get("from_") or tree.args.get("from")  # sqlglot ≥ 30 says from_
    table = source.this if source is not None else None
    return table if isinstance(table, exp.Table) else None


#: stored-statistics bounds per catalog (id) and table: a catalog is a snapshot, so are they
_BOUNDS: dict[tuple[int, str], dict[str, tuple[float, float] | None]] = {}


def stats_bounds(
    checked: GuardedPlan,
    fields: list[str],
    source: Source,
    limits: Limits,
    catalog: Catalog | None = None,
) -> dict[str, tuple[float, float]]:
    """(min, max) of plain table columns from DuckDB's stored statistics — no scan of the data.

    Remembered for the life of ``catalog`` (refreshing the catalog reads them again).
    """
    table = _simple_base(checked.base()) if checked.dialect == "duckdb" else None
    if table is None:
        return {}
    if catalog is None:
        return _read_stats(table, fields, source, limits)
    key = (id(catalog), table.sql("duckdb"))
    if key not in _BOUNDS:
        _BOUNDS[key] = {}
        weakref.finalize(catalog, _BOUNDS.pop, key, None)
    known = _BOUNDS[key]
    missing = [f for f in fields if f not in known]
    if missing:
        found = _read_stats(table, missing, source, limits)
        known.update({f: found.get(f) for f in missing})
    return {f: b for f in fields if (b := known.get(f)) is not None}


def _read_stats(
    table: exp.Table, fields: list[str], source: Source, limits: Limits
) -> dict[str, tuple[float, float]]:
    # DuckDB 2 returns stats() as a VARIANT: read min/max as text, parse them here
    cols = [
        exp.alias_(
            exp.cast(
                exp.Bracket(
                    this=exp.func("stats", exp.column(f, quoted=True)),
                    expressions=[exp.Literal.string(end)],
                ),
                "VARCHAR",
            ),
            f"{end}{i}",
        )
        for i, f in enumerate(fields)
        for end in ("min", "max")
    ]
    try:
        row = source.run(
            exp.select(*cols).from_(table.copy()).limit(1).sql("duckdb"),
            replace(limits, max_rows=1),
        ).to_pylist()
    except Exception:  # an expression column or old DuckDB: fall back to a min/max query
        return {}
    out = {}
    for i, name in enumerate(fields):
        lo, hi = (_number(row[0].get(f"{end}{i}")) if row else None for end in ("min", "max"))
        if lo is not None and hi is not None:
            out[name] = (lo, hi)
    return out


def _number(value: Any) -> float | None:
    """A bound as a number: dates and timestamps as epoch seconds (as DuckDB's ``epoch``)."""
    import datetime as dt

    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            pass
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.timestamp()
        return (value - dt.datetime(1970, 1, 1)).total_seconds()
    if isinstance(value, dt.date):
        return (value - dt.date(1970, 1, 1)).total_seconds()
    return None


def minmax(
    checked: GuardedPlan, columns: list[str], source: Source, limits: Limits
) -> dict[str, tuple[float, float]]:
    """(min, max) of each of the base query's ``columns`` (real names), in one query.

    A column whose bounds are not numbers (no rows, dates, text) is left out.
    """
    dialect = checked.dialect
    query = exp.select(
        *(
            exp.alias_(agg(this=base_column(name, dialect)), f"{end}{i}")
            for i, name in enumerate(columns)
            for end, agg in (("lo", exp.Min), ("hi", exp.Max))
        )
    ).from_(checked.base().subquery(BASE))
    row = source.run(render(query, dialect), replace(limits, max_rows=1)).to_pylist()
    out = {}
    for i, name in enumerate(columns):
        lo, hi = (_bound(row[0].get(f"{end}{i}")) if row else None for end in ("lo", "hi"))
        if lo is not None and hi is not None:
            out[name] = (lo, hi)
    return out


def _bound(value: Any) -> float | None:
    """A MIN/MAX result as a float when it is a number (decimals too), else ``None``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    return float(value)
