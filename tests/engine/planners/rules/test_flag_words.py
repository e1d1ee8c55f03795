"""A word that begins the name of a column the plan uses is explained by it: "repeat guests
compared with first-time guests" groups by ``is_repeated_guest``, and "repeat" is that flag's
word, not a measure left out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth


@pytest.fixture(scope="module")
def stays(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("stays") / "stays.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE guest_stays AS SELECT
            (i * 13) % 200 AS lead_time,
            1 + i % 6 AS nights,
            CASE WHEN i % 4 = 0 THEN 1 ELSE 0 END AS is_repeated_guest,
            ['resort', 'city'][1 + i % 2] AS hotel
        FROM range(400) t(i)""")
    con.close()
    return path


def test_a_flags_word_begun_in_the_question_is_the_flag(engine: Any, stays: Path) -> None:
    engine.connect("stays", str(stays))
    answer = engine.ask(
        "average lead time of repeat guests compared with first-time guests", source="stays"
    )
    assert plotted(answer) == pytest.approx(
        truth(stays, "SELECT is_repeated_guest, AVG(lead_time) FROM guest_stays GROUP BY 1")
    )
