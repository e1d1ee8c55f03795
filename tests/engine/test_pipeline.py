"""The query pipeline: a plan becomes an Answer, the guard first, the chart's query once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import pytest
from recorded import statements

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.pipeline import answer_plan
from aiser_jupyter.engine.plan import ChartPlan, Provenance
from aiser_jupyter.errors import AiserError

BY_REGION = ChartPlan.model_validate(
    {
        "sql": "SELECT r.name AS region, c.customer_id FROM customers c "
        "JOIN regions r ON c.region_id = r.region_id",
        "chart": {
            "mark": "bar",
            "encoding": {"x": {"field": "region"}, "y": {"aggregate": "count"}},
        },
    }
)


def recorded(engine: Any) -> tuple[Any, Any, list[str]]:
    """The demo source, its catalog (built first) and every statement the source runs."""
    sent = statements(engine, "demo")
    return engine.source("demo"), engine.catalog("demo"), sent


def test_the_chart_query_runs_once_and_is_the_one_the_answer_shows(
    engine: Any, demo_path: Path
) -> None:
    source, catalog, sent = recorded(engine)
    answer = answer_plan(BY_REGION, source, catalog, engine.config)
    assert sent == [answer.compiled_sql]
    con = duckdb.connect(str(demo_path), read_only=True)
    expected = con.sql(f"SELECT region, count(*) FROM ({BY_REGION.sql}) GROUP BY region").fetchall()
    con.close()
    assert sorted(zip(answer.df["region"], answer.df["count"], strict=True)) == sorted(expected)


def test_nothing_reaches_the_database_before_the_guard(engine: Any) -> None:
    source, catalog, sent = recorded(engine)
    hostile = BY_REGION.model_copy(update={"sql": "SELECT * FROM read_csv('/etc/passwd')"})
    with pytest.raises(AiserError) as info:
        answer_plan(hostile, source, catalog, engine.config)
    assert info.value.code.startswith("AISER-SQL-") and sent == []


def test_status_says_querying_before_the_query(engine: Any) -> None:
    source, catalog, sent = recorded(engine)
    heard: list[tuple[str, int]] = []
    answer_plan(
        BY_REGION, source, catalog, engine.config, on_status=lambda s: heard.append((s, len(sent)))
    )
    assert heard[0] == ("querying", 0)


def test_the_question_is_the_one_asked_else_the_plans_else_its_sql(engine: Any) -> None:
    source, catalog, _ = recorded(engine)
    asked = BY_REGION.model_copy(
        update={"provenance": Provenance(planner="rules", question="customers by region")}
    )
    assert answer_plan(BY_REGION, source, catalog, engine.config).question == BY_REGION.sql
    assert answer_plan(asked, source, catalog, engine.config).question == "customers by region"
    again = answer_plan(asked, source, catalog, engine.config, question="how many per region")
    assert again.question == "how many per region"


def test_a_reduced_chart_says_so_in_its_notices(engine: Any) -> None:
    source, catalog, _ = recorded(engine)
    config = replace(EngineConfig(planner="rules", use_cache=False), max_categories=3)
    answer = answer_plan(BY_REGION, source, catalog, config)
    assert answer.reduction is not None and answer.rows == 4
    assert f"The chart shows {answer.reduction.note}." in answer.notices


@pytest.mark.parametrize(("asked", "kept"), [(1, 4_096), (50_000, 50_000), (10**9, 1_048_576)])
def test_the_figure_byte_cap_stays_between_4_kb_and_1_mb(
    engine: Any, asked: int, kept: int
) -> None:
    source, catalog, _ = recorded(engine)
    config = replace(engine.config, max_figure_bytes=asked)
    assert answer_plan(BY_REGION, source, catalog, config).max_bytes == kept
