"""Planning: a question becomes a :class:`~.plan.ChartPlan` through the planner that reads it.

The planner's own cache key (see :class:`~.planners.base.Planner`) finds a cached plan in
the metadata store; a fresh plan is stamped with its provenance (question, schema
fingerprint, latency) and remembered there. Nothing here reads data: planners that
validate (the LLM) check their plan with :func:`validator` — guard and compiler only.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .catalog.lookup import value_lookup
from .catalog.model import Catalog
from .compile.cache import cached_compile
from .config import EngineConfig
from .plan import ChartPlan, ChartSpec, Provenance
from .planners.base import PlanContext, Planner, cache_key
from .sources.base import Source
from .sql.checked import guard_plan
from .store.hooks import lookup_plan, remember_plan

#: the planners' look-up of values the catalog did not keep (:mod:`.catalog.lookup`)
__all__ = ["force_mark", "plan_question", "reuse_verified", "validator", "value_lookup"]


def validator(
    catalog: Catalog, dialect: str, max_rows: int
) -> Callable[[ChartPlan], tuple[str, ...]]:
    """A function that raises when a plan would be refused (guard + compile, no data read)
    and else returns the guard's notes (what it read differently from how the SQL looks)."""

    def validate(plan: ChartPlan) -> tuple[str, ...]:
        checked = guard_plan(plan, catalog, dialect)
        cached_compile(checked, catalog, max_rows=max_rows)
        return checked.notes

    return validate


def plan_question(
    planner: Planner,
    question: str,
    catalog: Catalog,
    context: PlanContext,
    config: EngineConfig,
    *,
    source: str,
    refresh: bool = False,
) -> ChartPlan:
    """``planner``'s plan for ``question`` (from the plan cache when it has one), remembered.

    ``source`` is the alias the history records; ``refresh`` plans afresh and replaces
    the cached plan.
    """
    started = time.perf_counter()
    key = cache_key(planner, question, catalog, context)
    cached = lookup_plan(config, key, refresh=refresh)
    plan = cached or planner.plan(question, catalog, context)
    provenance = plan.provenance or Provenance(planner=planner.name)
    if provenance.latency_ms is None:
        provenance.latency_ms = round((time.perf_counter() - started) * 1000, 2)
    provenance.question = question
    provenance.schema_fingerprint = catalog.fingerprint
    plan.provenance = provenance
    if planner.name != "sql":  # verified / semantic / inferred (issue 15)
        from .semantic.provenance import mark_provenance

        plan = mark_provenance(plan, catalog, question)
    remember_plan(config, key, question, source, plan, cached=cached is not None)
    return plan


def force_mark(chart: ChartSpec, mark: str) -> ChartSpec:
    """``chart`` drawn as ``mark`` (``--type``): a pie's angle becomes a bar's height and back."""
    forced = ChartSpec.model_validate({**chart.model_dump(exclude_none=True), "mark": mark})
    enc = forced.encoding
    if forced.mark == "arc" and enc.theta is None and enc.y is not None:
        forced.encoding = enc.model_copy(
            update={
                "theta": enc.y,
                "y": None,
                "color": enc.color or enc.x,
                "x": None if enc.color is None else enc.x,
            }
        )
    elif chart.mark == "arc" and forced.mark != "arc" and enc.theta is not None:
        forced.encoding = enc.model_copy(
            update={
                "y": enc.theta,
                "theta": None,
                "x": enc.x or enc.color,
                "color": None if enc.x is None else enc.color,
            }
        )
    return forced


def reuse_verified(
    question: str, catalog: Catalog, source: Source, config: EngineConfig
) -> ChartPlan | None:
    """The plan of the semantic layer's verified question that ``question`` means (parameters
    substituted), checked by the guard before anything runs — or None."""
    from .semantic.verified import verified_plan

    plan = verified_plan(question, catalog, source, config.limits)
    if plan is not None:
        validator(catalog, source.dialect, config.max_rows)(plan)
        if plan.provenance is not None:
            plan.provenance.question = question
            plan.provenance.schema_fingerprint = catalog.fingerprint
    return plan
