"""The query pipeline: a plan becomes an :class:`~.answer.Answer`, running its query once.

:func:`answer_plan` is the one entry::

    guard → bin widths → compile → reduce (rewrites the statement) → run once → finish

Every decision is taken before the run or inside the one statement: bin widths from
stored statistics or one MIN/MAX query (:mod:`.compile.bins`, the only second statement,
and why), whether to sample, M4 or add an "Other" row from the catalog, and what the
catalog cannot know — are there really more categories, did a filter leave few points —
inside the reduced statement itself (:mod:`.reduce`). Nothing reaches the database
before the guard.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from .answer import Answer
from .catalog.model import Catalog
from .compile.bins import fill_bins
from .compile.cache import cached_compile
from .config import EngineConfig
from .execute import execute
from .plan import ChartPlan
from .reduce.base import finish
from .reduce.reductions import reduce_chart
from .sources.base import Source, status_progress
from .sources.frames import frame_tables
from .sql.checked import guard_plan
from .sql.markers import is_marker_note

__all__ = ["answer_plan"]

#: the most pie slices before the rest become "Other" (bars: ``max_categories``)
PIE_SLICES = 12


def answer_plan(
    plan: ChartPlan,
    source: Source,
    catalog: Catalog,
    config: EngineConfig,
    *,
    question: str | None = None,
    on_status: Callable[[str], None] | None = None,
) -> Answer:
    """Guard, compile, reduce and run ``plan`` on ``source``: the chart's query runs once.

    ``on_status`` hears ``"querying"`` and, for a query running longer than a second,
    its progress.
    """
    started = time.perf_counter()
    checked = guard_plan(plan, catalog, source.dialect)  # before any stage sends a query
    plan = checked.plan  # with the guard's notes in its provenance
    checked = fill_bins(checked, catalog, source, config.limits, reduce=config.reduce)
    compiled = cached_compile(checked, catalog, max_rows=config.max_rows)
    reduction = None
    if config.reduce:
        top = config.max_categories
        compiled, reduction = reduce_chart(
            compiled,
            catalog,
            max_points=config.max_points,
            max_categories=min(top, PIE_SLICES) if compiled.mark == "arc" else top,
            plan=checked,
            source=source,
            limits=config.limits,
        )
    timings = {"compile_ms": (time.perf_counter() - started) * 1000}
    if on_status:
        on_status("querying")
    started = time.perf_counter()
    limits = config.limits
    if on_status is not None:
        limits = replace(limits, on_progress=status_progress(on_status))
    table, reduction = finish(execute(source, compiled, limits), reduction)
    timings["query_ms"] = (time.perf_counter() - started) * 1000
    notices = [n for n in checked.notes if is_marker_note(n)] + list(compiled.notes)
    notices += [f"The chart shows {reduction.note}."] if reduction else []
    return Answer(
        question=question or (plan.provenance.question if plan.provenance else None) or plan.sql,
        plan=plan,
        compiled_sql=compiled.sql,
        source=source.alias,
        table=table,
        compiled=compiled,
        notices=notices,
        timings=timings,
        reduction=reduction,
        max_bytes=min(max(config.max_figure_bytes, 4_096), 1_048_576),
        frames=frame_tables(source),
    )
