"""The rows of days of the year said with no year ("on Christmas Day", "February 29",
"Friday the 13th"): a month and a day of the month kept in every year, on a date column or
on a table's integer month and day-of-month columns."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from ...sql.timeunits import time_unit_sql
from .draft import calendar_part, column_ref
from .reading import TimeRange

__all__ = ["month_day_terms"]


def month_day_terms(
    tr: TimeRange, table: Table, column: Column, dialect: str
) -> list[exp.Expression]:
    """One condition keeping the days of ``tr.monthdays`` (any of them), or none when the
    table holds no date nor month and day columns."""
    if not tr.monthdays:
        return []
    parts = _parts(table, column, dialect)
    if parts is None:
        return []
    month, day = parts
    days = [
        exp.and_(
            *([exp.EQ(this=month.copy(), expression=exp.convert(m))] if m else []),
            exp.EQ(this=day.copy(), expression=exp.convert(n)),
        )
        for m, n in tr.monthdays
    ]
    return [exp.paren(exp.or_(*days)) if len(days) > 1 else days[0]]


def _parts(
    table: Table, column: Column, dialect: str
) -> tuple[exp.Expression, exp.Expression] | None:
    """The month and the day of the month of ``column``'s rows, as SQL."""
    if column.semantic == "temporal":
        col = column_ref(table, column)
        return time_unit_sql("month", col, dialect), time_unit_sql(
            "dayofmonth", col.copy(), dialect
        )
    month = next((c for c in table.columns if calendar_part(c) == "month"), None)
    day = next((c for c in table.columns if calendar_part(c) == "day"), None)
    if month is None or day is None:
        return None
    return column_ref(table, month), column_ref(table, day)
