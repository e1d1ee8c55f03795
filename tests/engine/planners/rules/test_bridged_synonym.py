"""A word the question's table has a synonym column for ("gender" → ``sex``) is that table's
column, not the same-named column of a table only a bridge reaches (the halls students live
in, through ``residence``); asked of the halls themselves, it is the halls' own column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth


@pytest.fixture(scope="module")
def campus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("campus") / "campus.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE students AS SELECT i AS student_id, 17 + (i * 7) % 9 AS age,
        ['F', 'M', 'M'][1 + i % 3] AS sex FROM range(30) t(i)""")
    con.execute("""CREATE TABLE halls AS SELECT i AS hall_id, 'hall ' || i AS hall_name,
        ['X', 'F', 'M', 'X'][1 + i] AS gender FROM range(4) t(i)""")
    con.execute("""CREATE TABLE residence AS SELECT i AS student_id, i % 4 AS hall_id
        FROM range(30) t(i)""")
    con.close()
    return path


def test_students_by_gender_is_the_students_sex(engine: Any, campus: Path) -> None:
    engine.connect("campus", str(campus))
    answer = engine.ask(
        "Draw a bar chart for how many students are older than average for each gender?",
        source="campus",
    )
    assert plotted(answer) == truth(
        campus,
        "SELECT sex, COUNT(*) FROM students WHERE age > (SELECT AVG(age) FROM students)"
        " GROUP BY sex",
    )


def test_halls_by_gender_is_the_halls_own_column(engine: Any, campus: Path) -> None:
    engine.connect("campus", str(campus))
    answer = engine.ask("number of halls for each gender as a bar chart", source="campus")
    assert plotted(answer) == truth(campus, "SELECT gender, COUNT(*) FROM halls GROUP BY gender")
