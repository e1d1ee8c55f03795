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
