"""A word a column name's one-letter piece stands for ("female" of the F in lifeExpF), said
between an aggregate word and the rest of the name, is that column's word: the aggregate
governs the column ("average female life expectancy" is its mean, not a sum with "average"
unused); a word no such letter stands for is still refused (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("initials") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE nations AS
        SELECT 'nation ' || i AS nation, ['north', 'south', 'east'][1 + i % 3] AS bloc,
            60.0 + (i * 7) % 25 AS lifeExpF, 1000 + (i * 37) % 900 AS population
        FROM range(60) t(i)""")
    con.execute("""
        CREATE TABLE towns AS
        SELECT 'town ' || i AS town, ['Alder', 'Birch'][1 + i % 2] AS district,
            20.0 + (i * 3) % 11 AS wage_f, 25.0 + (i * 5) % 13 AS wage_m
        FROM range(40) t(i)""")
    con.close()
    return path


def test_the_word_of_a_trailing_letter_takes_the_aggregate(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average female life expectancy of nations by bloc",
        "SELECT bloc, AVG(lifeExpF) FROM nations GROUP BY bloc",
    )


def test_the_letter_picks_the_column_of_two_alike(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average male wage by district",
        "SELECT district, AVG(wage_m) FROM towns GROUP BY district",
    )
    plots_exactly(
        engine,
        data,
        "d",
        "average female wage by district",
        "SELECT district, AVG(wage_f) FROM towns GROUP BY district",
    )


def test_a_word_no_letter_stands_for_is_refused(engine: Any, data: Path) -> None:
    refuses(engine, data, "d", "average urban life expectancy of nations by bloc")
