"""Two numbers set against each other "one point per X": when each X is one row, a point is
that row's values, not a total; when it is not, a number the question calls a rate, a share
or a per-capita figure is averaged — levels of different wholes never add up."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from ..grain import one_row_per
from .draft import Dim, Draft

__all__ = ["LEVEL_WORDS", "each_row_a_point", "rows_are_points"]

#: words that say a number is a level, whatever the column's name ("poverty rate", "labour
#: share", "GDP per capita", "percent with a degree")
LEVEL_WORDS = frozenset(
    [
        "rate",
        "rates",
        "share",
        "shares",
        "percent",
        "percentage",
        "proportion",
        "fraction",
        "ratio",
        "capita",
        "head",
        "index",  # "crack index", "price index": a level, as a rate is
        "indices",
        "indexes",
    ]
)


def each_row_a_point(d: Draft) -> None:
    """Two numbers set against each other: with nothing grouping them (or only a colour), or
    with groups that are each one row of every measured table, each row is a point — its
    values, not their aggregates; otherwise every number keeps its aggregate, so a point is
    never half a row's value and half a group's."""
    if d.dims and not all(
        x.color or all(rows_are_points(d, x, m.table) for m in d.measures) for x in d.dims
    ):
        return
    for m in d.measures:
        m.agg = None


def rows_are_points(d: Draft, dim: Dim, table: Table) -> bool:
    """Whether each value of ``dim`` is (about) one row, so a number of ``table`` is plotted as
    it is: ``dim`` (nearly) unique in its table — a few namesakes apart (Adams, IL and
    Adams, OH) — or unique once a condition pins the other column of a two-column grain
    ("in 2018, a point per country" on a table of one row per country and year), and
    ``table`` that table or one it joins many-to-one."""
    if dim.unit is not None or dim.binned or dim.bin_step or dim.bin_count:
        return False
    if table is not dim.table and not _joins_to(d, dim.table, table):
        return False
    if table is not dim.table and not _one_row_of(d, dim.table, table):
        return False
    rows, distinct = dim.table.row_count, dim.column.distinct
    if not rows or not distinct:
        return False
    if rows * 0.5 < distinct <= rows:
        return True
    return any(one_row_per(dim.table, dim.column, c) for c in _pinned(d, dim.table))


def _joins_to(d: Draft, rows: Table, other: Table) -> bool:
    """A join that finds at most one row of ``other`` per row of ``rows``: on ``other``'s key
    (many to one), or on a column unique in ``other`` (one to one, as two tables of a
    country each)."""
    for j in d.catalog.joins:
        ends = (j.table.lower(), j.ref_table.lower())
        if ends == (rows.name.lower(), other.name.lower()):
            return True
        if ends == (other.name.lower(), rows.name.lower()):
            return True  # one row of ``other`` per row: checked by :func:`_one_row_of`
    return False


def _one_row_of(d: Draft, rows: Table, other: Table) -> bool:
    """Whether the join from ``rows`` finds at most one row of ``other``: on ``other``'s key, or
    on a column unique in ``other`` — alone (two tables of a country each) or once a condition
    pins the other column of its grain ("in 2016": one row per country of a country-year
    table)."""
    for j in d.catalog.joins:
        ends = (j.table.lower(), j.ref_table.lower())
        if ends == (rows.name.lower(), other.name.lower()):
            return True
        if ends != (other.name.lower(), rows.name.lower()):
            continue
        col = next((c for c in other.columns if c.name.lower() == j.column.lower()), None)
        if col is None or not col.distinct:
            continue
        if col.distinct == other.row_count:
            return True
        if any(one_row_per(other, col, c) for c in _pinned(d, other)):
            return True
    return False


def _pinned(d: Draft, table: Table) -> list[Column]:
    """Columns of ``table`` the question sets to one value (``year = 2018``)."""
    out: list[Column] = []
    for t, cond in d.where:
        if t is not table or not isinstance(cond, exp.EQ):
            continue
        col, value = cond.this, cond.expression
        if not isinstance(col, exp.Column) or not isinstance(value, exp.Literal):
            continue
        found = next((c for c in table.columns if c.name.lower() == col.name.lower()), None)
        if found is not None:
            out.append(found)
    return out
