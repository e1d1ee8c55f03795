"""Columns that number things within a grouping (``episode`` 1 to 16 in each season, ``round``
1 to 12 in each league): their values are positions, not things. "how many episodes are
there" counted as distinct episode numbers gives 16 whatever the seasons; "seasons with more
than 14 episodes" read as ``episode > 14`` keeps the late episodes, not the long seasons.
The plan refuses both with a sentence instead of drawing them."""

from __future__ import annotations

from sqlglot import exp

from ....errors import error
from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from .draft import Draft, calendar_part

__all__ = ["numbering", "numbering_misread"]

#: a numbering repeats: the table has this many rows per number or more
_REPEATS = 1.5


def numbering(table: Table, column: Column) -> bool:
    """Whole numbers 1 to n, each used by several rows, no date part."""
    n = column.distinct or 0
    return (
        "INT" in column.type.upper()
        and calendar_part(column) is None
        and column.min == 1
        and column.max == n
        and n >= 3
        and (table.row_count or 0) >= _REPEATS * n
    )


def _compared_plural(d: Draft, column: Column) -> bool:
    """A number, then the column's name in the plural: "more than 14 episodes"."""
    words = d.q.texts()
    name = split_name(column.name)
    return any(
        d.q.words[i].number is not None and w != lemma(w) and [lemma(w)] == name
        for i, w in ((i, words[i + 1]) for i in range(len(words) - 1))
    )


def numbering_misread(d: Draft) -> None:
    """Raise ``AISER-PLAN-UNSURE`` for a numbering counted or compared as things (see module)."""
    for m in d.measures:
        said = bool(d.r.distinct)  # "how many distinct episode numbers": asked as numbers
        counted = m.agg == "distinct" and m.column is not None and not d.dims and not said
        if counted and m.column is not None and numbering(m.table, m.column):
            from .panel_units import followed  # (panel_units reads numbering: imported here)
            from .trait_rows import person_key

            if followed(m.table, m.column) or person_key(m.table) is m.column:
                continue  # a balanced panel's ids, or ids whose rows share one sex: people
            _refuse(m.column, "counting its distinct values counts numbers, not things")
    for table, cond in d.where:
        if not isinstance(cond, (exp.GT, exp.GTE, exp.LT, exp.LTE)):
            continue
        ref = cond.this
        column = table.column(ref.name) if isinstance(ref, exp.Column) else None
        if column is not None and numbering(table, column) and _compared_plural(d, column):
            _refuse(column, "a number of them is a count, not a condition on the numbers")


def _refuse(column: Column, why: str) -> None:
    msg = (
        f"{column.name} holds positions 1 to {column.max} that start again in each group "
        f"of another column, so {why}; ask for the number of {column.name} per that column"
    )
    raise error(
        "AISER-PLAN-UNSURE", msg, understood=f"{column.name} as things", unused=[column.name]
    )
