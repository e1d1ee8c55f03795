"""The demo's orders joined to their lines, compiled and run: what the compile stage's tests
share (``tests/engine/compile``). ``engine`` is a rules engine on the demo database."""

from __future__ import annotations

from typing import Any

import duckdb

from aiser_jupyter.engine.compile.query import compile_plan
from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.plan import ChartPlan

ORDERS = (
    "SELECT o.order_date, o.channel, l.revenue, l.quantity "
    "FROM orders o JOIN order_lines l ON l.order_id = o.order_id"
)

SUM_BY_CHANNEL = {
    "mark": "bar",
    "encoding": {"x": {"field": "channel"}, "y": {"field": "revenue", "aggregate": "sum"}},
}


def compile_orders(engine: Any, chart: dict[str, Any], **kw: Any) -> Any:
    """``chart`` over ``ORDERS``, guarded and compiled against the demo's catalog."""
    plan = ChartPlan.model_validate({"sql": ORDERS, "chart": chart})
    return compile_plan(engine.check(plan, "demo"), engine.catalog("demo"), **kw)


def run_demo(engine: Any, sql: str) -> list[dict[str, Any]]:
    """The rows of ``sql`` run through the demo source, as dicts."""
    return list(engine.source("demo").run(sql, Limits()).to_pylist())


def demo_truth(demo_path: Any, sql: str) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` on a plain read-only DuckDB connection to the demo file."""
    con = duckdb.connect(str(demo_path), read_only=True)
    try:
        return con.sql(sql).fetchall()
    finally:
        con.close()


#: revenue with its order date, customer and region: what dashboard tests filter and chart
REGION_REVENUE = (
    "SELECT r.name AS region, o.order_date, ol.revenue, c.name AS customer FROM order_lines ol "
    "JOIN orders o ON ol.order_id = o.order_id JOIN customers c ON o.customer_id = c.customer_id "
    "JOIN regions r ON c.region_id = r.region_id"
)


def revenue_plan(x: dict[str, Any], mark: str = "bar", sql: str = REGION_REVENUE) -> ChartPlan:
    """A chart of summed revenue over the channel ``x`` (a dict of the plan's x encoding)."""
    return ChartPlan.model_validate(
        {
            "sql": sql,
            "chart": {
                "mark": mark,
                "encoding": {"x": x, "y": {"field": "revenue", "aggregate": "sum"}},
            },
        }
    )
