"""A table the plan already reads that holds a key to the measured table and one to another
table drawn (a bridge: ``affiliated_with(physician, department)``) is the way to that table:
"physicians for each department they are affiliated with, primarily" are grouped by the
departments of the affiliations kept, not by the department a physician heads
(``department.head``), the shorter key the catalog would take on its own."""

from __future__ import annotations

from ...catalog.model import Join, Table
from .draft import Draft

__all__ = ["bridged"]


def bridged(d: Draft, fact: Table, table: Table) -> list[Join] | None:
    """The two joins fact ← bridge → ``table`` through the one other table of the plan that
    references both, or None."""
    ways = []
    for bridge in d.tables():
        if bridge is fact or bridge is table:
            continue
        to_fact = _keys(d, bridge, fact)
        to_table = _keys(d, bridge, table)
        if len(to_fact) == 1 and len(to_table) == 1:
            ways.append([to_fact[0], to_table[0]])
    return ways[0] if len(ways) == 1 else None


def _keys(d: Draft, table: Table, ref: Table) -> list[Join]:
    """The catalog's joins from ``table`` to ``ref`` (many → one)."""
    return [
        j
        for j in d.catalog.joins
        if j.table.lower() == table.name.lower() and j.ref_table.lower() == ref.name.lower()
    ]
