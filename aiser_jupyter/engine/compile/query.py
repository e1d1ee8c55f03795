"""Compile a :class:`ChartPlan` into one aggregated SQL statement in the source's dialect.

The plan's SQL (the base query), checked by the guard (:mod:`.checked`), is wrapped::

    SELECT <dimensions, time units, bins> AS …, <aggregates> AS …
    FROM (<base query>) AS aiser_base
    [WHERE <top-N filter>] GROUP BY … ORDER BY … LIMIT …

so aggregation, binning, time units, top-N and sorting all run in the database
and only the plotted rows come back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import sqlglot
from sqlglot import exp

from ...errors import error
from ..catalog.model import Catalog
from ..plan import ChartPlan, FieldDef
from ..sql.checked import GuardedPlan
from ..sql.idents import column as _named
from ..sql.idents import ident
from ..sql.timeunits import EXTRACTED_UNITS, aggregate_sql, time_unit_sql
from .basecols import base_columns

__all__ = ["Compiled", "OutField", "base_columns", "compile_plan", "nice_step"]

BASE = "aiser_base"
AGG_WORDS = {
    "sum": "Sum",
    "mean": "Average",
    "median": "Median",
    "min": "Min",
    "max": "Max",
    "count": "Count",
    "distinct": "Distinct count",
}
UNIT_WORDS = {
    "yearmonth": "month",
    "yearquarter": "quarter",
    "yearweek": "week",
    "yearmonthdate": "day",
    "month": "month of year",
    "monthofyear": "month of year",
    "dayofmonth": "day of month",
}
MEASURE_CHANNELS = ("y", "x", "theta", "size", "color")


@dataclass
class OutField:
    """One column of the compiled result and what it means on the chart."""

    channel: str
    alias: str
    label: str
    type: str  #: nominal | ordinal | quantitative | temporal
    field: str | None = None
    aggregate: str | None = None
    time_unit: str | None = None
    bin_step: float | None = None

    @property
    def is_measure(self) -> bool:
        return self.aggregate is not None


@dataclass
class Compiled:
    """The SQL to run and how its columns map to the chart's channels."""

    sql: str
    dialect: str
    mark: str
    fields: dict[str, OutField]
    aggregated: bool
    notes: list[str] = field(default_factory=list)
    limit: int | None = None
    bounds_sql: str | None = None  #: set when a bin needs the data's range before the real query
    bin_channel: str | None = None
    max_rows: int = 5_000

    def column(self, channel: str) -> str | None:
        out = self.fields.get(channel)
        return out.alias if out else None


def nice_step(lo: float, hi: float, maxbins: int = 20) -> float:
    """A 1-2-5 bin width giving at most ``maxbins`` bins over ``[lo, hi]``."""
    span = hi - lo
    if not math.isfinite(span) or span <= 0:
        return 1.0
    raw = span / maxbins
    magnitude = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * magnitude:
            return float(m * magnitude)
    return float(10 * magnitude)


def _base_column(name: str, dialect: str) -> exp.Column:
    """A column of the base query; ClickHouse resolves a bare name to a SELECT alias first."""
    return _named(name, dialect, BASE if dialect == "clickhouse" else None)


def _normalise(plan: ChartPlan) -> dict[str, FieldDef]:
    """Channels with arc/kpi/histogram conventions applied."""
    chart = plan.chart
    channels = dict(chart.encoding.channels())
    if chart.mark == "arc" and "theta" not in channels:
        if "y" in channels:
            channels["theta"] = channels.pop("y")
        if "x" in channels and "color" not in channels:
            channels["color"] = channels.pop("x")
    if chart.mark == "histogram":
        x = channels.get("x")
        if x is not None and not x.bin and x.timeUnit is None and x.aggregate is None:
            channels["x"] = x.model_copy(update={"bin": True})
        if "y" not in channels:
            channels["y"] = FieldDef(aggregate="count", type="quantitative")
    if chart.mark == "heatmap" and "color" not in channels and {"x", "y"} <= set(channels):
        channels["color"] = FieldDef(aggregate="count", type="quantitative")
    return channels


def _label(fd: FieldDef) -> str:
    if fd.title:
        return fd.title
    if fd.aggregate:
        if fd.field is None:
            return "Count"
        return f"{AGG_WORDS[fd.aggregate]} of {fd.field}"
    if fd.timeUnit:
        return f"{fd.field} ({UNIT_WORDS.get(fd.timeUnit, fd.timeUnit)})"
    return fd.field or ""


def _type_of(fd: FieldDef, semantic: str | None) -> str:
    if fd.type:
        return fd.type
    if fd.aggregate or fd.bin:
        return "quantitative"
    if fd.timeUnit:
        return "ordinal" if fd.timeUnit in EXTRACTED_UNITS else "temporal"
    return {"temporal": "temporal", "quantitative": "quantitative"}.get(semantic or "", "nominal")


def compile_plan(
    checked: GuardedPlan,
    catalog: Catalog,
    *,
    max_rows: int = 5_000,
    bounds: dict[str, tuple[Any, Any]] | None = None,
) -> Compiled:
    """Build the one statement that computes the plotted rows from a guarded plan.

    Raises
    ------
    AiserError
        ``AISER-PLAN-FIELD`` when the chart names a column the base query does not
        return (the base query itself was checked by :func:`~.checked.guard_plan`).
    """
    plan, dialect, tree = checked.plan, checked.dialect, checked.base()
    columns = base_columns(tree, catalog, dialect)
    lowered = {name.lower(): name for name in columns}
    channels = _normalise(plan)
    mark = plan.chart.mark
    for name, fd in channels.items():
        if fd.field is not None and fd.field.lower() not in lowered and "*" not in columns:
            msg = f"The chart's {name} uses {fd.field!r}, which the query does not return (it returns {', '.join(columns)})"
            raise error("AISER-PLAN-FIELD", msg)
    aggregated = any(fd.aggregate for fd in channels.values()) or mark in (
        "histogram",
        "kpi",
        "heatmap",
        "box",
    )
    outs: dict[str, OutField] = {}
    projections: list[exp.Expression] = []
    dims: list[exp.Expression] = []
    used: set[str] = set()
    notes: list[str] = []
    bounds_sql = bin_channel = None

    def alias_for(fd: FieldDef) -> str:
        base = fd.field or "count"
        if (
            fd.aggregate
            and fd.field
            and (
                fd.field.lower() in used
                or any((o.field or "").lower() == fd.field.lower() for o in outs.values())
            )
        ):
            base = f"{fd.aggregate}_{fd.field}"
        name, n = base, 2
        while name.lower() in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name.lower())
        return name

    for channel, fd in channels.items():
        real = lowered.get(fd.field.lower(), fd.field) if fd.field else None
        col = _base_column(real, dialect) if real else None
        semantic = columns.get(real) if real else None
        kind = _type_of(fd, semantic)
        out = OutField(
            channel=channel,
            alias=alias_for(fd),
            label=_label(fd),
            type=kind,
            field=real,
            aggregate=fd.aggregate,
            time_unit=fd.timeUnit,
        )
        if fd.aggregate:
            expr = aggregate_sql(fd.aggregate, col if fd.field else None, dialect)
        elif mark == "box" and channel == "y" and col is not None:
            _box_projections(col, dialect, projections, outs, out)
            continue
        elif fd.timeUnit and col is not None:
            expr = time_unit_sql(fd.timeUnit, col, dialect)
        elif fd.bin and col is not None:
            maxbins = fd.bin.maxbins if not isinstance(fd.bin, bool) and fd.bin.maxbins else 20
            step = fd.bin.step if not isinstance(fd.bin, bool) and fd.bin.step else None
            if step is None:
                if bounds is None or channel not in bounds:
                    bounds_sql = (
                        exp.select(
                            exp.alias_(exp.Min(this=col.copy()), "lo"),
                            exp.alias_(exp.Max(this=col.copy()), "hi"),
                        )
                        .from_(tree.copy().subquery(BASE))
                        .sql(dialect=dialect)
                    )
                    bin_channel = channel
                    lo, hi = 0.0, 1.0
                else:
                    lo, hi = (float(v) if v is not None else 0.0 for v in bounds[channel])
                step = nice_step(lo, hi, maxbins)
            out.bin_step = step
            expr = exp.Mul(
                this=exp.Floor(
                    this=exp.Div(
                        this=exp.Cast(this=col, to=exp.DataType.build("DOUBLE")),
                        expression=exp.Literal.number(step),
                    )
                ),
                expression=exp.Literal.number(step),
            )
            out.type = "quantitative"
        else:
            expr = col if col is not None else exp.Null()
        if aggregated and not fd.aggregate:
            dims.append(expr.copy())
        same = isinstance(expr, exp.Column) and expr.name == out.alias and not expr.table
        projections.append(expr if same else exp.alias_(expr, ident(out.alias, dialect)))
        outs[channel] = out

    if mark == "box" and "y" not in outs:
        msg = "A box plot needs a numeric y field"
        raise error("AISER-PLAN-INVALID", msg)
    if not projections:
        msg = "The chart has no channels; set at least x or y"
        raise error("AISER-PLAN-INVALID", msg)
    query = exp.select(*projections).from_(tree.subquery(BASE))
    if aggregated and dims:
        query = query.group_by(*dims)
    order, primary = _order(plan, channels, outs, mark, dialect)
    limit = plan.chart.limit
    if (
        limit
        and primary is not None
        and "color" in outs
        and not outs["color"].is_measure
        and primary.channel != "color"
    ):
        query = _top_groups(query, tree, channels, primary, limit, outs, dialect)
        limit_rows = max_rows + 1
    else:
        limit_rows = min(limit, max_rows + 1) if limit else max_rows + 1
    if order:
        query = query.order_by(*order)
    query = query.limit(limit_rows)
    sql = query.sql(dialect=dialect, comments=False)
    return Compiled(
        sql=sql,
        dialect=dialect,
        mark=mark,
        fields=outs,
        aggregated=aggregated,
        notes=notes,
        limit=limit,
        bounds_sql=bounds_sql,
        bin_channel=bin_channel,
        max_rows=max_rows,
    )


def _box_projections(
    col: exp.Expression,
    dialect: str,
    projections: list[exp.Expression],
    outs: dict[str, OutField],
    out: OutField,
) -> None:
    if dialect not in ("duckdb", "postgres", "spark"):
        msg = f"Box plots need quantiles, which {dialect} lacks"
        raise error("AISER-SQL-UNSUPPORTED", msg)
    stats = {"min": exp.Min(this=col.copy()), "max": exp.Max(this=col.copy())}
    for name, q in (("q1", 0.25), ("median", 0.5), ("q3", 0.75)):
        stats[name] = (
            sqlglot.parse_one(f"QUANTILE_CONT({col.sql(dialect)}, {q})", read="duckdb")
            if dialect == "duckdb"
            else exp.Quantile(this=col.copy(), quantile=exp.Literal.number(q))  # exact PERCENTILE
            if dialect == "spark"
            else sqlglot.parse_one(
                f"PERCENTILE_CONT({q}) WITHIN GROUP (ORDER BY {col.sql(dialect)})", read="postgres"
            )
        )
    for name, expr in stats.items():
        projections.append(exp.alias_(expr, ident(f"{out.alias}_{name}", dialect)))
    out.aggregate = "box"
    outs["y"] = out


def _order(
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


def _top_groups(
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
        time_unit_sql(fd.timeUnit, _base_column(field, dialect), dialect)
        if fd.timeUnit
        else _base_column(field, dialect)
    )
    return query.where(exp.In(this=outer, query=top.subquery()))
