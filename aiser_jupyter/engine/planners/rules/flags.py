"""Yes/no columns named as a property: "official languages", "students on scholarship",
"male people" — a filter on the flag's true (or, negated, false) value, not a column to draw."""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from ...catalog.model import Column
from .draft import Draft

__all__ = ["flags"]

_TRUE = ("y", "yes", "t", "true", "1")
_FALSE = ("n", "no", "f", "false", "0")
_NEGATIONS = {"not", "never", "non", "don't", "doesn't", "isn't", "wasn't", "without", "no"}


def flag_value(column: Column, truthy: bool) -> Any:
    """The stored true (or false) value of a two-valued flag column, or None when it is no flag."""
    values = [v for v in column.samples if v is not None]
    if not values or len(values) > 2 or (column.distinct or 0) > 2:
        return None
    words = [str(v).strip().lower() for v in values]
    if not all(w in _TRUE + _FALSE for w in words):
        return None
    wanted = _TRUE if truthy else _FALSE
    hit = next((v for v, w in zip(values, words, strict=True) if w in wanted), None)
    if hit is None and truthy and len(values) == 1 and isinstance(values[0], int):
        return 1
    return hit


def flags(d: Draft) -> None:
    """A free mention of a flag column that nothing groups by: rows where the flag holds."""
    for m in d.free():
        column = m.column
        if column is None or m.kind != "column":
            continue
        if any(x.column is column for x in d.dims):
            continue
        before = set(d.q.texts(max(0, m.lo - 4), m.lo))
        negated = bool(before & _NEGATIONS)
        value = flag_value(column, not negated)
        if value is None:
            continue
        target = exp.column(column.name, table=m.table.name)
        d.where.append((m.table, exp.EQ(this=target, expression=exp.convert(value))))
        d.take(m, "flag")
        for i in range(max(0, m.lo - 4), m.lo):
            if d.q.words[i].text in _NEGATIONS and d.q.free(i):
                d.q.claim(i, i + 1, "negation")
