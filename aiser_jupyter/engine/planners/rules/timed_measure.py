"""A number two tables hold under one name, measured over time: "total population of the
states per year" where ``States.pop`` is one census year's figure and ``Cigarette.pop`` the
population of each state in each year. The table without time repeats its one figure under
every year of the other (a flat line of the wrong number); the timed table's own column is
what changes by year."""

from __future__ import annotations

import dataclasses

from ...catalog.model import Table
from ..roles import calendar_part
from .draft import Draft

__all__ = ["timed_measure"]


def timed_measure(d: Draft) -> None:
    """Measure the timed table's namesake column when the grouping is its time and the
    measured table has none."""
    timed = [x for x in d.dims if x.column.semantic == "temporal" or calendar_part(x.column)]
    if len(d.measures) != 1 or len(timed) != 1:
        return
    m, dim = d.measures[0], timed[0]
    if m.column is None or m.table is dim.table or _has_time(m.table):
        return
    own = dim.table.column(m.column.name)
    if own is None or own.semantic != "quantitative":
        return
    d.measures[0] = dataclasses.replace(m, table=dim.table, column=own)
    if d.fact is m.table:
        d.fact = dim.table  # the other table's rows are no longer read


def _has_time(table: Table) -> bool:
    return any(c.semantic == "temporal" or calendar_part(c) for c in table.columns)
