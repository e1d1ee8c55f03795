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

from ....errors import AiserError, error
from ...catalog.model import Catalog
from ...plan import ChartPlan
from ..asked_groups import FOLLOW_UP
from ..base import PlanContext
from ..honesty import check_plan
from .asked import asked_only
from .build import build, form
from .draft import Draft
from .follow_ups import apply_change
from .kept_rows import shared
from .looked_up import Found, look_up
from .question import Question
from .steps import draft
from .suggest import examples
from .unjoined import without_unjoined

__all__ = ["RulesPlanner", "draft"]


class RulesPlanner:
    """Plans charts from questions with rules over the catalog; no network, no model."""

    name = "rules"

    def plan(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan:
        try:
            return self._planned(question, catalog, context)
        except AiserError as refused:
            # a table no key joins, named by a word the other tables answer without it
            found = without_unjoined(
                question, refused, catalog, lambda fewer: self._planned(question, fewer, context)
            )
            if found is None:
                raise
            return found

    def _planned(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan:
        plan = self._drafted(question, catalog, context)
        try:
            return check_plan(question, plan, catalog, context.dialect)
        except AiserError as refused:
            unused = set(refused.details.get("unused") or ())
            if refused.code != "AISER-PLAN-UNSURE" or context.lookup is None or not unused:
                raise
            q = Question.read(question)
            found = look_up(q, unused, plan.sql, context.dialect, catalog, context.lookup)
            if not found:
                raise
        # a proper name the catalog did not keep, found stored as typed: plan with it
        plan = self._drafted(question, catalog, context, found)
        return check_plan(question, plan, catalog, context.dialect)

    def _drafted(
        self, question: str, catalog: Catalog, context: PlanContext, found: Found | None = None
    ) -> ChartPlan:
        try:
            d = draft(question, catalog, context.dialect, found)
            reread = lambda: draft(question, catalog, context.dialect, found)  # noqa: E731
            if _refines(d) and (
                context.history or (d.r.followup and not (d.measures or d.dims))
            ):  # with no earlier chart, only a follow-up's own words make it one
                d = _follow_up(question, catalog, context)
                reread = lambda: _follow_up(question, catalog, context)  # noqa: E731
            if not d.measures and not d.dims:
                raise _not_understood(question, catalog)
            form(d)
            plan = asked_only(question, catalog, context.dialect, build(d), reread)
        except AiserError:
            raise
        except Exception as exc:  # a gap in the rules reaches the user as a plan error
            failure = _not_understood(question, catalog)
            failure.details["internal"] = f"{type(exc).__name__}: {exc}"
            raise failure from exc
        if context.mark:
            plan.chart.mark = context.mark  # type: ignore[assignment]
        return plan


def _refines(d: Draft) -> bool:
    """A question that changes the last answer rather than asking anew: a follow-up cue ("now",
    "only", "as a line"), or only changes (a filter, a period, a top-N, a chart type) and no
    measure, grouping or counted things of its own."""
    if d.r.followup:
        return True
    if d.q.texts(0, 1) in (["by"], ["per"]) and not any(m.column for m in d.measures):
        return True  # "by region" alone after a chart: the chart, grouped so
    asks_anew = (
        bool(d.measures and d.measures[0].column is not None)
        or bool(d.dims)
        or any(_counted_at(d, hi) in d.q.used for _, hi in d.r.counts)  # "how many trips …"
        or _share_of_rows(d)  # "what share of customers are in the North": a measure of its own
    )
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


def _share_of_rows(d: Draft) -> bool:
    """ "share of customers who …", "percentage of orders that …": a share of the rows a
    table holds."""
    return any(m.kind == "table" and shared(d, m) for m in d.mentions)


def _counted_at(d: Draft, hi: int) -> int:
    """Where the things a count cue ends at are named: "how many [trips]", "how many of the
    [victims]" (a question of its own, no follow-up of the last chart)."""
    while hi < len(d.q.words) and d.q.words[hi].text in ("of", "the", "these", "those", "all"):
        hi += 1
    return hi


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
        apply_change(base, change)
    base.notes.append(FOLLOW_UP + context.history[-1].question)
    return base


def _not_understood(question: str, catalog: Catalog) -> AiserError:
    found = examples(catalog)
    msg = f"Could not find what to measure or group by in {question!r}" + (
        f". Questions this source answers: {'; '.join(repr(e) for e in found[:3])}" if found else ""
    )
    return error("AISER-PLAN-UNDERSTOOD", msg, suggestions=found)
