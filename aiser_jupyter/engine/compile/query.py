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

import sqlglot
from sqlglot import exp

from ...errors import error
from ..catalog.model import Catalog
from ..plan import Bin, ChartPlan, FieldDef
from ..sql.checked import GuardedPlan
from ..sql.idents import ident
from ..sql.timeunits import EXTRACTED_UNITS, aggregate_sql, time_unit_sql
from .basecols import BASE, base_column, base_columns
from .compiled import Compiled, OutField
from .order import order_by, top_groups

__all__ = ["compile_plan", "nice_step"]

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
    "yearmonthdatehours": "hour",
    "month": "month of year",
    "monthofyear": "month of year",
    "dayofmonth": "day of month",
}
#: marks whose statement always aggregates (a histogram counts, a box takes quantiles)
AGGREGATED_MARKS = ("histogram", "kpi", "heatmap", "box")


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


def compile_plan(checked: GuardedPlan, catalog: Catalog, *, max_rows: int = 5_000) -> Compiled:
    """Build the one statement that computes the plotted rows from a guarded plan.

    Bin widths come from the plan (:func:`~.bins.fill_bins` sets them from the data); a
    bin without one compiles with a placeholder width, enough to validate a plan.

    Raises
    ------
    AiserError
        ``AISER-PLAN-FIELD`` when the chart names a column the base query does not
        return (the base query itself was checked by :func:`~.checked.guard_plan`).
    """
    plan, dialect, tree = checked.plan, checked.dialect, checked.base()
    columns = base_columns(tree, catalog, dialect)
    channels = _normalise(plan)
    _check_fields(channels, columns)
    mark = plan.chart.mark
    aggregated = any(fd.aggregate for fd in channels.values()) or mark in AGGREGATED_MARKS
    select = _SelectList(columns, dialect, mark, aggregated)
    for channel, fd in channels.items():
        select.add(channel, fd)
    outs = select.outs
    if mark == "box" and "y" not in outs:
        msg = "A box plot needs a numeric y field"
        raise error("AISER-PLAN-INVALID", msg)
    if not select.projections:
        msg = "The chart has no channels; set at least x or y"
        raise error("AISER-PLAN-INVALID", msg)
    query = exp.select(*select.projections).from_(tree.subquery(BASE))
    if aggregated and select.dims:
        query = query.group_by(*select.dims)
    order, primary = order_by(plan, channels, outs, mark, dialect)
    limit = plan.chart.limit
    limit_rows = min(limit, max_rows + 1) if limit else max_rows + 1
    if limit and primary is not None and primary.channel != "color" and _colour_groups(outs):
        query = top_groups(query, tree, channels, primary, limit, outs, dialect)
        limit_rows = max_rows + 1  # the top groups, every colour of each
    if order:
        query = query.order_by(*order)
    return Compiled(
        sql=query.limit(limit_rows).sql(dialect=dialect, comments=False),
        dialect=dialect,
        mark=mark,
        fields=outs,
        aggregated=aggregated,
        notes=[],
        limit=limit,
        max_rows=max_rows,
    )


def _check_fields(channels: dict[str, FieldDef], columns: dict[str, str | None]) -> None:
    """Refuse a channel whose field the base query does not return (``AISER-PLAN-FIELD``)."""
    lowered = {name.lower() for name in columns}
    for name, fd in channels.items():
        if fd.field is not None and fd.field.lower() not in lowered and "*" not in columns:
            msg = f"The chart's {name} uses {fd.field!r}, which the query does not return (it returns {', '.join(columns)})"
            raise error("AISER-PLAN-FIELD", msg)


def _colour_groups(outs: dict[str, OutField]) -> bool:
    return "color" in outs and not outs["color"].is_measure


class _SelectList:
    """The statement's columns, added channel by channel: projections, GROUP BY keys, and
    what each output column means on the chart (:class:`OutField`)."""

    def __init__(
        self, columns: dict[str, str | None], dialect: str, mark: str, aggregated: bool
    ) -> None:
        self.columns, self.dialect, self.mark, self.aggregated = columns, dialect, mark, aggregated
        self.lowered = {name.lower(): name for name in columns}
        self.outs: dict[str, OutField] = {}
        self.projections: list[exp.Expression] = []
        self.dims: list[exp.Expression] = []
        self.used: set[str] = set()

    def add(self, channel: str, fd: FieldDef) -> None:
        real = self.lowered.get(fd.field.lower(), fd.field) if fd.field else None
        col = base_column(real, self.dialect) if real else None
        out = OutField(
            channel=channel,
            alias=self._alias(fd),
            label=_label(fd),
            type=_type_of(fd, self.columns.get(real) if real else None),
            field=real,
            aggregate=fd.aggregate,
            time_unit=fd.timeUnit,
            format=fd.format,
        )
        if fd.aggregate:
            expr = aggregate_sql(fd.aggregate, col if fd.field else None, self.dialect)
        elif self.mark == "box" and channel == "y" and col is not None:
            _box_projections(col, self.dialect, self.projections, self.outs, out)
            return
        elif fd.timeUnit and col is not None:
            expr = time_unit_sql(fd.timeUnit, col, self.dialect)
        elif fd.bin and col is not None:
            expr = _binned(col, fd, out)
        else:
            expr = col if col is not None else exp.Null()
        if self.aggregated and not fd.aggregate:
            self.dims.append(expr.copy())
        same = isinstance(expr, exp.Column) and expr.name == out.alias and not expr.table
        self.projections.append(expr if same else exp.alias_(expr, ident(out.alias, self.dialect)))
        self.outs[channel] = out

    def _alias(self, fd: FieldDef) -> str:
        """A unique output name: the field, ``sum_amount`` beside a plain ``amount``, ``x_2``."""
        base = fd.field or "count"
        taken = fd.field and (
            fd.field.lower() in self.used
            or any((o.field or "").lower() == fd.field.lower() for o in self.outs.values())
        )
        if fd.aggregate and taken:
            base = f"{fd.aggregate}_{fd.field}"
        name, n = base, 2
        while name.lower() in self.used:
            name, n = f"{base}_{n}", n + 1
        self.used.add(name.lower())
        return name


def _binned(col: exp.Expression, fd: FieldDef, out: OutField) -> exp.Expression:
    """``FLOOR(col / step) * step`` with the plan's bin width (recorded on ``out``)."""
    maxbins = fd.bin.maxbins if isinstance(fd.bin, Bin) and fd.bin.maxbins else 20
    step = fd.bin.step if isinstance(fd.bin, Bin) and fd.bin.step else None
    out.bin_step = step or nice_step(0.0, 1.0, maxbins)  # placeholder: see fill_bins
    out.type = "quantitative"
    ratio = exp.Div(
        this=exp.Cast(this=col, to=exp.DataType.build("DOUBLE")),
        expression=exp.Literal.number(out.bin_step),
    )
    return exp.Mul(this=exp.Floor(this=ratio), expression=exp.Literal.number(out.bin_step))


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
