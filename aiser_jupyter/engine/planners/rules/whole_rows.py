"""A row of the whole among the parts: country panels (World Bank, OWID, OICA) keep a
``World`` row beside the countries, the sum or mean of them all. "The top 10 producing
countries" ranks countries; the world is no country, and at the top of every such ranking
it would push one country out and dwarf the rest."""

from __future__ import annotations

from sqlglot import exp

from .draft import Draft, column_ref

__all__ = ["whole_rows"]

#: values of a place column that stand for all the places at once
WHOLE_VALUES = frozenset(["world"])


def whole_rows(d: Draft) -> None:
    """A top N grouped by a place column that holds a ``World`` value, which no word of the
    question keeps: that row is left out of the ranking."""
    if d.r.top is None or len(d.dims) != 1:
        return
    dim = d.dims[0]
    if dim.column.semantic != "geo" or any(
        isinstance(e, exp.Expression) and _reads(e, dim.column.name) for _, e in d.where
    ):
        return
    whole = [
        v for v in dim.column.samples if isinstance(v, str) and v.strip().lower() in WHOLE_VALUES
    ]
    if len(whole) != 1:
        return
    target = column_ref(dim.table, dim.column)
    d.where.append((dim.table, exp.NEQ(this=target, expression=exp.convert(whole[0]))))


def _reads(e: exp.Expression, name: str) -> bool:
    """Whether the condition ``e`` reads a column called ``name``."""
    return any(c.name.lower() == name.lower() for c in e.find_all(exp.Column))
