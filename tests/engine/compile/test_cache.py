"""Memoised compiling (compile/cache.py): a chart re-run compiles once, an edit or a new
catalog compiles afresh, and every caller gets its own copy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.compile import cache
from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan

SQL = "SELECT o.channel, l.revenue FROM orders o JOIN order_lines l USING (order_id)"


def _plan(aggregate: str = "sum") -> ChartPlan:
    chart = {
        "mark": "bar",
        "encoding": {"x": {"field": "channel"}, "y": {"field": "revenue", "aggregate": aggregate}},
    }
    return ChartPlan.model_validate({"sql": SQL, "chart": chart})


@pytest.fixture(scope="module")
def engine(demo_path: Path) -> Iterator[Engine]:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    yield eng
    eng.close()


@pytest.fixture()
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The plans the real ``compile_plan`` was called with (the cache forgotten first)."""
    cache.clear()
    calls: list[Any] = []
    real = cache.compile_plan

    def counting(checked: Any, catalog: Any, **kw: Any) -> Any:
        calls.append(checked.plan)
        return real(checked, catalog, **kw)

    monkeypatch.setattr(cache, "compile_plan", counting)
    return calls


def test_the_same_chart_compiles_once(engine: Engine, compiles: list[Any]) -> None:
    catalog = engine.catalog("demo")
    first = cache.cached_compile(engine.check(_plan(), "demo"), catalog)
    again = cache.cached_compile(engine.check(_plan(), "demo"), catalog)
    assert again.sql == first.sql and len(compiles) == 1


@pytest.mark.parametrize(
    "change",
    [
        {"plan": _plan("mean")},
        {"max_rows": 10},
    ],
)
def test_another_plan_or_row_cap_compiles_afresh(
    engine: Engine, compiles: list[Any], change: dict[str, Any]
) -> None:
    catalog = engine.catalog("demo")
    cache.cached_compile(engine.check(_plan(), "demo"), catalog)
    plan = change.pop("plan", _plan())
    cache.cached_compile(engine.check(plan, "demo"), catalog, **change)
    assert len(compiles) == 2


def test_a_refreshed_catalog_compiles_afresh(engine: Engine, compiles: list[Any]) -> None:
    cache.cached_compile(engine.check(_plan(), "demo"), engine.catalog("demo"))
    cache.cached_compile(engine.check(_plan(), "demo"), engine.catalog("demo", refresh=True))
    assert len(compiles) == 2


def test_each_caller_gets_its_own_copy(engine: Engine, compiles: list[Any]) -> None:
    catalog = engine.catalog("demo")
    first = cache.cached_compile(engine.check(_plan(), "demo"), catalog)
    first.notes.append("mine")
    first.fields.pop("x")
    again = cache.cached_compile(engine.check(_plan(), "demo"), catalog)
    assert again.notes == [] and "x" in again.fields


def test_clear_forgets_every_compiled_plan(engine: Engine, compiles: list[Any]) -> None:
    catalog = engine.catalog("demo")
    cache.cached_compile(engine.check(_plan(), "demo"), catalog)
    cache.clear()
    cache.cached_compile(engine.check(_plan(), "demo"), catalog)
    assert len(compiles) == 2
