"""A grouping word that names a column of several tables holding the same things.

``guns.state`` (full names) and ``seatbelts.state`` (postal codes) both point at one code
table: the same states, spelled two ways. "top 10 state codes by traffic miles" measures
``seatbelts.miles``; its own ``state`` is the one drawn — the other table's would spell the
bars differently, and nothing in the question asks for it.
"""

from __future__ import annotations

from ...catalog.model import Catalog, Column, Table
from .draft import Draft

__all__ = ["measured_namesake"]


def measured_namesake(d: Draft) -> None:
    """Put first, for each free mention of a column, the measured table's column of the same
    name when both point at one table (the same things under two spellings); the measured
    table is the measure's, or the one table whose numbers the question names."""
    tables = {id(m.table) for m in d.measures} or {
        id(m.table)  # a number only one table has ("traffic miles"), before it is measured
        for m in d.free()
        if m.kind == "column"
        and m.column is not None
        and m.column.semantic == "quantitative"
        and len({id(c.table) for c in m.cands}) == 1
    }
    if len(tables) != 1:
        return
    for m in d.free():
        best = m.cands[0]
        if best.kind != "column" or best.column is None or id(best.table) in tables:
            continue
        for c in m.cands[1:]:
            if (
                c.kind == "column"
                and c.column is not None
                and id(c.table) in tables
                and c.column.name.lower() == best.column.name.lower()
                and _same_things(d.catalog, (best.table, best.column), (c.table, c.column))
            ):
                m.cands.remove(c)
                m.cands.insert(0, c)
                break


def _same_things(catalog: Catalog, a: tuple[Table, Column], b: tuple[Table, Column]) -> bool:
    """Whether both columns join one table (a code table both point at), or one the other."""

    def refs(table: Table, column: Column) -> set[str]:
        return {
            j.ref_table.lower()
            for j in catalog.joins
            if j.table.lower() == table.name.lower() and j.column.lower() == column.name.lower()
        }

    def joined(x: tuple[Table, Column], y: tuple[Table, Column]) -> bool:
        return any(
            j.table.lower() == x[0].name.lower()
            and j.column.lower() == x[1].name.lower()
            and j.ref_table.lower() == y[0].name.lower()
            and j.ref_column.lower() == y[1].name.lower()
            for j in catalog.joins
        )

    # one of them refers to the other ("countries" of world_pop and of gdp_countries)
    return bool(refs(*a) & refs(*b)) or joined(a, b) or joined(b, a)
