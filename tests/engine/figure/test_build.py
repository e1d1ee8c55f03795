"""Figures are built from the plotted rows, per mark, and stay small."""

from __future__ import annotations

import json

import pytest

from aiser_jupyter.engine.figure.build import figure_json, mimebundle
from aiser_jupyter.engine.figure.plotly_json import PLOTLY_MIME
from aiser_jupyter.engine.plan import ChartPlan

ORDERS = "SELECT o.order_date, o.channel, l.revenue, l.quantity FROM orders o JOIN order_lines l ON l.order_id = o.order_id"


def answer(engine, chart):
    return engine.run_plan(ChartPlan.model_validate({"sql": ORDERS, "chart": chart}), "demo")


MARKS = [
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
]


@pytest.mark.parametrize(("chart", "trace", "points"), MARKS)
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
    bundle = mimebundle(a.plotly_json())
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


MORE = [
    {  # colours, dates on x, many points (typed date array)
        "mark": "line",
        "encoding": {
            "x": {"field": "order_date", "timeUnit": "day"},
            "y": {"field": "revenue", "aggregate": "sum"},
            "color": {"field": "channel"},
        },
    },
    {  # raw points, sampled, with a quantitative colour and size
        "mark": "point",
        "encoding": {
            "x": {"field": "revenue"},
            "y": {"field": "quantity"},
            "color": {"field": "revenue"},
            "size": {"field": "quantity"},
        },
    },
    {  # a horizontal bar, a stacked area, a table
        "mark": "bar",
        "encoding": {"y": {"field": "channel"}, "x": {"field": "revenue", "aggregate": "mean"}},
    },
    {
        "mark": "area",
        "encoding": {
            "x": {"field": "order_date", "timeUnit": "month"},
            "y": {"field": "quantity", "aggregate": "sum"},
            "color": {"field": "channel"},
        },
    },
    {
        "mark": "table",
        "encoding": {
            "x": {"field": "order_date", "timeUnit": "year"},
            "y": {"field": "revenue", "aggregate": "sum"},
        },
    },
]


@pytest.mark.parametrize("chart", [c for c, _, _ in MARKS] + MORE)
def test_display_json_is_what_plotly_itself_makes(engine, chart):
    """The figure JSON built without plotly's validators equals plotly's own (go.Figure)."""
    a = answer(engine, chart)
    ours = a.plotly_json()
    theirs = json.loads(a.figure.to_json())
    # plotly.py spells named colour scales out; plotly.js takes the name as it is
    for mine, plotlys in zip(ours["data"], theirs["data"], strict=True):
        for owner, other in ((mine, plotlys), (mine.get("marker", {}), plotlys.get("marker", {}))):
            if isinstance(owner.get("colorscale"), str):
                assert owner["colorscale"] in ("Blues", "Viridis")
                assert isinstance(other.pop("colorscale"), list)
                del owner["colorscale"]
    assert ours == theirs
    assert mimebundle(ours)[PLOTLY_MIME]["data"] == theirs["data"]


def test_a_full_heatmap_of_counts_travels_as_small_integers(engine):
    a = answer(
        engine,
        {
            "mark": "heatmap",
            "encoding": {
                "x": {"field": "channel"},
                "y": {"field": "order_date", "timeUnit": "weekday"},
            },
        },
    )
    z = a.plotly_json()["data"][0]["z"]
    assert z["dtype"] in ("i1", "i2", "i4") and z["shape"] == "7, 3"
    assert a.figure.data[0].z.sum() == a.df[a.compiled.column("color")].sum()


def test_time_zoned_timestamps_are_drawn_at_their_wall_clock_time():
    import datetime as dt

    import numpy as np
    import pandas as pd
    import pyarrow as pa

    from aiser_jupyter.engine.figure.build import Rows

    utc = [dt.datetime(2024, 3, 31, 0, 30, tzinfo=dt.timezone.utc), None]  # across a clock change
    table = pa.table({"t": pa.array(utc, type=pa.timestamp("us", tz="Europe/Paris"))})
    wall = pd.Series(utc, dtype="datetime64[us, UTC]").dt.tz_convert("Europe/Paris")
    expected = wall.dt.tz_localize(None).to_numpy().astype("datetime64[us]")
    np.testing.assert_array_equal(Rows(table).array("t"), expected)  # 01:30 Paris time, NaT
