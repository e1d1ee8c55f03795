"""Two or more values of a long table's key drawn over time as lines: "price index of personal
computers vs televisions over time, one line each" of ``LTPT(date, category, value)`` — the
table's number on those values' rows, a line per value (``category IN (…)``, coloured by
the category). Kept as two measures, the chart could draw only a scatter of one against the
other, which answers "A against B, one point per month", not this."""

from __future__ import annotations

from sqlglot import exp

from .draft import Dim, Draft, Measure
from .long_form import KeyedValue

__all__ = ["keyed_series"]

#: words that ask for one series per value ("one line each", "as lines", "over time")
_LINES = frozenset(["line", "lines", "trend", "trends"])
#: words that ask for a scatter of one number against another
_POINTS = frozenset(["point", "points", "scatter", "scatterplot", "x", "y"])


def keyed_series(d: Draft) -> None:
    """Measures that are each the same long table's number on one key value, drawn along a
    grouping as lines: one measure of the number, grouped by the key, its values kept."""
    if len(d.measures) < 2 or not d.dims or any(x.color for x in d.dims):
        return
    words = set(d.q.texts())
    if words & _POINTS or not (words & _LINES or d.r.over_time):
        return
    columns = [m.column for m in d.measures]
    keyed = [c for c in columns if isinstance(c, KeyedValue)]
    if len(keyed) != len(columns) or len({m.agg for m in d.measures}) != 1:
        return
    key = keyed[0].long_key
    if any(c.long_key.key is not key.key or c._number is not keyed[0]._number for c in keyed):
        return
    values = [c.condition() for c in keyed]
    literals = [v.expression.copy() for v in values if isinstance(v, exp.EQ)]
    if len(literals) != len(keyed):
        return
    target = exp.column(key.key.name, table=key.table.name)
    d.where.append((key.table, exp.In(this=target, expressions=literals)))
    number = keyed[0]._number or key.value
    d.measures[:] = [Measure(d.measures[0].agg, key.table, number, explicit=True)]
    d.dims.append(Dim(key.table, key.key, color=True))
    d.r.mark = d.r.mark or "line"
