"""A comparison on an aggregate of the groups a time unit makes ("years where the average
volume was above 1500") is made on those groups — each year's average — not on each day's
rows of the date column the unit truncates (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("having_units") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE trades AS
        SELECT DATE '2010-01-01' + CAST(i AS INTEGER) AS date,
            1000 + (i // 365) * 300 + (i * 37) % 700 AS volume
        FROM range(4 * 365) t(i)""")
    con.close()
    return path


def test_years_whose_average_passes(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "years where the average volume was above 1700",
        "SELECT date_trunc('year', date), AVG(volume) FROM trades GROUP BY 1 HAVING AVG(volume) > 1700",
    )


def test_months_whose_total_passes(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "months with a total volume above 60000",
        "SELECT date_trunc('month', date), SUM(volume) FROM trades GROUP BY 1 HAVING SUM(volume) > 60000",
    )


def test_years_in_which_an_average_with_its_unit_passes(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "years in which the average daily volume was above 1700 shares",
        "SELECT date_trunc('year', date), AVG(volume) FROM trades GROUP BY 1 HAVING AVG(volume) > 1700",
    )


def test_years_with_more_rows_than_a_number_still_count(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "number of trades by year, only years with more than 365 trades",
        "SELECT date_trunc('year', date), COUNT(*) FROM trades GROUP BY 1 HAVING COUNT(*) > 365",
    )
