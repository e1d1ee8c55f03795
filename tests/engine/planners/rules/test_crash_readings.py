"""Readings of an occupants-in-crashes table and a state panel (issue 12): values listed in
parentheses after a grouping label its groups ("by role (driver or passenger)"), no filter;
the oldest of a year column is its smallest year; a year said before the name of another
year column dates the rows ("killed in 1999: model year on x"); "2000 or newer" of a year
is >= 2000; "the highest rate any state recorded" is one number over all rows. Numbers are
checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plots_exactly, plotted, truth
from dbfiles import database_file

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.errors import AiserError


def _fill(con: Any) -> None:
    con.execute(
        "CREATE TABLE crashes (crash_year INTEGER, model_year INTEGER, age INTEGER,"
        " role VARCHAR, outcome VARCHAR, sex VARCHAR)"
    )
    rows = []
    for n in range(400):
        year = 1997 + n % 6
        rows.append(
            (
                year,
                year - (n * 7) % 25,
                16 + (n * 13) % 70,
                "driver" if n % 3 else "pass",
                "dead" if n % 11 == 0 else "alive",
                "f" if n % 2 else "m",
            )
        )
    con.executemany("INSERT INTO crashes VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.execute("CREATE TABLE crime (state VARCHAR, year INTEGER, robbery DOUBLE, murder DOUBLE)")
    for i, state in enumerate(["Ohio", "Texas", "Maine", "Iowa"]):
        for year in range(1990, 2000):
            robbery = 50.0 + (i * 37 + year * 11) % 90
            con.execute("INSERT INTO crime VALUES (?, ?, ?, ?)", [state, year, robbery, 3.0 + i])


@pytest.fixture(scope="module")
def crash_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("crash"), "crash", _fill)


@pytest.fixture
def crash(crash_file: Path) -> tuple[Engine, Path]:
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("crash", str(crash_file))
    return engine, crash_file


def test_values_in_parentheses_label_the_groups(crash: tuple[Engine, Path]) -> None:
    engine, path = crash
    plots_exactly(
        engine,
        path,
        "crash",
        "average age by sex and by role (driver or passenger)",
        "SELECT sex, AVG(age), role FROM crashes GROUP BY sex, role",
    )


def test_one_value_in_parentheses_still_keeps_its_rows(crash: tuple[Engine, Path]) -> None:
    engine, path = crash
    for question in ("average age by sex (drivers only)", "average age by role (drivers)"):
        answer = engine.ask(question, "crash")
        want = "WHERE role = 'driver' GROUP BY 1"
        first = "sex" if "sex" in question else "role"
        assert plotted(answer) == truth(
            path, f"SELECT {first}, AVG(age) FROM crashes {want}", approx=True
        )


def test_the_oldest_year_is_the_smallest(crash: tuple[Engine, Path]) -> None:
    engine, path = crash
    answer = engine.ask("for each crash year, the oldest model year involved", "crash")
    assert plotted(answer) == truth(
        path, "SELECT crash_year, MIN(model_year) FROM crashes GROUP BY 1"
    )
    answer = engine.ask("the oldest age by sex", "crash")  # an age: its largest
    assert plotted(answer) == truth(path, "SELECT sex, MAX(age) FROM crashes GROUP BY 1")


def test_a_year_before_another_year_column_dates_the_rows(crash: tuple[Engine, Path]) -> None:
    engine, path = crash
    plots_exactly(
        engine,
        path,
        "crash",
        "scatter plot for the people killed in 1999: model year on x, age on y",
        "SELECT model_year, age FROM crashes WHERE crash_year = 1999 AND outcome = 'dead'",
    )


def test_a_year_or_newer(crash: tuple[Engine, Path]) -> None:
    engine, path = crash
    answer = engine.ask("number of people in vehicles of model year 1990 or newer by sex", "crash")
    assert plotted(answer) == truth(
        path, "SELECT sex, COUNT(*) FROM crashes WHERE model_year >= 1990 GROUP BY 1"
    )


def test_the_highest_any_state_recorded_is_one_number(crash: tuple[Engine, Path]) -> None:
    engine, path = crash
    answer = engine.ask("What is the highest robbery rate any state recorded in any year?", "crash")
    assert kpi(answer) == pytest.approx(one(path, "SELECT MAX(robbery) FROM crime"))
    answer = engine.ask("the highest robbery rate of each state", "crash")
    assert plotted(answer) == truth(path, "SELECT state, MAX(robbery) FROM crime GROUP BY 1")


def test_a_list_that_drops_rows_is_refused(crash: tuple[Engine, Path]) -> None:
    engine, _ = crash
    with pytest.raises(AiserError):
        engine.ask("average age by role (excluding passengers)", "crash")
