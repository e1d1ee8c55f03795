"""Counts kept one row per place: a table named after what it counts ("murders") whose rows
are states — a place column tells each row apart — with a column of their total. "number
of murders by region" is that column's sum: a count of its rows would count the states."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from .draft import Draft, Measure
from .freq_tables import frequency_column
from .link import Mention

__all__ = ["summed_place_totals"]

#: name words of a column that holds each row's count of the table's things
_TOTAL_WORDS = frozenset(["total", "count", "n", "number", "freq", "frequency"])
#: a column with this share of distinct values or more tells rows apart (profiles estimate)
_UNIQUE = 0.95


def _place_rows(table: Table, said: list[str]) -> bool:
    """Each row is one place (``state``, ``country``) other than the things counted."""
    rows = table.row_count or 0
    things = {lemma(w) for w in said}
    return rows > 0 and any(
        c.semantic == "geo"
        and not c.nulls
        and (c.distinct or 0) >= _UNIQUE * rows
        and not things & {lemma(w) for w in split_name(c.name)}
        for c in table.columns
    )


def _total(table: Table) -> Column | None:
    found = [
        c
        for c in table.columns
        if "int" in c.type.lower()
        and set(split_name(c.name)) <= _TOTAL_WORDS
        and isinstance(c.min, (int, float))
        and c.min >= 0
    ]
    return found[0] if len(found) == 1 else None


def summed_place_totals(d: Draft, m: Mention, table: Table) -> bool:
    """Sum the table's one column of totals when the counted words name the table and its
    rows are places (see the module); whether it did."""
    said = d.q.texts(m.lo, m.hi)
    total = frequency_column(table)  # a table of counts: one row per combination of categories
    if total is None:
        total = _total(table)
        if total is None or not _place_rows(table, said):
            return False
    d.measures.append(Measure("sum", table, total, explicit=True))
    d.take(m, "measure sum")
    return True
