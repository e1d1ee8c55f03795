"""A kernel interrupt cancels a running query within a second; limits; progress.

The interrupt is real: a timer thread sends SIGINT to this process's main thread
(what the kernel's interrupt does), while the main thread waits in ``Source.run``.
Those tests install Python's SIGINT handler themselves (``sigint_raises``), so they
pass even when the test run was started with SIGINT ignored.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.base import Source
from aiser_jupyter.engine.sources.open import DuckDBSource, open_source
from aiser_jupyter.errors import AiserError

#: (source kind, a query that runs for many seconds unless stopped)
SLOW = {
    "duckdb": "SELECT sum(a.range * b.range) AS s FROM range(200000) a, range(200000) b",
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 2000000000) "
    "SELECT count(*) AS n FROM c",
    "postgres": "SELECT pg_sleep(20), 'aiser-cancel-marker' AS marker",
}
LATENCY: dict[str, float] = {}  #: measured cancel latencies, printed at the end with -s


@pytest.fixture(params=["duckdb", "sqlite", "postgres"])
def slow_source(request: pytest.FixtureRequest, sqlite_shop: Path) -> Iterator[tuple[str, Source]]:
    kind = request.param
    if kind == "duckdb":
        source: Source = DuckDBSource("slow_duck")
    elif kind == "sqlite":
        source = open_source("slow_lite", str(sqlite_shop))
    else:
        request.applymarker(pytest.mark.postgres)
        source = open_source("slow_pg", request.getfixturevalue("pg_server").url())
    yield kind, source
    source.close()


def _interrupt_after(delay: float) -> dict[str, float]:
    """SIGINT to the main thread ``delay`` seconds after a query started running.

    Waiting for the query's worker thread (not a fixed time from now) keeps the test
    right on a loaded machine, where getting to the query may take longer than ``delay``.
    """
    sent: dict[str, float] = {}
    main = threading.main_thread().ident
    assert main is not None

    def fire() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
            t.name == "aiser-query" and t.is_alive() for t in threading.enumerate()
        ):
            time.sleep(0.01)
        time.sleep(delay)
        sent["at"] = time.monotonic()
        signal.pthread_kill(main, signal.SIGINT)

    threading.Thread(target=fire, daemon=True).start()
    return sent


@pytest.mark.usefixtures("sigint_raises")
def test_interrupt_cancels_within_a_second_and_the_source_stays_usable(
    slow_source: tuple[str, Source],
) -> None:
    kind, source = slow_source
    sent = _interrupt_after(0.5)
    with pytest.raises(AiserError) as info:
        source.run(SLOW[kind], Limits(timeout=60))
    latency = time.monotonic() - sent["at"]
    LATENCY[kind] = latency
    print(f"cancel latency {kind}: {latency * 1000:.0f} ms")
    assert info.value.code == "AISER-DB-CANCELLED"
    assert latency < 1.0, f"{kind}: cancelled after {latency:.2f} s"
    assert source.run("SELECT 1 AS one", Limits()).to_pylist() == [{"one": 1}]
    if kind == "postgres":  # never retried: nothing runs the query any more
        rows = source.run(
            "SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE '%aiser-cancel-%' "
            "AND pid <> pg_backend_pid()",
            Limits(),
        ).to_pylist()
        assert rows == [{"n": 0}]


@pytest.mark.usefixtures("sigint_raises")
def test_engine_interrupt_is_not_retried(engine: Any) -> None:
    # An interrupted chart query raises at once; the engine does not run it again.
    calls: list[str] = []
    source = engine.source("demo")
    engine.catalog("demo")
    original = source.run

    def counting_run(sql: str, limits: Limits) -> Any:
        calls.append(sql)
        return original(SLOW["duckdb"], limits)  # every query of the answer is slow

    source.run = counting_run
    try:
        sent = _interrupt_after(0.8)
        with pytest.raises(AiserError) as info:
            engine.ask("total revenue by region")
        assert info.value.code == "AISER-DB-CANCELLED"
        assert time.monotonic() - sent["at"] < 1.0
    finally:
        del source.run
    assert len(calls) == 1


def test_duckdb_progress_is_reported_each_second() -> None:
    reports: list[tuple[float | None, float]] = []
    source = DuckDBSource("progress_duck")
    try:
        with pytest.raises(AiserError) as info:
            source.run(
                SLOW["duckdb"], Limits(timeout=2.6, on_progress=lambda d, e: reports.append((d, e)))
            )
        assert info.value.code == "AISER-DB-TIMEOUT"
    finally:
        source.close()
    assert [round(e) for _, e in reports] == [1, 2]
    assert all(d is None or 0 <= d <= 100 for d, _ in reports)


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


def test_row_cap_and_size_cap_on_duckdb() -> None:
    source = DuckDBSource("caps_duck")
    try:
        rows = source.run("SELECT range AS x FROM range(100000)", Limits(max_rows=100))
        assert rows.num_rows == 101  # the cap plus one, so callers can tell it was cut
        with pytest.raises(AiserError) as info:
            source.run(
                "SELECT repeat('x', 1000) AS s FROM range(100000)", Limits(max_bytes=1_000_000)
            )
        assert info.value.code == "AISER-DB-TOO-LARGE"
    finally:
        source.close()


def test_timeout_on_sqlite_leaves_the_source_usable(sqlite_shop: Path) -> None:
    source = open_source("timeout_lite", str(sqlite_shop))
    try:
        started = time.monotonic()
        with pytest.raises(AiserError) as info:
            source.run(SLOW["sqlite"], Limits(timeout=0.5))
        assert info.value.code == "AISER-DB-TIMEOUT"
        assert time.monotonic() - started < 1.5
        assert source.run("SELECT count(*) AS n FROM regions", Limits()).to_pylist() == [{"n": 5}]
    finally:
        source.close()
