"""One day said in a question (issue 12): "on 15 September 2003", "2003-09-15", "September
15th, 2003" keep that day's rows — before, "15 September 2003" kept the whole month and
"2003-09-15" the years 2003 to 2009 (read as a span "2003-09"). After "before", "since",
"after" or "until" the day opens a range. A day that does not exist is refused.

Invented hourly counts of calls over two years.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def calls(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("calls") / "calls.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE call_log (DateTime TIMESTAMP, Calls BIGINT)")
    con.execute(
        "INSERT INTO call_log SELECT TIMESTAMP '2003-01-01' + INTERVAL (k) HOUR,"
        " 10 + (k * 37) % 90 FROM range(24 * 730) t(k)"
    )
    con.close()
    return path


_DAY = "SELECT SUM(Calls) FROM call_log WHERE CAST(DateTime AS DATE) = DATE '2003-09-15'"


@pytest.mark.parametrize(
    "question",
    [
        "total calls on 15 September 2003",
        "total calls on 2003-09-15",
        "total calls on September 15th, 2003",
        "total calls on the 15th of Sept 2003",
    ],
)
def test_a_day_keeps_that_day(engine: Engine, calls: Path, question: str) -> None:
    engine.connect("c", str(calls))
    answer = engine.ask(question, "c")
    assert answer.plan.chart.mark == "kpi"
    assert kpi(answer) == one(calls, _DAY)


def test_since_a_day_opens_the_range(engine: Engine, calls: Path) -> None:
    plots_exactly(
        engine,
        calls,
        "c",
        "total calls by month since 15 March 2004",
        "SELECT DATE_TRUNC('month', DateTime), SUM(Calls) FROM call_log"
        " WHERE DateTime >= TIMESTAMP '2004-03-15' GROUP BY 1",
    )


def test_before_a_day_ends_the_range(engine: Engine, calls: Path) -> None:
    engine.connect("c", str(calls))
    answer = engine.ask("total calls before 2003-02-10", "c")
    truth = "SELECT SUM(Calls) FROM call_log WHERE DateTime < TIMESTAMP '2003-02-10'"
    assert kpi(answer) == one(calls, truth)


def test_a_day_that_does_not_exist_is_refused(engine: Engine, calls: Path) -> None:
    refuses(engine, calls, "c", "total calls on 31 February 2003", "31")
