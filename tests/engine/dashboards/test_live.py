"""Live dashboard filters (dashboards/live.py): which charts a filter applies to, the values
it offers, found in the data through the engine, and the dashboard re-run with a selection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from demo_orders import REGION_REVENUE, revenue_plan

from aiser_jupyter.engine.dashboards.dashboard import Dashboard
from aiser_jupyter.engine.dashboards.filters import Filter
from aiser_jupyter.engine.dashboards.live import applies, filter_values, run_dashboard
from aiser_jupyter.errors import AiserError


def test_a_filter_applies_to_a_chart_whose_query_returns_its_column(engine: Any) -> None:
    by_region = revenue_plan({"field": "region"})
    assert applies(Filter(name="r", column="REGION"), by_region, engine, "demo")  # case-blind
    assert not applies(Filter(name="segment", column="segment"), by_region, engine, "demo")


def test_whether_it_applies_is_asked_of_the_guard_first(engine: Any) -> None:
    hostile = revenue_plan({"field": "region"}, sql="SELECT * FROM read_csv('/etc/passwd')")
    with pytest.raises(AiserError) as info:
        applies(Filter(name="r", column="region"), hostile, engine, "demo")
    assert info.value.code.startswith("AISER-SQL-")


def test_category_values_are_found_in_the_data(engine: Any) -> None:
    flt = Filter(name="region", column="region")
    assert filter_values(flt, revenue_plan({"field": "region"}), engine, "demo") == [
        "Central",
        "East",
        "North",
        "South",
        "West",
    ]


def test_too_many_values_are_none(engine: Any) -> None:
    flt = Filter(name="customer", column="customer")
    sql = REGION_REVENUE.replace("r.name AS region", "c.name AS customer")
    assert filter_values(flt, revenue_plan({"field": "customer"}, sql=sql), engine, "demo") is None


def test_declared_values_are_offered_as_they_are(engine: Any) -> None:
    flt = Filter(name="region", column="region", values=["West", "East"])
    assert filter_values(flt, revenue_plan({"field": "region"}), engine, "demo") == ["West", "East"]


def test_a_date_range_offers_the_years_it_spans(engine: Any) -> None:
    flt = Filter(name="when", column="order_date", kind="date_range")
    assert filter_values(flt, revenue_plan({"field": "region"}), engine, "demo") == [
        2023,
        2024,
        2025,
    ]


def test_a_dashboard_reruns_every_chart_with_the_selection(engine: Any, tmp_path: Path) -> None:
    board = Dashboard.open(tmp_path / "b.ipynb", create=True)
    board.add_chart(revenue_plan({"field": "region"}), "demo")
    board.add_chart(
        revenue_plan({"field": "customer"}, sql="SELECT 1 AS customer, 2 AS revenue"), "demo"
    )
    board.set_filters([{"name": "region", "column": "region"}])
    (_, by_region), (_, other) = run_dashboard(board, engine, {"region": ["East"]})
    assert by_region.df.iloc[:, 0].tolist() == ["East"]
    assert other.rows == 1  # no region column: left as it was


def test_one_failing_chart_does_not_stop_the_others(engine: Any, tmp_path: Path) -> None:
    board = Dashboard.open(tmp_path / "b.ipynb", create=True)
    board.add_chart(revenue_plan({"field": "region"}, sql="SELECT * FROM no_such_table"), "demo")
    board.add_chart(revenue_plan({"field": "region"}), "demo")
    (_, failed), (_, answered) = run_dashboard(board, engine, {})
    assert isinstance(failed, AiserError) and failed.code.startswith("AISER-")
    assert not isinstance(answered, AiserError) and answered.rows == 5
