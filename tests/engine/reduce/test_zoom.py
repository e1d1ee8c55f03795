"""Zoom that re-queries (reduce/zoom.py): a plan restricted to the range a user zoomed into.

The range ends come from the browser: only numbers and dates become SQL literals.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pytest

from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.reduce.zoom import zoom_plan

SQL = "SELECT o.order_date, l.revenue, l.quantity FROM orders o JOIN order_lines l USING (order_id)"


def _plan(chart: dict[str, Any], sql: str = SQL) -> ChartPlan:
    return ChartPlan.model_validate({"sql": sql, "chart": chart})


LINE = {"mark": "line", "encoding": {"x": {"field": "order_date"}, "y": {"field": "revenue"}}}
SCATTER = {"mark": "point", "encoding": {"x": {"field": "revenue"}, "y": {"field": "quantity"}}}


def test_a_date_range_keeps_the_points_inside_it(engine: Any, demo_path: Any) -> None:
    zoomed = zoom_plan(engine.check(_plan(LINE), "demo"), ("2024-02-01", "2024-02-03 23:59:59"))
    answer = engine.run_plan(zoomed, "demo")
    con = duckdb.connect(str(demo_path), read_only=True)
    ((expected,),) = con.sql(
        f"SELECT count(*) FROM ({SQL}) t WHERE order_date BETWEEN '2024-02-01' AND '2024-02-03'"
    ).fetchall()
    con.close()
    assert answer.rows == expected > 0
    days = {d.date() if isinstance(d, dt.datetime) else d for d in answer.df["order_date"]}
    assert min(days) >= dt.date(2024, 2, 1) and max(days) <= dt.date(2024, 2, 3)


def test_numbers_restrict_both_axes(engine: Any) -> None:
    zoomed = zoom_plan(engine.check(_plan(SCATTER), "demo"), (100, 200.5), (2, 3))
    df = engine.run_plan(zoomed, "demo").df
    assert len(df) > 0
    assert df["revenue"].between(100, 200.5).all() and df["quantity"].between(2, 3).all()


@pytest.mark.parametrize(
    "end", ["2024-02-01T10:00:00.123456789", "2024-02-01 10:00", " 2024-02-01 "]
)
def test_plotly_date_spellings_are_read(engine: Any, end: str) -> None:
    zoomed = zoom_plan(engine.check(_plan(LINE), "demo"), ("2024-01-31", end))
    assert "2024-02-01" in zoomed.sql


@pytest.mark.parametrize(
    "bad",
    ["2024-02-01'; DROP TABLE orders; --", "yesterday", "1=1", None, True],
)
def test_anything_but_a_number_or_a_date_is_refused_before_sql(engine: Any, bad: Any) -> None:
    with pytest.raises(ValueError):
        zoom_plan(engine.check(_plan(LINE), "demo"), ("2024-01-01", bad))


def test_the_zoomed_plan_is_built_from_the_checked_query(engine: Any) -> None:
    commented = _plan(LINE, SQL + " -- a comment the guard drops")
    zoomed = zoom_plan(engine.check(commented, "demo"), ("2024-01-01", "2024-01-02"))
    assert "comment" not in zoomed.sql
    assert zoomed.sql.startswith("SELECT * FROM (SELECT")
    engine.check(zoomed, "demo")  # and it passes the guard again


def test_an_aggregated_axis_or_no_range_leaves_the_plan_as_it_was(engine: Any) -> None:
    by_month = _plan(
        {
            "mark": "bar",
            "encoding": {
                "x": {"field": "order_date", "timeUnit": "yearmonth"},
                "y": {"field": "revenue", "aggregate": "sum"},
            },
        }
    )
    checked = engine.check(by_month, "demo")
    assert zoom_plan(checked, None, (0, 10)) is by_month  # y is a sum: not a row filter
    assert zoom_plan(checked, None) is by_month


def test_the_axes_keep_the_types_of_the_first_run(engine: Any) -> None:
    checked = engine.check(_plan(LINE), "demo")
    zoomed = zoom_plan(checked, ("2024-01-01", "2024-01-02"), types={"x": "temporal", "y": "bogus"})
    assert zoomed.chart.encoding.x is not None and zoomed.chart.encoding.x.type == "temporal"
    assert zoomed.chart.encoding.y is not None and zoomed.chart.encoding.y.type is None
