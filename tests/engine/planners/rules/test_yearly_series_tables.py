"""R's yearly series exported as ``(time, value)`` beside tables keyed by ``Year``, and words
of harm (issue 12).

- ``time`` of whole numbers 1629 … 1939 is the series' year; "cholera deaths" names the one
  generic ``value`` of the table ``cholera``; "per year", "the 5 worst years" run along the
  measured table's own ``time``, never another table's ``Year`` (which no key joins).
- "average cholera deaths per year in the 1800s" of one row a year is the mean over those
  years (one number); "by year" still draws each year.
- "the worst years for deaths" are those with the most deaths.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def bills(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("yearly_series") / "bills.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE cholera AS SELECT 1629 + k AS time, 50 + (k * 37) % 900 AS value"
        " FROM range(311) t(k)"
    )
    con.execute(
        "CREATE TABLE Bills AS SELECT 1629 + k AS Year, 4000 + (k * 13) % 500 AS Males,"
        " 3900 + (k * 11) % 450 AS Females, (k * 71) % 3000 AS Plague FROM range(82) t(k)"
    )
    con.close()
    return path


def test_a_series_time_of_years_is_its_axis(engine: Engine, bills: Path) -> None:
    plots_exactly(
        engine,
        bills,
        "b",
        "cholera deaths per year",
        "SELECT time, value FROM cholera",
    )
    plots_exactly(
        engine,
        bills,
        "b",
        "the 5 worst years for cholera deaths",
        "SELECT time, value FROM cholera ORDER BY value DESC LIMIT 5",
    )


def test_an_average_per_year_of_yearly_rows_is_one_number(engine: Engine, bills: Path) -> None:
    engine.connect("b", str(bills))
    answer = engine.ask("average cholera deaths per year in the 1800s", "b")
    assert kpi(answer) == pytest.approx(
        one(bills, "SELECT AVG(value) FROM cholera WHERE time BETWEEN 1800 AND 1899")
    )
    plots_exactly(
        engine,
        bills,
        "b",
        "average cholera deaths by year in the 1800s",
        "SELECT time, value FROM cholera WHERE time BETWEEN 1800 AND 1899",
    )
