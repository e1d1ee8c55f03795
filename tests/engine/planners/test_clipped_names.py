"""Clipped and glued column names asked in plain words (issue 12): ``yearinsp`` asked as
"inspection year", ``ageOFoper`` as "operator age", a rate named by its modifier ("property
crime rate" of ``property``, "helmet usage rate" of ``helmet``) — drawn on a small DuckDB
table, and still refused where a word of the question names nothing the chart has."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.planners.lexicon import abbreviates, split_name


@pytest.mark.parametrize(
    ("part", "word", "clipped"),
    [
        ("insp", "inspection", True),
        ("oper", "operators", True),
        ("acc", "accident", True),
        ("age", "agency", False),  # an English word is no clipped spelling
        ("in", "inspection", False),  # two letters say too little
        ("insp", "insp", False),  # the word as the name spells it is no written-out word
        ("dec", "december", True),  # a month's short name of its month
        ("dec", "decade", False),  # … of no other word it starts ("Dec" beside "Jan" … "Nov")
    ],
)
def test_a_clipped_part_is_the_start_of_a_longer_word(part: str, word: str, clipped: bool) -> None:
    assert abbreviates(part, word) is clipped


def test_capitals_glued_to_a_name_split_when_they_are_a_word() -> None:
    assert split_name("ageOFoper", expand=False) == ["age", "of", "oper"]
    assert split_name("yearInsp", expand=False) == ["year", "insp"]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("clipped") / "sites.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE site_checks AS
        SELECT d.district, 2010 + (d.k * 3 + i) % 6 AS yearinsp,
            20 + (d.k * 11 + i * 7) % 45 AS ageOFoper,
            100.0 + (d.k * 37 + i * 13) % 400 AS property,
            0.5 + ((d.k * 3 + i) % 10) / 25.0 AS helmet,
            1950 + (d.k * 17 + i * 5) % 55 AS yearbuilt,
            ['annual', 'seasonal', 'none'][1 + (d.k + i) % 3] AS permit
        FROM (VALUES ('North', 1), ('South', 2), ('East', 3), ('West', 4)) d(district, k),
             range(30) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        (
            "average operator age by inspection year",
            "SELECT yearinsp, AVG(ageOFoper) FROM site_checks GROUP BY yearinsp",
        ),
        (
            "average age of operators by district",
            "SELECT district, AVG(ageOFoper) FROM site_checks GROUP BY district",
        ),
        (
            "average property crime rate by district",
            "SELECT district, AVG(property) FROM site_checks GROUP BY district",
        ),
        (
            "average helmet usage rate by district",
            "SELECT district, AVG(helmet) FROM site_checks GROUP BY district",
        ),
        (  # "type of permit": grouped by the permit
            "average helmet usage rate by type of permit",
            "SELECT permit, AVG(helmet) FROM site_checks GROUP BY permit",
        ),
        (  # the oldest of a year is the earliest one
            "for each district, the oldest year built",
            "SELECT district, MIN(yearbuilt) FROM site_checks GROUP BY district",
        ),
        (
            "for each district, the youngest year built",
            "SELECT district, MAX(yearbuilt) FROM site_checks GROUP BY district",
        ),
        (  # an age stays an age: the oldest operator is the highest age
            "age of the oldest operator by district",
            "SELECT district, MAX(ageOFoper) FROM site_checks GROUP BY district",
        ),
    ],
)
def test_a_clipped_name_written_out_is_drawn(
    engine: Any, sites: Path, question: str, truth: str
) -> None:
    answer = plots_exactly(engine, sites, "sites", question, truth)
    notes = " ".join(n for n in answer.plan.provenance.notes if n.startswith("not used"))
    assert not notes, notes  # every word is accounted for


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # a grouping of several words nothing in the table names: not drawn ungrouped
        ("average operator age for each road surface type", "road"),
        # "type of" a thing the table does not have: no grouping of the table's own
        ("average helmet usage rate by type of vehicle", "type"),
    ],
)
def test_a_word_naming_nothing_still_refuses(
    engine: Any, sites: Path, question: str, word: str
) -> None:
    refuses(engine, sites, "sites", question, word)
