"""The last steps: the chart's form (mark, series, sort, top-N, bins) and the plan itself —
one base SELECT joined along the catalog's keys, and a chart spec over its columns."""

from __future__ import annotations

from sqlglot import exp

from ....errors import error
from ...catalog.model import Column, Table
from ...plan import Bin, ChartPlan, ChartSpec, Encoding, FieldDef
from ...sql.idents import quote_names
from ...sql.timeunits import time_unit_sql
from .bin_widths import readable_width
from .continuous import continuous_x, elapsed
from .custom import base_measure, grouped_base, measure_field, no_histogram_per_thing, per_total
from .draft import Dim, Draft, Measure, calendar_part, column_ref, primary_column
from .entities import entity_notes
from .fanout import fan_out
from .having_key import having_key
from .joining import Step, join_notes, plan_from, plan_tables
from .mark_cues import line_per_series, parts_of_a_whole
from .metrics import provenance
from .outer import outer_joins, unmatched_notes
from .roles import Roles
from .time_grain import clause_kept_axis, few_periods, kept_periods, own_dates

__all__ = ["build", "form"]

#: time units whose values are points in time (a line); the others are parts (bars)
TRUNCATED = {"year", "yearquarter", "yearmonth", "yearweek", "day", "date", "yearmonthdate", "week"}
TRUNCATED |= {"yearmonthdatehours", "minute"}  # hours and minutes in time
NON_ADDITIVE = {"mean", "median", "min", "max"}


def _is_time(dim: Dim, unit: str | None = None) -> bool:
    """Points in time: a truncated date, an integer year, or a calendar part or a date at its
    own grain asked as a sequence ("quarter by quarter")."""
    part = calendar_part(dim.column) or dim.column.semantic == "temporal"
    if part not in ("year", True) and dim.column.semantic == "nominal":
        return False  # month labels 'Apr', 'Feb', 'Jan' … in no order of time
    return dim.unit in TRUNCATED or part == "year" or bool(part and unit in TRUNCATED)


def _ordered(dim: Dim) -> bool:
    """A whole number or a date drawn by its own values (a quarterly series over time)."""
    column = dim.column
    return column.semantic == "temporal" or (
        column.semantic == "quantitative" and "int" in column.type.lower()
    )


def form(d: Draft) -> None:
    """Mark, series layout, sort and top-N from what was read and what was decided."""
    continuous_x(d)
    asked = d.r.mark
    if asked == "point" and len(d.measures) < 2 and not d.dims:
        _one_number_scatter(d)
    if (
        d.r.distribution
        and not d.dims
        and len(d.measures) == 1
        and d.measures[0].agg in ("sum", "mean", None)
    ):
        d.r.histogram = True  # "distribution of weight": one number, binned
    if d.r.histogram and not d.dims and d.measures and d.measures[0].column is not None:
        m = d.measures.pop(0)
        assert m.column is not None
        no_histogram_per_thing(m)  # "histogram of order value": each order's total, unbinned
        readable_width(m.column, d.r)  # "10-minute bins" of a column kept in seconds
        d.dims.insert(
            0, Dim(m.table, m.column, binned=True, bin_step=d.r.bin_step, bin_count=d.r.bin_count)
        )
        d.measures.insert(0, Measure("count", m.table, None))
        d.mark = "histogram"
    elif (
        d.r.histogram
        and d.dims
        and d.dims[0].column.semantic == "quantitative"
        and not calendar_part(d.dims[0].column)
    ):
        d.dims[0].binned, d.dims[0].bin_step, d.dims[0].bin_count = (
            True,
            d.r.bin_step,
            d.r.bin_count,
        )
        d.mark = "histogram"
    elif not d.dims:
        d.mark = "point" if len(d.measures) >= 2 else "kpi"
        if d.mark == "point" and d.r.sort_words is None:
            d.sort = None
    elif len(d.measures) >= 2 and asked in (None, "point"):
        d.mark = "point"
    elif asked in ("arc",) and len(d.dims) == 1 and parts_of_a_whole(d):
        d.mark = "arc"
    elif asked in ("line", "area", "bar", "point", "heatmap", "table", "box"):
        d.mark = asked
    elif (
        d.r.top is None
        and not d.having  # "years with more than 195 deaths": some years, not a series
        and d.r.unit != "decade"  # ten years a bar
        and not clause_kept_axis(d)  # "in years whose SOI fell below -15": some years
        and not few_periods(d.dims[0], d.r.unit)  # 2017 and 2018 alone: two bars
        and not kept_periods(d)  # "number of days with at least 100 deaths, per year"
        and (
            _is_time(d.dims[0], d.r.unit)
            or own_dates(d)
            or (d.r.over_time and _ordered(d.dims[0]))
            or elapsed(d.dims[0].column)  # "tests per pandemic day": along the days
        )
    ):
        d.mark = "line"
    elif line_per_series(d):
        d.mark = "line"  # "by month of the year, one line per city"
    else:
        d.mark = "bar"
    if d.mark in ("bar", "area") and len(d.dims) >= 2:
        agg = d.measures[0].agg if d.measures else None
        d.stack = d.r.stack or (
            "grouped"
            if agg in NON_ADDITIVE or (d.mark == "bar" and agg in NON_ADDITIVE)
            else "zero"
        )
        if agg in NON_ADDITIVE:
            d.stack = "grouped"  # averages side by side: a stack would show their sum
    if d.mark in ("line", "bar", "area") and d.dims:
        del d.measures[1:]  # one number is drawn along the groups: no other is read unseen
    _order(d)


def _one_number_scatter(d: Draft) -> None:
    """A scatter asked of one number and no grouping: ``AISER-PLAN-NO-MEASURE``."""
    m = d.measures[0] if d.measures else None
    found = m.column.name if m is not None and m.column is not None else "a count"
    msg = f"A scatter chart needs two numeric columns (or one and a grouping); found only {found}"
    raise error("AISER-PLAN-NO-MEASURE", msg)


def _order(d: Draft) -> None:
    r = d.r
    if d.mark in ("kpi", "histogram") or not d.dims:
        return
    if r.top is not None:
        d.limit = r.top
        d.sort = "y" if r.descending is False else "-y"
        return
    channel = r.sort_channel or _target_channel(d) or ("x" if r.bare_sort else None)
    if r.sort_words is not None or r.descending is not None:
        if channel == "x":
            d.sort = "-x" if r.descending else "x"
        elif d.mark in ("line", "area") and r.sort_channel is None:
            return
        else:
            d.sort = "-y" if r.descending or r.descending is None else "y"


def _target_channel(d: Draft) -> str | None:
    """ "list by the Name in descending": the sorted words name the x or the y."""
    words = set(d.q.texts(*d.r.sort_words)) if d.r.sort_words is not None else set()
    if words & {"number", "count", "total", "amount", "average", "sum", "how", "many", "mean"}:
        return "y"  # "by the number of location": the counts
    for m in d.sort_targets:
        cols = {id(c.column) for c in m.cands if c.column is not None}
        if d.dims and id(d.dims[0].column) in cols:
            return "x"
        if any(x.column is not None and id(x.column) in cols for x in d.measures):
            return "y"
        if d.dims and m.kind == "table" and m.table is d.dims[0].table:
            return "x"
    if words & {
        "name",
        "names",
        "alphabetic",
        "alphabetical",
        "alphabetically",
        "date",
        "dates",
        "year",
        "years",
    }:
        return "x"
    return None


def build(d: Draft) -> ChartPlan:
    """The plan: base SQL (joins, aliases, WHERE, HAVING as a subquery) and the chart spec."""
    fact, joins, roles = plan_tables(d)
    outer = outer_joins(d, fact.name, joins, roles)
    query = plan_from(fact, joins, d.catalog, outer)
    used: set[str] = set()
    aliases: dict[int, str] = {}

    def add(expr: exp.Expression, alias: str) -> str:
        name, n = alias, 2
        while name.lower() in used:
            name, n = f"{alias}_{n}", n + 1
        used.add(name.lower())
        query.select(
            exp.alias_(expr, exp.to_identifier(name)) if expr.alias_or_name != name else expr,
            copy=False,
        )
        return name

    group: list[exp.Expression] = []
    for dim in d.dims:
        col = roles.qualify(id(dim), column_ref(dim.table, dim.column), dim.table)
        aliases[id(dim)] = add(col, roles.alias(id(dim), dim.alias))
        group.append(col.copy())
    for m in d.measures:
        if m.per is not None:
            # "average order value": each order's total first, then their average
            key = _key_of(m.per)
            add(exp.column(key.name, table=m.per.name), key.name)
            group.append(exp.column(key.name, table=m.per.name))
            aliases[id(m)] = add(per_total(m), m.alias)
        elif m.column is not None or grouped_base(d):  # a ratio metric: the base groups
            col = roles.qualify(id(m), base_measure(d, m), m.table)
            aliases[id(m)] = add(col, roles.alias(id(m), m.alias))
    fan = fan_out(d, fact, joins)
    if fan is not None and fan.key:  # a join repeats the measured rows
        for key in fan.key:
            add(exp.column(key.name, table=fan.table.name), key.name)
        query = query.distinct()
    elif d.once_per is not None:  # "average age of the patients": each patient once
        table, key = d.once_per
        add(exp.column(key.name, table=table.name), key.name)
        query = query.distinct()
    conditions = [roles.qualify(id(cond), cond, t) for t, cond in d.where]
    # a group with no value is no category: left out, and said in the notes
    # … and so is a point with no x or no y (a scatter of raw values): nothing to place
    missing = [
        (dim.table, dim.column)
        for dim in d.dims
        if (dim.column.nulls or 0) > 0 and dim.column.semantic != "temporal" and not dim.unit
    ] + [
        (m.table, m.column)
        for m in d.measures
        if m.agg is None and m.column is not None and (m.column.nulls or 0) > 0
    ]
    for table, column in missing:
        conditions.append(
            exp.Not(this=exp.Is(this=column_ref(table, column), expression=exp.Null()))
        )
    if d.having and d.dims:
        conditions.append(_having(d, fact, joins, roles))
    if conditions:
        query = query.where(exp.and_(*conditions))
    if any(m.per is not None for m in d.measures) or (group and grouped_base(d)):
        query = query.group_by(*group)
    if not query.selects:
        query.select(exp.Star(), copy=False)
    sql = quote_names(query, d.dialect).sql(dialect=d.dialect, pretty=True)
    spec = _spec(d, aliases)
    notes = [
        f"{m.agg or 'value'} of {m.column.name if m.column else 'rows of ' + m.table.name}"
        for m in d.measures
    ]
    notes += entity_notes(d)
    notes += d.notes  # choices steps made and say (the role a value was read in)
    notes += [f"rows with no {column.name} are left out" for _, column in missing]
    dropped = {table.name.lower() for table, _ in missing}
    notes += join_notes(joins, roles) + unmatched_notes(joins, outer, dropped)
    notes += [fan.note] if fan is not None else []
    return ChartPlan(sql=sql, chart=spec, provenance=provenance(d, notes))


def _key_of(table: Table) -> Column:
    """The column that tells one row of ``table`` from another (its key)."""
    if (key := primary_column(table)) is not None:
        return key
    return next((c for c in table.columns if c.semantic == "key"), table.columns[0])


def _having(d: Draft, fact: Table, joins: list[Step], roles: Roles) -> exp.Expression:
    """Groups whose aggregate passes: ``x IN (SELECT x … GROUP BY x HAVING agg op v)``."""
    key = having_key(d)  # "by year and field, only fields with at least 5": the fields
    col = roles.qualify(id(key), column_ref(key.table, key.column), key.table)
    if key.unit is not None:  # "years where the average volume was above 3 billion": per year
        col = time_unit_sql(key.unit, col, d.dialect)
    sub = plan_from(fact, joins, d.catalog).select(col.copy())
    where = [roles.qualify(id(cond), cond, t) for t, cond in d.where]
    if where:
        sub = sub.where(exp.and_(*where))
    sub = sub.group_by(col.copy())
    terms = []
    ops = {">": exp.GT, "<": exp.LT, ">=": exp.GTE, "<=": exp.LTE, "=": exp.EQ}
    for h in d.having:
        m = h.measure
        target = column_ref(m.table, m.column) if m.column is not None else exp.Star()
        agg: exp.Expression
        if m.agg == "custom":
            agg = target  # the metric aggregates itself
        elif m.agg in ("count", None):
            agg = exp.Count(this=target)
        elif m.agg == "distinct":
            agg = exp.Count(this=exp.Distinct(expressions=[target]))
        else:
            agg = {
                "sum": exp.Sum,
                "mean": exp.Avg,
                "min": exp.Min,
                "max": exp.Max,
                "median": exp.Median,
            }[m.agg](this=target)
        terms.append(ops[h.op](this=agg, expression=exp.convert(h.value)))
    sub = sub.having(exp.and_(*terms))
    return exp.In(this=col.copy(), query=sub.subquery())


def _spec(d: Draft, aliases: dict[int, str]) -> ChartSpec:
    mark = d.mark or "bar"

    def measure_def(m: Measure) -> FieldDef:
        return measure_field(d, m, aliases.get(id(m)))

    def dim_def(dim: Dim) -> FieldDef:
        bin_: bool | Bin | None = None
        if dim.binned:
            bin_ = (
                Bin(step=dim.bin_step)
                if dim.bin_step
                else Bin(maxbins=dim.bin_count)
                if dim.bin_count
                else True
            )
        return FieldDef(field=aliases[id(dim)], timeUnit=dim.unit, bin=bin_)

    enc: dict[str, FieldDef] = {}
    measures, dims = d.measures, d.dims
    if mark == "kpi":
        enc["y"] = measure_def(measures[0])
    elif mark == "point" and len(measures) >= 2:
        enc["x"], enc["y"] = measure_def(measures[0]), measure_def(measures[1])
        if dims:  # one point per group; coloured only when asked ("colored by", a group scatter)
            named = next((x for x in dims if x.color), None)
            if named is not None:
                enc["color"] = dim_def(named)
            else:
                coloured = d.r.stack is not None or d.r.grouped_points
                enc["color" if coloured else "detail"] = dim_def(dims[0])
    elif mark == "arc":
        enc["theta"] = measure_def(measures[0])
        enc["color"] = dim_def(dims[0])
    elif mark == "histogram":
        enc["x"] = dim_def(dims[0])
        enc["y"] = FieldDef(aggregate="count", title="Count")
    else:
        enc["x"], enc["y"] = dim_def(dims[0]), measure_def(measures[0])
        if len(dims) > 1:
            enc["color"] = dim_def(dims[1])
        if mark == "heatmap" and len(dims) > 1:
            enc["y"], enc["color"] = dim_def(dims[1]), measure_def(measures[0])
    if d.sort and mark == "arc":
        if d.sort in ("x", "-x"):
            enc["color"] = enc["color"].model_copy(
                update={"sort": "ascending" if d.sort == "x" else "descending"}
            )
        else:
            enc["theta"] = enc["theta"].model_copy(
                update={"sort": "ascending" if d.sort == "y" else "descending"}
            )
    elif d.sort and "x" in enc and mark not in ("kpi", "histogram", "point"):
        sort = {"x": "ascending", "-x": "descending"}.get(d.sort, d.sort)
        enc["x"] = enc["x"].model_copy(update={"sort": sort})
    return ChartSpec.model_validate(
        {"mark": mark, "encoding": Encoding(**enc), "stack": d.stack, "limit": d.limit}
    )
