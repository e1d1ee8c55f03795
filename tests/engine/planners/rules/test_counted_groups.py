"""Groups kept by how many rows they have, as analysts ask it (issue 12): "users with more
than 30 ratings", "which ages account for more than 20 arrests", "education levels with more
than 100 records" — and the things rated kept apart by their key ("per movie" of a ratings
table whose titles repeat). A count of people harmed is no count of the events that harmed
them ("phases with more than 100 deaths" of a list of crashes), and a number said of the
groups is their total ("which phases saw more than 4350 fatalities"), said of the rows each
row's own.

A log of movie ratings (two films share a title), a list of arrests, a list of crashes and a
panel of riots by country and year, invented here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("logs") / "logs.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE ratings (userId BIGINT, movieId BIGINT, title VARCHAR, rating DOUBLE)"
    )
    titles = {m: "Hamlet" if m in (3, 7) else f"Film {m}" for m in range(12)}
    con.executemany(
        "INSERT INTO ratings VALUES (?, ?, ?, ?)",
        [[k % 9, k * 5 % 12, titles[k * 5 % 12], 0.5 + k * 3 % 10 / 2] for k in range(700)],
    )
    con.execute("CREATE TABLE Arrests (age BIGINT, sex VARCHAR, edlevel BIGINT, year BIGINT)")
    con.executemany(
        "INSERT INTO Arrests VALUES (?, ?, ?, ?)",
        [[16 + k * k % 30, ["M", "F"][k % 2], 1 + k * 7 % 4, 2000 + k % 6] for k in range(500)],
    )
    con.execute("CREATE TABLE crashes (Year BIGINT, Phase VARCHAR, Fatalities BIGINT)")
    con.executemany(
        "INSERT INTO crashes VALUES (?, ?, ?)",
        [
            [1993 + k % 20, ["landing", "takeoff", "en route"][k % 3], k * 7 % 90]
            for k in range(300)
        ],
    )
    con.execute("CREATE TABLE unrest (country VARCHAR, year BIGINT, riots BIGINT)")
    con.executemany(
        "INSERT INTO unrest VALUES (?, ?, ?)",
        [[f"Country {c}", y, (c * y) % 4] for c in range(30) for y in range(2010, 2014)],
    )
    con.close()
    return path


def test_groups_with_more_than_n_of_their_rows(engine: Engine, logs: Path) -> None:
    plots_exactly(
        engine,
        logs,
        "l",
        "which ages account for more than 20 arrests?",
        "SELECT age, COUNT(*) FROM Arrests GROUP BY 1 HAVING COUNT(*) > 20",
    )
    plots_exactly(
        engine,
        logs,
        "l",
        "education levels with more than 100 records",
        "SELECT edlevel, COUNT(*) FROM Arrests GROUP BY 1 HAVING COUNT(*) > 100",
    )


def test_ratings_far_above_the_scale_are_rows_counted(engine: Engine, logs: Path) -> None:
    plots_exactly(
        engine,
        logs,
        "l",
        "users with more than 77 ratings",
        "SELECT userId, COUNT(*) FROM ratings GROUP BY 1 HAVING COUNT(*) > 77",
    )


def test_things_rated_are_told_apart_by_their_key(engine: Engine, logs: Path) -> None:
    plots_exactly(
        engine,
        logs,
        "l",
        "average rating per movie",
        "SELECT movieId, AVG(rating) FROM ratings GROUP BY 1",
    )
    answer = plots_exactly(
        engine,
        logs,
        "l",
        "scatter of number of ratings (x) vs average rating (y) per movie,"
        " for movies with at least 55 ratings",
        "SELECT COUNT(*), AVG(rating) FROM ratings GROUP BY movieId HAVING COUNT(*) >= 55",
    )
    assert answer.compiled.fields["x"].alias == "count"  # the count on x, as marked


def test_a_count_said_before_the_things_counts_them(engine: Engine, logs: Path) -> None:
    engine.connect("l", str(logs))
    answer = engine.ask("How many countries had at least one riot in 2012?", "l")
    truth = "SELECT COUNT(DISTINCT country) FROM unrest WHERE year = 2012 AND riots >= 1"
    assert kpi(answer) == one(logs, truth)


def test_deaths_are_no_count_of_crashes(engine: Engine, logs: Path) -> None:
    plots_exactly(  # the phases' deaths (their fatalities) summed, never their crashes counted
        engine,
        logs,
        "l",
        "phases with more than 4350 deaths",
        "SELECT Phase, SUM(Fatalities) FROM crashes GROUP BY 1 HAVING SUM(Fatalities) > 4350",
    )


def test_a_number_said_of_the_groups_is_their_total(engine: Engine, logs: Path) -> None:
    plots_exactly(
        engine,
        logs,
        "l",
        "which phases saw more than 4350 fatalities",
        "SELECT Phase, SUM(Fatalities) FROM crashes GROUP BY 1 HAVING SUM(Fatalities) > 4350",
    )
    plots_exactly(  # said of the crashes, it is each crash's own number
        engine,
        logs,
        "l",
        "crashes with more than 80 fatalities by phase",
        "SELECT Phase, COUNT(*) FROM crashes WHERE Fatalities > 80 GROUP BY 1",
    )
