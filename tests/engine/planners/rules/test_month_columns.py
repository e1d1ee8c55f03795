"""A table of one column per month (issue 12): "January SOI over the years", "years with a
December SOI under -10", "sunspots vs the May SOI" name the Jan, Dec or May column of the
table that holds the SOI — before, the month was read as a month of dates the table does
not have and the question refused; a comparison with a negative number ("under -10") is a
comparison the account explains; the years a clause keeps ("in years whose February SOI
fell below -15") are bars of each year, no line through scattered years.

An invented monthly index beside yearly figures, joined on the year.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.engine.core import Engine

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@pytest.fixture(scope="module")
def climate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("soi") / "soi.duckdb"
    con = duckdb.connect(str(path))
    cols = ", ".join(f"{m} DOUBLE" for m in _MONTHS)
    con.execute(f"CREATE TABLE monthly_soi (Year BIGINT, {cols}, SOI DOUBLE)")
    rows = []
    for y in range(1900, 2006):
        months = [float((y * (k + 3)) % 41 - 20) for k in range(12)]
        rows.append([y, *months, sum(months) / 12])
    con.executemany(f"INSERT INTO monthly_soi VALUES (?{', ?' * 13})", rows)
    con.execute("CREATE TABLE yearly (Year BIGINT, rain DOUBLE, sunspot DOUBLE)")
    con.executemany(
        "INSERT INTO yearly VALUES (?, ?, ?)",
        [[y, 400.0 + (y * 37) % 300, float((y * 11) % 150)] for y in range(1900, 2022)],
    )
    con.close()
    return path


def test_a_month_before_the_figure_is_its_column(engine: Engine, climate: Path) -> None:
    plots_exactly(
        engine,
        climate,
        "c",
        "January SOI over the years",
        "SELECT Year, Jan FROM monthly_soi",
    )


def test_a_month_column_under_a_negative_number(engine: Engine, climate: Path) -> None:
    engine.connect("c", str(climate))
    answer = engine.ask("How many years had a December SOI under -10?", "c")
    assert kpi(answer) == one(climate, "SELECT COUNT(*) FROM monthly_soi WHERE Dec < -10")


def test_a_month_column_beside_another_table(engine: Engine, climate: Path) -> None:
    engine.connect("c", str(climate))
    answer = engine.ask("average rain in years when the July SOI was above 10", "c")
    truth = (
        "SELECT AVG(y.rain) FROM yearly y JOIN monthly_soi s ON s.Year = y.Year WHERE s.Jul > 10"
    )
    assert kpi(answer) == pytest.approx(one(climate, truth))


def test_years_a_clause_keeps_are_bars_of_each_year(engine: Engine, climate: Path) -> None:
    answer = plots_exactly(
        engine,
        climate,
        "c",
        "rain in years whose February SOI fell below -15",
        "SELECT y.Year, y.rain FROM yearly y JOIN monthly_soi s ON s.Year = y.Year"
        " WHERE s.Feb < -15",
    )
    assert answer.plan.chart.mark == "bar"  # some years, no series
