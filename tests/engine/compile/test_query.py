"""Compiling a guarded plan (compile/query.py): one statement that computes the plotted rows
in the database, with each channel's alias, label and type. The SQL runs on the demo."""

from __future__ import annotations

import math
from typing import Any

import pytest
from demo_orders import ORDERS, SUM_BY_CHANNEL, compile_orders, demo_truth, run_demo

from aiser_jupyter.engine.compile.query import compile_plan, nice_step
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.errors import AiserError


def test_a_bar_of_sums_computes_the_groups_in_the_database(engine: Any, demo_path: Any) -> None:
    compiled = compile_orders(engine, SUM_BY_CHANNEL)
    assert compiled.aggregated and "GROUP BY" in compiled.sql and "aiser_base" in compiled.sql
    got = {
        r[compiled.column("x")]: float(r[compiled.column("y")])
        for r in run_demo(engine, compiled.sql)
    }
    truth = demo_truth(demo_path, f"SELECT channel, sum(revenue) FROM ({ORDERS}) GROUP BY 1")
    assert got == pytest.approx({c: float(s) for c, s in truth})


def test_channels_have_aliases_labels_and_types(engine: Any) -> None:
    compiled = compile_orders(engine, SUM_BY_CHANNEL)
    x, y = compiled.fields["x"], compiled.fields["y"]
    assert (x.alias, x.label, x.type, x.is_measure) == ("channel", "channel", "nominal", False)
    assert (y.label, y.type, y.aggregate, y.is_measure) == (
        "Sum of revenue",
        "quantitative",
        "sum",
        True,
    )
    assert compiled.column("color") is None


@pytest.mark.parametrize(
    ("unit", "label", "kind"),
    [
        ("yearmonth", "order_date (month)", "temporal"),
        ("year", "order_date (year)", "temporal"),
        ("month", "order_date (month of year)", "ordinal"),
        ("weekday", "order_date (weekday)", "ordinal"),
    ],
)
def test_a_time_unit_names_itself_in_the_label(
    engine: Any, unit: str, label: str, kind: str
) -> None:
    chart = {
        "mark": "line",
        "encoding": {
            "x": {"field": "order_date", "timeUnit": unit},
            "y": {"field": "revenue", "aggregate": "sum"},
        },
    }
    x = compile_orders(engine, chart).fields["x"]
    assert (x.label, x.type, x.time_unit) == (label, kind, unit)


def test_a_field_the_query_does_not_return_is_refused_with_what_it_returns(engine: Any) -> None:
    chart = {"mark": "bar", "encoding": {"x": {"field": "region"}, "y": {"aggregate": "count"}}}
    with pytest.raises(AiserError) as info:
        compile_orders(engine, chart)
    assert info.value.code == "AISER-PLAN-FIELD"
    assert "'region'" in info.value.message and "channel" in info.value.message


def test_a_field_is_matched_without_regard_to_case(engine: Any) -> None:
    chart = {"mark": "bar", "encoding": {"x": {"field": "CHANNEL"}, "y": {"aggregate": "count"}}}
    assert compile_orders(engine, chart).fields["x"].field == "channel"


def test_two_aggregates_of_one_field_get_their_own_columns(engine: Any) -> None:
    chart = {
        "mark": "point",
        "encoding": {
            "x": {"field": "revenue", "aggregate": "min"},
            "y": {"field": "revenue", "aggregate": "max"},
            "color": {"field": "channel"},
        },
    }
    compiled = compile_orders(engine, chart)
    assert compiled.column("x") != compiled.column("y")
    row = run_demo(engine, compiled.sql)[0]
    assert row[compiled.column("x")] <= row[compiled.column("y")]


def test_a_pie_takes_its_slices_from_x_and_sizes_from_y(engine: Any) -> None:
    chart = {
        "mark": "arc",
        "encoding": {"x": {"field": "channel"}, "y": {"field": "revenue", "aggregate": "sum"}},
    }
    fields = compile_orders(engine, chart).fields
    assert set(fields) == {"theta", "color"}
    assert fields["color"].field == "channel" and fields["theta"].aggregate == "sum"


def test_a_histogram_counts_rows_per_bin_of_the_plans_width(engine: Any, demo_path: Any) -> None:
    (lo, hi), *_ = demo_truth(demo_path, f"SELECT min(revenue), max(revenue) FROM ({ORDERS})")
    step = nice_step(float(lo), float(hi))
    chart = {"mark": "histogram", "encoding": {"x": {"field": "revenue", "bin": {"step": step}}}}
    compiled = compile_orders(engine, chart)
    assert compiled.fields["x"].bin_step == step
    rows = run_demo(engine, compiled.sql)
    ((total,),) = demo_truth(demo_path, f"SELECT count(*) FROM ({ORDERS})")
    assert sum(r[compiled.column("y")] for r in rows) == total
    assert all(r[compiled.column("x")] % step == 0 for r in rows)


def test_a_histogram_without_a_width_still_compiles_to_validate_a_plan(engine: Any) -> None:
    compiled = compile_orders(
        engine, {"mark": "histogram", "encoding": {"x": {"field": "revenue"}}}
    )
    assert compiled.fields["x"].bin_step and compiled.fields["y"].aggregate == "count"


def test_the_row_cap_is_one_more_than_max_rows(engine: Any) -> None:
    chart = {"mark": "point", "encoding": {"x": {"field": "revenue"}, "y": {"field": "quantity"}}}
    compiled = compile_orders(engine, chart, max_rows=100)
    assert compiled.sql.endswith("LIMIT 101") and compiled.max_rows == 100


def test_a_box_plot_needs_quantiles_the_database_has(engine: Any, sqlite_shop: Any) -> None:
    engine.connect("lite", str(sqlite_shop))
    chart = {"mark": "box", "encoding": {"x": {"field": "channel"}, "y": {"field": "total"}}}
    plan = ChartPlan.model_validate({"sql": "SELECT channel, total FROM orders", "chart": chart})
    with pytest.raises(AiserError) as info:
        compile_plan(engine.check(plan, "lite"), engine.catalog("lite"))
    assert info.value.code == "AISER-SQL-UNSUPPORTED"


@pytest.mark.parametrize(
    ("lo", "hi", "maxbins", "step"),
    [
        (0, 100, 20, 5.0),
        (0, 1, 10, 0.1),
        (3, 47, 20, 2.5),
        (-1000, 1000, 20, 100.0),
        (0, 7, 20, 0.5),
    ],
)
def test_bin_widths_are_one_two_or_five_times_a_power_of_ten(
    lo: float, hi: float, maxbins: int, step: float
) -> None:
    got = nice_step(lo, hi, maxbins)
    assert got == pytest.approx(step)
    assert (hi - lo) / got <= maxbins


@pytest.mark.parametrize(("lo", "hi"), [(5, 5), (5, 1), (0, math.inf), (math.nan, 1)])
def test_an_empty_or_unknown_span_bins_by_one(lo: float, hi: float) -> None:
    assert nice_step(lo, hi) == 1.0
