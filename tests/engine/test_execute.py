"""Running a compiled query (execute.py): at most the row cap, decimals as doubles, month,
weekday and quarter numbers as their names, and a note when the chart is empty or cut."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from aiser_jupyter.engine.compile.query import compile_plan
from aiser_jupyter.engine.config import EngineConfig, Limits
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.execute import execute
from aiser_jupyter.engine.plan import ChartPlan

ORDERS = (
    "SELECT o.order_date, o.channel, l.revenue FROM orders o "
    "JOIN order_lines l ON l.order_id = o.order_id"
)


@pytest.fixture(scope="module")
def engine(demo_path: Path) -> Iterator[Engine]:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    yield eng
    eng.close()


def _run(
    engine: Engine, chart: dict[str, Any], sql: str = ORDERS, **kw: Any
) -> tuple[Any, pa.Table]:
    plan = ChartPlan.model_validate({"sql": sql, "chart": chart})
    compiled = compile_plan(engine.check(plan, "demo"), engine.catalog("demo"), **kw)
    return compiled, execute(engine.source("demo"), compiled, Limits())


def _by(unit: str) -> dict[str, Any]:
    return {
        "mark": "bar",
        "encoding": {
            "x": {"field": "order_date", "timeUnit": unit},
            "y": {"field": "revenue", "aggregate": "sum"},
        },
    }


def test_decimal_sums_come_back_as_doubles(engine: Engine) -> None:
    compiled, table = _run(
        engine, {"mark": "kpi", "encoding": {"y": {"field": "revenue", "aggregate": "sum"}}}
    )
    assert pa.types.is_float64(table.schema.field(compiled.column("y")).type)


@pytest.mark.parametrize(
    ("unit", "names"),
    [
        (
            "month",
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        ),
        ("weekday", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
        ("quarter", ["Q1", "Q2", "Q3", "Q4"]),
    ],
)
def test_parts_of_dates_are_named_in_calendar_order(
    engine: Engine, unit: str, names: list[str]
) -> None:
    compiled, table = _run(engine, _by(unit))
    assert table.column(compiled.column("x")).to_pylist() == names


def test_more_rows_than_the_cap_are_cut_and_the_chart_says_so(engine: Engine) -> None:
    chart = {"mark": "point", "encoding": {"x": {"field": "order_date"}, "y": {"field": "revenue"}}}
    compiled, table = _run(engine, chart, max_rows=50)
    assert table.num_rows == 50
    assert any("Showing the first 50 rows" in n for n in compiled.notes)


def test_an_empty_result_says_so(engine: Engine) -> None:
    compiled, table = _run(engine, _by("year"), ORDERS + " WHERE o.channel = 'fax'")
    assert table.num_rows == 0 and any("returned no rows" in n for n in compiled.notes)
