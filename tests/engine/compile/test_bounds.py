"""Bounds for bin widths (compile/bounds.py): DuckDB's stored statistics without a scan,
remembered per catalog; else one MIN/MAX over the checked base query."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from recorded import statements

from aiser_jupyter.engine.compile.bounds import minmax, stats_bounds
from aiser_jupyter.engine.config import EngineConfig, Limits
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan

HISTOGRAM = {"mark": "histogram", "encoding": {"x": {"field": "revenue"}}}


@pytest.fixture(scope="module")
def engine(demo_path: Path) -> Iterator[Engine]:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    yield eng
    eng.close()


@pytest.fixture()
def queries(engine: Engine) -> Iterator[list[str]]:
    """The SQL the demo source runs during the test (its real ``run``, counted)."""
    source = engine.source("demo")
    original = source.run
    seen: list[str] = []

    def counting(sql: str, limits: Limits) -> Any:
        seen.append(sql)
        return original(sql, limits)

    source.run = counting  # type: ignore[method-assign]
    yield seen
    del source.run


def _checked(engine: Engine, sql: str) -> Any:
    return engine.check(ChartPlan.model_validate({"sql": sql, "chart": HISTOGRAM}), "demo")


def _truth(demo_path: Path, sql: str) -> tuple[Any, ...]:
    con = duckdb.connect(str(demo_path), read_only=True)
    try:
        return con.sql(sql).fetchall()[0]
    finally:
        con.close()


def test_stored_statistics_bound_a_plain_tables_columns(engine: Engine, demo_path: Path) -> None:
    checked = _checked(engine, "SELECT * FROM order_lines")
    got = stats_bounds(checked, ["revenue", "quantity"], engine.source("demo"), Limits())
    for name in ("revenue", "quantity"):
        lo, hi = _truth(demo_path, f"SELECT min({name}), max({name}) FROM order_lines")
        assert got[name][0] <= float(lo) and got[name][1] >= float(hi)


def test_date_statistics_are_epoch_seconds(engine: Engine, demo_path: Path) -> None:
    checked = _checked(engine, "SELECT * FROM orders")
    (lo, hi) = stats_bounds(checked, ["order_date"], engine.source("demo"), Limits())["order_date"]
    first, last = _truth(demo_path, "SELECT min(order_date), max(order_date) FROM orders")
    epoch = dt.date(1970, 1, 1)
    assert lo <= (first - epoch).total_seconds() and hi >= (last - epoch).total_seconds()


def test_statistics_are_read_once_per_catalog(engine: Engine, queries: list[str]) -> None:
    checked = _checked(engine, "SELECT * FROM products")
    catalog = engine.catalog("demo")
    queries.clear()  # reading the catalog ran its own queries
    first = stats_bounds(checked, ["list_price"], engine.source("demo"), Limits(), catalog)
    assert len(queries) == 1 and "STATS(" in queries[0].upper()
    again = stats_bounds(checked, ["list_price"], engine.source("demo"), Limits(), catalog)
    assert again == first and len(queries) == 1


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM order_lines WHERE quantity > 2",
        "SELECT l.* FROM order_lines l JOIN orders o USING (order_id)",
        "SELECT * FROM order_lines LIMIT 10",
    ],
)
def test_a_filtered_or_joined_base_has_no_stored_statistics(
    engine: Engine, queries: list[str], sql: str
) -> None:
    assert stats_bounds(_checked(engine, sql), ["revenue"], engine.source("demo"), Limits()) == {}
    assert queries == []


def test_other_databases_have_no_stored_statistics(engine: Engine, sqlite_shop: Path) -> None:
    engine.connect("lite", str(sqlite_shop))
    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT * FROM orders",
            "chart": {"mark": "histogram", "encoding": {"x": {"field": "total"}}},
        }
    )
    checked = engine.check(plan, "lite")
    assert stats_bounds(checked, ["total"], engine.source("lite"), Limits()) == {}


def test_minmax_runs_over_the_checked_base_query(engine: Engine, demo_path: Path) -> None:
    sql = "SELECT * FROM order_lines WHERE quantity > 2"
    got = minmax(_checked(engine, sql), ["discount"], engine.source("demo"), Limits())
    lo, hi = _truth(demo_path, f"SELECT min(discount), max(discount) FROM ({sql})")
    assert got == {"discount": (lo, hi)}


def test_minmax_reads_every_column_in_one_query(engine: Engine, demo_path: Path) -> None:
    sql = "SELECT * FROM order_lines WHERE quantity > 2"
    sent = statements(engine, "demo")
    got = minmax(_checked(engine, sql), ["discount", "quantity"], engine.source("demo"), Limits())
    d_lo, d_hi = _truth(demo_path, f"SELECT min(discount), max(discount) FROM ({sql})")
    q_lo, q_hi = _truth(demo_path, f"SELECT min(quantity), max(quantity) FROM ({sql})")
    assert got == {"discount": (d_lo, d_hi), "quantity": (q_lo, q_hi)} and len(sent) == 1


def test_minmax_of_a_decimal_column(engine: Engine, demo_path: Path) -> None:
    sql = "SELECT * FROM order_lines WHERE quantity > 2"
    got = minmax(_checked(engine, sql), ["revenue"], engine.source("demo"), Limits())
    lo, hi = _truth(demo_path, f"SELECT min(revenue), max(revenue) FROM ({sql})")
    assert got == {"revenue": (float(lo), float(hi))}


def test_minmax_of_text_or_no_rows_leaves_the_column_out(engine: Engine) -> None:
    regions = _checked(engine, "SELECT * FROM regions")
    assert minmax(regions, ["name"], engine.source("demo"), Limits()) == {}
    empty = _checked(engine, "SELECT * FROM order_lines WHERE quantity < 0")
    assert minmax(empty, ["revenue"], engine.source("demo"), Limits()) == {}
