"""Dashboard filters (dashboards/filters.py): chosen values become SQL literals on the checked plan."""

from __future__ import annotations

from typing import Any

import pytest
from demo_orders import revenue_plan

from aiser_jupyter.engine.dashboards.filters import Filter, apply_filters, year_range
from aiser_jupyter.errors import AiserError


def test_filter_values_are_sql_literals_not_text(engine: Any) -> None:
    flt = Filter(name="region", column="region")
    hostile = "East') OR 1=1; DROP TABLE regions; --"
    filtered = apply_filters(
        engine.check(revenue_plan({"field": "region"}), "demo"), [flt], {"region": [hostile]}
    )
    assert "'East'') OR 1=1; DROP TABLE regions; --'" in filtered.sql
    assert engine.run_plan(filtered, "demo").rows == 0  # a value like any other: matches nothing
    east = engine.run_plan(
        apply_filters(
            engine.check(revenue_plan({"field": "region"}), "demo"), [flt], {"region": ["East"]}
        ),
        "demo",
    )
    assert east.df.iloc[:, 0].tolist() == ["East"]


def test_date_range_filter_bounds(engine: Any) -> None:
    flt = Filter(name="when", column="order_date", kind="date_range")
    monthly = engine.check(
        revenue_plan({"field": "order_date", "timeUnit": "yearmonth"}, "line"), "demo"
    )
    answer = engine.run_plan(
        apply_filters(monthly, [flt], {"when": {"start": "2024-01-01", "end": "2024-04-01"}}),
        "demo",
    )
    assert [str(v)[:7] for v in answer.df.iloc[:, 0]] == ["2024-01", "2024-02", "2024-03"]


def test_a_date_range_bound_that_is_no_date_is_refused(engine: Any) -> None:
    flt = Filter(name="when", column="order_date", kind="date_range")
    monthly = engine.check(
        revenue_plan({"field": "order_date", "timeUnit": "yearmonth"}, "line"), "demo"
    )
    with pytest.raises(AiserError, match="AISER-PLAN-INVALID"):
        apply_filters(monthly, [flt], {"when": {"start": "2024-01-01'; --"}})


def test_nothing_selected_leaves_the_plan_as_it_was(engine: Any) -> None:
    checked = engine.check(revenue_plan({"field": "region"}), "demo")
    flt = Filter(name="region", column="region")
    assert apply_filters(checked, [flt], {}) is checked.plan
    assert apply_filters(checked, [flt], {"region": []}) is checked.plan


def test_a_filter_on_a_column_the_chart_does_not_return_is_skipped(engine: Any) -> None:
    checked = engine.check(revenue_plan({"field": "region"}), "demo")
    flt = Filter(name="segment", column="segment")
    assert (
        apply_filters(checked, [flt], {"segment": ["Corporate"]}, columns={"region"})
        is checked.plan
    )


@pytest.mark.parametrize("selected", [[{"a": 1}], [None], {"start": "2024-01-01", "when": "x"}])
def test_a_selection_of_the_wrong_shape_is_a_coded_refusal(engine: Any, selected: Any) -> None:
    kind = "date_range" if isinstance(selected, dict) else "category"
    flt = Filter(name="f", column="order_date" if kind == "date_range" else "region", kind=kind)
    with pytest.raises(AiserError) as info:
        apply_filters(
            engine.check(revenue_plan({"field": "region"}), "demo"), [flt], {"f": selected}
        )
    assert info.value.code == "AISER-PLAN-INVALID"


@pytest.mark.parametrize("name", ["1st", "a b", "x;DROP", ""])
def test_a_filter_name_is_an_identifier(name: str) -> None:
    with pytest.raises(ValueError):
        Filter(name=name, column="region")


def test_the_title_is_the_label_or_the_column_in_words() -> None:
    assert Filter(name="d", column="order_date").title == "Order date"
    assert Filter(name="d", column="order_date", label="When").title == "When"


def test_a_year_is_a_date_range_of_the_whole_year() -> None:
    assert year_range(2024) == {"start": "2024-01-01", "end": "2025-01-01"}
