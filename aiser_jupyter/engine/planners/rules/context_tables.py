"""A word two tables have a column for goes to the table the rest of the question is about:
"average and maximum age for each pet type" is the pets' age (``pet_age``, beside
``pet_type``), not the age of students, a table nothing else in the question names. A
column whose table the question's table reaches only through a fan trap (stops → neighborhood
← uses of force) yields to a near one of the question's table ("stops by precinct" is the
stops' ``policePrecinct``, not the uses of force's ``precinct``). A synonym in the question's
table wins over a column of a table only a bridge reaches ("students … for each gender" is the
students' ``sex``, not the gender of the dorms they live in)."""

from __future__ import annotations

from ...catalog.model import Table
from .draft import Draft
from .joining import chasm

__all__ = ["context_tables"]

#: how much weaker the other table's column may match and still win by its context
_SLACK = 0.15
#: how well a column of the question's table must match (a synonym: "gender" for ``sex``) to
#: win over a column of a table reached only through another one
_FAR_SCORE = 0.6


def context_tables(d: Draft) -> None:
    """Put first a near candidate column whose table another mention names, when the best
    candidate's table is named by no other mention."""
    for m in d.mentions:
        if m.kind != "column" or len(m.cands) < 2:
            continue
        others = [x for x in d.mentions if x is not m]
        named = {id(x.table) for x in others}
        if id(m.table) in named:
            continue
        alt = next(
            (
                c
                for c in m.cands[1:]
                if c.kind == "column"
                and id(c.table) in named
                and c.column is not None
                and m.column is not None
                and (
                    (c.score >= m.best.score - _SLACK and c.column.semantic == m.column.semantic)
                    or _trapped(d, c.table, m.table)
                    or (
                        c.score >= _FAR_SCORE
                        and c.column.semantic == m.column.semantic
                        and _far(d, c.table, m.table)
                    )
                )
            ),
            None,
        )
        if alt is not None:
            m.cands.remove(alt)
            m.cands.insert(0, alt)


def _far(d: Draft, start: Table, table: Table) -> bool:
    """Whether ``table`` is reached from ``start`` only through a table between them (a
    bridge: students → lives_in → dorms), so its column describes something else."""
    path = d.catalog.join_path(start.name, table.name)
    return path is not None and len(path) >= 2


def _trapped(d: Draft, start: Table, table: Table) -> bool:
    """Whether the path a plan would join ``start`` to ``table`` by is a fan trap."""
    path = d.catalog.join_path(start.name, table.name)
    return path is not None and bool(chasm(d.catalog, start, path))
