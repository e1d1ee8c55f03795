"""A metric that aggregates itself (``SUM(volume) / NULLIF(SUM(sales), 0)``, a ratio of
totals): its value for a group is the expression over the group's rows, so the plan's base
query groups the rows itself and the chart draws the values as they are — never an average
of per-row ratios, nor a total of a ratio."""

from __future__ import annotations

from sqlglot import exp

from ....errors import error
from ...plan import FieldDef
from .draft import Draft, Measure, column_ref
from .entities import entity_title
from .metrics import axis_title

__all__ = ["base_measure", "grouped_base", "measure_field", "no_histogram_per_thing", "per_total"]

_AGGS: dict[str, type[exp.Func]] = {
    "sum": exp.Sum,
    "mean": exp.Avg,
    "min": exp.Min,
    "max": exp.Max,
    "median": exp.Median,
}


def grouped_base(d: Draft) -> bool:
    """Whether the base query groups its rows itself: a measure is a metric that aggregates
    itself. An axis binned or cut to a time unit by the chart cannot be grouped before it:
    refused rather than drawn as a ratio of the wrong rows."""
    if not any(m.agg == "custom" for m in d.measures):
        return False
    for dim in d.dims:
        if dim.binned or dim.unit:
            name = next(m.alias for m in d.measures if m.agg == "custom")
            msg = (
                f"{name} is a ratio of totals over each group; grouped by {dim.column.name} "
                f"{'in bins' if dim.binned else 'by ' + str(dim.unit)} it cannot be computed here"
            )
            raise error("AISER-PLAN-UNSURE", msg)
    return True


def base_measure(d: Draft, m: Measure) -> exp.Expression:
    """The measure's expression in the base query: its column — or, when the base groups its
    rows (:func:`grouped_base`), its aggregate over them (a count: ``COUNT(*)``)."""
    if m.column is None:
        return exp.Count(this=exp.Star())
    ref = column_ref(m.table, m.column)
    if m.agg == "custom" or not grouped_base(d):
        return ref
    if m.agg == "distinct":
        return exp.Count(this=exp.Distinct(expressions=[ref]))
    if m.agg == "count":
        return exp.Count(this=ref)
    return _AGGS.get(m.agg or "", exp.Sum)(this=ref)


def no_histogram_per_thing(m: Measure) -> None:
    """Refuse a histogram of each thing's total ("histogram of order value"): binning the
    totals is not computed yet, and binning the rows' own numbers answers another question."""
    if m.per is not None and m.column is not None:
        raise error(
            "AISER-PLAN-UNSURE",
            f"a histogram of each {m.per.name} row's total {m.column.name} is not computed "
            f"yet; ask for the average, or a histogram of {m.column.name} per {m.table.name} row",
            understood=f"the distribution of {m.column.name} per {m.per.name}",
        )


def per_total(m: Measure) -> exp.Expression:
    """Each thing's own figure before the average over things: the sum of its rows' number
    ("average order value"), or how many rows it has ("orders per customer")."""
    if m.column is None:
        return exp.Count(this=exp.Star())
    return exp.Sum(this=column_ref(m.table, m.column))


def measure_field(d: Draft, m: Measure, alias: str | None) -> FieldDef:
    """The chart's channel for the measure (``alias``: its column in the base query, None
    for a count of rows): no aggregate when the base query grouped its rows; a metric's
    name and unit as the title, its format for the numbers."""
    if alias is None:
        return FieldDef(aggregate="count", title="Count")
    title = axis_title(m) or entity_title(m) or (None if m.column is not None else "Count")
    agg = None if grouped_base(d) else m.agg
    fmt = getattr(m.column, "format", None)  # a metric's own d3-format
    return FieldDef(field=alias, aggregate=agg, title=title, format=fmt)
