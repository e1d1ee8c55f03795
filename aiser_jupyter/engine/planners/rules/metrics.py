"""Steps for the semantic layer's metrics: a metric the question names is the chart's
measure — its expression, its aggregate (or the one the question asks for: "average
revenue"), its filter — and a comparison on it keeps the groups that pass ("regions with
revenue above 1 million")."""

from __future__ import annotations

from ...catalog.model import Column
from ...plan import Provenance
from .axis_marks import both_marked, scatter_listed
from .derived import DerivedColumn, metric_column
from .draft import Draft, Having, Measure

__all__ = [
    "axis_title",
    "metric_compares",
    "metric_filters",
    "metric_having",
    "metric_pairs",
    "provenance",
    "semantic_measures",
    "terms_in",
]

_AGG_WORDS = {
    "sum": "Total",
    "mean": "Average",
    "median": "Median",
    "min": "Minimum",
    "max": "Maximum",
    "count": "Count",
    "distinct": "Count",
}


def semantic_measures(d: Draft) -> None:
    """The metrics the question names (:func:`~.terms.find_terms` took their words) measure."""
    for hit in d.terms:
        if hit.kind != "metric" or not hit.taken or hit.metric is None:
            continue
        found = metric_column(hit.metric, d.catalog)
        if found is None:
            continue
        table, column = found
        agg = "custom" if hit.metric.aggregate == "custom" else hit.agg or hit.metric.aggregate
        # the file says how the metric aggregates: as explicit as a word of the question
        d.measures.append(Measure(agg, table, column, name=hit.metric.name, explicit=True))


def metric_pairs(d: Draft) -> None:
    """ "revenue vs discount", a scatter of a metric: two numbers, one point per row when
    nothing groups them (as for columns), and a column named beside a metric is the other."""
    wants_two = d.r.mark == "point" or bool(d.r.versus) or both_marked(d)
    metrics = [m for m in d.measures if isinstance(m.column, DerivedColumn)]
    if not wants_two or not metrics:
        return
    if len(d.measures) == 1:
        from .measure import default_measure

        kept, d.measures = d.measures, []
        default_measure(d)  # the column named beside the metric ("vs discount")
        found, d.measures = d.measures[:1], kept
        if not found:
            return
        first, other = kept[0], found[0]
        if first.explicit and isinstance(other.column, DerivedColumn) and not other.explicit:
            other.agg = first.agg  # "average premium, US vs Western Europe": both averaged
        d.measures.append(other)
    if len(d.measures) == 2 and d.r.versus and not d.versus_ordered:
        if not scatter_listed(d):
            d.measures.reverse()  # "A vs B": B along x, A up the y axis
        for lo, hi in d.r.versus:
            d.q.claim(lo, hi, "versus")
    if d.dims and not all(x.color for x in d.dims):
        return
    said = {id(h.metric) for h in d.terms if h.taken and h.agg is not None}
    for m in d.measures:
        if m.agg in ("sum", "mean", "median", "min", "max") and (
            not isinstance(m.column, DerivedColumn) or id(_metric_of(d, m.column)) not in said
        ):
            m.agg = None  # one point per row: its value, not one total


def _metric_of(d: Draft, column: DerivedColumn) -> object:
    semantic = d.catalog.semantic
    return semantic.metric(column.term) if semantic is not None else None


def metric_compares(d: Draft) -> None:
    """ "nations with revenue above 1 million": a comparison right beside the metric that is
    measured keeps the groups whose total passes (kept for :func:`metric_having`)."""
    for cmp in list(d.r.compares):
        for hit in d.terms:
            if hit.kind != "metric" or not hit.taken:
                continue
            near = 0 <= cmp.lo - hit.hi <= 2 or 0 <= hit.lo - cmp.hi <= 1
            measure = next(
                (
                    m
                    for m in d.measures
                    if isinstance(m.column, DerivedColumn) and m.column.term == _name(hit)
                ),
                None,
            )
            if near and measure is not None:
                d.metric_pending.append((cmp, measure))
                d.r.compares.remove(cmp)
                break


def _name(hit: object) -> str | None:
    metric = getattr(hit, "metric", None)
    return metric.name if metric is not None else None


def metric_having(d: Draft) -> None:
    """The comparisons on a metric, once the groups are known (no groups: left unused, so the
    number is not accounted for and the plan is refused)."""
    for cmp, measure in d.metric_pending:
        if not d.dims:
            continue
        value = int(cmp.value) if float(cmp.value).is_integer() else cmp.value
        d.having.append(Having(measure, cmp.op, value))


def metric_filters(d: Draft) -> None:
    """A metric's filter: the WHERE when the metric is all the chart aggregates of its table,
    else inside its expression (``CASE WHEN filter THEN expr END``) so other measures keep
    their rows."""
    measures = [*d.measures, *(h.measure for h in d.having)]
    used = [m.column for m in measures]
    for m in measures:
        column = m.column
        if not isinstance(column, DerivedColumn):
            continue
        condition = column.condition()
        if condition is None:
            continue
        # … or every other measure is of another table: their rows meet this one's
        # through a join, which the filter keeps to one row each ("population vs GDP per capita")
        if all(c is column or x.table is not m.table for x, c in zip(measures, used, strict=True)):
            d.where.append((m.table, condition))
            column.settle_filter(in_where=True)
        else:
            column.settle_filter(in_where=False)


def provenance(d: Draft, notes: list[str]) -> Provenance:
    """The rule planner's provenance; ``semantic`` naming the metrics and dimensions the plan
    is built from, when it is built from any."""
    terms = terms_in(d)
    kind = "semantic" if terms else None
    return Provenance(planner="rules", notes=notes, kind=kind, semantic=terms)


def terms_in(d: Draft) -> list[str]:
    """The semantic layer's terms the draft's measures, groupings and conditions use."""
    columns: list[Column] = [m.column for m in d.measures if m.column is not None]
    columns += [x.column for x in d.dims]
    columns += [h.measure.column for h in d.having if h.measure.column is not None]
    columns += d.semantic_where
    names: list[str] = []
    for c in columns:
        # an expression the question spelled ("high - low") is no term of the semantic layer
        term = isinstance(c, DerivedColumn) and c.kind != "expression"
        name = c.term if term and isinstance(c, DerivedColumn) else None
        if id(c) in d.dim_paths:
            name = d.dim_paths[id(c)][0].name  # a dimension that is a column of its table
        if name is not None and name not in names:
            names.append(name)
    return names


def axis_title(m: Measure) -> str | None:
    """The measure's axis title when it is a metric: its name (and the aggregate the question
    asked for, when that is not the metric's own), with its unit: "Revenue (USD)"."""
    column = m.column
    if not isinstance(column, DerivedColumn) or column.kind != "metric":
        return None
    name = column.term.replace("_", " ")
    title = name[:1].upper() + name[1:]
    if m.agg is not None and m.agg != column.aggregate:
        title = f"{_AGG_WORDS.get(m.agg, m.agg)} {name}"
    return f"{title} ({column.unit})" if column.unit else title
