"""Zoom that re-queries: a plan restricted to the range a user zoomed into.

Range ends come from the browser (plotly's relayout), so they are untrusted: only
numbers and ISO dates become SQL literals, built by sqlglot. The plan's base query is
taken from its guarded form (never its text), and the new base query goes through the
guard like any other.
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from ..plan import ChartPlan
from ..sql.checked import GuardedPlan
from ..sql.guard import render

__all__ = ["zoom_plan"]


def zoom_plan(
    checked: GuardedPlan,
    x_range: tuple[Any, Any] | None,
    y_range: tuple[Any, Any] | None = None,
    *,
    types: dict[str, str] | None = None,
) -> ChartPlan:
    """``plan`` restricted to the visible x (and y) range, to re-run at full resolution when zoomed.

    Range ends are numbers or date strings as plotly reports them; they become literals
    built by sqlglot, and the new base query goes through the guard like any other.
    ``types`` (channel → the type the first run inferred) keeps the axes as they were.
    """
    plan = checked.plan
    conditions: list[exp.Expression] = []
    channels = plan.chart.encoding.channels()
    for name, bounds in (("x", x_range), ("y", y_range)):
        fd = channels.get(name)
        if bounds is None or fd is None or not fd.field or fd.aggregate:
            continue
        col = exp.column(fd.field, table="aiser_zoom", quoted=True)
        lo, hi = (_literal(v) for v in bounds)
        conditions += [exp.GTE(this=col, expression=lo), exp.LTE(this=col.copy(), expression=hi)]
    if not conditions:
        return plan
    base = checked.base().subquery("aiser_zoom")
    query = exp.select("*").from_(base).where(exp.and_(*conditions))
    typed = {
        name: fd.model_copy(update={"type": (types or {}).get(name)})
        for name, fd in channels.items()
        if fd.type is None
        and (types or {}).get(name) in ("nominal", "ordinal", "quantitative", "temporal")
    }
    chart = (
        plan.chart.model_copy(update={"encoding": plan.chart.encoding.model_copy(update=typed)})
        if typed
        else plan.chart
    )
    return plan.model_copy(update={"sql": render(query, checked.dialect), "chart": chart})


def _literal(value: Any) -> exp.Expression:
    if isinstance(value, bool) or value is None:
        msg = "a zoom range needs numbers or dates"
        raise ValueError(msg)
    if isinstance(value, (int, float)):
        return exp.Literal.number(repr(float(value)))
    import datetime as dt

    text = str(value).strip().replace("T", " ")
    head, dot, frac = text.partition(".")
    text = f"{head}.{frac[:6]}" if dot else head
    dt.datetime.fromisoformat(
        text
    )  # raises on anything that is not a date: no free text reaches SQL
    return exp.cast(exp.Literal.string(text), "TIMESTAMP")
