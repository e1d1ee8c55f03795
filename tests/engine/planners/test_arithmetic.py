"""Arithmetic of two columns the question spells ("inflow minus outflow", "home + away", "the
inflow-outflow gap") is measured, binned and grouped as one number of each row, and two
columns compared ("days outflow exceeded inflow") keep the rows where the comparison holds;
a side that is not clearly one numeric column is refused (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("arithmetic") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE reservoir AS
        SELECT DATE '2012-01-01' + CAST(i AS INTEGER) AS day, 50.0 + (i * 13) % 40 AS inflow,
            45.0 + (i * 7) % 50 AS outflow, ['north', 'south'][1 + i % 2] AS station
        FROM range(1500) t(i)""")
    con.execute("""
        CREATE TABLE games AS
        SELECT 'team ' || i % 9 AS home_team, 'team ' || (i + 4) % 9 AS away_team,
            (i * 7) % 5 AS home_points, (i * 3) % 4 AS away_points, 2000 + i % 6 AS season
        FROM range(400) t(i)""")
    con.close()
    return path


def test_a_difference_of_two_columns_is_averaged_per_year(engine: Any, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "average inflow minus outflow per year",
        "SELECT date_trunc('year', day), AVG(inflow - outflow) FROM reservoir GROUP BY 1",
    )
    assert "inflow - outflow" in (answer.plan.chart.title or "")


def test_a_hyphenated_gap_is_the_difference(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "maximum inflow-outflow gap by year",
        "SELECT date_trunc('year', day), MAX(inflow - outflow) FROM reservoir GROUP BY 1",
    )


def test_a_sum_in_parentheses_is_binned(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "histogram of points per game (home + away), bin width 2",
        "SELECT FLOOR((home_points + away_points) / 2) * 2, COUNT(*) FROM games GROUP BY 1",
    )


def test_two_columns_compared_keep_the_rows(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "number of days outflow exceeded inflow, per year",
        "SELECT date_trunc('year', day), COUNT(*) FROM reservoir WHERE outflow > inflow GROUP BY 1",
    )
    plots_exactly(
        engine,
        data,
        "d",
        "how many days was the inflow below the outflow",
        "SELECT COUNT(*) FROM reservoir WHERE inflow < outflow",
    )
    plots_exactly(
        engine,
        data,
        "d",
        "how many days in 2013 was the outflow higher than the inflow",
        "SELECT COUNT(*) FROM reservoir WHERE outflow > inflow AND year(day) = 2013",
    )


def test_a_side_that_is_no_numeric_column_is_refused(engine: Any, data: Path) -> None:
    refuses(engine, data, "d", "average inflow minus station per year", "station")
