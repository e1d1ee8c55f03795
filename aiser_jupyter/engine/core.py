"""The engine: sources → catalog → planner → guard → compile → execute → figure.

:class:`Engine` is what every adapter (magic, panel comm, CLI, dashboards) calls: a
facade that holds the named sources, their cached catalogs and the conversation so
far. Planning is :mod:`.planning`, running a plan is :mod:`.pipeline`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import error
from .answer import Answer
from .catalog.build import build_catalog
from .catalog.model import Catalog, Join
from .catalog.user_joins import apply_user_joins, parse_join, same_join
from .config import EngineConfig
from .pipeline import answer_plan
from .plan import ChartPlan
from .planners import get_planner
from .planners.base import PlanContext, Turn
from .planners.sql import SqlPlanner
from .planning import force_mark, plan_question, reuse_verified, validator, value_lookup
from .semantic.layer import SemanticLayer
from .sources.base import Source, validate_alias
from .sources.demo import ensure_demo
from .sources.frames import ANONYMOUS_KEPT, FrameSource, anonymous_alias, as_frames, open_frames
from .sources.open import open_source
from .sources.refs import expand_env, is_alias, new_alias, stored_source_error
from .sql.checked import GuardedPlan, guard_plan
from .sql.detect import is_sql

__all__ = ["Engine"]

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
        self._opening = threading.Lock()  #: the panel's threads and the kernel's open demo once
        self._targets: dict[str, str] = {}
        self._catalogs: dict[str, Catalog] = {}
        self._light: dict[str, Catalog] = {}  #: unprofiled, for SQL charts (first chart stays fast)
        self._user_joins: dict[str, tuple[list[Join], list[Join]]] = {}  #: declared, dropped
        self.current = self.config.default_source
        self.history: list[Turn] = []
        self.notices: list[str] = []
        self.semantic = SemanticLayer(self.config.semantic_path, from_config=True)
        self.last_answer: Answer | None = None  #: what %chart verify / "Save as verified" save

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
        if isinstance(target, str):
            source = self._open(alias, target, expand=expand)
        else:
            source = open_frames(alias, target, limits=self.config.limits)
        self._drop(alias)
        self._sources[alias] = source
        if isinstance(target, str):
            self._targets[alias] = target
        self.current = alias
        return source

    def _drop(self, alias: str) -> None:
        """Close and forget the source named ``alias`` and what was cached for it, if any."""
        old = self._sources.pop(alias, None)
        if old is not None:
            old.close()
        self._catalogs.pop(alias, None)
        self._light.pop(alias, None)
        self._targets.pop(alias, None)

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
            with self._opening:  # two threads asking at once must share one connection
                if "demo" not in self._sources:
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
        alias = new_alias(ref, self._sources)
        source = self._open(alias, ref)
        self._sources[alias] = source
        self._targets[alias] = ref
        return source

    def _frames(self, ref: Any) -> Source:
        """The frame source reading ``ref`` (a frame, or frames by table name): the one that
        already reads these objects, or a new one (the oldest of many such is closed)."""
        frames = as_frames(ref)
        for src in self._sources.values():
            if isinstance(src, FrameSource) and src.holds(frames):
                return self.source(src.alias)
        kept = [a for a, s in self._sources.items() if isinstance(s, FrameSource) and s.anonymous]
        for alias in kept[: max(len(kept) - ANONYMOUS_KEPT + 1, 0)]:
            self._drop(alias)
        alias = anonymous_alias(frames, self._sources)
        source = FrameSource(alias, frames, limits=self.config.limits, anonymous=True)
        self._sources[alias] = source
        return source

    def check(self, plan: ChartPlan, source: str | None = None) -> GuardedPlan:
        """``plan`` checked by the guard against the tables of ``source`` (an alias)."""
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

    def has_catalog(self, alias: str) -> bool:
        """Whether the catalog of ``alias`` is read already (:meth:`catalog` runs no query)."""
        return alias in self._catalogs

    def catalog(self, source: str | None = None, *, refresh: bool = False) -> Catalog:
        src = self.source(source)
        if refresh or src.alias not in self._catalogs:
            catalog = build_catalog(src)
            added, dropped = self._user_joins.get(src.alias, ([], []))
            catalog.joins = apply_user_joins(catalog.joins, added, dropped)
            self._catalogs[src.alias] = catalog
            self._light.pop(src.alias, None)
        if self.semantic.from_config and self.semantic.explicit != self.config.semantic_path:
            self.semantic = SemanticLayer(self.config.semantic_path, from_config=True)
        return self.semantic.apply(self._catalogs[src.alias], src.alias)

    def use_semantic(self, path: str | Path | None) -> Path | None:
        """Use the semantic layer file ``path`` from now on (None: the default one); it is
        read and checked now (``AISER-SEM-*``). Returns the file in use."""
        layer = SemanticLayer(path)
        layer.loaded()
        self.semantic = layer
        return layer.path()

    def save_verified(
        self, question: str, plan: ChartPlan, source: str | None = None, *, by: str | None = None
    ) -> Path:
        """Add ``question`` with ``plan`` (checked by the guard first) to the verified questions
        of the semantic layer file in use (``./aiser.semantic.yaml`` when there is none)."""
        from .semantic.write import add_verified, default_target

        src = self.source(source)
        self.validator(self.catalog(src.alias), src)(plan)
        path = default_target(self.semantic.path())
        add_verified(path, src.alias, question, plan, verified_by=by)
        self.semantic.forget()
        return path

    def declare_join(self, spec: str, source: str | None = None, *, drop: bool = False) -> Join:
        """Join two tables the way ``spec`` says ("trips.origin = stations.code"), or with
        ``drop`` stop joining them so; kept for this session, shown in the catalog."""
        src = self.source(source)
        join = parse_join(spec, self.catalog(src.alias).tables)
        added, dropped = self._user_joins.setdefault(src.alias, ([], []))
        for pool in (added, dropped):
            pool[:] = [j for j in pool if not same_join(j, join)]
        (dropped if drop else added).append(join)
        self._catalogs.pop(src.alias, None)
        return join

    def _schema(self, src: Source) -> Catalog:
        """Tables and columns without the profiling queries: enough to chart a SELECT."""
        if src.alias in self._catalogs:
            return self._catalogs[src.alias]
        if src.alias not in self._light:
            self._light[src.alias] = build_catalog(src, profile=False)
        return self._light[src.alias]

    # ------------------------------------------------------------------ planning
    def planner(self, name: str | None = None) -> Any:
        """The planner called ``name`` (``"rules"``, ``"llm"``), or the configured one."""
        return get_planner(name or self.config.planner, self.config, self.notices)

    def validator(self, catalog: Catalog, source: Source) -> Callable[[ChartPlan], tuple[str, ...]]:
        """A function that raises when a plan would be refused (guard + compile, no data read)
        and else returns the guard's notes (what it read differently from how the SQL looks)."""
        return validator(catalog, source.dialect, self.config.max_rows)

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
        """Turn a question (or SQL) into a :class:`ChartPlan` without running it."""
        question = question.strip()
        if not question:
            raise error("AISER-PLAN-EMPTY", "Nothing was asked")
        src = self.user_source(source)
        if is_sql(question):  # charted from its own columns: the schema alone, no profile
            catalog = self._schema(src)
            chosen: Any = SqlPlanner(src, self.config.limits)
            context = PlanContext(dialect=src.dialect, mark=mark)
        else:
            catalog = self.catalog(src.alias)
            chosen = self.planner(planner)
            context = PlanContext(
                dialect=src.dialect,
                history=self._turns(src.alias) if followup else (),
                mark=mark,
                validate=validator(catalog, src.dialect, self.config.max_rows),
                lookup=value_lookup(src),
            )
            reused = self.verified_plan(question, src.alias, catalog)
            if reused is not None:  # a verified question's plan: no planner, no model call
                return self._forced(reused, mark)
        plan = plan_question(
            chosen, question, catalog, context, self.config, source=src.alias, refresh=refresh
        )
        return self._forced(plan, mark)

    @staticmethod
    def _forced(plan: ChartPlan, mark: str | None) -> ChartPlan:
        if mark:
            plan = plan.model_copy(update={"chart": force_mark(plan.chart, mark)})
        return plan

    def _turns(self, alias: str) -> tuple[Turn, ...]:
        """The last questions asked on ``alias``: a follow-up changes only its own source's charts."""
        return tuple(t for t in self.history if t.source in (None, alias))[-6:]

    def verified_plan(
        self, question: str, source: str | None = None, catalog: Catalog | None = None
    ) -> ChartPlan | None:
        """The plan of the semantic layer's verified question that ``question`` means on
        ``source`` (parameters substituted, checked by the guard), or None."""
        src = self.source(source)
        return reuse_verified(question, catalog or self.catalog(src.alias), src, self.config)

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
        src = self.source(source)
        sql_chart = plan.provenance is not None and plan.provenance.planner == "sql"
        catalog = self._schema(src) if sql_chart else self.catalog(src.alias)
        return answer_plan(plan, src, catalog, self.config, question=question, on_status=on_status)

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
            self.history.append(Turn(question=question, plan=plan, source=alias))
        answer.notices = self.take_notices() + answer.notices
        return answer

    def take_notices(self) -> list[str]:
        notices, self.notices[:] = list(self.notices), []
        return notices

    def close(self) -> None:
        for source in self._sources.values():
            source.close()
        self._sources.clear()
