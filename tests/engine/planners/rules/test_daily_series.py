"""Daily series kept as R exports them (issue 12): a table named by an index's abbreviation (DJIA)
glued to the years it spans (``DJIA9005``), whose one number has R's default name ``dat``, and
a table of metal prices with a date column of the same name, one row per weekday each. All
invented here.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("series") / "series.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE DJIA9005 (rownames DATE, dat DOUBLE)")
    con.execute("CREATE TABLE Metals (rownames DATE, gold DOUBLE, silver DOUBLE, low_temp DOUBLE)")
    days = [date(1990, 1, 1) + timedelta(days=k) for k in range(16 * 365)]
    weekdays = [d for d in days if d.weekday() < 5]
    con.executemany(
        "INSERT INTO DJIA9005 VALUES (?, ?)",
        [[d, 100.0 + k * 0.02 + (k * 7 % 13)] for k, d in enumerate(weekdays) if k % 11],
    )
    con.executemany(
        "INSERT INTO Metals VALUES (?, ?, ?, ?)",
        [
            [d, 300.0 + (k * 37 % 500), 4.0 + (k * 3 % 20), -20.0 + k * 17 % 60]
            for k, d in enumerate(weekdays)
        ],
    )
    con.close()
    return path


def test_the_number_of_a_series_named_by_its_abbreviation(engine: Engine, series: Path) -> None:
    plots_exactly(
        engine,
        series,
        "s",
        "average yearly Dow from 2000 through 2004",
        "SELECT DATE_TRUNC('year', rownames), AVG(dat) FROM DJIA9005"
        " WHERE YEAR(rownames) BETWEEN 2000 AND 2004 GROUP BY 1",
    )
    answer = engine.ask("How many days did the Dow close above 150?", "s")
    assert kpi(answer) == one(series, "SELECT COUNT(*) FROM DJIA9005 WHERE dat > 150")


def test_two_daily_series_join_on_the_day(engine: Engine, series: Path) -> None:
    engine.connect("s", str(series))
    answer = engine.ask("average gold price on days the Dow closed above 150", "s")
    assert kpi(answer) == pytest.approx(
        one(
            series,
            "SELECT AVG(m.gold) FROM DJIA9005 c JOIN Metals m USING (rownames) WHERE c.dat > 150",
        )
    )
    answer = engine.ask("highest Dow on a day when gold was above 700", "s")
    assert kpi(answer) == one(
        series,
        "SELECT MAX(c.dat) FROM DJIA9005 c JOIN Metals m USING (rownames) WHERE m.gold > 700",
    )


def test_days_kept_by_a_condition_are_no_axis(engine: Engine, series: Path) -> None:
    engine.connect("s", str(series))
    answer = engine.ask("average silver price on days when the low temperature fell below 0", "s")
    assert kpi(answer) == pytest.approx(
        one(series, "SELECT AVG(silver) FROM Metals WHERE low_temp < 0")
    )


def test_a_ratio_left_out_is_refused(engine: Engine, series: Path) -> None:
    refuses(engine, series, "s", "yearly average of the Dow divided by the gold price", "divided")
