"""A table grouped by ("each owner") and then named again through one of its columns ("groups
by owner's last name") is grouped by that column alone: the second phrase says how the first
one's rows are told apart, it is not a second grouping beside the table's own label. Only a
column that tells the rows apart (most of them have their own value: a name, not a state)."""

from __future__ import annotations

from ...catalog.model import Column, Table
from .draft import Draft

__all__ = ["named_part"]


def named_part(d: Draft) -> None:
    """Drop the label grouping of a table named by itself when a later grouping is a column
    of that table whose words name the table again."""
    spans = {(m.lo, m.hi): m for m in d.mentions}
    for dim in list(d.dims):
        whole = spans.get(dim.words) if dim.words else None
        if whole is None or whole.kind != "table" or whole.table is not dim.table:
            continue
        said = set(d.q.lemmas(whole.lo, whole.hi))
        for other in d.dims:
            if other is dim or other.table is not dim.table or other.words is None:
                continue
            part = spans.get(other.words)
            if part is None or part.kind != "column" or part.lo <= whole.lo:
                continue
            if said <= set(d.q.lemmas(part.lo, part.hi)) and _labels(other.table, other.column):
                d.dims.remove(dim)
                break


def _labels(table: Table, column: Column) -> bool:
    """Whether most rows of ``table`` have their own value of ``column`` (it names them)."""
    rows = table.row_count or 0
    return column.primary_key or bool(rows and column.distinct and 2 * column.distinct >= rows)
