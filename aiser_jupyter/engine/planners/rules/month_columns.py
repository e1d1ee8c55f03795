"""A table of one column per month ("Jan" … "Dec", or the months spelled out): "January
SOI", "the December SOI under -10" name the January or December column of the table that
holds the figure the month qualifies (``bomsoi.Jan`` beside ``bomsoi.SOI``), not a month
kept of dates the table does not have."""

from __future__ import annotations

from ...catalog.model import Catalog, Column, Table
from .draft import Draft
from .link import Candidate, Mention
from .reading import MONTHS

__all__ = ["month_columns"]

#: how many of its columns must name months for a table to be read as one per month
_AT_LEAST = 6


def _by_month(table: Table) -> dict[int, Column]:
    found: dict[int, Column] = {}
    for column in table.columns:
        month = MONTHS.get(column.name.lower())
        if month is not None and column.semantic == "quantitative":
            found[month] = column
    return found if len(found) >= _AT_LEAST else {}


def _month_tables(catalog: Catalog) -> list[tuple[Table, dict[int, Column]]]:
    return [(t, cols) for t in catalog.tables if (cols := _by_month(t))]


def month_columns(d: Draft) -> None:
    """Replace "<month> <a column of a table by month>" by that table's month column."""
    tables = d.catalog.derived("tables by month", _month_tables)
    if not tables:
        return
    for w in d.q.words[:-1]:
        month = MONTHS.get(w.text)
        nxt = next((m for m in d.mentions if m.lo == w.i + 1 and m.column is not None), None)
        named = nxt.column if nxt is not None else None
        if month is None or nxt is None or named is None:
            continue
        if d.q.used.get(w.i) not in (None, "time range"):
            continue
        said = named.name.lower()
        owner = next(
            ((t, cols) for t, cols in tables if month in cols and t.column(said) is not None),
            None,
        )
        if owner is None:
            continue
        table, cols = owner
        d.r.ranges = [r for r in d.r.ranges if r.span != (w.i, w.i + 1)]
        d.q.used.pop(w.i, None)
        d.mentions = [m for m in d.mentions if m.hi <= w.i or m.lo >= nxt.hi]
        d.mentions.append(
            Mention(w.i, nxt.hi, [Candidate("column", table, cols[month], score=1.1)])
        )
