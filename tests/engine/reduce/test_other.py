"""Bars and pies with too many categories: the top N plus one "Other" row holding the exact
rest, in one statement (reduce/other.py), also where the catalog cannot count the categories."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import duckdb
import pytest
from recorded import statements

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan


def run(engine: Engine, chart: dict[str, object], sql: str = "SELECT * FROM sales") -> Any:
    return engine.run_plan(ChartPlan.model_validate({"sql": sql, "chart": chart}), "big")


def test_many_bars_become_top_n_plus_other_with_the_exact_rest(
    big_engine: Engine, big: Path
) -> None:
    chart = {
        "mark": "bar",
        "encoding": {"x": {"field": "product"}, "y": {"field": "amount", "aggregate": "sum"}},
    }
    answer = run(big_engine, chart)
    assert answer.reduction is not None and answer.reduction.kind == "other"
    assert answer.reduction.total == 900 and answer.rows == 51
    labels = answer.df["product"].tolist()
    assert labels[-1] == "Other (850 more)"
    con = duckdb.connect(str(big), read_only=True)
    total = con.sql("SELECT SUM(amount) FROM sales").fetchall()[0][0]
    top = con.sql(
        "SELECT product, SUM(amount) s FROM sales GROUP BY 1 ORDER BY s DESC LIMIT 50"
    ).fetchall()
    con.close()
    assert answer.df["amount"].sum() == pytest.approx(total)
    assert labels[:50] == [p for p, _ in top]


def test_bars_of_a_derived_category_get_their_other_row_from_one_statement(
    big_engine: Engine, big: Path
) -> None:
    sent = statements(big_engine, "big")
    chart = {
        "mark": "bar",
        "encoding": {"x": {"field": "item"}, "y": {"field": "amount", "aggregate": "sum"}},
    }
    sql = "SELECT 'item ' || (id % 900) AS item, amount FROM sales"  # the catalog cannot count it
    answer = run(big_engine, chart, sql)
    assert sent == [answer.compiled_sql]
    assert answer.reduction is not None and answer.reduction.total == 900
    assert answer.rows == 51 and answer.df["item"].iloc[-1] == "Other (850 more)"
    con = duckdb.connect(str(big), read_only=True)
    total = con.sql("SELECT SUM(amount) FROM sales").fetchall()[0][0]
    con.close()
    assert answer.df["amount"].sum() == pytest.approx(total)


def test_few_bars_keep_their_values_and_types(big_engine: Engine) -> None:
    chart = {
        "mark": "bar",
        "encoding": {"x": {"field": "bucket"}, "y": {"field": "qty", "aggregate": "mean"}},
    }
    answer = run(
        big_engine, chart, "SELECT id % 7 AS bucket, qty FROM sales"
    )  # no profile of bucket
    assert answer.reduction is None and answer.rows == 7
    assert answer.table.schema.field("bucket").type == "int64"
    assert sorted(answer.df["bucket"]) == list(range(7))


def test_sqlite_bars_keep_the_top_categories_and_other(big_sqlite: Path) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False, max_categories=10))
    eng.connect("lite", str(big_sqlite))
    chart = {
        "mark": "bar",
        "encoding": {"x": {"field": "product"}, "y": {"field": "amount", "aggregate": "sum"}},
    }
    answer = eng.run_plan(
        ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart}), "lite"
    )
    assert answer.reduction is not None and answer.reduction.kind == "other"
    assert len(answer.df) == 11
    total = sum(a for (a,) in sqlite3.connect(big_sqlite).execute("SELECT amount FROM sales"))
    assert answer.df.iloc[:, 1].sum() == pytest.approx(total)  # Other holds the rest exactly
    eng.close()
