""" "Average measles deaths per year in the 1800s" of a table of one row a year: each year's
own number is already its average, so "per year" says what each row is, and the answer is
the mean over the years kept — one number, not a line of the rows as they are. "By year",
"each year" still ask for the line."""

from __future__ import annotations

from ...catalog.model import Column, Table
from .draft import Draft, calendar_part

__all__ = ["mean_of_rows"]


def mean_of_rows(d: Draft, table: Table, column: Column) -> bool:
    """Whether "per year" after an asked average ("average X per year") runs along ``column``,
    a year held once per row of ``table``: then no time axis is drawn."""
    span = d.r.unit_span
    if span is None or d.r.unit != "year" or d.q.words[span[0]].text not in ("per", "a"):
        return False
    if not d.measures or not all(m.explicit and m.agg in ("mean", "median") for m in d.measures):
        return False
    rows = table.row_count or 0
    return calendar_part(column) == "year" and rows > 1 and (column.distinct or 0) >= 0.95 * rows
