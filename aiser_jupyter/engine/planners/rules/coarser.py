"""Two tables of the same columns, one with a grouping more (``USMortality`` and
``USRegionalMortality``, whose ``Region`` splits each national row): a question that names
neither and no region means the table of the whole — the regions' rows averaged would be
another number. Among candidates ranked alike, that table comes first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from ...catalog.model import Table

__all__ = ["coarse_first"]


class Ranked(Protocol):
    """A linker's candidate, as far as this key reads it."""

    rank: float
    table: Table


def coarse_first(cands: Sequence[Ranked]) -> Callable[[Ranked], tuple[float, bool]]:
    """A sort key over ``cands``: the rank, then whether the candidate's table has a strict
    subset of the columns of another candidate's table."""
    names = {id(c.table): frozenset(col.name.lower() for col in c.table.columns) for c in cands}

    def key(c: Ranked) -> tuple[float, bool]:
        own = names[id(c.table)]
        return c.rank, any(own < other for other in names.values())

    return key
