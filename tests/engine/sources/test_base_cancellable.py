"""A caller in another thread cancels a running query with :func:`cancellable` (what the
MCP server does when its client cancels a call): the database stops the query, the
caller gets ``AISER-DB-CANCELLED`` and the source keeps working."""

from __future__ import annotations

import threading

import pytest

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.base import Source, call_with_deadline, cancellable
from aiser_jupyter.engine.sources.open import DuckDBSource
from aiser_jupyter.errors import AiserError

#: (source kind, trusted SQL that runs for many minutes unless stopped)
SLOW = {
    "duckdb": "SELECT sum(a.range * b.range) AS s FROM range(200000) a, range(200000) b",
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 2000000000) "
    "SELECT count(*) AS n FROM c",
    "postgres": "SELECT pg_sleep(600) AS slept",
}


def test_setting_the_event_cancels_the_running_query_in_the_database(
    slow_source: tuple[str, Source],
) -> None:
    kind, source = slow_source
    stop = threading.Event()
    seconds: list[float] = []

    def on_progress(done: float | None, elapsed: float) -> None:
        seconds.append(elapsed)
        stop.set()  # the query has been running in the database for a second

    outcome: dict[str, BaseException] = {}

    def caller() -> None:  # not the main thread: no KeyboardInterrupt can reach it
        with cancellable(stop):
            try:
                source.run(SLOW[kind], Limits(timeout=900, on_progress=on_progress))
            except BaseException as exc:
                outcome["error"] = exc

    worker = threading.Thread(target=caller)
    worker.start()
    worker.join(120)
    assert not worker.is_alive(), "the query went on after the event was set"
    assert seconds and seconds[0] >= 1.0
    error = outcome.get("error")
    assert isinstance(error, AiserError) and error.code == "AISER-DB-CANCELLED"
    assert source.run("SELECT 41 + 1 AS answer", Limits(timeout=30)).to_pylist() == [{"answer": 42}]


def test_a_query_after_the_event_is_refused_before_it_reaches_the_database() -> None:
    source = DuckDBSource("never")
    stop = threading.Event()
    stop.set()
    try:
        with cancellable(stop), pytest.raises(AiserError) as info:
            source.run("SELECT 1 AS one", Limits(timeout=30))
        assert info.value.code == "AISER-DB-CANCELLED"
        assert "before it started" in info.value.message
        # outside the context the same source runs queries again
        assert source.run("SELECT 1 AS one", Limits(timeout=30)).to_pylist() == [{"one": 1}]
    finally:
        source.close()


def test_a_cancel_that_is_lost_is_sent_again_until_the_query_ends() -> None:
    # a cancel that lands before the database started the query, or between two of its
    # statements, is lost: the query must not go on holding the connection until its deadline
    ended = threading.Event()
    cancels: list[int] = []

    def work() -> None:
        ended.wait(120)

    def cancel() -> None:
        cancels.append(1)
        if len(cancels) >= 3:  # the first two cancels reach nothing
            ended.set()

    stop = threading.Event()
    outcome: dict[str, BaseException] = {}

    def caller() -> None:
        with cancellable(stop):
            try:
                call_with_deadline(work, cancel, timeout=900)
            except BaseException as exc:
                outcome["error"] = exc

    thread = threading.Thread(target=caller)
    thread.start()
    threading.Timer(0.3, stop.set).start()  # once the query runs
    thread.join(60)
    assert not thread.is_alive()
    error = outcome.get("error")
    assert isinstance(error, AiserError) and error.code == "AISER-DB-CANCELLED"
    assert ended.is_set(), "the query was left running after its cancel was lost"
    assert len(cancels) == 3
