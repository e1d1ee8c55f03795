"""Numbers that name things, found by a join (issue 12).

A table of campuses numbered 1005…4132 (``MathCampus.Campus``) beside a table of students
holding the same numbers: the join shows that ``Campus`` names a campus, so "number of
campuses in each sector" counts campuses and never adds up their numbers. And a word of a
table's name ("math" of ``MathCampus``) does not stand for a measure the plan never reads:
"the campus's average student math score" drawn as the average of another column is refused.
Numbers are checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly

from aiser_jupyter.engine.core import Engine, EngineConfig


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("campus") / "campus.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE MathCampus (Campus BIGINT, Enrollment BIGINT, Sector VARCHAR, "
        "MeanIncome DOUBLE)"
    )
    campuses = [1005 + 53 * i for i in range(60)]
    con.executemany(
        "INSERT INTO MathCampus VALUES (?, ?, ?, ?)",
        [
            [c, 300 + 17 * i, ["Public", "Private", "Charter"][i % 3], -1 + 0.03 * i]
            for i, c in enumerate(campuses)
        ],
    )
    con.execute("CREATE TABLE MathStudents (Campus BIGINT, Sex VARCHAR, MathAch DOUBLE)")
    con.executemany(
        "INSERT INTO MathStudents VALUES (?, ?, ?)",
        [
            [c, ["F", "M"][k % 2], 5 + (i * 7 + k * 3) % 20]
            for i, c in enumerate(campuses)
            for k in range(8)
        ],
    )
    con.close()
    return path


@pytest.fixture
def engine() -> Engine:
    return Engine(EngineConfig(planner="rules", use_cache=False))


def test_things_numbered_by_a_joined_key_are_counted(engine: Engine, data: Path) -> None:
    answer = plots_exactly(
        engine,
        data,
        "d",
        "number of campuses in each sector",
        "SELECT Sector, COUNT(*) FROM MathCampus GROUP BY Sector",
    )
    assert "SUM(" not in answer.sql.upper()


def test_a_word_of_a_table_name_is_not_the_measure(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    try:
        answer = engine.ask(
            "scatter: campus mean income on x, the campus's average student math score on y",
            "d",
        )
    except Exception as refused:  # asking is honest; the mean income drawn as the score is not
        assert getattr(refused, "code", "") == "AISER-PLAN-UNSURE"
        return
    assert "MathAch" in answer.sql
