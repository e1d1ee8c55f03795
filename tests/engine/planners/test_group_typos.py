"""A misspelt word after "each" is the grouping asked for: drawn per another column, the
chart answers another question and is refused; a misspelling that starts like the column
grouped by, or one a name of the plan follows, is still drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("group_typos") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE Member AS SELECT i AS MemID, ['Lisa', 'Tom', 'Ann', 'Lisa'][1 + i % 4] AS Fname,
            'Surname' || (i % 7) AS LName FROM range(1, 21) t(i)""")
    con.execute("""
        CREATE TABLE Hobby_Type AS SELECT * FROM (VALUES ('Chess', 'indoor'), ('Golf', 'outdoor'),
            ('Knitting', 'indoor'), ('Hiking', 'outdoor')) v(Hobby, HobbyType)""")
    con.execute("""
        CREATE TABLE Member_Hobby AS SELECT 1 + i % 20 AS MemID,
            ['Chess', 'Golf', 'Knitting', 'Hiking'][1 + i % 4] AS Hobby FROM range(50) t(i)""")
    con.close()
    return path


def test_a_misspelt_grouping_drawn_per_another_column_is_refused(engine: Any, data: Path) -> None:
    refuses(
        engine, data, "d", "What is the number of each hobbie the girl named Lisa has?", "hobbie"
    )


def test_a_misspelling_starting_like_the_grouped_column_is_drawn(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "Show the different hobbies and number of members at each hobbiesin a bar chart",
        "SELECT Hobby, COUNT(*) FROM Member_Hobby GROUP BY 1",
    )
