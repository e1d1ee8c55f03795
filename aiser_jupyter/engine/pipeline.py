"""The query pipeline: a plan becomes an :class:`~.answer.Answer` — guard, compile, run, reduce.

:func:`answer_plan` is the one entry. Nothing reaches the database before the guard.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from .answer import Answer
from .catalog.model import Catalog
from .compile.cache import cached_compile as compile_plan
from .config import EngineConfig
from .execute import execute, fetch_bounds
from .plan import ChartPlan
from .reduce import reductions as reduce
from .sources.base import Source, status_progress
from .sql.checked import guard_plan

__all__ = ["answer_plan"]

Status = Callable[[str], None]


def answer_plan(
    plan: ChartPlan,
    src: Source,
    catalog: Catalog,
    cfg: EngineConfig,
    *,
    question: str | None = None,
    on_status: Status | None = None,
) -> Answer:
    """Guard, compile and run ``plan`` on ``src``; nothing runs before the guard."""
    limits = (
        cfg.limits
        if on_status is None
        else replace(cfg.limits, on_progress=status_progress(on_status))
    )
    timings: dict[str, float] = {}
    started = time.perf_counter()
    checked = guard_plan(plan, catalog, src.dialect)  # before any stage sends a query
    run = reduce.prepare(checked, catalog, src, cfg.limits) if cfg.reduce else checked
    compiled = compile_plan(run, catalog, max_rows=cfg.max_rows)
    timings["compile_ms"] = (time.perf_counter() - started) * 1000
    if on_status:
        on_status("querying")
    started = time.perf_counter()
    if compiled.bounds_sql and compiled.bin_channel:
        bounds = {compiled.bin_channel: fetch_bounds(src, compiled, cfg.limits)}
        compiled = compile_plan(run, catalog, max_rows=cfg.max_rows, bounds=bounds)
    top = cfg.max_categories if compiled.mark != "arc" else min(cfg.max_categories, 12)
    reduction = None
    if cfg.reduce:
        compiled, reduction = reduce.rewrite(
            compiled,
            catalog,
            max_points=cfg.max_points,
            max_categories=top,
            plan=run,
            source=src,
            limits=cfg.limits,
        )
    m4 = reduction is not None and reduction.kind == "m4"
    table = execute(src, compiled, limits)
    if (
        cfg.reduce
        and reduction is None
        and reduce.wants_other(compiled, None, top, rows=table.num_rows)
    ):
        compiled, reduction = reduce.rewrite(
            compiled, catalog, max_points=cfg.max_points, max_categories=top, force_other=True
        )
        table = execute(src, compiled, limits)
    table, reduction = reduce.finish(table, reduction)
    if m4 and reduction is None:  # a filter left few points: plot every one
        compiled = compile_plan(run, catalog, max_rows=cfg.max_rows)
        table = execute(src, compiled, limits)
    timings["query_ms"] = (time.perf_counter() - started) * 1000
    notices = list(compiled.notes) + ([f"The chart shows {reduction.note}."] if reduction else [])
    return Answer(
        question=question or (plan.provenance.question if plan.provenance else None) or plan.sql,
        plan=plan,
        compiled_sql=compiled.sql,
        source=src.alias,
        table=table,
        compiled=compiled,
        notices=notices,
        timings=timings,
        reduction=reduction,
        max_bytes=min(max(cfg.max_figure_bytes, 4_096), 1_048_576),
    )
