"""The table a question counts when no word names the counted rows: the fact table that
reaches every table the question names — and, when the question names none of several
tables, none: which table's rows are meant is asked, never guessed."""

from __future__ import annotations

from ....errors import error
from ...catalog.joins import joins_on_the_day
from ...catalog.model import Table
from .draft import Draft

__all__ = ["main_table", "upward"]


def main_table(d: Draft) -> Table:
    """The table a question counts when its noun names none ("number of captures by taxa"):
    the table whose rows reach every table the question names through its keys (the fact
    table), the biggest such; else the table the mentions point to most."""
    named = {id(m.table): m.table for m in d.mentions}
    named.update({id(x.table): x.table for x in d.dims})

    def reaches(t: Table) -> bool:
        return all(
            other is t or (upward(d, t, other) and not _day_joined(d, t, other))
            for other in named.values()
        )

    hubs = [t for t in d.catalog.tables if reaches(t)]
    # a table the question names as such ("the most suppliers", "orders per month") first
    as_table = {
        id(c.table) for m in d.mentions for c in m.cands if c.kind == "table" and c.score >= 0.9
    }
    if hubs and named:
        return max(hubs, key=lambda t: (id(t) in as_table, t.row_count or 0))
    votes: dict[int, float] = {}
    for m in d.mentions:
        votes[id(m.table)] = votes.get(id(m.table), 0.0) + m.best.score
    if votes:
        return max(d.catalog.tables, key=lambda t: (votes.get(id(t), 0.0), t.row_count or 0))

    def joined(t: Table) -> int:
        return sum(1 for j in d.catalog.joins if j.table == t.name)

    ranked = sorted((joined(t) for t in d.catalog.tables), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:  # no word names a table, none is the hub
        names = ", ".join(t.name for t in d.catalog.tables[:6])
        raise error(
            "AISER-PLAN-UNSURE",
            f"I could not tell which table's rows to count; name one of {names}",
            understood="a count of rows",
        )
    return max(d.catalog.tables, key=lambda t: (joined(t), t.row_count or 0))


def _day_joined(d: Draft, start: Table, goal: Table) -> bool:
    """Whether ``start`` joins ``goal`` only on the day (a premium per region and day beside an
    index of one row a day): two series side by side, not facts of a dimension — counting
    the days of one never counts the other's rows."""
    found = [j for j in d.catalog.joins if j.table == start.name and j.ref_table == goal.name]
    return bool(found) and all(joins_on_the_day(j) for j in found)


def upward(d: Draft, start: Table, goal: Table) -> bool:
    """Whether ``start`` reaches ``goal`` following keys from the many side to the one side."""
    return goal.name.lower() in d.catalog.upward(start.name)
