"""The engine: sources → catalog → planner → guard → compile → execute → figure.

:class:`Engine` is what every adapter (magic, panel comm, CLI, dashboards) calls.
It holds the named sources, their cached catalogs and the conversation so far,
and returns :class:`Answer` objects.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import error
from .answer import Answer
from .catalog.model import Catalog, build_catalog
from .config import EngineConfig
from .plan import ChartPlan, ChartSpec, Provenance
from .planners.base import PlanContext, Turn
from .sources.base import Source, status_progress, validate_alias
from .sources.open import open_source
from .sources.refs import expand_env, is_alias, stored_source_error
from .sql.detect import is_sql

if TYPE_CHECKING:
    from .sql.checked import GuardedPlan

__all__ = ["Answer", "Engine", "is_sql"]

Status = Callable[[str], None]


class Engine:
    """Ask questions of named sources and get charts.

    Parameters
    ----------
    config
        Plain settings; defaults work offline on the bundled demo data.

    Examples
    --------
    >>> engine = Engine()
    >>> answer = engine.ask("total revenue by region")   # doctest: +SKIP
    >>> answer.figure.show()                             # doctest: +SKIP
    """

    def __init__(self, config: EngineConfig | None = None) -> None:
        self.config = config or EngineConfig()
        self._sources: dict[str, Source] = {}
        self._targets: dict[str, str] = {}
        self._catalogs: dict[str, Catalog] = {}
        self._light: dict[str, Catalog] = {}  #: unprofiled, for SQL charts (first chart stays fast)
        self.current = self.config.default_source
        self.history: list[Turn] = []
        self.notices: list[str] = []

    # ------------------------------------------------------------------ sources
    def connect(self, alias: str, target: str | Any, *, expand: bool = True) -> Source:
        """Open ``target`` (URL, database file, data file or folder) under ``alias`` and make it current.

        ``${VAR}`` in ``target`` is filled from the environment when the user typed it;
        pass ``expand=False`` for a target read from a file (a benchmark's ``db_path``).
        ``target`` may also be DataFrames (see :func:`~.sources.frames.open_frames`): a pandas,
        polars or Arrow table (the table is named ``alias``), a dict of them by table name, or a
        function returning such a dict (re-read before every question).
        """
        validate_alias(alias)
        if not isinstance(target, str):
            from .sources.frames import open_frames

            return self._add(alias, open_frames(alias, target, limits=self.config.limits))
        source = self._open(alias, target, expand=expand)
        old = self._sources.pop(alias, None)
        if old is not None:
            old.close()
        self._catalogs.pop(alias, None)
        self._light.pop(alias, None)
        self._sources[alias] = source
        self._targets[alias] = target
        self.current = alias
        return source

    def _add(self, alias: str, source: Source) -> Source:
        """``source`` under ``alias``, current, replacing (and closing) what had that alias."""
        old = self._sources.pop(alias, None)
        if old is not None and old is not source:
            old.close()
        self._catalogs.pop(alias, None)
        self._light.pop(alias, None)
        self._targets.pop(alias, None)
        self._sources[alias] = source
        self.current = alias
        return source

    def _open(self, alias: str, target: str, *, expand: bool = True) -> Source:
        target = expand_env(target) if expand else target
        source = open_source(alias, target, limits=self.config.limits)
        if source.notice:
            self.notices.append(source.notice)
        return source

    def use(self, alias: str) -> Source:
        source = self.source(alias)
        self.current = source.alias
        return source

    def source(self, alias: str | None = None) -> Source:
        """The connected source named ``alias``, or the current one (``demo`` opens on first use).

        Only aliases resolve here. Plans, dashboards and panel messages refer to sources by
        alias, and a stored URL, path or ``${VAR}`` is never opened (``AISER-SRC-STORED``):
        what the user types is opened by :meth:`connect` or :meth:`user_source`.
        """
        alias = alias or self.current
        if alias in self._sources:
            if self._sources[alias].refresh():  # DataFrames changed in the kernel
                self._catalogs.pop(alias, None)
                self._light.pop(alias, None)
            return self._sources[alias]
        if alias == "demo":
            from .sources.demo import ensure_demo

            self._sources["demo"] = open_source(
                "demo", str(ensure_demo()), limits=self.config.limits
            )
            self._targets["demo"] = "demo"
            return self._sources["demo"]
        if not is_alias(alias):
            raise stored_source_error(alias)
        known = ", ".join(sorted({*self._sources, "demo"}))
        raise error("AISER-SRC-UNKNOWN", f"No source named {alias!r} (known: {known})")

    def user_source(self, ref: str | Any = None) -> Source:
        """What the user typed: an alias, or a URL or path to open (``${VAR}`` from the environment).

        Only adapters call this with what a person typed (``%%chart --db``, ``ask --db``,
        the Python API); stored things go through :meth:`source`. DataFrames (a frame, or
        a dict of them by table name) are read by a frame source, reused while it reads the
        same objects.
        """
        if ref is not None and not isinstance(ref, str):
            return self._frames(ref)
        ref = ref or self.current
        if is_alias(ref) or not ("://" in ref or "/" in ref or "\\" in ref or Path(ref).suffix):
            return self.source(ref)
        # the same URL or path again reuses its source (and its catalog: no re-profiling)
        for alias, target in self._targets.items():
            if target == ref and alias in self._sources:
                return self._sources[alias]
        alias = _alias_for(ref, self._sources)
        source = self._open(alias, ref)
        self._sources[alias] = source
        self._targets[alias] = ref
        return source

    def _frames(self, ref: Any) -> Source:
        """The frame source reading ``ref`` (a frame, or frames by table name): the one that
        already reads these objects, or a new one (the oldest of many such is closed)."""
        from .sources.frames import ANONYMOUS_KEPT, FrameSource, anonymous_alias, as_frames

        frames = as_frames(ref)
        for src in self._sources.values():
            if isinstance(src, FrameSource) and src.holds(frames):
                return self.source(src.alias)
        kept = [a for a, s in self._sources.items() if isinstance(s, FrameSource) and s.anonymous]
        for alias in kept[: max(len(kept) - ANONYMOUS_KEPT + 1, 0)]:
            self._sources.pop(alias).close()
            self._catalogs.pop(alias, None)
            self._light.pop(alias, None)
        alias = anonymous_alias(frames, self._sources)
        source = FrameSource(alias, frames, limits=self.config.limits, anonymous=True)
        self._sources[alias] = source
        return source

    def check(self, plan: ChartPlan, source: str | None = None) -> GuardedPlan:
        """``plan`` checked by the guard against the tables of ``source`` (an alias)."""
        from .sql.checked import guard_plan

        src = self.source(source)
        return guard_plan(plan, self._schema(src), src.dialect)

    def sources(self) -> list[dict[str, Any]]:
        """The connected sources as plain data (no secrets); ``demo`` is always offered."""
        listed = [(s.alias, s.dialect, s.display) for s in self._sources.values()]
        if "demo" not in self._sources:
            listed.insert(0, ("demo", "duckdb", ""))
        return [
            {
                "alias": alias,
                "dialect": dialect,
                "url": "built-in demo data" if alias == "demo" else display,
                "current": alias == self.current,
            }
            for alias, dialect, display in listed
        ]

    def catalog(self, source: str | None = None, *, refresh: bool = False) -> Catalog:
        src = self.source(source)
        if refresh or src.alias not in self._catalogs:
            self._catalogs[src.alias] = build_catalog(src)
            self._light.pop(src.alias, None)
        return self._catalogs[src.alias]

    def _schema(self, src: Source) -> Catalog:
        """Tables and columns without the profiling queries: enough to chart a SELECT."""
        if src.alias in self._catalogs:
            return self._catalogs[src.alias]
        if src.alias not in self._light:
            self._light[src.alias] = build_catalog(src, profile=False)
        return self._light[src.alias]

    # ------------------------------------------------------------------ planning
    def planner(self, name: str | None = None) -> Any:
        from .planners import get_planner

        wanted = name or self.config.planner
        planner = get_planner(wanted, self.config, self.notices)
        return planner

    def validator(self, catalog: Catalog, source: Source) -> Callable[[ChartPlan], tuple[str, ...]]:
        """A function that raises when a plan would be refused (guard + compile, no data read)
        and else returns the guard's notes (what it read differently from how the SQL looks)."""
        from .compile.cache import cached_compile as compile_plan
        from .sql.checked import guard_plan

        def validate(plan: ChartPlan) -> tuple[str, ...]:
            checked = guard_plan(plan, catalog, source.dialect)
            compile_plan(checked, catalog, max_rows=self.config.max_rows)
            return checked.notes

        return validate

    def plan(
        self,
        question: str,
        source: str | Any = None,
        *,
        planner: str | None = None,
        mark: str | None = None,
        followup: bool = True,
        refresh: bool = False,
    ) -> ChartPlan:
        """Turn a question (or SQL) into a checked :class:`ChartPlan` without running it."""
        question = question.strip()
        if not question:
            raise error("AISER-PLAN-EMPTY", "Nothing was asked")
        src = self.user_source(source)
        sql = is_sql(question)
        catalog = self._schema(src) if sql else self.catalog(src.alias)
        if sql:
            from .planners.sql import plan_for_sql

            plan = plan_for_sql(question, catalog, src, mark=mark, limits=self.config.limits)
        else:
            chosen = self.planner(planner)
            context = PlanContext(
                dialect=src.dialect,
                history=tuple(self.history[-6:]) if followup else (),
                mark=mark,
                validate=self.validator(catalog, src),
            )
            started = time.perf_counter()
            # plan cache (LLM planner) and history in the metadata store — see store.py
            from .store.hooks import lookup_plan, remember_plan

            key, cached = lookup_plan(
                self.config, chosen, question, catalog, context, refresh=refresh
            )
            plan = cached or chosen.plan(question, catalog, context)
            provenance = plan.provenance or Provenance(planner=chosen.name)
            if provenance.latency_ms is None:
                provenance.latency_ms = round((time.perf_counter() - started) * 1000, 2)
            provenance.question = question
            provenance.schema_fingerprint = catalog.fingerprint
            plan.provenance = provenance
            remember_plan(self.config, key, question, src.alias, plan, cached=cached is not None)
        if mark:
            plan = plan.model_copy(update={"chart": _force_mark(plan.chart, mark)})
        return plan

    # ------------------------------------------------------------------ running
    def run_plan(
        self,
        plan: ChartPlan,
        source: str | None = None,
        *,
        question: str | None = None,
        on_status: Status | None = None,
    ) -> Answer:
        """Guard, compile and run ``plan`` on ``source`` (an alias); nothing runs before the guard."""
        from .compile.cache import cached_compile as compile_plan
        from .execute import execute, fetch_bounds
        from .reduce import reductions as reduce
        from .sql.checked import guard_plan

        src = self.source(source)
        sql_chart = plan.provenance is not None and plan.provenance.planner == "sql"
        catalog = self._schema(src) if sql_chart else self.catalog(src.alias)
        cfg = self.config
        limits = (
            cfg.limits
            if on_status is None
            else replace(cfg.limits, on_progress=status_progress(on_status))
        )
        timings: dict[str, float] = {}
        started = time.perf_counter()
        checked = guard_plan(plan, catalog, src.dialect)  # before any stage sends a query
        plan = checked.plan  # with the guard's notes in its provenance
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
        notices = list(compiled.notes) + (
            [f"The chart shows {reduction.note}."] if reduction else []
        )
        return Answer(
            question=question
            or (plan.provenance.question if plan.provenance else None)
            or plan.sql,
            plan=plan,
            compiled_sql=compiled.sql,
            source=src.alias,
            table=table,
            compiled=compiled,
            notices=notices,
            timings=timings,
            reduction=reduction,
            max_bytes=min(max(cfg.max_figure_bytes, 4_096), 1_048_576),
            frames=_frame_tables(src),
        )

    def ask(
        self,
        question: str,
        source: str | Any = None,
        *,
        planner: str | None = None,
        mark: str | None = None,
        refresh: bool = False,
        followup: bool = True,
        on_status: Status | None = None,
    ) -> Answer:
        """Answer ``question`` on ``source`` with a chart.

        Parameters
        ----------
        question
            Plain words, or a SELECT statement to chart directly.
        source
            An alias (``"demo"``), a SQLAlchemy URL or a file path, as the user typed it
            (``${VAR}`` is filled from the environment); or DataFrames: a pandas, polars or
            Arrow table, or a dict of them by table name (``{"sales": df}``), read in place;
            default: the current source.
        planner
            ``"rules"``, ``"llm"`` or ``None`` for the configured default.
        mark
            Force a chart type (``"bar"``, ``"line"``, ``"pie"``, …).
        """
        if on_status:
            on_status("planning")
        started = time.perf_counter()
        alias = self.user_source(source).alias
        plan = self.plan(
            question, alias, planner=planner, mark=mark, followup=followup, refresh=refresh
        )
        planning_ms = (time.perf_counter() - started) * 1000
        answer = self.run_plan(plan, alias, question=question, on_status=on_status)
        answer.timings["plan_ms"] = planning_ms
        if on_status:
            on_status("rendering")
        if not is_sql(question):
            self.history.append(Turn(question=question, plan=plan))
        answer.notices = self.take_notices() + answer.notices
        return answer

    def take_notices(self) -> list[str]:
        notices, self.notices[:] = list(self.notices), []
        return notices

    def close(self) -> None:
        for source in self._sources.values():
            source.close()
        self._sources.clear()


def _force_mark(chart: ChartSpec, mark: str) -> ChartSpec:
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


def _frame_tables(src: Source) -> list[str]:
    from .sources.frames import FrameSource

    return src.tables if isinstance(src, FrameSource) else []


def _alias_for(ref: str, taken: dict[str, Source]) -> str:
    """An alias for a URL or path used directly as a source, from the database name or host
    of a URL (never its user, password or parameters) or the file name of a path."""
    if "://" in ref:
        from ..errors import AiserError
        from .sources.urls import parse_url

        try:
            url = parse_url(ref)
            name = Path(url.database or "").stem or url.host or url.get_backend_name()
        except AiserError:
            name = "db"
    else:
        name = Path(ref.rstrip("/")).stem
    stem = re.sub(r"\W+", "_", name).strip("_").lower() or "db"
    stem = stem if stem[0].isalpha() else f"db_{stem}"
    alias, n = stem[:40], 2
    while alias in taken:
        alias, n = f"{stem[:40]}_{n}", n + 1
    return alias
