"""A count of things is never grouped by those things themselves: "how old is each student and
how many students are each age" counts students per age, and "each student" names what is
counted, not a second grouping (students per student name would be ones)."""

from __future__ import annotations

from .draft import Draft
from .row_label import label

__all__ = ["drop_self_group"]


def drop_self_group(d: Draft) -> None:
    """Drop a grouping by the label of the very table whose rows are counted, named as that
    table ("each student"), when another grouping says what the count is split by."""
    if len(d.measures) != 1 or len(d.dims) < 2:
        return
    m = d.measures[0]
    if m.agg != "count" or m.column is not None:
        return
    own = label(m.table)
    tables = {(t.lo, t.hi) for t in d.mentions if t.kind == "table" and t.table is m.table}
    kept = [
        x
        for x in d.dims
        if not (x.table is m.table and x.column is own and not x.color and x.words in tables)
    ]
    if kept and len(kept) < len(d.dims):
        d.dims = kept
