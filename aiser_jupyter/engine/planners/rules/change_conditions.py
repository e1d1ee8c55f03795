"""The sign of a change said by a verb: "quarters when consumption fell" of a table of changes
(``us_change.Consumption``, each quarter's change) keeps the quarters where it is below 0;
"rose", "grew" above it."""

from __future__ import annotations

from sqlglot import exp

from ..change_tables import CHANGE_VERBS, holds_changes
from .draft import Draft, column_ref

__all__ = ["change_signs"]


def change_signs(d: Draft) -> None:
    """``WHERE number < 0`` (or ``> 0``) for a number of a table of changes followed by a verb
    of change; the verb is claimed, the number is compared, not measured."""
    for m in d.mentions:
        column = m.column
        if column is None or column.semantic != "quantitative" or not holds_changes(m.table):
            continue
        if m.hi >= len(d.q) or id(m) in d.used or not d.q.free(m.hi):
            continue
        op = CHANGE_VERBS.get(d.q.words[m.hi].text)
        if op is None:
            continue
        compare = exp.LT if op == "<" else exp.GT
        d.where.append(
            (m.table, compare(this=column_ref(m.table, column), expression=exp.convert(0)))
        )
        d.take(m, "compared")
        d.q.claim(m.hi, m.hi + 1, f"comparison {op} 0")
