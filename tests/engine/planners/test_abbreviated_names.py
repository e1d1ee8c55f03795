"""Column names abbreviated the way real schemas do it, asked in plain words (issue 12):
vowels dropped (``wrkstat`` "work status"), a word truncated after a letter of its own
(``rinc`` of "income"), a number glued after a contraction (``prestg10`` "prestige"),
and a name said whole winning over one said in part
("hourly wage" of ``HourlyWage`` beside ``DailyWage``, ``WeeklyWage``) — drawn on a small
DuckDB table; a word a family of names shares still refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.planners.lexicon import abbreviates, contracts


@pytest.mark.parametrize(
    ("part", "word", "close", "clipped"),
    [
        ("prestg", "prestige", False, True),  # the start kept, then consonants to its last
        ("skllvl", "skill", False, False),  # more than the word: no clipping of it
        ("wrk", "work", False, False),  # a vowel short alone says too little ("flt", "felt")
        ("wrk", "work", True, True),  # ... beside other words of the name it is the word
        ("rinc", "income", False, True),  # a letter of its own, then "inc"
        ("rinc", "rain", False, False),
        ("qty", "quantity", False, True),
        ("dpt", "department", False, False),  # keeps too few of its consonants
    ],
)
def test_a_name_piece_clips_a_word(part: str, word: str, close: bool, clipped: bool) -> None:
    assert abbreviates(part, word, close=close) is clipped


def test_a_contraction_one_vowel_short_needs_the_rest_of_the_name() -> None:
    assert not contracts("flt", "felt")
    assert contracts("wrk", "work", close=True)


@pytest.fixture(scope="module")
def staff(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("abbrev") / "staff.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE staff AS
        SELECT ['North', 'South', 'East'][1 + (i % 3)] AS region,
            ['Full-Time', 'Part-Time', 'Retired', 'Student'][1 + (i * 7 % 4)] AS wrkstat,
            ['Married', 'Single'][1 + (i % 2)] AS maritalcat,
            10000.0 + (i * 37 % 50) * 1000 AS realrinc,
            20 + (i * 13 % 60) AS prestg10,
            10 + (i * 3 % 40) AS HourlyWage,
            80 + (i * 11 % 200) AS DailyWage,
            400 + (i * 17 % 900) AS WeeklyWage,
            (i * 5 % 7) AS injr_m1524,
            (i * 3 % 5) AS injr_f1524
        FROM range(120) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        (
            "number of staff by work status",
            "SELECT wrkstat, COUNT(*) FROM staff GROUP BY wrkstat",
        ),
        (  # "income" alone: the one name whose piece "inc" clips it
            "average income by region",
            "SELECT region, AVG(realrinc) FROM staff GROUP BY region",
        ),
        (  # "real income": real | r | inc, every word accounted for
            "average real income per work status",
            "SELECT wrkstat, AVG(realrinc) FROM staff GROUP BY wrkstat",
        ),
        (
            "average prestige by region",
            "SELECT region, AVG(prestg10) FROM staff GROUP BY region",
        ),
        (  # the name said whole: not the daily or weekly wage, and no grouping by hour
            "average hourly wage by region",
            "SELECT region, AVG(HourlyWage) FROM staff GROUP BY region",
        ),
        (
            "average weekly wage by region",
            "SELECT region, AVG(WeeklyWage) FROM staff GROUP BY region",
        ),
    ],
)
def test_an_abbreviated_name_asked_in_words_is_drawn(
    engine: Any, staff: Path, question: str, truth: str
) -> None:
    answer = plots_exactly(engine, staff, "staff", question, truth)
    notes = " ".join(n for n in answer.plan.provenance.notes if n.startswith("not used"))
    assert not notes, notes  # every word is accounted for


def test_a_word_a_family_of_names_clips_picks_none_of_them(engine: Any, staff: Path) -> None:
    # "injuries" clips injr of injr_m1524 and of injr_f1524 alike: which one is not said,
    # so no total of either is drawn
    refuses(engine, staff, "staff", "total injuries by region")


def test_the_head_noun_of_a_name_just_said_is_not_another_names_clipped_piece(
    engine: Any, staff: Path
) -> None:
    # "marital status": maritalcat's (status noted as not used), never wrkstat's "stat"
    plots_exactly(
        engine,
        staff,
        "staff",
        "number of staff by marital status and region",
        "SELECT maritalcat, COUNT(*), region FROM staff GROUP BY maritalcat, region",
    )
