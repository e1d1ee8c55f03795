"""What every source does (``sources/base.py``): a kernel interrupt cancels a running query
within a second, a timeout stops it, progress is reported, results are capped in bytes, a
result with two columns of one name is refused.

The interrupt is real (tests/interrupts.py): SIGINT to this process's main thread while
it waits in ``Source.run``, with Python's own SIGINT handler installed (``sigint_raises``).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from interrupts import interrupt_after

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


@pytest.mark.usefixtures("sigint_raises")
def test_interrupt_cancels_within_a_second_and_the_source_stays_usable(
    slow_source: tuple[str, Source],
) -> None:
    kind, source = slow_source
    sent = interrupt_after(0.5)
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


def test_a_result_over_the_byte_cap_is_refused_with_a_code() -> None:
    source = DuckDBSource("caps_duck")
    try:
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


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT channel, channel FROM orders",
        "SELECT channel AS a, count(*) AS a FROM orders GROUP BY 1",
        "SELECT * FROM orders o JOIN customers c ON o.customer_id = c.customer_id",
    ],
)
@pytest.mark.parametrize("kind", ["duckdb", "sqlite"])
def test_two_result_columns_of_one_name_are_a_coded_refusal(kind, sql, demo_path, sqlite_shop):
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine

    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    try:
        engine.connect("shop", str(demo_path if kind == "duckdb" else sqlite_shop))
        with pytest.raises(AiserError) as info:
            engine.ask(sql)
        assert info.value.code == "AISER-SQL-DUPLICATE"
        assert engine.ask("SELECT channel, count(*) AS n FROM orders GROUP BY 1").df.shape[0] > 1
    finally:
        engine.close()
