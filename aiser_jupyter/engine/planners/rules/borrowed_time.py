"""A measure of a table without time, read along another table's years.

``OECDGrowth`` holds one growth rate per country (1960–1985, no year column); ``OECDGas``
one row per country and year. "Average annual growth 1960-95" joined the two to group or
filter by ``OECDGas.year``: each country's one rate repeated every year, a flat line under
a title that promises a trend. When every measured number lives in tables without a time
column and the only time axis the plan draws is that of a table which refers to them
(each of their rows repeated along its years), the plan is refused; order lines read along
their orders' dates (the lines refer to the orders) are not.
"""

from __future__ import annotations

from sqlglot import exp

from ....errors import error
from ...catalog.model import Column, Table
from .draft import Draft, calendar_part

__all__ = ["borrowed_time"]


#: aggregates of a number, which a time axis promises to change
_NUMBERS = frozenset(["sum", "mean", "median", "min", "max"])


def _timed(column: Column) -> bool:
    return column.semantic == "temporal" or calendar_part(column) is not None


def _has_time(table: Table) -> bool:
    return any(_timed(c) for c in table.columns)


def borrowed_time(d: Draft) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when the plan's time is only another table's than its
    measures', and those tables have no time of their own."""
    measured = [
        m.table for m in d.measures if m.column is not None and (m.agg in _NUMBERS or not m.agg)
    ]  # a scatter's numbers, each row's own, too
    if not measured or len(measured) < len(d.measures) or any(map(_has_time, measured)):
        return  # a count of things per year counts them in the table that has the years
    times = [(x.table, x.column) for x in d.dims if _timed(x.column)]
    if not times:
        times = _years_kept(d, measured)  # "1960 years of schooling" kept on OECDGas.year
    if not times or any(t in measured for t, _ in times):
        return  # a year kept ("in 2016") picks the rows; only a time axis promises a change
    table, column = times[0]
    if not any(
        j.table.lower() == table.name.lower()
        and any(j.ref_table.lower() == t.name.lower() for t in measured)
        for j in d.catalog.joins
    ):
        return  # order lines read along their orders' dates: the time of each line's order
    names = ", ".join(sorted({t.name for t in measured}))
    msg = (
        f"{names} has no time column, so its numbers do not change with {table.name}."
        f"{column.name}; ask without the years, or about a number of {table.name}"
    )
    raise error(
        "AISER-PLAN-UNSURE",
        msg,
        understood=f"{names} read along {table.name}.{column.name}",
        unused=[column.name],
    )


def _years_kept(d: Draft, measured: list[Table]) -> list[tuple[Table, Column]]:
    """The time column of a table the plan keeps a year of while measuring or grouping
    nothing of it (a scatter's point labels aside), every condition on it on its time: the
    year picks none of the measured numbers (they have no time), only which of them join."""
    out: list[tuple[Table, Column]] = []
    for table in {id(t): t for t, _ in d.where}.values():
        grouped = any(x.table is table for x in d.dims) and any(m.agg for m in d.measures)
        if table in measured or grouped:
            continue  # "by human freedom quartile in 2016": the year picks the groups
        said = {c.name.lower() for t, cond in d.where if t is table for c in _columns(cond)}
        timed = [c for c in table.columns if _timed(c) and c.name.lower() in said]
        if timed and len(said) == len(timed):
            out.append((table, timed[0]))
    return out


def _columns(cond: exp.Expression) -> list[exp.Column]:
    return list(cond.find_all(exp.Column))
