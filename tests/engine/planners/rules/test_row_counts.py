"""Counting the rows of a table of people (issue 12).

A survey table (one row per respondent) holds each respondent's number of children
(``childs``, 0–8): "number of respondents by gender" counts respondents — a count a row holds
of its own things is no count of many rows' things, as a city-month table's ``sales`` is. A
noun built on a yes/no column ("callbacks" of ``call``) is still refused when drawn as a
count of every row. Numbers are checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("survey") / "survey.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE survey_wages (year BIGINT, age BIGINT, childs BIGINT, gender VARCHAR, "
        "maritalcat VARCHAR, realrinc DOUBLE)"
    )
    con.executemany(
        "INSERT INTO survey_wages VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                1990 + n % 20,
                18 + n % 60,
                n % 9,
                ["Male", "Female"][n % 2],
                ["Married", "Never married", "Divorced"][n % 3],
                10_000 + 37.5 * n,
            ]
            for n in range(900)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def flags(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("applications") / "applications.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE applications (industry VARCHAR, call VARCHAR, jobs INTEGER)")
    con.executemany(
        "INSERT INTO applications VALUES (?, ?, ?)",
        [
            [["trade", "finance", "health"][n % 3], "yes" if n % 7 == 0 else "no", 1 + n % 4]
            for n in range(300)
        ],
    )
    con.close()
    return path


def test_people_are_the_rows_beside_a_count_of_their_own(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "number of respondents by marital status and gender",
        "SELECT maritalcat, COUNT(*), gender FROM survey_wages GROUP BY maritalcat, gender",
    )


def test_a_noun_of_a_flag_counted_over_every_row_is_refused(engine: Engine, flags: Path) -> None:
    refuses(engine, flags, "f", "top 3 industries by number of callbacks", "callbacks")
