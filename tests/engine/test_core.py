"""The Engine facade: a query runs once, reports its progress, and charts a SELECT by path."""

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
