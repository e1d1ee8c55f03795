"""Things grouped by a name that several of them share: "top 10 customers by revenue" over a
table of 5,000 customers with 120 distinct names. Grouped by the name alone, every "Hana
Chen" was one bar — the revenue of 55 customers added up and ranked as one. When the table
is named for its rows ("by customer", "customers") and its label — a column named a name or
a title — repeats while a key tells the rows apart, each thing is its own group, labelled by its name and its key ("Hana Chen
(1042)"). A name that is unique, or a grouping asked by the name itself ("by customer
name"), is drawn as before."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.joins import unique
from ...catalog.model import Column, Table
from ..lexicon import split_name
from .derived import DerivedColumn
from .draft import Draft, column_ref, primary_column
from .row_label import LABEL_WORDS, label

__all__ = ["repeated_labels"]

#: share of a table's rows a label's distinct values must reach to tell the rows apart
_APART = 0.98


def repeated_labels(d: Draft) -> None:
    """Group a table named for its rows by each row when its label repeats (see the module)."""
    for k, dim in enumerate(d.dims):
        if dim.unit is not None or dim.binned or dim.words is None:
            continue
        named = next((m for m in d.mentions if (m.lo, m.hi) == dim.words), None)
        if named is None or named.kind != "table" or named.table is not dim.table:
            continue
        if label(dim.table) is not dim.column or not _repeats(dim.table, dim.column):
            continue
        if not _a_name(dim.column):
            continue  # a type or a category shared by rows (AllergyType, Party): its groups
        key = _key(dim.table)
        if key is None or key is dim.column:
            continue
        d.dims[k].column = _labelled(dim.table, dim.column, key)


def _a_name(column: Column) -> bool:
    """Whether the column is named a name or a title (``name``, ``customer_name``)."""
    words = split_name(column.name)
    return bool(words) and words[-1] in LABEL_WORDS


def _repeats(table: Table, column: Column) -> bool:
    rows = table.row_count or 0
    return bool(rows) and column.distinct is not None and column.distinct < _APART * rows


def _key(table: Table) -> Column | None:
    """The one column that tells ``table``'s rows apart: its primary key, else a unique one."""
    if (own := primary_column(table)) is not None:
        return own
    return next(
        (c for c in table.columns if c.semantic == "key" and unique(table, c)),
        None,
    )


def _labelled(table: Table, column: Column, key: Column) -> DerivedColumn:
    """``name || ' (' || key || ')'``, standing where the name stood."""
    text = exp.DataType.build("VARCHAR")
    expr = exp.DPipe(
        this=exp.DPipe(
            this=exp.DPipe(
                this=exp.cast(column_ref(table, column), text),
                expression=exp.Literal.string(" ("),
            ),
            expression=exp.cast(column_ref(table, key), text),
        ),
        expression=exp.Literal.string(")"),
    )
    facts = column.model_dump(exclude={"name", "description", "synonyms", "primary_key"})
    facts["distinct"] = table.row_count
    derived = DerivedColumn(name=column.name, term=column.name, kind="dimension", **facts)
    derived._expr = expr
    return derived
