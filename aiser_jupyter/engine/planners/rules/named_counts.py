"""A column whose name holds the counting words: "the total number of deaths" against the
column ``number_deaths`` names that column (a number already), not a count of rows beside it."""

from __future__ import annotations

from .draft import Draft
from .link import Mention

__all__ = ["count_named_column"]


def count_named_column(d: Draft, lo: int, hi: int) -> Mention | None:
    """The free column mention that begins inside the count words ``lo..hi-1`` ("number")
    and runs past them ("number of deaths"), if the words name a number column."""
    for m in d.mentions:
        if id(m) in d.used or m.kind != "column" or m.column is None:
            continue
        if lo < m.lo < hi < m.hi and m.column.semantic == "quantitative":
            return m
    return None
