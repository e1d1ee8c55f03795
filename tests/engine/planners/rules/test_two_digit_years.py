"""Years stored in two digits (issue 12): Stata's and older surveys' files keep 1968 … 1988 as
68 … 88. "In 1980" keeps ``year = 80``, "since 1980" ``year >= 80``, and "per year" groups by
the column as it is; a year of study (1 … 6) is never read so. Numbers are checked against
SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.engine.catalog.model import Column
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.roles import calendar_part, two_digit_year


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("years") / "survey.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE interviews (idcode INTEGER, year INTEGER, ln_wage DOUBLE, south INTEGER)"
    )
    con.executemany(
        "INSERT INTO interviews VALUES (?, ?, ?, ?)",
        [
            [i, y, 1.0 + ((i * 13 + y * 7) % 40) / 20, int(i % 3 == 0)]
            for i in range(1, 60)
            for y in (68, 69, 70, 71, 72, 73, 75, 77, 78, 80, 82, 83, 85, 87, 88)
        ],
    )
    con.close()
    return path


def test_a_year_said_in_four_digits_keeps_its_two(engine: Engine, data: Path) -> None:
    engine.connect("s", str(data))
    answer = engine.ask("average ln_wage in 1980", "s")
    assert kpi(answer) == pytest.approx(
        one(data, "SELECT AVG(ln_wage) FROM interviews WHERE year = 80")
    )


def test_a_span_of_years_and_a_line_per_year(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "s",
        "average ln_wage per year since 1980",
        "SELECT year, AVG(ln_wage) FROM interviews WHERE year >= 80 GROUP BY year",
    )


def test_a_condition_and_a_year_together(engine: Engine, data: Path) -> None:
    engine.connect("s", str(data))
    answer = engine.ask("average ln_wage in the south in 1985", "s")
    want = "SELECT AVG(ln_wage) FROM interviews WHERE year = 85 AND south = 1"
    assert kpi(answer) == pytest.approx(one(data, want))


def test_a_year_of_study_is_no_two_digit_year() -> None:
    study = Column(name="year", type="INTEGER", semantic="quantitative", min=1, max=6)
    surveyed = Column(name="year", type="INTEGER", semantic="quantitative", min=68, max=88)
    assert not two_digit_year(study)
    assert two_digit_year(surveyed) and calendar_part(surveyed) == "year"
