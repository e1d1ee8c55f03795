"""A count of every row is not drawn for an outcome noun that names only some of the rows:
"wins per season" over a table of matches would count all matches (issue 12); a plural
that names the rows themselves ("captures per year") is still drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("counted_plurals") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE fixtures AS
        SELECT ['Ajax', 'PSV', 'Feyenoord'][1 + i % 3] AS HomeTeam,
            ['PSV', 'Feyenoord', 'Ajax'][1 + i % 3] AS AwayTeam,
            i % 4 AS HomeGoals, i % 3 AS AwayGoals, 1990 + i % 5 AS Year
        FROM range(60) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("wins per Year", "wins"),
        ("Ajax home losses by Year", "losses"),
        ("defeats by Year", "defeats"),
    ],
)
def test_an_outcome_counted_over_all_rows_is_refused(
    engine: Any, data: Path, question: str, word: str
) -> None:
    refuses(engine, data, "d", question, word)


def test_a_plural_naming_the_rows_is_still_drawn(engine: Any, data: Path) -> None:
    plots_exactly(
        engine, data, "d", "fixtures per Year", "SELECT Year, COUNT(*) FROM fixtures GROUP BY 1"
    )
