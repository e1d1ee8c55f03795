"""Rows that are people, named as people (issue 12).

A table of hitters labelled by the players' names, a table of patients keyed one each beside an
age and a sex: "players", "patients" name their rows. A table of colleges labelled by names of
institutions is no table of people ("spending per student" there is a rate, not its rows), and
"how many students" there would count the colleges: refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.people_rows import people_table

FIRST = ["Andy", "Alan", "Bill", "Chris", "Dave", "Eric", "Frank", "Greg", "Hal", "Ivan"]
LAST = ["Allanson", "Ashby", "Baker", "Carter", "Dunn", "Evans", "Foster", "Grant"]
LAST += ["Hill", "Irwin", "Jones", "Kent", "Lopez", "Moore", "Nash", "Owens"]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("people") / "people.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Hitters (rownames VARCHAR, Hits INTEGER, Division VARCHAR)")
    con.executemany(
        "INSERT INTO Hitters VALUES (?, ?, ?)",
        [
            [
                f"-{FIRST[k % 10]} {LAST[k // 10]}",
                40 + k * 7 % 150,
                "EW"[k % 3 % 2],
            ]
            for k in range(160)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def colleges(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("colleges") / "colleges.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE College (rownames VARCHAR, Expend INTEGER, Enroll INTEGER)")
    con.executemany(
        "INSERT INTO College VALUES (?, ?, ?)",
        [
            [f"{LAST[k % 8]} {FIRST[k // 8 % 10]} University", 5000 + k * 97 % 9000, 300 + k]
            for k in range(80)
        ],
    )
    con.close()
    return path


def test_players_are_the_rows_of_a_table_of_players(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "p",
        "number of players in the East and West divisions",
        "SELECT Division, COUNT(*) FROM Hitters GROUP BY Division",
    )
    engine.connect("p", str(data))
    answer = engine.ask("how many players had more than 100 hits?", "p")
    assert kpi(answer) == one(data, "SELECT COUNT(*) FROM Hitters WHERE Hits > 100")


def test_institutions_are_no_people(engine: Engine, colleges: Path, data: Path) -> None:
    engine.connect("c", str(colleges))
    engine.connect("p", str(data))
    college = engine.catalog("c").table("College")
    hitters = engine.catalog("p").table("Hitters")
    assert college is not None and not people_table(college)
    assert hitters is not None and people_table(hitters)


def test_people_counted_over_institutions_are_refused(engine: Engine, colleges: Path) -> None:
    """ "how many students" over a table of colleges would count the colleges."""
    refuses(engine, colleges, "c", "how many students are there?", "students")
    engine.connect("c", str(colleges))
    answer = engine.ask("how many colleges are there?", "c")
    assert kpi(answer) == one(colleges, "SELECT COUNT(*) FROM College")
