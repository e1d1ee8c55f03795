"""Panels: tables of one row per thing and year (``Guns(state, year, …)``, ``seatbelts(state,
year, …)``), found on the data.

Two panels that name their things differently (full names in one, postal codes in the
other) meet only through a code table that lists both (``states(name, usps)``). Through it
alone, every year of a state in one meets every year of that state in the other: a fan trap
the planner refuses. Carrying the year along (``… AND guns.year = seatbelts.year``) makes it
one row to one row — but only when each side holds one row per (thing, year). That is what
this module confirms, in SQL, for each column that joins a table to another and each year
column of that table; the planner (``planners/rules/panel_join.py``) reads the result.
"""

from __future__ import annotations

from sqlglot import exp

from .composite import a_year
from .joins import first_row, quoted
from .model import CatalogSource, Column, Join, Table, name_words

__all__ = ["MAX_PANEL_CHECKS", "confirm_panels", "repeated_id"]

#: (column, year) pairs checked per catalog: each costs one query
MAX_PANEL_CHECKS = 40


def confirm_panels(tables: list[Table], joins: list[Join], source: CatalogSource) -> None:
    """Record in each table's ``row_keys`` the (key column, year column) pairs that hold one
    row each, for the columns by which the table joins another (its many side)."""
    by_name = {t.name.lower(): t for t in tables}
    pairs = [
        (table, j.column)
        for j in joins
        if (table := by_name.get(j.table.lower())) is not None and j.role is None
    ]
    # a survey's repeated respondent ``id`` beside its year: one row per person and year
    pairs += [(t, c.name) for t in tables for c in t.columns if repeated_id(t, c)]
    checks = 0
    for table, column in pairs:
        for year in (c for c in table.columns if a_year(c)):
            key = [column, year.name]
            if year.name.lower() == column.lower() or key in table.row_keys:
                continue
            if checks >= MAX_PANEL_CHECKS:
                return
            checks += 1
            if _one_row_each(source, table, key):
                table.row_keys.append(key)


def repeated_id(table: Table, column: Column) -> bool:
    """An identifier column (``id``, ``person_id``, ``idcode``) whose values repeat."""
    words = name_words(column.name)
    rows = table.row_count or 0
    return (
        ("id" in words or column.name.lower().startswith("id"))
        and column.semantic in ("key", "quantitative", "nominal")
        and 0 < (column.distinct or 0) < 0.95 * rows
    )


def _one_row_each(source: CatalogSource, table: Table, key: list[str]) -> bool:
    """No pair of values of ``key`` repeats in ``table`` (rows with a NULL in it aside), and
    the table has rows."""
    cols = [exp.Column(this=quoted(name)) for name in key]
    present = exp.and_(*[exp.Not(this=exp.Is(this=c.copy(), expression=exp.Null())) for c in cols])
    repeats = (
        exp.select(*[c.copy() for c in cols])
        .from_(exp.Table(this=quoted(table.name)))
        .where(present)
        .group_by(*[c.copy() for c in cols])
        .having(exp.GT(this=exp.Count(this=exp.Star()), expression=exp.Literal.number(1)))
        .limit(1)
        .subquery("d")
    )
    query = exp.select(exp.Count(this=exp.Star()).as_("n")).from_(repeats)
    row = first_row(source, query.sql(source.dialect))
    return row is not None and int(str(row["n"] or 0)) == 0 and bool(table.row_count)
