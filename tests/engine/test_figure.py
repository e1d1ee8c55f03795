"""Figures are built from the plotted rows, per mark, and stay small."""

from __future__ import annotations

import json

import pytest

from aiser_jupyter.engine.figure import PLOTLY_MIME, figure_json, mimebundle
from aiser_jupyter.engine.plan import ChartPlan

ORDERS = "SELECT o.order_date, o.channel, l.revenue, l.quantity FROM orders o JOIN order_lines l ON l.order_id = o.order_id"


def answer(engine, chart):
    return engine.run_plan(ChartPlan.model_validate({"sql": ORDERS, "chart": chart}), "demo")


@pytest.mark.parametrize(
    ("chart", "trace", "points"),
    [
        (
            {
                "mark": "bar",
                "encoding": {
                    "x": {"field": "channel"},
                    "y": {"field": "revenue", "aggregate": "sum"},
                },
            },
            "bar",
            3,
        ),
        (
            {
                "mark": "line",
                "encoding": {
                    "x": {"field": "order_date", "timeUnit": "year"},
                    "y": {"field": "revenue", "aggregate": "sum"},
                },
            },
            "scatter",
            3,
        ),
        (
            {
                "mark": "arc",
                "encoding": {
                    "color": {"field": "channel"},
                    "theta": {"field": "revenue", "aggregate": "sum"},
                },
            },
            "pie",
            3,
        ),
        (
            {"mark": "histogram", "encoding": {"x": {"field": "revenue", "bin": {"maxbins": 10}}}},
            "bar",
            None,
        ),
        (
            {
                "mark": "heatmap",
                "encoding": {
                    "x": {"field": "channel"},
                    "y": {"field": "order_date", "timeUnit": "weekday"},
                },
            },
            "heatmap",
            None,
        ),
        (
            {"mark": "box", "encoding": {"x": {"field": "channel"}, "y": {"field": "revenue"}}},
            "box",
            None,
        ),
        (
            {"mark": "kpi", "encoding": {"y": {"field": "revenue", "aggregate": "sum"}}},
            "indicator",
            None,
        ),
        (
            {
                "mark": "point",
                "encoding": {
                    "x": {"field": "revenue", "aggregate": "sum"},
                    "y": {"field": "quantity", "aggregate": "sum"},
                    "detail": {"field": "channel"},
                },
            },
            "scatter",
            3,
        ),
    ],
)
def test_each_mark_builds_its_trace(engine, chart, trace, points):
    fig = answer(engine, chart).figure
    assert fig.data[0].type == trace
    if points is not None:
        shown = fig.data[0].labels if trace == "pie" else fig.data[0].x
        assert len(shown) == points


def test_colour_makes_one_trace_per_value_and_stacks(engine):
    a = answer(
        engine,
        {
            "mark": "bar",
            "stack": "zero",
            "encoding": {
                "x": {"field": "order_date", "timeUnit": "year"},
                "y": {"field": "revenue", "aggregate": "sum"},
                "color": {"field": "channel"},
            },
        },
    )
    assert sorted(t.name for t in a.figure.data) == ["Online", "Phone", "Store"]
    assert a.figure.layout.barmode == "relative"
    total = sum(sum(t.y) for t in a.figure.data)
    assert total == pytest.approx(float(a.df[a.compiled.column("y")].sum()))


def test_weekday_labels_in_calendar_order(engine):
    a = answer(
        engine,
        {
            "mark": "bar",
            "encoding": {
                "x": {"field": "order_date", "timeUnit": "weekday"},
                "y": {"aggregate": "count"},
            },
        },
    )
    assert list(a.df[a.compiled.column("x")]) == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def test_mimebundle_is_the_plotly_mimetype_without_plotly_js(engine):
    a = answer(
        engine,
        {
            "mark": "bar",
            "encoding": {"x": {"field": "channel"}, "y": {"field": "revenue", "aggregate": "sum"}},
        },
    )
    bundle = mimebundle(a.figure)
    assert bundle[PLOTLY_MIME]["data"][0]["type"] == "bar"
    assert len(json.dumps(bundle)) < 60_000
    assert "text/html" in bundle and "text/plain" in bundle


def test_figure_payload_is_small_for_many_points(engine):
    a = answer(
        engine,
        {
            "mark": "line",
            "encoding": {
                "x": {"field": "order_date", "timeUnit": "day"},
                "y": {"field": "revenue", "aggregate": "sum"},
            },
        },
    )
    assert a.rows > 1000
    assert len(json.dumps(figure_json(a.figure))) < 64_000


def test_an_empty_result_says_so(engine):
    plan = ChartPlan.model_validate(
        {
            "sql": ORDERS + " WHERE o.channel = 'Carrier pigeon'",
            "chart": {
                "mark": "bar",
                "encoding": {"x": {"field": "channel"}, "y": {"aggregate": "count"}},
            },
        }
    )
    a = engine.run_plan(plan, "demo")
    assert a.rows == 0
    assert any("returned no rows" in n for n in a.notices)
