"""Numbers said of people as words (issue 12): "12th-grade girls", "the lightest 9th
grader" keep grade = '12' or '9' (the number was left out and the plan refused, or the
grade drawn as groups); "17-year-olds" are the rows of age 17. Where no column holds an
age, "17-year-olds" is refused, not drawn for everyone.

An invented school survey.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("school") / "school.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE pupils (age BIGINT, gender VARCHAR, grade VARCHAR, height DOUBLE,"
        " weight DOUBLE, sleep VARCHAR)"
    )
    con.executemany(
        "INSERT INTO pupils VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                14 + k % 5,
                ["female", "male"][k % 2],
                ["9", "10", "11", "12", "other"][k % 5],
                1.5 + (k * 7 % 40) / 100,
                45 + (k * 13) % 50,
                ["<5", "6", "7", "8", "9", "10+"][k % 6],
            ]
            for k in range(900)
        ],
    )
    con.close()
    return path


def test_an_ordinal_grade_is_a_value(engine: Engine, school: Path) -> None:
    plots_exactly(
        engine,
        school,
        "s",
        "weight vs height for 12th-grade girls",
        "SELECT height, weight FROM pupils WHERE grade = '12' AND gender = 'female'",
    )


def test_a_grader_is_of_the_grade(engine: Engine, school: Path) -> None:
    engine.connect("s", str(school))
    answer = engine.ask("lightest 9th grader's weight", "s")
    assert kpi(answer) == one(school, "SELECT MIN(weight) FROM pupils WHERE grade = '9'")


def test_the_grade_alone_is_still_a_grouping(engine: Engine, school: Path) -> None:
    plots_exactly(
        engine,
        school,
        "s",
        "average weight by grade",
        "SELECT grade, AVG(weight) FROM pupils GROUP BY grade",
    )


def test_year_olds_are_an_age(engine: Engine, school: Path) -> None:
    plots_exactly(
        engine,
        school,
        "s",
        "number of 17-year-olds in each sleep band",
        "SELECT sleep, COUNT(*) FROM pupils WHERE age = 17 GROUP BY sleep",
    )


def test_year_olds_without_an_age_are_refused(
    engine: Engine, tmp_path_factory: pytest.TempPathFactory
) -> None:
    import duckdb

    path = tmp_path_factory.mktemp("rooms") / "rooms.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE classes (room VARCHAR, seats BIGINT)")
    con.executemany("INSERT INTO classes VALUES (?, ?)", [[f"R{k}", 20 + k] for k in range(9)])
    con.close()
    refuses(engine, path, "r", "total seats of 17-year-olds by room", "17")
