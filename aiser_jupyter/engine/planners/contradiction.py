"""A plan never keeps rows by two different values of one column at once: ``year = 2008 AND
year = 2016`` keeps no row, so the chart would be empty whatever the data; nor by two ranges
that do not meet (``time >= 1984-01-01 AND time < 1985-01-01 AND time >= 1983-01-01 AND
time < 1984-01-01``, "each month of 1984 … against the same month of 1983"). Such a plan is
refused before it runs, saying which column was read twice."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ...errors import error

__all__ = ["no_contradiction"]

#: the comparisons that bound a column from below (True) or from above (False)
_BOUNDS = {exp.GT: True, exp.GTE: True, exp.LT: False, exp.LTE: False}


def no_contradiction(sql: str, dialect: str, understood: str) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when a WHERE of ``sql`` ANDs ``c = a`` with ``c = b``, a ≠ b,
    or bounds ``c`` from below and from above by limits that leave no value between."""
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return
    for where in tree.find_all(exp.Where):
        seen: dict[str, str] = {}
        lows: dict[str, list[tuple[object, bool, str]]] = {}
        highs: dict[str, list[tuple[object, bool, str]]] = {}
        for cond in where.this.flatten() if isinstance(where.this, exp.And) else [where.this]:
            col, value = cond.this, cond.expression
            if not isinstance(col, exp.Column):
                continue
            if type(cond) in _BOUNDS and (limit := _limit(value)) is not None:
                side = lows if _BOUNDS[type(cond)] else highs
                side.setdefault(col.sql(), []).append(
                    (limit, isinstance(cond, (exp.GTE, exp.LTE)), _said(limit))
                )
                continue
            if not isinstance(cond, exp.EQ) or not isinstance(value, exp.Literal):
                continue
            key, said = col.sql(), value.sql()
            if seen.setdefault(key, said) != said:
                _refuse(understood, f"{col.name} is both {seen[key]} and {said}")
        for key, below in lows.items():
            for low, low_in, low_said in below:
                for high, high_in, high_said in highs.get(key, []):
                    if _meet_not(low, low_in, high, high_in):
                        name = key.split(".")[-1]
                        _refuse(understood, f"{name} is from {low_said} and before {high_said}")


def _limit(value: exp.Expression) -> object | None:
    """A number, or the text of a date or a string, that bounds a column."""
    if isinstance(value, exp.Cast):
        value = value.this
    if not isinstance(value, exp.Literal):
        return None
    if value.is_string:
        return str(value.this)
    try:
        return float(value.this)
    except ValueError:
        return None


def _meet_not(low: object, low_in: bool, high: object, high_in: bool) -> bool:
    """Whether no value lies from ``low`` (included when ``low_in``) to ``high``."""
    if isinstance(low, float) and isinstance(high, float):
        return low > high or (low == high and not (low_in and high_in))
    if isinstance(low, str) and isinstance(high, str):
        return low > high or (low == high and not (low_in and high_in))
    return False


def _said(limit: object) -> str:
    if isinstance(limit, float):
        return f"{limit:g}"
    return repr(limit)


def _refuse(understood: str, both: str) -> None:
    msg = (
        f"I understood {understood!r}, which keeps only rows where {both}: no row is both, "
        "so the chart would be empty"
    )
    raise error("AISER-PLAN-UNSURE", msg, understood=understood)
