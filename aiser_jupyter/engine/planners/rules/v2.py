"""Rule planner v2: questions that name their columns, in any order, over any schema.

question → :func:`.reading.read` (chart, sort, bins, colour, axes) → schema
mentions (the :class:`~.lexicon.Linker` over every word, one table or column per
span, literal values as filters) → roles: the grouped x, the measured y (an
aggregate word before a mention, "number of <table>", bare "count them") and
the colour → one base SELECT joined along keys (:meth:`RulesPlanner._sql`) and
a chart spec with the asked sort. Raises ``AISER-PLAN-*`` when no x or y is found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ....errors import error
from ...catalog.model import Catalog, Column, Table
from ...plan import ChartPlan, ChartSpec, Encoding, FieldDef, Provenance
from ..lexicon import lemma, question_words
from .conditions import Mention, in_span, like_filters, numeric_equals
from .conditions import comparisons as _comparisons
from .conditions import flag_filters as _flag_filters
from .conditions import literal_column as _literal_column
from .conditions import vs_average as _vs_average
from .mentions import (
    aggs_before as _aggs_before,
)
from .mentions import (
    dimension as _dimension,
)
from .mentions import (
    mentions as _mentions,
)
from .reading import Reading, read
from .schema_words import chart_title

if TYPE_CHECKING:
    from .planner import Draft, Measure, RulesPlanner

__all__ = ["plan_v2"]

#: a numeric column with at most this many values can be an axis of categories
CATEGORIES = 50


def plan_v2(
    planner: RulesPlanner,
    question: str,
    catalog: Catalog,
    context: Any,
    *,
    defer_time: bool = True,
) -> ChartPlan:
    """Plan ``question``, or raise ``AISER-PLAN-*``; ``details["deferred"]`` is set when the
    question is one the v1 rules read better (``"time"`` when v2 would ignore an asked time
    axis: with ``defer_time=False`` it answers anyway)."""
    from .intent import read_intent
    from .planner import ENTITY_VALUE, Dim, Draft, Measure

    intent = read_intent(question)
    from .schema_words import table_named as _table_named

    entity = ENTITY_VALUE.search(intent.text)
    per_entity = (
        entity is not None
        and entity[2] in ("value", "size", "spend", "spending")
        and _table_named(catalog, entity[1]) is not None
    )
    relative = intent.time_filter is not None and intent.time_filter.relative is not None
    periodic = intent.time_unit in (
        "yearmonth",
        "yearquarter",
        "yearweek",
        "hour",
    ) and not re.search(r"\b(bin|chart|graph|plot|axis)\b", intent.text)
    if per_entity or relative or periodic:
        # per-entity values ("average order value") and time windows: the v1 reading handles them
        raise error("AISER-PLAN-UNDERSTOOD", "deferred to the v1 rules", deferred="v1")
    r = read(question)
    if r.mark is None and intent.mark == "point":
        r.mark = "point"  # "amount vs quantity": two numbers against each other
    linker = planner.linker(catalog)
    mentions, values = _mentions(r, linker, catalog)
    if (
        defer_time
        and (intent.time_unit or intent.over_time)
        and r.bin_unit is None
        and not any(m.column is not None and m.column.semantic == "temporal" for m in mentions)
    ):
        # "daily quantity", "amount over time": time asked for but no date column named
        raise error("AISER-PLAN-UNDERSTOOD", "deferred to the v1 rules", deferred="time")
    draft = Draft(words=question_words(question))
    draft.filters = values
    for literal in r.literals:
        hit = _literal_column(catalog, literal)
        if hit is not None and not any(c is hit[1] for _, c, _ in draft.filters):
            draft.filters.append(hit)
    filter_tables = {id(t) for t, _, _ in draft.filters}
    _comparisons(r, mentions, draft)
    compared = {id(c) for t, c in getattr(draft, "_compared", [])}
    dropped = (
        _vs_average(r, mentions, draft)
        + like_filters(r, mentions, draft)
        + numeric_equals(r, [m for m in mentions if id(m.column) not in compared], draft)
    )
    content = [
        m
        for m in mentions
        if not (m.column is not None and id(m.column) in compared) and m not in dropped
    ]
    content = [
        m
        for m in content
        if not (
            m.column is None and id(m.table) in filter_tables and m.agg is None and not m.group_cue
        )
    ]
    content = _flag_filters(r, content, draft)
    color_m = next((m for m in content if in_span(r.color_words, m)), None)
    rest = [m for m in content if m is not color_m]
    quants = [
        m
        for m in rest
        if m.column is not None and m.column.semantic == "quantitative" and not m.group_cue
    ]
    if (
        r.mark == "point"
        and not any(m.agg for m in rest)
        and len(quants) >= 2
        and any(
            m.group_cue
            and _dimension(m)
            and (m.column is None or m.column.semantic != "quantitative")
            for m in rest
        )
    ):
        from .schema_words import default_aggregate as _default_aggregate

        for m in quants[:2]:  # "revenue vs quantity by product": one point per product
            assert m.column is not None
            m.agg = _default_aggregate(m.column)
        return _scatter(planner, question, r, catalog, context, draft, quants[:2], rest, color_m)
    if (
        r.mark == "point"
        and not any(m.agg for m in rest)
        and len(quants) >= 2
        and r.color_words is None
    ):
        draft.dims = []
        draft.measures = [Measure(None, m.table, m.column) for m in quants[:2]]
        sql, aliases = planner._sql(draft, catalog, quants[0].table, context.dialect)
        points = {
            "x": FieldDef(field=aliases[id(draft.measures[0])]),
            "y": FieldDef(field=aliases[id(draft.measures[1])]),
        }
        spec = ChartSpec(mark="point", encoding=Encoding(**points), title=chart_title(question))
        return ChartPlan(
            sql=sql, chart=spec, provenance=Provenance(planner="rules", notes=["rules v2"])
        )
    x_m = next((m for m in rest if in_span(r.x_words, m)), None) or next(
        (m for m in rest if in_span(r.bin_words, m)), None
    )
    if x_m is None and r.bin_unit:
        x_m = next(
            (m for m in rest if m.column is not None and m.column.semantic == "temporal"), None
        )
    if x_m is None and r.over_words and r.mark in ("line", "point", None):
        x_m = next((m for m in rest if in_span(r.over_words, m)), None)
    y_m = next((m for m in rest if in_span(r.y_words, m) and m is not x_m), None)
    aggs = [m for m in rest if m.agg and m is not x_m]
    if r.mark == "point" and len(aggs) == 1 and x_m is None and aggs[0].column is not None:
        both = _aggs_before(
            r, aggs[0].start
        )  # "maximum and average gpa": two measures of one column
        if len(both) >= 2:
            first = aggs[0]
            aggs = [
                Mention(first.start, first.end, first.table, first.column, first.score, agg=a)
                for a in both[:2]
            ]
    if r.mark == "point" and len(aggs) >= 2 and x_m is None:
        return _scatter(planner, question, r, catalog, context, draft, aggs, rest, color_m)
    if x_m is None:
        # "the number of the makers of engines", "count the job title": count per value
        counted = [
            m
            for m in rest
            if m.agg == "count"
            and m is not y_m
            and m.column is not None
            and m.column.semantic in ("nominal", "geo", "temporal")
            and not m.column.primary_key
            and not _mostly_unique(m.table, m.column)
        ]
        if counted and not any(m.group_cue for m in rest if m is not counted[0]):
            x_m = counted[0]
            x_m.agg = None
    if x_m is None:
        grouped = [
            m for m in rest if m.group_cue and (not m.agg or m.agg == "count") and m is not y_m
        ]
        plain = [m for m in rest if not m.agg and m is not y_m]
        x_m = next(iter(grouped or plain), None)
        if (
            x_m is not None
            and x_m.column is not None
            and x_m.column.semantic == "quantitative"
            and not x_m.agg
            and (
                other := next(
                    (
                        m
                        for m in plain
                        if m is not x_m
                        and _dimension(m)
                        and (m.column is None or m.column.semantic in ("nominal", "geo"))
                    ),
                    None,
                )
            )
            is not None
        ):
            x_m = other  # "top 10 products by quantity sold": the grouping is the entity, the number the measure
            x_m.group_cue = True
        if x_m is not None and x_m.agg == "count" and x_m.group_cue:
            x_m.agg = None
    if x_m is None:
        raise planner._not_understood(
            question, catalog, [f"{c.name} = {v!r}" for _, c, v in draft.filters]
        )
    xd = _dimension(x_m)
    if xd is None:
        raise planner._not_understood(question, catalog, [])
    if color_m is None and x_m.group_cue and (second := _and_grouping(r, x_m, rest)) is not None:
        color_m = second  # "quantity by region and category": the second grouping is the colour
        rest = [m for m in rest if m is not second]
    measure: Measure | None = None
    y_cands = [y_m] if y_m else [m for m in rest if m is not x_m and m.agg] or []
    explicit = bool(y_cands and y_cands[0].agg)  #: the question says how to aggregate
    implicit_count = False  #: nothing to measure was named: rows are counted
    if y_cands:
        y_m = y_cands[0]
        agg = y_m.agg
        if (
            agg == "count"
            and y_m.column is not None
            and y_m.column.semantic in ("nominal", "geo")
            and {"distinct", "unique"}
            & {w.text for w in r.words[max(0, y_m.start - 2) : y_m.start]}
        ):
            measure = Measure("distinct", y_m.table, y_m.column)  # "how many distinct products"
        elif (
            y_m.column is None
            or agg == "count"
            or (y_m.column.semantic != "quantitative" and agg in ("sum", "mean"))
        ):
            measure = Measure("count", y_m.table, None)
        else:
            measure = Measure(agg, y_m.table, y_m.column)
    elif r.count_words or re.search(
        r"\b(number|count|how many|frequency|amount)\b", _unmentioned(r, mentions)
    ):
        measure = Measure("count", xd[0], None)
    else:
        raws = [m for m in rest if m is not x_m and m.column is not None and not m.same(x_m)]
        quant = [m for m in raws if m.column is not None and m.column.semantic == "quantitative"]
        pick = next(iter(quant or raws), None)
        if pick is None:
            measure = Measure("count", xd[0], None)
            implicit_count = True
        else:
            assert pick.column is not None
            agg = None
            if x_m.group_cue and pick.column.semantic == "quantitative" and not r.x_words:
                from .schema_words import default_aggregate as _default_aggregate

                agg = _default_aggregate(pick.column)  # "revenue by region": summed per region
            measure = Measure(agg, pick.table, pick.column)
    x_unit = r.bin_unit if xd[1].semantic == "temporal" or r.bin_words else None
    if (
        x_unit is None
        and xd[1].semantic == "temporal"
        and measure.aggregate is not None
        and r.mark != "line"
    ):
        x_unit = None
    draft.dims = [Dim(xd[0], xd[1], _dim_alias(xd[0], xd[1]), time_unit=x_unit)]
    if color_m is not None and (cd := _dimension(color_m)) is not None and cd[1] is not xd[1]:
        draft.dims.append(Dim(cd[0], cd[1], _dim_alias(cd[0], cd[1])))
    draft.measures = [measure]
    fact = measure.table
    used = {id(d.table) for d in draft.dims} | {id(fact)}
    for m in mentions:  # "names of patients who made an appointment": keep rows that have one
        if m.column is None and m.score >= 0.9 and id(m.table) not in used and not m.agg:
            draft.joined.append(m.table)
            used.add(id(m.table))
    sql, aliases = planner._sql(draft, catalog, fact, context.dialect)
    mark = (
        context.mark
        or r.mark
        or ("line" if x_unit in ("year", "day") and measure.aggregate else "bar")
    )
    binned = False
    if (
        x_unit is None
        and len(draft.dims) == 1
        and _continuous(xd[1])
        and mark in ("bar", "point", "line")
    ):
        asked = context.mark or r.mark
        if measure.column is not None and not explicit and asked in (None, "point"):
            measure.aggregate, mark = None, "point"  # "quantity by amount": one point per row
        elif implicit_count and mark == "line" and defer_time:
            # "trend of amount": a line of one number runs along time, not along its values
            raise error("AISER-PLAN-UNDERSTOOD", "deferred to the v1 rules", deferred="time")
        elif implicit_count and mark == "point":
            msg = f"A scatter chart needs two numeric columns; the question names only {xd[1].name}"
            raise error("AISER-PLAN-NO-MEASURE", msg)
        elif mark == "bar":  # "histogram of amount", "average quantity by amount": bins of x
            binned, mark = True, ("histogram" if measure.column is None else mark)
    enc: dict[str, FieldDef] = {}
    xfd = FieldDef(field=aliases[id(draft.dims[0])], timeUnit=x_unit, bin=True if binned else None)
    if measure.column is None:
        yfd = FieldDef(aggregate="count", title="Count")
    else:
        yfd = FieldDef(field=aliases[id(measure)], aggregate=measure.aggregate)
    channel = r.sort_channel or _sort_channel(r, x_m, y_m)
    if mark == "arc":
        enc["color"], enc["theta"] = xfd, yfd
        if r.sort_order:
            key = "color" if channel == "x" else "theta"
            enc[key] = enc[key].model_copy(update={"sort": r.sort_order})
    else:
        if r.sort_order:
            xfd = xfd.model_copy(
                update={
                    "sort": r.sort_order
                    if channel == "x"
                    else ("-y" if r.sort_order == "descending" else "y")
                }
            )
        enc["x"], enc["y"] = xfd, yfd
        if len(draft.dims) > 1:
            enc["color"] = FieldDef(field=aliases[id(draft.dims[1])])
    spec = ChartSpec(
        mark=mark,
        encoding=Encoding(**enc),
        stack="zero" if r.stack and len(draft.dims) > 1 else None,
    )
    if intent.top and measure.aggregate:
        spec.limit = intent.top
        if not r.sort_order and mark != "arc":
            enc["x"] = enc["x"].model_copy(update={"sort": "-y" if intent.descending else "y"})
            spec.encoding = Encoding(**enc)
    spec.title = chart_title(question)
    return ChartPlan(
        sql=sql, chart=spec, provenance=Provenance(planner="rules", notes=["rules v2"])
    )


def _and_grouping(r: Reading, x_m: Mention, rest: list[Mention]) -> Mention | None:
    """The mention right after "<x> and", when it is a category too ("by region and category")."""
    if x_m.end >= len(r.words) or r.words[x_m.end].text != "and":
        return None
    after = next((m for m in rest if m.start == x_m.end + 1), None)
    if after is None or after.agg or _dimension(after) is None:
        return None
    if after.column is not None and after.column.semantic not in ("nominal", "geo", "boolean"):
        return None
    return after


def _continuous(column: Column) -> bool:
    """A number with too many values to be a category of its own ("amount", not "year")."""
    return column.semantic == "quantitative" and (column.distinct or 0) > CATEGORIES


def _unmentioned(r: Reading, mentions: list[Mention]) -> str:
    """The question without the words that name the schema ("amount" as a column is no count)."""
    return " ".join(
        w.text for i, w in enumerate(r.words) if not any(m.start <= i < m.end for m in mentions)
    )


def _mostly_unique(table: Table, column: Column) -> bool:
    """A column whose values name single rows (counting it counts the rows)."""
    rows = table.row_count or 0
    return rows > 3 and (column.distinct or 0) >= rows


def _sort_channel(r: Reading, x_m: Mention | None, y_m: Mention | None) -> str:
    if r.sort_words is None:
        return "y"
    lo, hi = r.sort_words
    for m, channel in ((x_m, "x"), (y_m, "y")):
        if m is not None and (lo <= m.start < hi):
            return channel
    words = {w.text for w in r.words[lo:hi]}
    names = set()
    if x_m is not None and x_m.column is not None:
        names = {lemma(p) for p in re.split(r"[^a-z0-9]+", x_m.column.name.lower()) if p}
    if names & {lemma(w) for w in words} or words & {
        "name",
        "names",
        "alphabetical",
        "alphabetically",
        "date",
        "year",
    }:
        return "x"
    return "y"


def _scatter(
    planner: RulesPlanner,
    question: str,
    r: Reading,
    catalog: Catalog,
    context: Any,
    draft: Draft,
    aggs: list[Mention],
    rest: list[Mention],
    color_m: Mention | None,
) -> ChartPlan:
    from .planner import Dim, Measure

    a, b = aggs[0], aggs[1]
    if a.column is None or b.column is None:
        raise error(
            "AISER-PLAN-NO-MEASURE", "A scatter chart of aggregates needs two numeric columns"
        )
    group = color_m or next((m for m in rest if m.group_cue and m is not a and m is not b), None)
    if group is None or (gd := _dimension(group)) is None:
        raise error("AISER-PLAN-NO-DIMENSION", "Say what each point is ('for each department')")
    if (
        color_m is None and group.column is None
    ):  # group by the referring key when the join would drop rows
        key = next(
            (
                j
                for j in catalog.joins
                if j.table.lower() == a.table.name.lower()
                and j.ref_table.lower() == group.table.name.lower()
            ),
            None,
        )
        column = a.table.column(key.column) if key is not None else None
        if column is not None and (column.distinct or 0) > (group.table.row_count or 0):
            gd = (
                a.table,
                column,
            )  # the key has values the group table lacks: joining would lose points
    draft.measures = [Measure(a.agg, a.table, a.column), Measure(b.agg, b.table, b.column)]
    draft.dims = [Dim(gd[0], gd[1], _dim_alias(gd[0], gd[1]))]
    sql, aliases = planner._sql(draft, catalog, draft.measures[0].table, context.dialect)
    enc = {
        "x": FieldDef(field=aliases[id(draft.measures[0])], aggregate=a.agg),
        "y": FieldDef(field=aliases[id(draft.measures[1])], aggregate=b.agg),
        ("color" if color_m is not None else "detail"): FieldDef(field=aliases[id(draft.dims[0])]),
    }
    spec = ChartSpec(mark="point", encoding=Encoding(**enc), title=chart_title(question))
    return ChartPlan(
        sql=sql, chart=spec, provenance=Provenance(planner="rules", notes=["rules v2"])
    )


def _dim_alias(table: Table, column: Column) -> str:
    """``regions.name`` reads as "region" on an axis; other columns keep their name."""
    from ..lexicon import split_name
    from .schema_words import LABEL_NAMES
    from .schema_words import singular as _singular

    words = split_name(column.name)
    return (
        _singular(table.name)
        if words and words[-1] in LABEL_NAMES and len(words) == 1
        else column.name
    )
