"""Dashboard filters (dashboards/filters.py): chosen values become SQL literals on the checked plan."""

from __future__ import annotations

from typing import Any

import pytest

from aiser_jupyter.engine.dashboards.filters import Filter, apply_filters
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.errors import AiserError

BASE = (
    "SELECT r.name AS region, o.order_date, ol.revenue FROM order_lines ol "
    "JOIN orders o ON ol.order_id = o.order_id JOIN customers c ON o.customer_id = c.customer_id "
    "JOIN regions r ON c.region_id = r.region_id"
)


def plan(x: dict[str, Any], mark: str = "bar") -> ChartPlan:
    return ChartPlan.model_validate(
        {
            "sql": BASE,
            "chart": {
                "mark": mark,
                "encoding": {"x": x, "y": {"field": "revenue", "aggregate": "sum"}},
            },
        }
    )


def test_filter_values_are_sql_literals_not_text(engine: Any) -> None:
    flt = Filter(name="region", column="region")
    hostile = "East') OR 1=1; DROP TABLE regions; --"
    filtered = apply_filters(
        engine.check(plan({"field": "region"}), "demo"), [flt], {"region": [hostile]}
    )
    assert "'East'') OR 1=1; DROP TABLE regions; --'" in filtered.sql
    assert engine.run_plan(filtered, "demo").rows == 0  # a value like any other: matches nothing
    east = engine.run_plan(
        apply_filters(engine.check(plan({"field": "region"}), "demo"), [flt], {"region": ["East"]}),
        "demo",
    )
    assert east.df.iloc[:, 0].tolist() == ["East"]


def test_date_range_filter_bounds(engine: Any) -> None:
    flt = Filter(name="when", column="order_date", kind="date_range")
    monthly = engine.check(plan({"field": "order_date", "timeUnit": "yearmonth"}, "line"), "demo")
    answer = engine.run_plan(
        apply_filters(monthly, [flt], {"when": {"start": "2024-01-01", "end": "2024-04-01"}}),
        "demo",
    )
    assert [str(v)[:7] for v in answer.df.iloc[:, 0]] == ["2024-01", "2024-02", "2024-03"]


def test_a_date_range_bound_that_is_no_date_is_refused(engine: Any) -> None:
    flt = Filter(name="when", column="order_date", kind="date_range")
    monthly = engine.check(plan({"field": "order_date", "timeUnit": "yearmonth"}, "line"), "demo")
    with pytest.raises(AiserError, match="AISER-PLAN-INVALID"):
        apply_filters(monthly, [flt], {"when": {"start": "2024-01-01'; --"}})
