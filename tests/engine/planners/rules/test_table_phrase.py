"""Words that spell a table's name are its rows, not a stored value ("uses of force" in a
table ``police_use_of_force`` whose ``offense`` holds a code ``FORCE``); and "how many" with
rows kept at one value of a column draws one number, not one bar of that value.
Each answer is checked against SQL written by hand on a real DuckDB file — or refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def police(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One row per use of force, whose offense code is sometimes the word FORCE; one row per
    stop, with whether a citation was issued."""
    import duckdb

    path = tmp_path_factory.mktemp("police") / "police.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE police_use_of_force AS SELECT i AS case_id,
            ['FORCE', 'ASLT', 'THEFT', 'DWI'][1 + i % 4] AS offense,
            ['Taser', 'Bodily Force', 'Chemical Irritant'][1 + (i * 7) % 3] AS force_type,
            ['North', 'South', 'East'][1 + (i * 5) % 3] AS precinct,
            2016 + i % 5 AS year
        FROM range(300) t(i)""")
    con.execute("""
        CREATE TABLE stops AS SELECT i AS stop_id,
            CASE WHEN i % 3 = 0 THEN 'YES' ELSE 'NO' END AS citation_issued,
            ['North', 'South', 'East'][1 + i % 3] AS precinct
        FROM range(200) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "number of uses of force per year",
            "SELECT year, COUNT(*) FROM police_use_of_force GROUP BY 1",
        ),
        (
            "uses of force by precinct",
            "SELECT precinct, COUNT(*) FROM police_use_of_force GROUP BY 1",
        ),
    ],
)
def test_words_spelling_the_table_name_are_its_rows_not_a_value(
    engine: Any, police: Path, question: str, sql: str
) -> None:
    engine.connect("police", str(police))
    assert plotted(engine.ask(question, "police")) == truth(police, sql)


def test_the_value_alone_still_keeps_its_rows(engine: Any, police: Path) -> None:
    """ "FORCE offenses by precinct": the word alone, not the table's phrase, is the value."""
    engine.connect("police", str(police))
    answer = engine.ask("number of FORCE offenses by precinct", "police")
    assert plotted(answer) == truth(
        police,
        "SELECT precinct, COUNT(*) FROM police_use_of_force WHERE offense = 'FORCE' GROUP BY 1",
    )


def test_how_many_with_one_value_kept_is_one_number(engine: Any, police: Path) -> None:
    engine.connect("police", str(police))
    answer = engine.ask("How many stops ended with a citation being issued?", "police")
    assert list(answer.compiled.fields) == ["y"]  # a KPI, not one bar of YES
    assert kpi(answer) == one(police, "SELECT COUNT(*) FROM stops WHERE citation_issued = 'YES'")


def test_a_split_asked_keeps_its_grouping(engine: Any, police: Path) -> None:
    """ "by precinct" asks for bars: the grouping stays, the value kept or not."""
    engine.connect("police", str(police))
    answer = engine.ask("how many stops with a citation issued by precinct", "police")
    assert plotted(answer) == truth(
        police,
        "SELECT precinct, COUNT(*) FROM stops WHERE citation_issued = 'YES' GROUP BY 1",
    )


def test_a_phrase_of_no_table_still_refused(engine: Any, police: Path) -> None:
    engine.connect("police", str(police))
    with pytest.raises(AiserError):
        engine.ask("number of arrests of wizards by moon phase", "police")
