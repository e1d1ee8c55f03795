"""Numbered steps averaged over (issue 12): a table of one row per round of each league,
numbered 1, 2, ... within the league. "average number of players per round, by league" is
the mean over each league's rounds — one bar per league, not a bar per round and league (the
average of one row is the row's own value: "average" would say nothing). A grouping the table
holds several rows for keeps asking for its own bars.

A generated DuckDB table; every chart is compared with the SQL an analyst would write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from answers import plots_exactly

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rounds") / "rounds.duckdb"
    con = duckdb.connect(str(path))
    # 6 leagues of 8 to 13 rounds; players leave as the rounds go on
    con.execute("""
        CREATE TABLE league_rounds AS SELECT
            'L' || l AS league, r AS round, 20 + l - r + (l * r) % 3 AS numplayers,
            CASE WHEN r % 4 = 0 THEN 'away' ELSE 'home' END AS venue
        FROM range(6) a(l), range(1, 14) b(r) WHERE r <= 8 + l""")
    con.close()
    return path


def test_average_per_numbered_step_by_group_is_the_mean_over_steps(
    engine: Any, rounds: Path
) -> None:
    answer = plots_exactly(
        engine,
        rounds,
        "rounds",
        "average number of players per round, by league",
        "SELECT league, AVG(numplayers) FROM league_rounds GROUP BY league",
    )
    assert len(answer.table) == 6


def test_average_by_two_groupings_with_several_rows_each_keeps_both(
    engine: Any, rounds: Path
) -> None:
    """Several rows per league and venue: their average means something, both are drawn."""
    plots_exactly(
        engine,
        rounds,
        "rounds",
        "average numplayers per venue by league",
        "SELECT venue, AVG(numplayers), league FROM league_rounds GROUP BY venue, league",
    )


def test_rounds_counted_per_league(engine: Any, rounds: Path) -> None:
    plots_exactly(
        engine,
        rounds,
        "rounds",
        "number of rounds per league",
        "SELECT league, COUNT(DISTINCT round) FROM league_rounds GROUP BY league",
    )


def test_a_numbering_is_not_counted_as_things(engine: Any, rounds: Path) -> None:
    """13 round numbers, not the 63 rounds played: refused with a sentence."""
    engine.connect("rounds", str(rounds))
    with pytest.raises(AiserError, match="positions 1 to 13"):
        engine.ask("How many rounds are there?", "rounds")


def test_leagues_with_more_than_n_rounds_count_them(engine: Any, rounds: Path) -> None:
    """One row per round of a league: its rows are its rounds, counted, not ``round > 10``."""
    engine.connect("rounds", str(rounds))
    answer = engine.ask("leagues with more than 10 rounds", "rounds")
    con = duckdb.connect(str(rounds), read_only=True)
    got = con.sql(answer.plan.sql).fetchall()
    con.close()
    assert sorted({r[0] for r in got}) == ["L3", "L4", "L5"]


def test_top_n_of_each_group_is_no_limit_on_the_groups(engine: Any, rounds: Path) -> None:
    """ "in the top 3 of each league" ranks inside each league: not the first 3 bars."""
    engine.connect("rounds", str(rounds))
    with pytest.raises(AiserError):
        engine.ask("How many players finished in the top 3 of each league?", "rounds")


def test_top_n_groups_still_limit_the_chart(engine: Any, rounds: Path) -> None:
    engine.connect("rounds", str(rounds))
    answer = engine.ask("top 3 leagues by total numplayers", "rounds")
    assert len(answer.table) == 3
