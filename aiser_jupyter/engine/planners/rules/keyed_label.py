"""A grouping by a column that only holds another table's keys, named for that table's rows:
"count the physicians trained in …" groups ``trained_in.physician`` (employee numbers) —
the bars are the physicians, so they are labelled with the physicians' names, joined
through the column's key. Only a column named as the table it points at (``physician`` →
``physician``, ``country`` → ``countries``) whose values are numbers is re-pointed: a code
(``dept_code``, ``'CA'``) reads on its own and is what its words ask for."""

from __future__ import annotations

from ...catalog.model import Catalog, Column, Table
from ..lexicon import split_name
from .draft import Draft
from .row_label import label

__all__ = ["keyed_label"]


def keyed_label(d: Draft) -> None:
    """Label each grouping by a key-only column with the name of the rows it points at."""
    for dim in d.dims:
        if dim.unit is not None or dim.binned or not _numbers(dim.column):
            continue
        target = _pointed(d.catalog, dim.table, dim.column)
        if target is not None:
            dim.table, dim.column = target


def _numbers(column: Column) -> bool:
    """Whether a column's values are numbers (a key), typed so or stored as digit text."""
    if column.semantic == "key" or any(t in column.type.lower() for t in ("int", "numeric")):
        return True
    samples = [str(s).strip() for s in column.samples if s is not None]
    return bool(samples) and all(s.isdigit() for s in samples)


def _pointed(catalog: Catalog, table: Table, column: Column) -> tuple[Table, Column] | None:
    """The table ``column`` points at, named like it, and that table's text label."""
    words = set(split_name(column.name))
    for join in catalog.joins_of(table.name):
        if join.table.lower() != table.name.lower() or join.column.lower() != column.name.lower():
            continue
        ref = catalog.table(join.ref_table)
        if ref is None or not words or not words <= set(split_name(ref.name)):
            continue
        own = label(ref)
        if (
            own is not None
            and own.name.lower() != join.ref_column.lower()
            and own.semantic in ("nominal", "geo")
            and not _numbers(own)
        ):
            return ref, own
    return None
