"""Words that name a value stored as a short code (issue 12).

A table of tennis serves stores the kind of serve as a code (``FL``, ``SL``, ``KI``) and the
returner's hand as ``R``/``L``. "with her slices" or "to righties and lefties" picks rows by
such a code: a plan that leaves the word out counts every serve, so it is refused, and the
refusal names the column and its codes for the user to say which. The same questions with
the codes, or grouped by those columns, are drawn; numbers are checked against SQL written
by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, plots_exactly, refuses, truth

from aiser_jupyter.engine.core import Engine

KINDS = ["FL", "SL", "KI"]
OUTCOMES = ["Ace", "Fault", "In Play"]


def _fill(con: Any) -> None:
    con.execute(
        "CREATE TABLE Serves (ServeNo BIGINT, SetNo BIGINT, ServeKind VARCHAR, "
        "ReturnerHand VARCHAR, Outcome VARCHAR, Speed DOUBLE)"
    )
    con.executemany(
        "INSERT INTO Serves VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                n,
                1 + n % 3,
                KINDS[n % 3],
                "L" if n % 4 == 0 else "R",
                OUTCOMES[(n // 3) % 3],
                150.0 + (n * 7) % 40,
            ]
            for n in range(240)
        ],
    )


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("serves") / "serves.duckdb"
    con = duckdb.connect(str(path))
    _fill(con)
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "word", "code"),
    [
        ("How many aces did she hit with her slice?", "slice", "SL"),
        ("slices: speed by set", "slices", "SL"),
        ("How many aces with her kick serve?", "kick", "KI"),
    ],
)
def test_a_word_a_two_letter_code_begins_is_refused_naming_the_codes(
    engine: Engine, data: Path, question: str, word: str, code: str
) -> None:
    refused = refuses(engine, data, "t", question, word)
    assert f"ServeKind = '{code}' (of FL, KI, SL)" in refused.details["suggestions"]


def test_words_of_two_one_letter_codes_name_them(engine: Engine, data: Path) -> None:
    """ "righties and lefties": two coordinated words that begin like the two one-letter codes
    of one column name those codes (:mod:`...code_values`), drawn side by side."""
    plots_exactly(
        engine,
        data,
        "t",
        "serves to righties and lefties in each set",
        "SELECT SetNo, COUNT(*), ReturnerHand FROM Serves GROUP BY 1, 3",
    )


def test_the_code_said_is_kept(engine: Engine, data: Path) -> None:
    engine.connect("t", str(data))
    answer = engine.ask("how many aces with serve kind SL", "t")
    sql = "SELECT 1, COUNT(*) FROM Serves WHERE Outcome = 'Ace' AND ServeKind = 'SL'"
    assert kpi(answer) == truth(data, sql)[1]


def test_grouped_by_the_coded_column_the_words_are_answered(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "t",
        "average speed by returner hand",
        "SELECT ReturnerHand, AVG(Speed) FROM Serves GROUP BY 1",
    )


def test_a_word_one_letter_code_alone_begins_is_no_code(engine: Engine, data: Path) -> None:
    """ "[r]elease" begins like ``R`` and nothing more: one letter begins too many words."""
    engine.connect("t", str(data))
    answer = engine.ask("histogram of release speed", "t")
    assert "Speed" in answer.plan.sql and "ReturnerHand" not in answer.plan.sql
