"""A grouping word that names a column of two tables equally well, counted by rows, with
nothing else in the question naming either table: the table decides which rows are counted.
"date claim settled by its count" over ``claims.date_claim_settled`` and
``settlements.date_claim_settled`` is asked back, not drawn from a table picked at random.
A column unique in its table (a code table's own key) makes every count one, so it is not
what is counted: the other table's column is drawn ("the number of each payment method code"
counts the invoices, not the payment methods' one row each)."""

from __future__ import annotations

from ....errors import error
from ...catalog.model import Column, Table
from .draft import Draft
from .link import Candidate, Mention

__all__ = ["tied_distinct_counts", "tied_namesakes"]


def tied_namesakes(d: Draft) -> None:
    """Draw a row-counted grouping from the one same-named column that repeats in its table,
    or raise ``AISER-PLAN-UNSURE`` when two tables' columns match its words just as well and
    no other mention names either table."""
    if not d.measures or any(x.agg != "count" or x.column is not None for x in d.measures):
        return
    grouped = {id(x.column) for x in d.dims}
    for m in d.mentions:
        if m.kind != "column" or m.column is None or id(m.column) not in grouped:
            continue
        rivals = _rivals(d, m)
        if not rivals:
            continue
        repeating = [c for c in [m.best, *rivals] if not _unique(c.table, c.column)]
        if len(repeating) == 1:
            if repeating[0] is not m.best:
                _swap(d, m.table, m.column, repeating[0])
            continue
        said = " ".join(d.q.texts(m.lo, m.hi))
        names = [m.table.name] + [c.table.name for c in rivals]
        raise error(
            "AISER-PLAN-UNSURE",
            f"'{said}' is a column of {' and of '.join(names)}, which count different rows; "
            f"say which, e.g. '{said} of {names[1]}'",
            understood=f"{said} (table unclear)",
        )


def tied_distinct_counts(d: Draft) -> None:
    """ "How many countries does the data cover in 1991?" where three tables each list
    countries by year, with different numbers of them (their profiles say), and no word of
    the question names one: which count was meant is not known — ``AISER-PLAN-UNSURE``, with
    the tables to choose from. A table whose rows are the things themselves (the column
    unique in it) is the one counted, and is left to the plan."""
    if len(d.measures) != 1 or d.dims or d.measures[0].agg != "distinct":
        return
    counted, fact = d.measures[0].column, d.measures[0].table
    if counted is None:
        return
    name = counted.name.lower()
    for m in d.mentions:
        same = [
            c
            for c in m.cands
            if c.kind == "column" and c.column is not None and c.column.name.lower() == name
        ]
        if not any(c.column is counted for c in same) or any(c.kind == "table" for c in m.cands):
            continue
        top = max(c.score for c in m.cands)
        tables = [fact] + [c.table for c in same if c.score >= top and c.table is not fact]
        if len(tables) < 2 or _named_elsewhere(d, m, tables, name):
            return
        columns = [t.column(counted.name) for t in tables]
        if any(_unique(t, c) for t, c in zip(tables, columns, strict=True)):
            return
        if len({c.distinct for c in columns if c is not None}) < 2 or not all(
            map(_shared, [d] * len(tables), tables)
        ):
            return  # as many in each (the same answer), or a filter only some can keep
        said = " ".join(d.q.texts(m.lo, m.hi))
        names = [t.name for t in tables]
        raise error(
            "AISER-PLAN-UNSURE",
            f"'{said}' is a column of {' and of '.join(names)}, which count different "
            f"{said}; say which, e.g. '{said} in {names[1]}'",
            understood=f"the number of {said} (table unclear)",
        )


def _named_elsewhere(d: Draft, m: Mention, tables: list[Table], name: str) -> bool:
    """Whether a mention other than ``m`` names one of ``tables`` (the context chose)."""
    ids = {id(t) for t in tables}
    return any(
        id(x.table) in ids
        for x in d.mentions
        if x is not m
        and not (x.kind == "column" and x.column is not None and x.column.name.lower() == name)
    )


def _shared(d: Draft, table: Table) -> bool:
    """Whether ``table`` has a column of each name the draft's filters read."""
    from sqlglot import exp

    for _, cond in d.where:
        for col in cond.find_all(exp.Column):
            if table.column(col.name) is None:
                return False
    return True


def _rivals(d: Draft, m: Mention) -> list[Candidate]:
    """Other tables' same-named columns matching ``m``'s words as well, when no other
    mention names ``m``'s table or theirs (the context would have chosen)."""
    assert m.column is not None
    name = m.column.name.lower()
    rivals = [
        c
        for c in m.cands[1:]
        if c.kind == "column"
        and c.column is not None
        and c.table is not m.table
        and c.score >= m.best.score
        and c.column.name.lower() == name
    ]
    tables = {id(m.table)} | {id(c.table) for c in rivals}
    if any(
        id(x.table) in tables
        for x in d.mentions
        if not (x.kind == "column" and x.column is not None and x.column.name.lower() == name)
    ):
        return []
    return rivals


def _unique(table: Table, column: Column | None) -> bool:
    """Whether each row of ``table`` has its own value of ``column`` (each count would be 1)."""
    if column is None:
        return False
    return column.primary_key or bool(table.row_count and column.distinct == table.row_count)


def _swap(d: Draft, table: Table, column: Column, to: Candidate) -> None:
    """Group and count ``to``'s table instead of ``table``."""
    assert to.column is not None
    for x in d.dims:
        if x.column is column:
            x.table, x.column = to.table, to.column
    for y in d.measures:
        if y.table is table:
            y.table = to.table
    if d.fact is table:
        d.fact = to.table
