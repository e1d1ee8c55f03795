"""The table a distinct count of things is counted in: "number of episodes per season" where
``episode`` and ``season`` are columns of a log of appearances (a row per contestant and
episode) and of a table of the episodes themselves (a row each). The things' own table
holds every one of them — a log leaves out those nothing was logged for — so, when it holds
every column the chart reads, the count is made there: the table whose rows repeat the
counted values least."""

from __future__ import annotations

from dataclasses import replace

from ...catalog.model import Column, Table
from .draft import Draft

__all__ = ["things_home"]


def _repeats(table: Table, column: Column) -> float:
    return (table.row_count or 0) / max(column.distinct or 1, 1)


def things_home(d: Draft) -> None:
    """Move a lone distinct count and its groupings to the things' own table (see module)."""
    if len(d.measures) != 1 or d.where or d.free():
        return
    m = d.measures[0]
    if m.agg != "distinct" or m.column is None or m.entity is not None:
        return
    if any(x.table is not m.table for x in d.dims):
        return
    names = [m.column.name, *(x.column.name for x in d.dims)]
    best, repeats = m.table, _repeats(m.table, m.column)
    for table in d.catalog.tables:
        cols = [table.column(n) for n in names]
        if table is m.table or any(
            c is None or c.type != o.type
            for c, o in zip(cols, [m.column, *(x.column for x in d.dims)], strict=True)
        ):
            continue
        counted = cols[0]
        assert counted is not None
        if _repeats(table, counted) < repeats and (counted.distinct or 0) >= (
            m.column.distinct or 0
        ):
            best, repeats = table, _repeats(table, counted)
    if best is m.table:
        return
    column = best.column(m.column.name)
    assert column is not None
    d.measures[0] = replace(m, table=best, column=column)
    d.dims = [replace(x, table=best, column=best.column(x.column.name) or x.column) for x in d.dims]
