"""A pie of one slice: "what fraction of type AB patients received a transplant?" drawn as the
AB patients grouped by blood type, kept to AB — one slice of 100%, whatever was asked of
them. The part asked for went unread; the chart answers nothing, so it is refused."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ...errors import error
from ..plan import ChartPlan
from .titles import conjuncts

__all__ = ["no_one_slice_pie"]


def no_one_slice_pie(plan: ChartPlan, dialect: str, understood: str) -> None:
    """Refuse a pie whose slices' field the plan keeps to one value."""
    enc = plan.chart.encoding
    slices = enc.color or enc.x
    if plan.chart.mark != "arc" or slices is None or not slices.field or slices.aggregate:
        return
    try:
        tree = sqlglot.parse_one(plan.sql, read=dialect)
    except sqlglot.errors.ParseError:
        return
    field = slices.field.lower()
    for where in tree.find_all(exp.Where):
        for cond in conjuncts(where.this):
            if _one_value(cond, field):
                msg = (
                    f"I understood {understood!r}: a pie of {slices.field} kept to one of its "
                    "values, one slice of the whole. Say what part of those rows to show"
                )
                raise error("AISER-PLAN-UNSURE", msg, understood=understood)


def _one_value(cond: exp.Expression, field: str) -> bool:
    """``field = 'x'`` or ``field IN ('x')``."""
    if isinstance(cond, exp.EQ):
        column, value = cond.this, cond.expression
    elif isinstance(cond, exp.In) and len(cond.expressions) == 1:
        column, value = cond.this, cond.expressions[0]
    else:
        return False
    return (
        isinstance(column, exp.Column)
        and column.name.lower() == field
        and isinstance(value, exp.Literal)
    )
