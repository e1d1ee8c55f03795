"""ORDER BY and top-N of the compiled statement (compile/order.py): bars largest first, time
in calendar order, an explicit sort as asked, and a limit that keeps the top groups."""

from __future__ import annotations

from typing import Any

import pytest
from demo_orders import SUM_BY_CHANNEL, compile_orders, demo_truth, run_demo

from aiser_jupyter.engine.compile.query import compile_plan
from aiser_jupyter.engine.plan import ChartPlan


def test_bars_are_ordered_by_their_measure_largest_first(engine: Any) -> None:
    compiled = compile_orders(engine, SUM_BY_CHANNEL)
    sums = [r[compiled.column("y")] for r in run_demo(engine, compiled.sql)]
    assert sums == sorted(sums, reverse=True)


def test_a_time_axis_is_in_calendar_order(engine: Any) -> None:
    chart = {
        "mark": "line",
        "encoding": {
            "x": {"field": "order_date", "timeUnit": "yearmonth"},
            "y": {"field": "revenue", "aggregate": "sum"},
        },
    }
    compiled = compile_orders(engine, chart)
    months = [r[compiled.column("x")] for r in run_demo(engine, compiled.sql)]
    assert months == sorted(months) and len(months) == len(set(months)) > 12


def test_a_limit_with_colours_keeps_the_top_groups_in_every_colour(
    engine: Any, demo_path: Any
) -> None:
    lines = (
        "SELECT p.name AS product, o.channel, l.quantity FROM order_lines l "
        "JOIN orders o USING (order_id) JOIN products p USING (product_id)"
    )
    chart = {
        "mark": "bar",
        "limit": 3,
        "encoding": {
            "x": {"field": "product"},
            "y": {"field": "quantity", "aggregate": "sum"},
            "color": {"field": "channel"},
        },
    }
    plan = ChartPlan.model_validate({"sql": lines, "chart": chart})
    compiled = compile_plan(engine.check(plan, "demo"), engine.catalog("demo"))
    rows = run_demo(engine, compiled.sql)
    top = demo_truth(
        demo_path, f"SELECT product FROM ({lines}) GROUP BY 1 ORDER BY sum(quantity) DESC LIMIT 3"
    )
    assert {r[compiled.column("x")] for r in rows} == {p for (p,) in top}
    assert len(rows) == 3 * len({r[compiled.column("color")] for r in rows})


def test_an_explicit_order_of_values_is_kept(engine: Any) -> None:
    order = ["Store", "Phone", "Online"]
    chart = {
        "mark": "bar",
        "encoding": {
            "x": {"field": "channel", "sort": order},
            "y": {"field": "revenue", "aggregate": "sum"},
        },
    }
    compiled = compile_orders(engine, chart)
    assert [r[compiled.column("x")] for r in run_demo(engine, compiled.sql)] == order


@pytest.mark.parametrize(("sort", "reverse"), [("ascending", False), ("descending", True)])
def test_a_dimension_sorted_by_its_own_values(engine: Any, sort: str, reverse: bool) -> None:
    chart = {
        "mark": "bar",
        "encoding": {
            "x": {"field": "channel", "sort": sort},
            "y": {"field": "revenue", "aggregate": "sum"},
        },
    }
    compiled = compile_orders(engine, chart)
    names = [r[compiled.column("x")] for r in run_demo(engine, compiled.sql)]
    assert names == sorted(names, reverse=reverse)


def test_horizontal_bars_are_ordered_by_their_measure_too(engine: Any) -> None:
    chart = {
        "mark": "bar",
        "encoding": {
            "y": {"field": "channel"},
            "x": {"field": "revenue", "aggregate": "sum"},
        },
    }
    compiled = compile_orders(engine, chart)
    sums = [r[compiled.column("x")] for r in run_demo(engine, compiled.sql)]
    assert sums == sorted(sums, reverse=True)
