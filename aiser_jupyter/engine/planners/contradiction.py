"""A plan never keeps rows by two different values of one column at once: ``year = 2008 AND
year = 2016`` keeps no row, so the chart would be empty whatever the data. Such a plan is
refused before it runs, saying which column was read twice."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ...errors import error

__all__ = ["no_contradiction"]


def no_contradiction(sql: str, dialect: str, understood: str) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when a WHERE of ``sql`` ANDs ``c = a`` with ``c = b``, a ≠ b."""
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return
    for where in tree.find_all(exp.Where):
        seen: dict[str, str] = {}
        for cond in where.this.flatten() if isinstance(where.this, exp.And) else [where.this]:
            if not isinstance(cond, exp.EQ):
                continue
            col, value = cond.this, cond.expression
            if not isinstance(col, exp.Column) or not isinstance(value, exp.Literal):
                continue
            key, said = col.sql(), value.sql()
            if seen.setdefault(key, said) != said:
                msg = (
                    f"I understood {understood!r}, which keeps only rows where {col.name} is "
                    f"both {seen[key]} and {said}: no row is both, so the chart would be empty"
                )
                raise error("AISER-PLAN-UNSURE", msg, understood=understood)
