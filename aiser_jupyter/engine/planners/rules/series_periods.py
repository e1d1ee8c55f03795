"""Rows of a series counted by its own dates: "monthly sunspot numbers during 1957" of a table
holding one row a month. Nothing was named to measure, so the rows would be counted, and each
month of a monthly series holds one row: a line of ones (or of twelves, by year) under the
user's words. Counted at the series' own unit, the rows are the table's one number, each
month's value; counted by a coarser unit ("sunspot number by year"), which of a sum or a mean
of the months is meant is not said, and the plan is refused. "how many months per year"
says the count and is drawn as asked."""

from __future__ import annotations

from ....errors import error
from ...catalog.model import Column, Table
from ..date_grain import calendar_unit, coarser_or_same, stored_unit
from .draft import Dim, Draft, Measure, calendar_part, is_identifier, summable

__all__ = ["series_periods"]


def series_periods(d: Draft) -> None:
    """Measure a series' one number for its rows counted, with no count said, along its own
    dates at their unit; raise ``AISER-PLAN-UNSURE`` for a coarser unit."""
    if d.r.counts or len(d.measures) != 1:
        return
    m = d.measures[0]
    if m.agg != "count" or m.column is not None or m.explicit:
        return
    found = next(((x, u) for x in d.dims if x.table is m.table and (u := _periods(x))), None)
    if found is None or not _named(d, m.table):
        return
    dim, unit = found
    stored = stored_unit(dim.column)
    if f"{stored}s" in d.q.texts():
        return  # "pie of trading days by year": the days are what is counted
    values = _values(m.table, dim.column)
    if unit == stored and len(values) == 1:
        agg = "sum" if summable(m.table, values[0]) else "mean"
        d.measures[0] = Measure(agg, m.table, values[0])
        return
    named = f"average {values[0].name} by {unit}" if values else ""
    raise error(
        "AISER-PLAN-UNSURE",
        f"{m.table.name} holds one row a {stored}, so counting its rows by {unit}"
        f" would count {stored}s; say which number to show"
        + (f", e.g. '{named}'" if named else ""),
        understood=f"rows of {m.table.name} counted by {dim.column.name}",
        unused=[],
        suggestions=[named] if named else [],
    )


def _named(d: Draft, table: Table) -> bool:
    """Whether the question names ``table`` ("sunspot" of ``sunspot.month``), or it is the
    only one: the series is the one asked about, not the first of several."""
    if len(d.catalog.tables) == 1:
        return True
    return any(m.table is table and m.kind == "table" for m in d.mentions)


def _periods(x: Dim) -> str | None:
    """The calendar unit ``x`` groups its table's dates by, when they are stored one a unit
    and one a row and ``x``'s unit is that one or a coarser; else None."""
    unit = calendar_unit(x.unit)
    if unit is None or x.column.semantic != "temporal":
        return None
    if (x.column.distinct or 0) < 0.95 * (x.table.row_count or 0):
        return None  # orders: many a day
    stored = stored_unit(x.column)
    return unit if stored is not None and coarser_or_same(unit, stored) else None


def _values(table: Table, time: Column) -> list[Column]:
    """``table``'s numbers beside its dates: no identifier, no calendar part."""
    return [
        c
        for c in table.columns
        if c is not time
        and c.semantic == "quantitative"
        and not is_identifier(table, c)
        and not calendar_part(c)
    ]
