"""Things counted where another table keeps them: "how many states had an excise tax above
50 cents in 1995" of a table of (state, year) rows whose ``state`` is the key of a table of
states. The states are counted as the distinct keys of the rows kept — not joined to the
table of states, which reads nothing of it and would drop a state it does not list."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import lemma
from .draft import Draft

__all__ = ["counted_by_key"]


def counted_by_key(d: Draft) -> None:
    """A count of a table's rows whose conditions and groupings are all of one other table
    that points at it by a one-column key: the distinct keys of that table's rows kept —
    per group only where that table holds one row per key and group (a panel's state and
    year), none dropped for a key the counted table lacks."""
    if len(d.measures) != 1 or d.having or d.pending or d.extra_tables:
        return
    m = d.measures[0]
    if m.agg != "count" or m.column is not None or m.per is not None:
        return
    thing = m.table
    read = {id(t): t for t, _ in d.where} | {id(x.table): x.table for x in d.dims}
    if len(read) != 1 or id(thing) in read:
        return
    (keeper,) = read.values()
    joins = [
        j
        for j in d.catalog.joins
        if j.table.lower() == keeper.name.lower()
        and j.ref_table.lower() == thing.name.lower()
        and j.role is None
        and not j.partial
    ]
    if len(joins) != 1 or len(d.catalog.key_joins(joins[0])) > 1:
        return
    column = keeper.column(joins[0].column)
    if column is None:
        return
    if d.dims and not _one_row_each(keeper, column, d):
        return  # "number of orders by ship mode": rows of the join counted (:mod:`.fanout`)
    m.table, m.agg, m.column, d.fact = keeper, "distinct", column, keeper
    m.entity = m.entity or _noun(d, thing)


def _one_row_each(keeper: Table, column: Column, d: Draft) -> bool:
    """Whether ``keeper`` holds one row per key and grouping (a panel's (state, year),
    confirmed on the data): per group, each thing's rows are then one."""
    said = {column.name.lower(), *(x.column.name.lower() for x in d.dims)}
    return any({k.lower() for k in key} <= said for key in keeper.row_keys)


def _noun(d: Draft, thing: Table) -> str | None:
    """The word the question counts the table's rows by ("states")."""
    for x in d.mentions:
        if x.kind == "table" and x.table is thing and id(x) in d.used:
            said = d.q.texts(x.lo, x.hi)
            return " ".join(said) if said and lemma(said[-1]) != said[-1] else None
    return None
