""" "Average measles deaths per year in the 1800s" of a table of one row a year: each year's
own number is already its average, so "per year" says what each row is, and the answer is
the mean over the years kept — one number, not a line of the rows as they are. "By year",
"each year" still ask for the line."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..date_grain import calendar_unit, stored_unit
from .draft import Draft, calendar_part

__all__ = ["averages_rows", "mean_of_rows"]


def mean_of_rows(d: Draft, table: Table, column: Column) -> bool:
    """Whether "per year" after an asked average ("average X per year") runs along ``column``,
    a year held once per row of ``table``: then no time axis is drawn."""
    span = d.r.unit_span
    if span is None or d.r.unit not in _ROWS or d.q.words[span[0]].text not in ("per", "a"):
        return False
    return averages_rows(d, table, column, d.r.unit)


#: the time units "per …" may say each row of a table is
_ROWS = frozenset(["year", "yearmonth", "day"])


def averages_rows(d: Draft, table: Table, column: Column, unit: str) -> bool:
    """Whether the measures are all asked averages over ``table``, whose rows ``column``
    holds one ``unit`` each: a year column of one row a year, or dates stored one a day
    ("average births per day" of one row per date) or a month (a monthly series)."""
    if not d.measures or not all(m.explicit and m.agg in ("mean", "median") for m in d.measures):
        return False
    rows = table.row_count or 0
    if rows < 2 or (column.distinct or 0) < 0.95 * rows:
        return False
    if calendar_part(column) == "year":
        return unit == "year"
    stored = stored_unit(column)
    return column.semantic == "temporal" and unit in _ROWS and stored == calendar_unit(unit)
