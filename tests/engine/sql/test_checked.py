"""No stage sends a plan's SQL before the guard has checked it (issue 13, finding 4).

A plan can come from a file (a dashboard notebook, a plan cell), not only from the
planner. Heatmaps and histograms read bounds for their bins before compiling, and
lines their x range for M4: each of those queries must be built from the *guarded*
plan. Here a plan whose base query reads a server file is run as a heatmap, a
histogram, a line and a scatter on DuckDB, SQLite and PostgreSQL: it is refused with
the guard's code and the database never sees a single query for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlglot import exp

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.errors import AiserError

#: dialect -> (table, two numeric columns, a base query that reads /etc/passwd)
HOSTILE = {
    "duckdb": (
        "SELECT l.revenue AS a, l.quantity AS b FROM order_lines l, read_text('/etc/passwd') t"
    ),
    "sqlite": (
        "SELECT total AS a, customer_id AS b FROM orders "
        "WHERE load_extension('/tmp/aiser-evil.so') IS NULL"
    ),
    "postgres": (
        "SELECT customer_id AS a, region_id AS b FROM customers "
        "WHERE length(pg_read_file('/etc/passwd')) > 0"
    ),
}
BIN = {"maxbins": 10}
CHARTS: dict[str, dict[str, Any]] = {
    "heatmap": {
        "mark": "heatmap",
        "encoding": {"x": {"field": "a", "bin": BIN}, "y": {"field": "b", "bin": BIN}},
    },
    "histogram": {"mark": "histogram", "encoding": {"x": {"field": "a", "bin": BIN}}},
    "line": {
        "mark": "line",
        "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b"}},
    },
    "scatter": {"mark": "point", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}},
}


@pytest.fixture(params=["duckdb", "sqlite", "postgres"])
def connected(
    request: pytest.FixtureRequest, demo_path: Path, sqlite_shop: Path
) -> Iterator[tuple[str, Engine]]:
    dialect = request.param
    engine = Engine(EngineConfig(planner="rules", use_cache=False, max_points=10))
    if dialect == "duckdb":
        engine.connect("db", str(demo_path))
    elif dialect == "sqlite":
        engine.connect("db", str(sqlite_shop))
    else:
        request.applymarker(pytest.mark.postgres)
        engine.connect("db", request.getfixturevalue("pg_server").url())
    engine.catalog("db")  # the catalog's own (trusted) queries happen before recording
    yield dialect, engine
    engine.close()


@pytest.mark.parametrize("chart", sorted(CHARTS))
def test_a_hostile_plan_is_refused_before_any_query(
    connected: tuple[str, Engine], chart: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialect, engine = connected
    source = engine.source("db")
    sent: list[str] = []
    original = type(source).run

    def recording(self: Any, sql: str, limits: Any) -> Any:
        sent.append(sql)
        return original(self, sql, limits)

    monkeypatch.setattr(type(source), "run", recording)
    plan = ChartPlan.model_validate({"sql": HOSTILE[dialect], "chart": CHARTS[chart]})
    with pytest.raises(AiserError) as info:
        engine.run_plan(plan, "db")
    assert info.value.code in ("AISER-SQL-FUNCTION", "AISER-SQL-TABLE"), info.value.text
    assert sent == [], f"{dialect} {chart}: queries sent before the guard: {sent}"
    assert "root:" not in info.value.text


@pytest.mark.parametrize("chart", ["histogram", "heatmap"])
def test_stored_statistics_are_not_read_from_a_table_function(
    demo_path: Path, chart: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # DuckDB bins read stats() of a plain "SELECT … FROM table": here the "table" reads a file
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("db", str(demo_path))
    engine.catalog("db")
    source = engine.source("db")
    sent: list[str] = []
    original = type(source).run
    monkeypatch.setattr(
        type(source),
        "run",
        lambda self, sql, limits: sent.append(sql) or original(self, sql, limits),
    )
    hostile = "SELECT size AS a, size AS b FROM read_text('/etc/passwd')"
    plan = ChartPlan.model_validate({"sql": hostile, "chart": CHARTS[chart]})
    try:
        with pytest.raises(AiserError) as info:
            engine.run_plan(plan, "db")
    finally:
        engine.close()
    assert info.value.code in ("AISER-SQL-FUNCTION", "AISER-SQL-TABLE"), info.value.text
    assert sent == []


def test_bounds_and_reductions_still_run_for_a_benign_plan(
    connected: tuple[str, Engine], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the same recording sees the bounds query of a binned heatmap once the plan is guarded
    dialect, engine = connected
    source = engine.source("db")
    benign = HOSTILE[dialect].split(" WHERE ")[0].split(", read_text")[0]
    sent: list[str] = []
    original = type(source).run

    def recording(self: Any, sql: str, limits: Any) -> Any:
        sent.append(sql)
        return original(self, sql, limits)

    monkeypatch.setattr(type(source), "run", recording)
    plan = ChartPlan.model_validate({"sql": benign, "chart": CHARTS["heatmap"]})
    answer = engine.run_plan(plan, "db")
    assert answer.rows > 0
    assert len(sent) >= 2  # bounds for the bins, then the chart query
    assert all("read_text" not in q and "pg_read_file" not in q for q in sent)


# ----------------------------------------------------------------- the GuardedPlan itself
SUM_BY_CHANNEL = {
    "sql": "SELECT channel, order_id FROM orders /* a note */",
    "chart": {"mark": "bar", "encoding": {"x": {"field": "channel"}, "y": {"aggregate": "count"}}},
}


def test_a_guarded_plan_is_made_by_guard_plan_only(engine: Any) -> None:
    from aiser_jupyter.engine.sql.checked import GuardedPlan

    checked = engine.check(ChartPlan.model_validate(SUM_BY_CHANNEL), "demo")
    with pytest.raises(TypeError, match="guard_plan"):
        GuardedPlan(checked.plan, "duckdb", checked.base(), object())


def test_the_base_query_is_handed_out_as_a_copy_without_comments(engine: Any) -> None:
    checked = engine.check(ChartPlan.model_validate(SUM_BY_CHANNEL), "demo")
    checked.base().set("where", None)  # changing a copy changes nothing
    checked.base().find(exp.Table).set("this", exp.to_identifier("secrets"))
    assert checked.base_sql() == "SELECT channel, order_id FROM orders"


def test_another_chart_keeps_the_checked_base_query(engine: Any) -> None:
    checked = engine.check(ChartPlan.model_validate(SUM_BY_CHANNEL), "demo")
    pie = checked.chart.model_copy(update={"mark": "arc"})
    other = checked.with_chart(pie)
    assert other.chart.mark == "arc" and other.base_sql() == checked.base_sql()
    assert checked.chart.mark == "bar"


def test_a_plan_the_guard_refuses_never_becomes_a_guarded_plan(engine: Any) -> None:
    plan = ChartPlan.model_validate(
        {**SUM_BY_CHANNEL, "sql": "SELECT * FROM read_csv('/etc/passwd')"}
    )
    with pytest.raises(AiserError) as info:
        engine.check(plan, "demo")
    assert info.value.code == "AISER-SQL-FUNCTION"


def test_a_checked_query_is_remembered(engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from aiser_jupyter.engine.sql import checked as module

    calls: list[str] = []
    real = module.check_sql

    def counting(sql: str, **kw: Any) -> Any:
        calls.append(sql)
        return real(sql, **kw)

    monkeypatch.setattr(module, "check_sql", counting)
    plan = ChartPlan.model_validate(
        {**SUM_BY_CHANNEL, "sql": "SELECT channel AS only_in_this_test, status FROM orders"}
    )
    catalog = engine.catalog("demo")
    module.guard_plan(plan, catalog, "duckdb")
    module.guard_plan(plan, catalog, "duckdb")
    assert len(calls) == 1
    module.guard_plan(plan, catalog, "postgres")  # another dialect is checked again
    assert len(calls) == 2
