"""Traits: what a table says once per thing it repeats. A headache diary holds one row per
patient and day (``KosteckiDillon(id, dos, headache, age, sex, …)``); each patient's age and
sex are on every one of their rows. Averaged over the rows, "the average age of the
patients" weighs each patient by the days they kept; over the patients it counts each once.

This module finds, for each identifier whose values repeat (``id``, ``person_id``), the
columns that hold one value per identifier — in one SQL query per table: the most distinct
values any identifier has of each column (NULLs aside), over the rows of the first
:data:`MAX_IDS` ids. The planner
(``planners/rules/trait_rows.py``) reads the result.
"""

from __future__ import annotations

from sqlglot import exp

from .joins import first_row, quoted
from .model import CatalogSource, Table
from .panels import repeated_id

__all__ = ["MAX_IDS", "MAX_TRAIT_CHECKS", "MAX_TRAIT_ROWS", "confirm_traits"]

#: tables checked per catalog: each costs one query (a GROUP BY over the table)
MAX_TRAIT_CHECKS = 20
#: tables bigger than this are not checked (the GROUP BY reads every row)
MAX_TRAIT_ROWS = 20_000_000
#: ids whose rows are read: enough to see a column vary within an id, bounded on big tables
MAX_IDS = 5000
#: columns checked per table
_MAX_COLUMNS = 60


def confirm_traits(tables: list[Table], source: CatalogSource) -> None:
    """Record in each table's ``traits`` the columns that hold one value per repeated id."""
    checks = 0
    for table in tables:
        if not table.row_count or table.row_count > MAX_TRAIT_ROWS:
            continue
        for column in table.columns:
            if not repeated_id(table, column) or column.name in table.traits:
                continue
            if checks >= MAX_TRAIT_CHECKS:
                return
            checks += 1
            others = [c.name for c in table.columns if c is not column][:_MAX_COLUMNS]
            table.traits[column.name] = _one_each(source, table, column.name, others)


def _one_each(source: CatalogSource, table: Table, key: str, others: list[str]) -> list[str]:
    """Those of ``others`` of which no value of ``key`` has two distinct values."""
    if not others:
        return []
    counts = [
        exp.Count(
            this=exp.Distinct(expressions=[exp.Column(this=quoted(name), table=quoted(table.name))])
        ).as_(f"n{i}")
        for i, name in enumerate(others)
    ]
    present = exp.Not(this=exp.Is(this=exp.Column(this=quoted(key)), expression=exp.Null()))
    some = (  # the rows of a few thousand ids: all of a big table's would cost a sort of it
        exp.select(exp.Column(this=quoted(key)))
        .distinct()
        .from_(exp.Table(this=quoted(table.name)))
        .where(present.copy())
        .limit(MAX_IDS)
    )
    per_key = (  # joined, not IN (…): MySQL takes no LIMIT in an IN subquery
        exp.select(*counts)
        .from_(exp.Table(this=quoted(table.name)))
        .join(
            some.subquery("s"),
            on=exp.EQ(
                this=exp.Column(this=quoted(key), table=quoted(table.name)),
                expression=exp.Column(this=quoted(key), table=exp.to_identifier("s")),
            ),
        )
        .group_by(exp.Column(this=quoted(key), table=quoted(table.name)))
        .subquery("k")
    )
    query = exp.select(
        *[exp.Max(this=exp.column(f"n{i}", table="k")).as_(f"m{i}") for i in range(len(others))]
    ).from_(per_key)
    row = first_row(source, query.sql(source.dialect))
    if row is None:
        return []
    return [
        name
        for i, name in enumerate(others)
        if row.get(f"m{i}") is not None and int(str(row[f"m{i}"])) <= 1
    ]
