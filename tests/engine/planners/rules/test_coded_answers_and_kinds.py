"""Values as surveys and registers store them, and the kinds of row a table holds (issue 12).

A labour survey whose answers are stored with their ordinal ("1. Never Married", "2. >=Very
Good"), whose ``remote`` column holds 'Remote' and 'Not remote'; a register of local
governments whose ``kind`` holds 'municipality' beside 'town' and 'city', and whose tiers
are 'lower-tier' and 'single-tier'. All invented here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly

from aiser_jupyter.engine.core import Engine

MARITAL = ["1. Never Married", "2. Married", "3. Widowed", "4. Divorced"]
HEALTH = ["1. <=Good", "2. >=Very Good"]
KINDS = ["municipality", "town", "city", "township"]


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("survey") / "survey.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE Workers (year BIGINT, maritl VARCHAR, health VARCHAR, remote VARCHAR,"
        " wage DOUBLE, education VARCHAR)"
    )
    con.executemany(
        "INSERT INTO Workers VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                2003 + k % 5,
                MARITAL[k % 4],
                HEALTH[k % 3 == 0],
                ["Remote", "Not remote"][k % 4 == 0],
                40.0 + k * 7 % 130,
                ["1. HS Grad", "2. College Grad"][k % 2],
            ]
            for k in range(400)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def towns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("towns") / "towns.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE places (name VARCHAR, kind VARCHAR, status VARCHAR, division VARCHAR,"
        " land_area DOUBLE, population BIGINT)"
    )
    con.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                f"Place {k}",
                KINDS[k % 4],
                ["lower-tier", "single-tier"][k % 3 == 0],
                ["North", "South", "East"][k % 3],
                10.0 + k * 13 % 900,
                1000 + k * 377 % 90000,
            ]
            for k in range(120)
        ],
    )
    con.close()
    return path


def test_an_ordinal_before_a_coded_answer_is_not_said() -> None:
    from aiser_jupyter.engine.planners.value_keys import unnumbered

    assert unnumbered("1. Never Married") == "Never Married"
    assert unnumbered("2. >=Very Good") == "Very Good"
    assert unnumbered("3) Yes") == "Yes"
    assert unnumbered("10.5 kg") is None
    assert unnumbered("Route 66") is None


def test_answers_stored_with_their_ordinal(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "number of divorced workers per year",
        "SELECT year, COUNT(*) FROM Workers WHERE maritl = '4. Divorced' GROUP BY 1",
    )
    plots_exactly(
        engine,
        survey,
        "s",
        "count of workers in very good health by year",
        "SELECT year, COUNT(*) FROM Workers WHERE health = '2. >=Very Good' GROUP BY 1",
    )


def test_a_negation_inside_a_kept_value_is_no_condition(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "average wage married vs never married",
        "SELECT maritl, AVG(wage) FROM Workers"
        " WHERE maritl IN ('2. Married', '1. Never Married') GROUP BY 1",
    )


def test_a_word_compared_with_a_value_is_a_value(engine: Engine, survey: Path) -> None:
    plots_exactly(
        engine,
        survey,
        "s",
        "average wage remote vs not remote",
        "SELECT remote, AVG(wage) FROM Workers GROUP BY 1",
    )


def test_the_kind_said_of_all_rows_grouped_by_kind(engine: Engine, towns: Path) -> None:
    plots_exactly(
        engine,
        towns,
        "t",
        "number of municipalities by kind",
        "SELECT kind, COUNT(*) FROM places GROUP BY 1",
    )
    plots_exactly(
        engine,
        towns,
        "t",
        "average land area by municipality kind",
        "SELECT kind, AVG(land_area) FROM places GROUP BY 1",
    )


def test_kinds_listed_together_are_kept(engine: Engine, towns: Path) -> None:
    plots_exactly(
        engine,
        towns,
        "t",
        "number of towns and cities by kind",
        "SELECT kind, COUNT(*) FROM places WHERE kind IN ('town', 'city') GROUP BY 1",
    )


def test_the_word_every_value_ends_in_names_the_column(engine: Engine, towns: Path) -> None:
    plots_exactly(
        engine,
        towns,
        "t",
        "total population by tier",
        "SELECT status, SUM(population) FROM places GROUP BY 1",
    )
