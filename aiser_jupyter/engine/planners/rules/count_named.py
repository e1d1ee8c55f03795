"""A count word that ends a column's name: "highest core count of the CPUs" is the maximum of
``cores``, "average thread count per socket" the average of ``threads`` — the column holds
each row's number of those things, so the words name it; no count of rows is drawn beside it.
"""

from __future__ import annotations

from ..lexicon import lemma, split_name
from ..tallies import counts_of_things
from .draft import Draft

__all__ = ["count_named"]


def count_named(d: Draft) -> None:
    """Drop the count words that end a whole-number column's name from the counts asked."""
    kept = []
    for lo, hi in d.r.counts:
        if d.q.words[lo].text not in ("count", "counts") or not _names_column(d, lo):
            kept.append((lo, hi))
            continue
        d.q.used[lo] = "name"  # "core count of the laptops": "of the" reads as before
        for i in range(lo + 1, hi):
            d.q.used[i] = "instruction"
    d.r.counts = kept


def _names_column(d: Draft, lo: int) -> bool:
    for m in d.mentions:
        column = m.column
        if m.hi != lo or m.kind != "column" or column is None or not counts_of_things(column):
            continue
        named = split_name(column.name, expand=False)
        if len(named) == 1 and lemma(named[0]) == lemma(d.q.words[lo - 1].text):
            return True
    return False
