"""A share of a group compared ("districts where more than 40% of residents are renters")
compares the column the words after the verb name — kept as a percent or as a fraction —
never the group the share is taken of (a residents count above 40); when no column is named
there, the question is refused, not drawn on the group (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("share_of") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE districts AS
        SELECT 'D' || i AS district, 1000 + i * 250 AS area_km2,
            (i * 7) % 90 + 5 AS pct_renters, ((i * 13) % 80 + 10) / 100.0 AS graduates,
            (i * 97) % 3000 AS owners
        FROM range(40) t(i)""")
    con.execute("""
        CREATE TABLE inspections AS
        SELECT 'D' || (i % 40) AS district, CASE WHEN i % 3 = 0 THEN 'north' ELSE 'south' END AS zone
        FROM range(600) t(i)""")
    con.close()
    return path


def test_share_kept_as_a_percent(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "districts where more than 40% of residents are renters",
        "SELECT district, pct_renters FROM districts WHERE pct_renters > 40",
    )


def test_share_kept_as_a_fraction(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "districts where more than 60% of residents are graduates",
        "SELECT district, graduates FROM districts WHERE graduates > 0.6",
    )


def test_rows_of_another_table_counted_in_those_groups(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "inspections by zone in districts where over 30% of residents are graduates",
        """SELECT i.zone, COUNT(*) FROM inspections i JOIN districts d USING (district)
           WHERE d.graduates > 0.3 GROUP BY 1""",
    )


def test_share_of_a_column_never_compares_that_column(engine: Any, data: Path) -> None:
    refuses(engine, data, "d", "districts where more than 40% of residents are homeless", "40")


def test_a_count_named_after_the_verb_is_no_share(engine: Any, data: Path) -> None:
    refuses(engine, data, "d", "districts where more than 40% of residents are owners", "40")
