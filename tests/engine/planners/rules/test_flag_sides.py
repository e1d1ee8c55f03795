"""Both sides of a yes/no column, in the words analysts use for them (issue 12).

"married and unmarried", "minority vs not", "with kids vs without" ask for one group per
side of the flag; "unmarried" alone keeps the rows where the flag is false — never the
married ones, which the word contains. Numbers are checked against SQL written by hand on
DuckDB.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("sides") / "panel.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE households (hh INTEGER, year INTEGER, married INTEGER, kids INTEGER, "
        "minority INTEGER, age INTEGER, visits INTEGER, MathAch DOUBLE)"
    )
    con.executemany(
        "INSERT INTO households VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                h,
                y,
                int(h % 3 != 0),
                int(h % 4 == 1),
                int(h % 5 == 2),
                25 + (h * 7) % 50,
                (h * 3 + y) % 9,
                40.0 + (h * 11 + y) % 37,
            ]
            for h in range(1, 120)
            for y in range(2010, 2014)
        ],
    )
    con.close()
    return path


def test_a_flag_and_its_prefixed_opposite_are_both_drawn(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "number of married and unmarried households each year, stacked",
        "SELECT year, COUNT(*), married FROM households GROUP BY year, married",
    )


def test_the_prefixed_opposite_alone_keeps_the_other_side(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("average age of unmarried households", "d")
    assert kpi(answer) == one(data, "SELECT AVG(age) FROM households WHERE married = 0")


def test_a_flag_against_not_is_both_sides(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average visits, minority vs not",
        "SELECT minority, AVG(visits) FROM households GROUP BY minority",
    )


def test_with_a_thing_against_without_is_both_sides(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average visits, with kids vs without",
        "SELECT kids, AVG(visits) FROM households GROUP BY kids",
    )


def test_an_abbreviated_achievement_is_read(engine: Engine, data: Path) -> None:
    import duckdb

    path = data.with_name("scores.duckdb")
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE IF NOT EXISTS PupilAchieve AS SELECT i AS pupil, i % 7 AS grade, "
        "30.0 + (i * 13) % 41 AS MathAch, 20.0 + (i * 7) % 33 AS ReadScore FROM range(300) t(i)"
    )
    con.close()
    plots_exactly(
        engine,
        path,
        "s",
        "average math achievement by grade",
        "SELECT grade, AVG(MathAch) FROM PupilAchieve GROUP BY grade",
    )


def test_the_number_of_lines_asked_is_the_series_drawn(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average visits per year, minority vs not, as two lines",
        "SELECT year, AVG(visits), minority FROM households GROUP BY year, minority",
    )
    # one line drawn where two are asked: the number is not explained away
    refuses(engine, data, "d", "number of households per year as 2 lines", "2")
