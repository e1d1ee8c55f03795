"""ORDER BY and top-N of the compiled statement: which dimension leads, how it is sorted,
and which groups a ``limit`` keeps when colours split them."""

from __future__ import annotations

from sqlglot import exp

from ..plan import ChartPlan, FieldDef
from ..sql.idents import column as _named
from ..sql.timeunits import aggregate_sql, time_unit_sql
from .basecols import base_column
from .compiled import OutField

__all__ = ["MEASURE_CHANNELS", "order_by", "top_groups"]

MEASURE_CHANNELS = ("y", "x", "theta", "size", "color")


def order_by(
    plan: ChartPlan,
    channels: dict[str, FieldDef],
    outs: dict[str, OutField],
    mark: str,
    dialect: str,
) -> tuple[list[exp.Ordered], OutField | None]:
    """ORDER BY for the plotted rows, and the primary dimension (the one sorted/limited)."""
    dim_channels = [
        c for c in ("x", "y", "color", "facet", "theta") if c in outs and not outs[c].is_measure
    ]
    measure_channels = [
        c
        for c in MEASURE_CHANNELS
        if c in outs and outs[c].is_measure and outs[c].aggregate != "box"
    ]
    primary = outs[dim_channels[0]] if dim_channels else None
    if mark == "arc" and "color" in outs and not outs["color"].is_measure:
        primary = outs["color"]
    if mark == "bar" and "y" in dim_channels and "x" in measure_channels:
        primary = outs["y"]  # horizontal bars
    measure = outs[measure_channels[0]] if measure_channels else None
    order: list[exp.Ordered] = []

    def by(out: OutField, desc: bool) -> exp.Ordered:
        return exp.Ordered(this=_named(out.alias, dialect), desc=desc, nulls_first=False)

    explicit = None
    for channel, fd in channels.items():
        if fd.sort is None or channel not in outs:
            continue
        sort, out = fd.sort, outs[channel]
        if isinstance(sort, list):
            if out.is_measure:
                continue
            cases = exp.Case(
                ifs=[
                    exp.If(
                        this=exp.EQ(this=_named(out.alias, dialect), expression=exp.convert(v)),
                        true=exp.Literal.number(i),
                    )
                    for i, v in enumerate(sort)
                ],
                default=exp.Literal.number(len(sort)),
            )
            explicit = [exp.Ordered(this=cases)]
        elif sort in ("ascending", "descending"):
            explicit = [by(out, sort == "descending")]
        else:
            target = outs.get(sort.lstrip("-"))
            if target is not None:
                explicit = [by(target, sort.startswith("-"))]
        if explicit:
            if (
                out.is_measure
                and primary is not None
                and primary.channel == "color"
                and "x" in outs
            ):
                primary = outs["x"]
            break
    if explicit:
        order += explicit
    elif primary is not None:
        ordered_dim = (
            primary.type in ("temporal", "ordinal", "quantitative")
            or primary.time_unit
            or primary.bin_step
        )
        if measure is not None and not ordered_dim and mark in ("bar", "arc"):
            order.append(by(measure, True))
        else:
            order.append(by(primary, False))
    elif measure is not None and plan.chart.limit:
        order.append(by(measure, True))
    for c in dim_channels:  # deterministic ties
        if all(o.this.name != outs[c].alias for o in order if isinstance(o.this, exp.Column)):
            order.append(by(outs[c], False))
    return order, primary


def top_groups(
    query: exp.Select,
    tree: exp.Expression,
    channels: dict[str, FieldDef],
    primary: OutField,
    limit: int,
    outs: dict[str, OutField],
    dialect: str,
) -> exp.Select:
    """Keep the ``limit`` values of the primary dimension with the largest measure (all colours)."""
    fd = channels[primary.channel]
    measure = next((c for c in MEASURE_CHANNELS if c in outs and outs[c].is_measure), None)
    if fd.field is None or primary.field is None or measure is None:
        return query
    field = primary.field  # the base query's own spelling of the column, not the plan's
    measured = outs[measure].field
    bare = _named(field, dialect)
    dim = time_unit_sql(fd.timeUnit, bare, dialect) if fd.timeUnit else bare
    agg = aggregate_sql(
        channels[measure].aggregate or "count",
        _named(measured, dialect) if measured else None,
        dialect,
    )
    top = (
        exp.select(dim.copy())
        .from_(tree.copy().subquery("aiser_top"))
        .group_by(dim.copy())
        .order_by(exp.Ordered(this=agg, desc=True))
        .limit(limit)
    )
    outer = (
        time_unit_sql(fd.timeUnit, base_column(field, dialect), dialect)
        if fd.timeUnit
        else base_column(field, dialect)
    )
    return query.where(exp.In(this=outer, query=top.subquery()))
