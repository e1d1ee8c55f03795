"""A value held by two sibling columns that differ only by a role word (home_club / away_club,
winner_name / loser_name): the one role the question names picks the column, and the answer's
notes say so; no role named, or both, is still asked. Numbers checked against SQL by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.core import Engine, EngineConfig

GAMES = [  # home_club, away_club, home_points, away_points, season
    ("Lions", "Bears", 3, 1, 2020),
    ("Bears", "Lions", 2, 2, 2020),
    ("Lions", "Hawks", 0, 1, 2020),
    ("Hawks", "Lions", 4, 0, 2021),
    ("Lions", "Bears", 5, 2, 2021),
    ("Bears", "Hawks", 1, 1, 2021),
    ("Hawks", "Bears", 2, 3, 2021),
    ("Lions", "Hawks", 1, 4, 2022),
]
BOUTS = [  # winner_name, loser_name, minutes, year
    ("Ann", "Bea", 90, 2020),
    ("Bea", "Ann", 120, 2020),
    ("Ann", "Cid", 60, 2021),
    ("Cid", "Ann", 150, 2021),
    ("Bea", "Cid", 80, 2021),
]


@pytest.fixture(scope="module")
def league(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, Path]:
    import duckdb

    path = tmp_path_factory.mktemp("role_pairs") / "league.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE games (home_club VARCHAR, away_club VARCHAR, home_points INTEGER, "
        "away_points INTEGER, season INTEGER)"
    )
    con.executemany("INSERT INTO games VALUES (?, ?, ?, ?, ?)", GAMES)
    con.execute(
        "CREATE TABLE bouts (winner_name VARCHAR, loser_name VARCHAR, minutes INTEGER, "
        "year INTEGER)"
    )
    con.executemany("INSERT INTO bouts VALUES (?, ?, ?, ?)", BOUTS)
    con.close()
    return Engine(EngineConfig(planner="rules", use_cache=False)), path


def test_the_role_of_the_measure_picks_the_column_of_the_value(
    league: tuple[Engine, Path],
) -> None:
    engine, path = league
    for role in ("home", "away"):
        answer = plots_exactly(
            engine,
            path,
            "league",
            f"Lions' {role} points by season",
            f"SELECT season, SUM({role}_points) FROM games WHERE {role}_club = 'Lions' "
            "GROUP BY season",
        )
        notes = " ".join(answer.plan.provenance.notes)
        assert f"{role}_club" in notes, notes


def test_a_role_said_of_the_rows_wins_over_the_measures(league: tuple[Engine, Path]) -> None:
    engine, path = league
    plots_exactly(
        engine,
        path,
        "league",
        "total away points conceded at home by Lions by season",
        "SELECT season, SUM(away_points) FROM games WHERE home_club = 'Lions' GROUP BY season",
    )
    plots_exactly(  # one role word for every value named
        engine,
        path,
        "league",
        "compare the average away points of Lions and Bears in their home games",
        "SELECT home_club, AVG(away_points) FROM games WHERE home_club IN ('Lions', 'Bears') "
        "GROUP BY home_club",
    )
    plots_exactly(
        engine,
        path,
        "league",
        "average minutes by year for Ann as loser",
        "SELECT year, AVG(minutes) FROM bouts WHERE loser_name = 'Ann' GROUP BY year",
    )


@pytest.mark.parametrize(
    "question",
    [
        "Lions points by season",  # no role named
        "Lions home points vs away points by season",  # both roles
        "Lions games with at least 3 home points by season",  # the role of a condition
    ],
)
def test_no_single_role_named_is_still_asked(league: tuple[Engine, Path], question: str) -> None:
    engine, path = league
    error = refuses(engine, path, "league", question)
    assert set(error.details["columns"]) == {"games.home_club", "games.away_club"}, error
