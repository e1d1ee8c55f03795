"""A value said glued to its column's name by a hyphen: "single-credit courses" of a column
``credits`` holding 'single' and 'more'. The first part is a stored value of the one column the
second part names; the rows kept are those with that value — even when the first part alone
reads as an instruction ("single" of "a single number")."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from .draft import Draft, column_ref

__all__ = ["hyphen_values"]


def hyphen_values(d: Draft) -> None:
    """Keep ``column = 'value'`` for each free "value-column" word of the question."""
    for w in d.q.words:
        parts = w.text.split("-")
        if len(parts) != 2 or not all(p.isalpha() for p in parts) or not d.q.free(w.i):
            continue
        found = _valued(d, parts[0], lemma(parts[1]))
        if len(found) != 1:
            continue  # no column, or several: the word is left to the other steps
        table, column, value = found[0]
        cond = exp.EQ(this=column_ref(table, column), expression=exp.convert(value))
        d.where.append((table, cond))
        d.q.claim(w.i, w.i + 1, "value")


def _valued(d: Draft, value: str, name: str) -> list[tuple[Table, Column, str]]:
    """The text columns named ``name`` (in the singular or the plural) that hold ``value``."""
    out = []
    for table in d.catalog.tables:
        for column in table.columns:
            if column.semantic not in ("nominal", "boolean") or split_name(column.name) != [name]:
                continue
            held = [v for v in column.samples if isinstance(v, str) and v.lower() == value]
            out += [(table, column, held[0])] if held else []
    return out
