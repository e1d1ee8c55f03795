"""A word typed for the stored value it sits inside (issue 12).

An app's events name their client as 'Posted via Android', 'Posted via iPhone', 'Web
Dashboard': "monthly Android posts" keeps the Android client's rows. The word is read so
only when one listed value of one column holds it and it is typed as that value spells it;
a word two values hold, or a name typed in lower case, is refused rather than guessed.
Numbers are checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.core import Engine

CLIENTS = ["Posted via Android", "Posted via iPhone", "Web Dashboard", "Scheduler Bot"]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("posts") / "posts.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE posts (client VARCHAR, posted_at TIMESTAMP, likes INTEGER)")
    con.executemany(
        "INSERT INTO posts VALUES (?, ?, ?)",
        [
            [
                CLIENTS[n % 4 if n % 7 else 0],
                f"20{19 + n % 3}-{1 + n % 12:02d}-{1 + n % 28:02d} 10:00",
                n % 50,
            ]
            for n in range(600)
        ],
    )
    con.execute("CREATE TABLE devices (model VARCHAR, maker VARCHAR)")
    con.executemany(
        "INSERT INTO devices VALUES (?, ?)",
        [["Pixel Android", "Google"], ["Galaxy Android", "Samsung"], ["Desk One", "Dell"]],
    )
    con.close()
    return path


def test_a_name_inside_one_value_keeps_its_rows(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "yearly count of iPhone posts",
        "SELECT DATE_TRUNC('year', posted_at), COUNT(*) FROM posts "
        "WHERE client = 'Posted via iPhone' GROUP BY 1",
    )


def test_a_name_typed_in_lower_case_is_not_guessed(engine: Engine, data: Path) -> None:
    refuses(engine, data, "d", "yearly count of iphone posts", "iphone")


def test_a_word_inside_two_values_is_refused(engine: Engine, data: Path) -> None:
    refuses(engine, data, "d", "yearly count of Android posts", "android")
