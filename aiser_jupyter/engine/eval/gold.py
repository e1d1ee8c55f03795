"""Translate a benchmark item's gold chart into a :class:`ChartPlan`.

This measures what the chart spec and the compiler can express: the gold
query's FROM/JOIN/WHERE become the plan's base query (selecting the raw columns
the gold channels use), and the gold channels (aggregates, temporal bins, colour,
sort) become the chart spec. Running such plans through compile/execute and
scoring them must reproduce the gold data. Also usable as ``--planner gold``
to check a benchmark file. The gold SQL's double-quoted strings (``rank = "AsstProf"``)
are kept as written: the guard reads them as SQLite does (``sql/quoted.py``), for these
plans as for a model's.
"""

from __future__ import annotations

from typing import Any

import sqlglot
from sqlglot import exp

from ...errors import error
from ..catalog.model import Catalog
from ..plan import ChartPlan, ChartSpec, Encoding, FieldDef, Provenance

__all__ = ["GoldPlanner", "gold_plan"]

_AGG = {exp.Count: "count", exp.Sum: "sum", exp.Avg: "mean", exp.Min: "min", exp.Max: "max"}
_UNITS = {"YEAR": "year", "MONTH": "month", "WEEKDAY": "weekday", "DAY": "day"}


def _split(select: exp.Expression) -> tuple[exp.Expression | None, str | None]:
    """A gold projection → (the raw expression under its aggregate, the aggregate)."""
    inner = select.unalias()
    for cls, name in _AGG.items():
        if isinstance(inner, cls):
            arg = inner.this
            if isinstance(arg, exp.Distinct):
                return arg.expressions[0], "distinct"
            if isinstance(arg, exp.Star):
                return None, "count"
            return arg, name
    return inner, None


def _source_part(tree: exp.Select) -> exp.Select:
    """A new SELECT with the FROM, JOINs and WHERE of ``tree``."""
    base = exp.select()
    for key in ("from_", "from", "joins", "where"):
        value = tree.args.get(key)
        if value is not None:
            base.set(key, [j.copy() for j in value] if isinstance(value, list) else value.copy())
    return base


def gold_plan(item: dict[str, Any]) -> ChartPlan:
    """The ChartPlan that draws ``item``'s gold chart from its gold query's tables."""
    tree = sqlglot.parse_one(item["gold_sql"], read="sqlite")
    if not isinstance(tree, exp.Select):
        msg = "The gold query is not a plain SELECT"
        raise error("AISER-PLAN-INVALID", msg)
    selects = {s.alias_or_name.lower(): s for s in tree.selects}
    base = _source_part(tree)
    group = list((tree.args.get("group") or exp.Group()).expressions)
    having = tree.args.get("having")
    if (
        having is not None and len(group) == 1
    ):  # keep the groups that pass HAVING, as a plain filter
        keep = (
            _source_part(tree)
            .select(group[0].copy())
            .group_by(group[0].copy())
            .having(having.this.copy())
        )
        base = base.where(exp.In(this=group[0].copy(), query=keep.subquery()))
    binned = item.get("bin") or None
    channels: dict[str, FieldDef] = {}
    for name in ("x", "y", "color"):
        if name not in selects:
            continue
        raw, aggregate = _split(selects[name])
        alias = f"{name}_value"
        if raw is not None:
            if name == "x" and binned:
                raw = next(
                    (
                        c
                        for c in selects[name].find_all(exp.Column)
                        if c.name.lower() == str(binned["column"]).lower()
                    ),
                    raw,
                )
            base.select(exp.alias_(raw.copy(), alias, quoted=None), copy=False)
        fd: dict[str, Any] = {"field": alias if raw is not None else None, "aggregate": aggregate}
        if name == "x" and binned and aggregate is None:
            fd["timeUnit"] = _UNITS[str(binned["unit"]).upper()]
        channels[name] = FieldDef(**fd)
    shown = {s.unalias().sql().lower() for s in tree.selects}
    extra = [g for g in group if g.sql().lower() not in shown]
    if extra and any(fd.aggregate for fd in channels.values()) and not binned:
        base.select(exp.alias_(extra[0].copy(), "detail_value", quoted=None), copy=False)
        channels["detail"] = FieldDef(field="detail_value")
    sort = item.get("sort")
    mark = item["mark"]
    if sort and "x" in channels:
        order = sort["order"]
        channels["x"] = channels["x"].model_copy(
            update={
                "sort": order
                if sort["channel"] == "x"
                else ("-y" if order == "descending" else "y")
            }
        )
    if mark == "arc":
        channels = {"color": channels["x"], "theta": channels["y"]}
    spec = ChartSpec(
        mark=mark,
        encoding=Encoding(**channels),
        stack="zero" if item.get("chart") == "Stacked Bar" else None,
    )
    return ChartPlan(
        sql=base.sql(dialect="sqlite"),
        chart=spec,
        provenance=Provenance(planner="gold", question=item.get("question")),
    )


class GoldPlanner:
    """A 'planner' that reads the gold chart of the benchmark item being asked (for checking the spec)."""

    name = "gold"

    def __init__(self) -> None:
        self.items: dict[str, dict[str, Any]] = {}

    def plan(self, question: str, catalog: Catalog, context: Any) -> ChartPlan:
        item = self.items.get(question)
        if item is None:
            msg = "The gold planner only answers questions of the benchmark file being evaluated"
            raise error("AISER-PLAN-UNDERSTOOD", msg)
        return gold_plan(item)
