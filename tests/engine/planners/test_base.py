"""The planner interface: a planner owns its plan-cache key, or has none."""

from __future__ import annotations

from typing import Any

from aiser_jupyter.engine.catalog.model import Catalog
from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.planners import get_planner
from aiser_jupyter.engine.planners.base import PlanContext, Turn, cache_key


class Unkeyed:
    name = "unkeyed"

    def plan(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan:
        raise AssertionError("not called")


class Keyed(Unkeyed):
    name = "keyed"

    def cache_key(self, question: str, catalog: Catalog, context: PlanContext) -> str | None:
        return None if question == "now" else f"{question}|{context.dialect}|{len(context.history)}"


def test_a_planner_without_a_key_is_never_cached(engine: Any) -> None:
    catalog = engine.catalog("demo")
    assert cache_key(Unkeyed(), "revenue", catalog, PlanContext(dialect="duckdb")) is None


def test_a_planner_with_a_key_gives_its_own(engine: Any) -> None:
    catalog = engine.catalog("demo")
    context = PlanContext(
        dialect="duckdb",
        history=(
            Turn(
                "revenue",
                ChartPlan.model_validate({"sql": "SELECT 1 AS x", "chart": {"mark": "table"}}),
            ),
        ),
    )
    assert cache_key(Keyed(), "by region", catalog, context) == "by region|duckdb|1"
    assert cache_key(Keyed(), "now", catalog, context) is None  # a plan not to store


def test_the_rules_planner_is_not_cached(engine: Any) -> None:
    rules = get_planner("rules", EngineConfig(planner="rules"), [])
    assert (
        cache_key(rules, "revenue by region", engine.catalog("demo"), PlanContext(dialect="duckdb"))
        is None
    )
