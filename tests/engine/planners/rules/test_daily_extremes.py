"""A day's high and low, named as weather analysts name them (issue 12).

A table of daily readings keeps each day's maximum and minimum in two columns whose names
differ only by that statistic (``tmax``, ``tmin``: "maximum/minimum temperature").
- "high"/"low" name them: "average high temperature", "daily highs", "a low above 75".
- An extreme settles a bare "temperature": the hottest is the largest ``tmax``, the coldest
  the smallest ``tmin``; "the 3 hottest days" rank the days by ``tmax``.
- With nothing to settle it, "average temperature" is asked back, not drawn from the first
  of the two columns (it had been the average of ``tmin`` under the title "temperature").
- "daily low vs daily high" is a scatter of the days' two numbers, not a series by day.
- "at or above 70" keeps 70 (it had been read as "above": ``> 70``).

Invented data: two years of daily readings.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def daily(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("daily") / "daily.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE readings (date DATE, tmin DOUBLE, tmax DOUBLE)")
    start = dt.date(2019, 1, 1)
    rows = []
    for k in range(730):
        low = 30.0 + (k * 37 % 45)
        rows.append([start + dt.timedelta(days=k), low, low + 10 + k % 17])
    con.executemany("INSERT INTO readings VALUES (?, ?, ?)", rows)
    con.close()
    return path


def test_high_names_the_maximum_column(engine: Engine, daily: Path) -> None:
    plots_exactly(
        engine,
        daily,
        "w",
        "monthly average high temperature in 2019",
        "SELECT DATE_TRUNC('month', date), AVG(tmax) FROM readings WHERE YEAR(date) = 2019"
        " GROUP BY 1",
    )
    plots_exactly(
        engine,
        daily,
        "w",
        "histogram of daily lows in 10-degree bins",
        "SELECT FLOOR(tmin / 10) * 10, COUNT(*) FROM readings GROUP BY 1",
    )


def test_a_low_compared_keeps_the_days(engine: Engine, daily: Path) -> None:
    engine.connect("w", str(daily))
    answer = engine.ask("How many days had a low above 70?", "w")
    assert kpi(answer) == one(daily, "SELECT COUNT(*) FROM readings WHERE tmin > 70")


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("hottest temperature ever recorded", "SELECT MAX(tmax) FROM readings"),
        ("coldest temperature on record", "SELECT MIN(tmin) FROM readings"),
    ],
)
def test_an_extreme_picks_its_column(engine: Engine, daily: Path, question: str, sql: str) -> None:
    engine.connect("w", str(daily))
    assert kpi(engine.ask(question, "w")) == one(daily, sql)


def test_an_unsettled_temperature_is_asked_back(engine: Engine, daily: Path) -> None:
    error = refuses(engine, daily, "w", "average temperature by year")
    assert "tmin" in str(error) and "tmax" in str(error)


def test_a_scatter_of_the_days_low_and_high(engine: Engine, daily: Path) -> None:
    plots_exactly(
        engine,
        daily,
        "w",
        "scatter of daily low vs daily high in 2020",
        "SELECT tmin, tmax FROM readings WHERE YEAR(date) = 2020",
    )


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "how many days had a low at or above 70",
            "SELECT COUNT(*) FROM readings WHERE tmin >= 70",
        ),
        (
            "how many days had a high at or below 45",
            "SELECT COUNT(*) FROM readings WHERE tmax <= 45",
        ),
    ],
)
def test_at_or_above_keeps_the_bound(engine: Engine, daily: Path, question: str, sql: str) -> None:
    engine.connect("w", str(daily))
    assert kpi(engine.ask(question, "w")) == one(daily, sql)


def test_the_hottest_days_rank_the_days_by_their_high(engine: Engine, daily: Path) -> None:
    plots_exactly(
        engine,
        daily,
        "w",
        "the 3 hottest days on record",
        "SELECT CAST(date AS TIMESTAMP), tmax FROM readings ORDER BY tmax DESC, date LIMIT 3",
    )
