"""A date kept as its parts: ``year``, ``month``, ``day`` integer columns and no date column
(daily stock returns, weather readings, a flight log). "Daily IBM returns in 1990" runs
along each date — ``MAKE_DATE(year, month, day)`` — never along the day of the month alone,
which pools the 1st of every month into one point. ("By month" stays the month column: the
months of the year, pooled, as analysts of such tables mostly mean; a series of each year's
months is asked with the year as well.)

The date is a :class:`~.derived.DerivedColumn` of the draft: the time axis truncates it as
it would a stored date, and the catalog never sees it.
"""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from .derived import DerivedColumn
from .draft import Draft, calendar_part, column_ref
from .near_tables import nearest_tables

__all__ = ["composed_date", "make_date"]

#: the parts a unit's date is made of
_NEEDS = {"day": ("year", "month", "day")}


def composed_date(d: Draft, unit: str | None) -> tuple[Table, Column] | None:
    """The date the nearest table's integer year, month and day columns make, for a time axis
    by ``unit`` (each day); None when the table has a date of its own, lacks a part, or keeps
    its year in two digits."""
    needs = _NEEDS.get(unit or "")
    if needs is None:
        return None
    for table in nearest_tables(d):
        if any(c.semantic == "temporal" for c in table.columns):
            return None
        parts: dict[str, Column] = {}
        for c in table.columns:
            part = calendar_part(c)
            if part is not None and part not in parts:
                parts[part] = c
        if not all(p in parts for p in needs):
            continue
        if not isinstance(parts["year"].min, int | float) or parts["year"].min < 1000:
            return None  # "89" of 1989: no date is made of it
        return table, _date(table, parts, d.dialect)
    return None


def _date(table: Table, parts: dict[str, Column], dialect: str) -> DerivedColumn:
    """``MAKE_DATE(year, month, day)`` over ``table``'s part columns, as ``dialect`` writes it."""
    y, m = column_ref(table, parts["year"]), column_ref(table, parts["month"])
    expr = make_date(y, m, column_ref(table, parts["day"]), dialect)
    year = parts["year"]
    lo, hi = (f"{int(year.min)}-01-01", f"{int(year.max)}-12-31") if year.max else (None, None)
    derived = DerivedColumn(
        name="date",
        term="date",
        kind="dimension",
        type="DATE",
        semantic="temporal",
        min=lo,
        max=hi,
        description=f"the date of {', '.join(p.name for p in parts.values())}",
    )
    derived._expr = expr
    return derived


def make_date(
    y: exp.Expression, m: exp.Expression, day: exp.Expression, dialect: str
) -> exp.Expression:
    """A date of three integer expressions in ``dialect``: DuckDB, PostgreSQL and Spark have
    ``MAKE_DATE``, ClickHouse ``makeDate``; SQLite reads an ISO text as a date, MySQL and
    MariaDB parse one with ``STR_TO_DATE``."""
    if dialect in ("duckdb", "postgres", "spark", "databricks"):
        return exp.Anonymous(this="MAKE_DATE", expressions=[y, m, day])
    if dialect == "clickhouse":
        return exp.Anonymous(this="makeDate", expressions=[y, m, day])
    if dialect == "sqlite":
        fmt = exp.Literal.string("%04d-%02d-%02d")
        text = exp.Anonymous(this="printf", expressions=[fmt, y, m, day])
        return exp.Anonymous(this="DATE", expressions=[text])
    dash = exp.Literal.string("-")
    text = exp.Concat(expressions=[y, dash, m, dash, day])
    if dialect in ("mysql", "mariadb"):
        return exp.Anonymous(this="STR_TO_DATE", expressions=[text, exp.Literal.string("%Y-%m-%d")])
    return exp.cast(text, exp.DataType.build("DATE"))
