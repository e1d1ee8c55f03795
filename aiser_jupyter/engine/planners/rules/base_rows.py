"""Which rows a count with no measure counts, when a table repeats another's rows: see
:mod:`..repeated` (a base table of patients, a table of their lab visits)."""

from __future__ import annotations

from ...catalog.model import Table
from ..repeated import repeated_tables
from .draft import Draft

__all__ = ["base_rows"]


def base_rows(d: Draft, table: Table) -> Table:
    """The table whose rows a count without a measure counts: ``table``, unless it repeats a
    base table's rows and nothing of the question names it — "registered patients by stage
    and sex", every grouping of the base table, counts patients, not their visits."""
    for rep, base in repeated_tables(d.catalog):
        if table is not rep or not all(x.table is base for x in d.dims):
            continue
        if not any(c.table is rep for m in d.mentions for c in m.cands[:1]):
            return base
    return table
