"""Scatters over many points are a sample taken in SQL, with the unreduced count beside it
(reduce/sample.py): DuckDB's reservoir, SQLite's row ids, PostgreSQL's table samples —
never a sort of the whole table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan

ROWS = 100_000  #: rows of the ``big`` fixture (tests/engine/conftest.py)
SCATTER = {"mark": "point", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}}


def run(engine: Engine, chart: dict[str, object], sql: str = "SELECT * FROM sales") -> Any:
    return engine.run_plan(ChartPlan.model_validate({"sql": sql, "chart": chart}), "big")


def test_a_big_scatter_is_sampled_in_sql_and_says_so(big_engine: Engine) -> None:
    answer = run(big_engine, SCATTER)
    assert answer.reduction is not None
    assert (answer.reduction.kind, answer.reduction.total, answer.rows) == ("sample", ROWS, 2_500)
    assert "USING SAMPLE" in answer.compiled_sql
    assert "sampled 2,500 of 100,000 points" in " ".join(answer.notices)
    notes = [a.text for a in answer.figure.layout.annotations]
    assert "sampled 2,500 of 100,000 points" in notes
    assert set(answer.df.columns) == {"amount", "qty"}


def test_sqlite_scatter_is_a_rowid_sample_that_says_so(big_sqlite: Path) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False, max_points=500))
    eng.connect("lite", str(big_sqlite))
    chart = {"mark": "point", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}}
    answer = eng.run_plan(
        ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart}), "lite"
    )
    assert "rowid" in answer.compiled_sql and "random" not in answer.compiled_sql.lower()
    assert answer.reduction is not None and answer.reduction.total == 20_000
    assert 0 < len(answer.df) <= 500
    assert "sampled" in " ".join(answer.notices)
    eng.close()


def test_postgres_scatter_samples_pages_not_a_sort(pg_server: Any) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False, max_points=200))
    eng.connect("pg", pg_server.url())
    table = next(t for t in eng.catalog("pg").tables if t.name.endswith("order_lines"))
    assert table.row_count is not None and table.row_count > 1_000
    chart = {"mark": "point", "encoding": {"x": {"field": "revenue"}, "y": {"field": "quantity"}}}
    plan = ChartPlan.model_validate({"sql": f"SELECT * FROM {table.name}", "chart": chart})
    answer = eng.run_plan(plan, "pg")
    assert "TABLESAMPLE BERNOULLI" in answer.compiled_sql and "REPEATABLE" in answer.compiled_sql
    assert "random" not in answer.compiled_sql.lower()
    assert answer.reduction is not None and answer.reduction.total == table.row_count
    assert 0 < len(answer.df) <= 400
    eng.close()


def test_a_scatter_barely_over_the_budget_is_drawn_whole(tmp_path: Path) -> None:
    """Up to twice the point budget a scatter keeps every point (a sample of nearly all of them
    hides some for nothing); past it, a sample of the budget, said so."""
    import duckdb

    path = tmp_path / "points.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE pts AS SELECT i AS k, i * 0.5 AS a, (i * 7) % 101 AS b FROM range(5000) t(i)"
    )
    con.close()
    eng = Engine(EngineConfig(planner="rules", use_cache=False, max_points=100))
    eng.connect("pts", str(path))
    chart = {"mark": "point", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}}
    whole = run_on(eng, chart, "SELECT a, b FROM pts WHERE k < 150")
    assert (whole.reduction, whole.rows) == (None, 150)
    assert not any("sampled" in n for n in whole.notices)
    sampled = run_on(eng, chart, "SELECT a, b FROM pts WHERE k < 201")
    assert sampled.reduction is not None
    assert (sampled.reduction.total, sampled.rows) == (201, 100)
    assert "sampled 100 of 201 points" in " ".join(sampled.notices)


def run_on(engine: Engine, chart: dict[str, object], sql: str) -> Any:
    return engine.run_plan(ChartPlan.model_validate({"sql": sql, "chart": chart}), "pts")
