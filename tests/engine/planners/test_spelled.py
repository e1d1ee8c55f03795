"""Yes/no columns named as a codebook does, from a word and the initials of the next
(``homew``: "home won") or from initials (``ss``: "swing states"): the words of the question
that spell a column the plan keeps are that column's name, not words left out. Checked on a
small DuckDB file of football fixtures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.engine.planners.spelled import spelled_at


@pytest.fixture(scope="module")
def league(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("league") / "league.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        """
        CREATE TABLE fixtures AS SELECT
            i AS fixture_id,
            2015 + i % 6 AS season,
            ['North', 'South', 'East'][1 + i % 3] AS division,
            CASE WHEN (i * 7) % 5 < 2 THEN 1 ELSE 0 END AS homew,
            (i * 3) % 6 AS goals,
            20000 + (i * 997) % 30000 AS attendance
        FROM range(300) t(i)"""
    )
    con.close()
    return path


def test_words_that_spell_a_kept_flag_are_its_name(engine: Any, league: Path) -> None:
    engine.connect("league", str(league))
    answer = engine.ask("number of fixtures home won by season", source="league")
    assert plotted(answer) == truth(
        league, "SELECT season, COUNT(*) FROM fixtures WHERE homew = 1 GROUP BY 1"
    )
    notes = " ".join(answer.plan.provenance.notes)
    assert "won" not in notes and "home" not in notes  # said, not left out


def test_a_name_spelled_by_a_word_and_initials_or_by_initials() -> None:
    words = ["states", "trump", "won", "in", "swing", "states"]
    assert spelled_at("trumpw", words, 1) == 2
    assert spelled_at("ss", words, 4) == 2
    assert spelled_at("TrumpW", words, 1) == 2
    assert spelled_at("trumpw", words, 2) == 0
    assert spelled_at("s", words, 4) == 0  # one letter is no name spelled
    assert spelled_at("ab", ["a", "bc"], 0) == 2
    assert spelled_at("tw", ["to", "win"], 0) == 2
    assert spelled_at("tow", ["to", "win"], 0) == 0  # a word spelled whole has three letters
