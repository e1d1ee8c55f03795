"""An extreme or an average of a column the plan keeps at one value: "vote split among
respondents with the highest political knowledge (3)" drawn as MAX(knowledge) per vote,
WHERE knowledge = 3 — every bar is 3, whatever the question asked of the rows."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ...errors import error
from ..plan import ChartPlan
from .own_count import picked_columns

__all__ = ["no_aggregate_of_kept_value"]

#: aggregates whose value over rows all holding one value is that value
_CONSTANT = frozenset(["max", "min", "mean", "median"])


def no_aggregate_of_kept_value(plan: ChartPlan, dialect: str, understood: str) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when a channel draws the max, min, mean or median of a
    column the WHERE keeps equal to one value: the chart shows that value and nothing else."""
    fields = [f for f in plan.chart.encoding.channels().values() if f.aggregate in _CONSTANT]
    if not any(f.field for f in fields):
        return
    picked = picked_columns(plan.sql, dialect)
    try:
        kept = list(sqlglot.parse_one(plan.sql, read=dialect).find_all(exp.EQ))
    except sqlglot.errors.ParseError:
        return
    for f in fields:
        column = picked.get((f.field or "").lower())
        if column is None:
            continue
        for eq in kept:
            side = eq.this
            if (
                isinstance(side, exp.Column)
                and isinstance(eq.expression, exp.Literal)
                and side.name.lower() == column.name.lower()
                and side.table.lower() == column.table.lower()
            ):
                msg = (
                    f"I understood {understood!r}: {column.name} is kept at "
                    f"{eq.expression.sql(dialect)}, so its {f.aggregate} is that value in every "
                    "group. Say what to measure of those rows (for example 'number of …')"
                )
                raise error("AISER-PLAN-UNSURE", msg, understood=understood)
