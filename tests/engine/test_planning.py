"""Planning: the planner's own cache key finds a remembered plan; every plan is stamped
with its question and schema; a plan is validated by the guard and the compiler only."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.catalog.model import Catalog
from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.plan import ChartPlan, ChartSpec
from aiser_jupyter.engine.planners.base import PlanContext
from aiser_jupyter.engine.planning import force_mark, plan_question, validator
from aiser_jupyter.errors import AiserError

PLAN = {
    "sql": "SELECT r.name AS region, c.customer_id FROM customers c "
    "JOIN regions r ON c.region_id = r.region_id",
    "chart": {"mark": "bar", "encoding": {"x": {"field": "region"}, "y": {"aggregate": "count"}}},
}


@dataclass
class Counting:
    """A planner that counts its calls and has no cache key (like the rules planner)."""

    name: str = "counting"
    questions: list[str] = field(default_factory=list)

    def plan(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan:
        self.questions.append(question)
        return ChartPlan.model_validate(PLAN)


@dataclass
class Keyed(Counting):
    """A planner whose plans are worth keeping (like the LLM planner): it owns its key."""

    def cache_key(self, question: str, catalog: Catalog, context: PlanContext) -> str:
        return f"counting|{question}|{catalog.fingerprint}|{context.dialect}"


@pytest.fixture()
def config(tmp_path: Path) -> EngineConfig:
    return EngineConfig(planner="rules", use_cache=True, store_path=tmp_path / "meta.duckdb")


def ask(planner: Counting, engine: Any, config: EngineConfig, **kw: Any) -> ChartPlan:
    context = PlanContext(dialect="duckdb")
    return plan_question(
        planner, "customers by region", engine.catalog("demo"), context, config, source="demo", **kw
    )


def test_a_plan_is_stamped_with_its_question_and_schema(engine: Any, config: EngineConfig) -> None:
    plan = ask(Counting(), engine, config)
    assert plan.provenance is not None
    assert plan.provenance.planner == "counting"
    assert plan.provenance.question == "customers by region"
    assert plan.provenance.schema_fingerprint == engine.catalog("demo").fingerprint
    assert plan.provenance.latency_ms is not None and plan.provenance.latency_ms >= 0


def test_a_planner_with_a_cache_key_plans_a_question_once(
    engine: Any, config: EngineConfig
) -> None:
    planner = Keyed()
    first = ask(planner, engine, config)
    again = ask(planner, engine, config)
    assert planner.questions == ["customers by region"]
    assert again.sql == first.sql and again.provenance is not None and again.provenance.cached


def test_refresh_plans_afresh_and_replaces_the_cached_plan(
    engine: Any, config: EngineConfig
) -> None:
    planner = Keyed()
    ask(planner, engine, config)
    ask(planner, engine, config, refresh=True)
    ask(planner, engine, config)
    assert len(planner.questions) == 2


def test_a_planner_without_a_cache_key_always_plans(engine: Any, config: EngineConfig) -> None:
    planner = Counting()
    ask(planner, engine, config)
    ask(planner, engine, config)
    assert len(planner.questions) == 2


def test_no_plan_is_cached_with_the_cache_off(
    engine: Any, config: EngineConfig, tmp_path: Path
) -> None:
    planner = Keyed()
    off = EngineConfig(planner="rules", use_cache=False, store_path=config.store_path)
    ask(planner, engine, off)
    ask(planner, engine, off)
    assert len(planner.questions) == 2


def test_the_validator_refuses_what_the_guard_refuses_and_reads_no_data(engine: Any) -> None:
    validate = validator(engine.catalog("demo"), "duckdb", 5_000)
    assert validate(ChartPlan.model_validate(PLAN)) == ()
    with pytest.raises(AiserError) as info:
        validate(ChartPlan.model_validate({**PLAN, "sql": "DELETE FROM customers"}))
    assert info.value.code.startswith("AISER-SQL-")


def test_the_validator_refuses_what_the_compiler_refuses(engine: Any) -> None:
    validate = validator(engine.catalog("demo"), "duckdb", 5_000)
    chart = {
        "mark": "bar",
        "encoding": {"x": {"field": "no_such_column"}, "y": {"aggregate": "count"}},
    }
    with pytest.raises(AiserError):
        validate(ChartPlan.model_validate({**PLAN, "chart": chart}))


def test_a_bar_forced_to_a_pie_puts_its_height_on_the_angle() -> None:
    bar = ChartSpec.model_validate(PLAN["chart"])
    pie = force_mark(bar, "arc")
    assert pie.mark == "arc"
    assert pie.encoding.theta == bar.encoding.y and pie.encoding.color == bar.encoding.x
    assert pie.encoding.x is None and pie.encoding.y is None


def test_a_pie_forced_to_bars_and_back_is_the_same_pie() -> None:
    pie = force_mark(ChartSpec.model_validate(PLAN["chart"]), "arc")
    bars = force_mark(pie, "bar")
    assert bars.encoding.y == pie.encoding.theta and bars.encoding.x == pie.encoding.color
    assert force_mark(bars, "arc") == pie


def test_other_forced_marks_keep_the_encoding() -> None:
    bar = ChartSpec.model_validate(PLAN["chart"])
    line = force_mark(bar, "line")
    assert line.mark == "line" and line.encoding == bar.encoding
