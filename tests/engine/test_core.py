"""The Engine facade (core.py): sources by alias, planning without running, a query run once
with its progress, notices given once."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from interrupts import interrupt_after

from aiser_jupyter.engine.config import EngineConfig, Limits
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError

#: a DuckDB query that runs for many seconds unless stopped
SLOW_DUCKDB = "SELECT sum(a.range * b.range) AS s FROM range(200000) a, range(200000) b"


@pytest.mark.usefixtures("sigint_raises")
def test_engine_interrupt_is_not_retried(engine: Any) -> None:
    # An interrupted chart query raises at once; the engine does not run it again.
    calls: list[str] = []
    source = engine.source("demo")
    engine.catalog("demo")
    original = source.run

    def counting_run(sql: str, limits: Limits) -> Any:
        calls.append(sql)
        return original(SLOW_DUCKDB, limits)  # every query of the answer is slow

    source.run = counting_run
    try:
        sent = interrupt_after(0.8)
        with pytest.raises(AiserError) as info:
            engine.ask("total revenue by region")
        assert info.value.code == "AISER-DB-CANCELLED"
        assert time.monotonic() - sent["at"] < 1.0
    finally:
        del source.run
    assert len(calls) == 1


def test_engine_status_shows_query_progress(engine: Any) -> None:
    statuses: list[str] = []
    source = engine.source("demo")
    original = source.run

    def slow_run(sql: str, limits: Limits) -> Any:
        if "GROUP BY" in sql and limits.on_progress is not None:
            time.sleep(1.3)  # the status callback is driven from the waiting main thread
            limits.on_progress(42.0, 1.0)
        return original(sql, limits)

    source.run = slow_run
    try:
        engine.ask("total revenue by region", on_status=statuses.append)
    finally:
        del source.run
    assert "querying 42%" in statuses


def test_a_sql_chart_by_path_reuses_its_source_and_skips_profiling(big: Path) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    sql = "SELECT category, SUM(amount) AS amount FROM sales GROUP BY category"
    first = eng.ask(sql, str(big))
    second = eng.ask(sql.replace("SUM", "AVG"), str(big))
    assert first.source == second.source
    assert len(first.df) == 12 and len(second.df) == 12
    # charting a SELECT needs the schema only: no profiling queries on the first chart
    assert eng._catalogs == {}
    eng.close()


# ------------------------------------------------------------------ sources by alias
def test_the_demo_is_always_offered_and_current_by_default(engine: Any) -> None:
    assert engine.sources() == [
        {"alias": "demo", "dialect": "duckdb", "url": "built-in demo data", "current": True}
    ]


def test_a_connected_source_is_listed_without_its_password(engine: Any, pg_server: Any) -> None:
    engine.connect("pg", pg_server.url())
    listed = {s["alias"]: s for s in engine.sources()}
    assert listed["pg"]["current"] and not listed["demo"]["current"]
    assert listed["pg"]["dialect"] == "postgres"
    assert pg_server.password not in str(listed)


def test_use_switches_the_current_source(engine: Any, sqlite_shop: Path) -> None:
    engine.connect("shop", str(sqlite_shop))
    engine.use("demo")
    assert engine.ask("SELECT count(*) AS n FROM order_lines").source == "demo"


def test_threads_asking_for_the_demo_at_once_share_one_connection(engine: Any) -> None:
    # the panel answers on a worker thread while its comm thread lists sources: a stop
    # must interrupt the connection the question runs on, not a second one opened beside it
    import threading

    start = threading.Barrier(4)
    got: list[object] = []

    def ask_for_it() -> None:
        start.wait()
        got.append(engine.source("demo"))

    threads = [threading.Thread(target=ask_for_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(got) == 4
    assert all(source is got[0] for source in got)
    assert engine.source("demo") is got[0]


def test_an_unknown_alias_names_the_known_ones(engine: Any) -> None:
    with pytest.raises(AiserError) as info:
        engine.source("warehouse")
    assert info.value.code == "AISER-SRC-UNKNOWN" and "demo" in info.value.message


@pytest.mark.parametrize("stored", ["postgresql://u:pw@h/db", "/data/shop.duckdb", "${DB_URL}"])
def test_a_url_or_path_given_as_an_alias_is_never_opened(engine: Any, stored: str) -> None:
    with pytest.raises(AiserError) as info:
        engine.source(stored)
    assert info.value.code == "AISER-SRC-STORED" and stored not in info.value.text


def test_reconnecting_an_alias_replaces_its_source_and_catalog(engine: Any, tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("x,y\n1,2\n")
    (tmp_path / "b.csv").write_text("u,v,w\n1,2,3\n")
    engine.connect("data", str(tmp_path / "a.csv"))
    assert [c.name for c in engine.catalog("data").tables[0].columns] == ["x", "y"]
    engine.connect("data", str(tmp_path / "b.csv"))
    assert [c.name for c in engine.catalog("data").tables[0].columns] == ["u", "v", "w"]


def test_a_typed_path_opens_under_an_alias_of_its_own(engine: Any, sqlite_shop: Path) -> None:
    answer = engine.ask("SELECT count(*) AS n FROM regions", str(sqlite_shop))
    assert answer.source == "shop" and answer.rows == 1
    assert engine.sources()[0]["current"]  # the demo stays current


# ------------------------------------------------------------------ planning, asking
def test_an_empty_question_is_a_coded_refusal(engine: Any) -> None:
    with pytest.raises(AiserError) as info:
        engine.plan("   ")
    assert info.value.code == "AISER-PLAN-EMPTY"


def test_a_plan_says_where_it_came_from_and_runs_nothing(engine: Any) -> None:
    runs: list[str] = []
    source = engine.source("demo")
    engine.catalog("demo")
    original = source.run

    def counting_run(sql: str, limits: Limits) -> Any:
        runs.append(sql)
        return original(sql, limits)

    source.run = counting_run
    try:
        plan = engine.plan("total revenue by region")
    finally:
        del source.run
    assert runs == []
    assert (
        plan.provenance.planner == "rules" and plan.provenance.question == "total revenue by region"
    )
    assert plan.provenance.schema_fingerprint == engine.catalog("demo").fingerprint


def test_a_forced_chart_type_is_drawn(engine: Any) -> None:
    assert engine.ask("total revenue by region", mark="line").plan.chart.mark == "line"


def test_questions_in_words_are_the_conversation(engine: Any) -> None:
    engine.ask("total revenue by region")
    assert [t.question for t in engine.history] == ["total revenue by region"]
    engine.ask("SELECT 1 AS one")  # SQL is no turn of the conversation
    assert len(engine.history) == 1


def test_notices_are_given_once(engine: Any) -> None:
    engine.notices.append("something to say")
    first = engine.ask("total revenue by region").notices
    second = engine.ask("total revenue by region").notices
    assert "something to say" in first and "something to say" not in second
