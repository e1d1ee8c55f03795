"""The offline, deterministic rule-based planner: one reading, then small steps.

question → :class:`~.question.Question` (words) → :func:`~.reader.read` (instructions,
claiming their words) → :func:`~.link.link` (tables, columns, values over the free
words) → steps over a :class:`~.draft.Draft`: aggregates bound to what they govern,
measures, groupings, the time axis, conditions (values, time ranges, comparisons on
rows and on groups), default measures, the subject of a "which …" question, the form
(mark, series, sort, top-N, bins) → one base SELECT and a chart spec. Every word is
then accounted for against the plan (:mod:`..honesty`): what no step used and would
change the answer is refused, not drawn.
"""

from __future__ import annotations

from collections.abc import Callable

from ....errors import AiserError, error
from ...catalog.model import Catalog
from ...plan import ChartPlan
from ..base import PlanContext
from ..honesty import check_plan
from .build import build, form
from .conditions import comparisons, equals, having, likes
from .draft import Draft, calendar_part
from .flags import flags
from .groups import axes, groups, subject, time_axis
from .link import link
from .measure import bind_aggregates, compared_measure, default_measure, measure, per_entity
from .question import Question
from .ranges import time_ranges
from .reader import read
from .values import values

__all__ = ["RulesPlanner", "draft"]

Step = Callable[[Draft], None]


def _measures(d: Draft) -> None:
    measure(d, bind_aggregates(d))


def _fact(d: Draft) -> None:
    """The table whose rows are measured; with nothing measured, rows of the grouped table count."""
    from .draft import Measure
    from .measure import _main_table

    if not d.measures and d.dims:
        table = d.dims[0].table if len(d.catalog.tables) == 1 else _main_table(d)
        d.measures.append(Measure("count", table, None))
    elif d.counted_rows and d.measures and d.measures[0].column is None:
        # the groups now known: "number of captures by taxa" counts the fact table's rows;
        # "the total number across denomination" counts the rows the grouping lives in
        named = {
            id(c.table)
            for m in d.mentions
            for c in m.cands[:1]
            if c.kind in ("table", "column", "value")
        }
        wide = d.counted_noun or not d.dims or len(named) > 1
        d.measures[0].table = _main_table(d) if wide else d.dims[0].table
    _rows_of_referrer(d)
    if d.measures:
        d.fact = d.measures[0].table
    _related(d)
    d.dims.sort(key=lambda x: x.color)  # a dimension named as the colour goes after the x


def _rows_of_referrer(d: Draft) -> None:
    """Rows of a table counted by that table's own key are all ones ("which plots had more than
    1900 captures"): the rows counted are those of the one table that points at it."""
    if not d.measures or d.measures[0].agg != "count" or d.measures[0].column is not None:
        return
    counted = d.measures[0].table
    own_key = any(
        x.table is counted
        and (x.column.primary_key or (counted.row_count and x.column.distinct == counted.row_count))
        for x in d.dims
    )
    from ..words import instruction_words

    said = [
        i
        for i, why in d.q.used.items()
        if why == "counted"
        and d.q.words[i].text not in instruction_words()
        and not any(m.lo <= i < m.hi for m in d.mentions)
    ]
    if not own_key or len(d.dims) != 1 or not said:
        return  # "how many course names by course name": the words count that table's rows
    referrers = {
        j.table.lower() for j in d.catalog.joins if j.ref_table.lower() == counted.name.lower()
    }
    if len(referrers) == 1:
        table = d.catalog.table(referrers.pop())
        if table is not None:
            d.measures[0].table = table


def _related(d: Draft) -> None:
    """ "patients who made an appointment": a table named but not drawn keeps the rows that
    have a match in it (an inner join)."""
    drawn = {id(t) for t in d.tables()}
    names = {t.name.lower() for t in d.tables()}
    fact = d.fact or (d.measures[0].table if d.measures else d.dims[0].table if d.dims else None)
    for m in d.free():
        if m.kind != "table" or m.best.score < 0.9 or id(m.table) in drawn or fact is None:
            continue
        path = d.catalog.join_path(fact.name, m.table.name) or []
        used = {(j.table.lower(), j.ref_table.lower()) for j in path}
        own = m.table.name.lower()
        # a second way to a table already drawn (customers' nation beside suppliers' nation):
        # which rows are meant is unclear, so the word stays unused and the plan is refused
        if any(
            j.table.lower() == own
            and j.ref_table.lower() in names
            and (own, j.ref_table.lower()) not in used
            for j in d.catalog.joins
        ):
            continue
        d.extra_tables.append(m.table)
        d.take(m, "rows that have one")
        drawn.add(id(m.table))
        names.add(own)


def _count_per_value(d: Draft) -> None:
    """ "a bar chart of the number of industry": one bar per value, each counted — a chart
    of one distinct count would be a single number."""
    from .draft import Dim, Measure

    distinct_said = any(d.q.used.get(i) != "grouping" for i in d.r.distinct)
    charted = d.r.mark in ("bar", "arc", "line", "point")
    if len(d.measures) != 1 or d.measures[0].agg != "distinct" or (distinct_said and not charted):
        return
    m = d.measures[0]
    if any(x.column is m.column for x in d.dims):
        d.measures[0] = Measure("count", m.table, None)  # "number of country grouped by country"
        return
    if d.dims:
        return
    if m.column is None or m.column.semantic not in ("nominal", "geo", "boolean", "temporal"):
        return
    if d.r.mark is None and d.r.sort_words is None and d.r.x_words is None:
        return
    d.dims.append(Dim(m.table, m.column))
    d.measures[0] = Measure("count", m.table, None)


#: the steps, in order; each reads and fills the draft
def _sort_targets(d: Draft) -> None:
    """Names inside "sorted by …": what is sorted, not something more to draw."""
    span = d.r.sort_words
    if span is None:
        return
    for m in d.free():
        if span[0] <= m.lo < span[1]:
            d.sort_targets.append(m)
            d.take(m, "sort target")


STEPS: tuple[Step, ...] = (
    _sort_targets,
    per_entity,
    _measures,
    axes,
    groups,
    time_axis,
    values,
    time_ranges,
    comparisons,
    equals,
    likes,
    flags,
    default_measure,
    _count_per_value,
    subject,
    compared_measure,
    _fact,
    having,
)


def draft(question: str, catalog: Catalog, dialect: str) -> Draft:
    """Read ``question`` and run every step over a fresh draft."""
    q = Question.read(question)
    r = read(q)
    d = Draft(q=q, r=r, catalog=catalog, dialect=dialect, mentions=link(q, catalog, r))
    for step in STEPS:
        step(d)
    return d


class RulesPlanner:
    """Plans charts from questions with rules over the catalog; no network, no model."""

    name = "rules"

    def plan(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan:
        try:
            d = draft(question, catalog, context.dialect)
            if _refines(d) and (context.history or not (d.measures or d.dims)):
                d = _follow_up(question, catalog, context)
            if not d.measures and not d.dims:
                raise _not_understood(question, catalog)
            form(d)
            plan = build(d)
        except AiserError:
            raise
        except Exception as exc:  # a gap in the rules reaches the user as a plan error
            failure = _not_understood(question, catalog)
            failure.details["internal"] = f"{type(exc).__name__}: {exc}"
            raise failure from exc
        if context.mark:
            plan.chart.mark = context.mark  # type: ignore[assignment]
        return check_plan(question, plan, catalog, context.dialect)


def _refines(d: Draft) -> bool:
    """A question that changes the last answer rather than asking anew: a follow-up cue ("now",
    "only", "as a line"), or only changes (a filter, a period, a top-N, a chart type) and no
    measure or grouping of its own."""
    if d.r.followup:
        return True
    asks_anew = bool(d.measures and d.measures[0].column is not None) or bool(d.dims)
    changes = bool(
        d.where
        or d.r.ranges
        or d.r.compares
        or d.r.mark
        or d.r.top
        or d.r.unit
        or d.r.sort_words
        or d.r.stack
    )
    return not asks_anew and changes


#: how many earlier questions a chain of follow-ups may reach back
_CHAIN = 8


def _follow_up(question: str, catalog: Catalog, context: PlanContext) -> Draft:
    """ "only from ABC", "now by month", "top 5", "as a line": the last stand-alone question,
    changed by each follow-up asked since, in order, then by this one."""
    chain: list[Draft] = []
    for turn in reversed(context.history[-_CHAIN:]):
        try:
            earlier = draft(turn.question, catalog, context.dialect)
        except AiserError:
            break
        chain.insert(0, earlier)
        if not _refines(earlier):
            break
    if not chain or _refines(chain[0]):
        raise error(
            "AISER-PLAN-UNDERSTOOD",
            f"{question!r} changes an earlier chart, and none is left to change; ask the whole "
            "question (what to measure and how to group it).",
        )
    base = chain[0]
    for change in [*chain[1:], draft(question, catalog, context.dialect)]:
        _change(base, change)
    base.notes.append(f"Follow-up of: {context.history[-1].question}")
    return base


def _change(base: Draft, change: Draft) -> None:
    """Apply one follow-up to ``base``: its groupings (added after "also", else instead), its
    time unit (on ``base``'s own date), its conditions, its measure, its chart words."""
    named = [x for x in change.dims if not x.found]
    adds = bool(change.q.words) and change.q.words[0].text in ("also", "and", "plus")
    if named:
        base.dims = [*base.dims, *named] if adds else named
    elif change.r.unit or change.r.over_time:
        if not adds:
            base.dims = [x for x in base.dims if x.color]
        base.dims = [x for x in base.dims if not (x.unit or calendar_part(x.column))]
        base.r.unit, base.r.over_time = change.r.unit, change.r.over_time
        time_axis(base)
    base.where += change.where
    base.having += change.having
    if change.measures and change.measures[0].column is not None:
        base.measures = change.measures
    for name in ("mark", "top", "descending", "sort_channel", "sort_words", "stack", "histogram"):
        value = getattr(change.r, name)
        if value not in (None, False):
            setattr(base.r, name, value)
    base.q = change.q


def _not_understood(question: str, catalog: Catalog) -> AiserError:
    from .suggest import examples

    found = examples(catalog)
    msg = f"Could not find what to measure or group by in {question!r}" + (
        f". Questions this source answers: {'; '.join(repr(e) for e in found[:3])}" if found else ""
    )
    return error("AISER-PLAN-UNDERSTOOD", msg, suggestions=found)
