"""A distribution over the rows that hold the number: "distribution of product prices",
"price distribution of products" — a histogram of the products' prices, never one bar per
product (each bar then is the one price it holds)."""

from __future__ import annotations

from .draft import Draft, primary_column

__all__ = ["distributed_rows"]

#: a column with this share of distinct values or more names each row
_ONE_EACH = 0.95


def distributed_rows(d: Draft) -> None:
    """A distribution asked, grouped only by what names each row of the measured table: the
    grouping is dropped, so the chart bins the rows' own numbers."""
    if not d.r.distribution or len(d.dims) != 1 or len(d.measures) != 1:
        return
    if d.r.mark not in (None, "histogram"):
        return  # "a bar chart about the distribution of Team_Name and …": a bar each
    dim, m = d.dims[0], d.measures[0]
    if m.column is None or m.explicit or m.per is not None or dim.table is not m.table:
        return
    rows = m.table.row_count or 0
    named = dim.column is primary_column(m.table) or (
        rows > 0 and (dim.column.distinct or 0) >= _ONE_EACH * rows
    )
    if named and dim.column.semantic != "temporal" and not dim.binned:
        d.dims = []
