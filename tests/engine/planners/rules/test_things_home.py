"""Where things are counted (issue 12). "number of episodes per series" when a table of the
episodes (a row each) and a log of guest appearances (a row per guest and episode, none for
an episode without guests) both hold ``series`` and ``episode``: the episodes' own table
counts them all. "number of fires by region" on a table of one row per country with each
country's ``total`` is that column's sum, not the number of countries; a table of the things
themselves ("number of stores by region", a row per store) still counts its rows.

Generated DuckDB tables; every chart is compared with the SQL an analyst would write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from answers import plots_exactly


@pytest.fixture(scope="module")
def shows(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("shows") / "shows.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE guest_appearances AS SELECT
            'Series ' || s AS series, e AS episode, 'Guest ' || g AS guest
        FROM range(5) a(s), range(1, 11) b(e), range(6) c(g)
        WHERE e <= 6 + s AND (e + g) % 3 <> 0""")
    con.execute("""
        CREATE TABLE show_ep AS SELECT
            'Series ' || s AS series, e AS episode, DATE '2015-01-01' + (s * 70 + e * 7)::INT AS airdate
        FROM range(5) a(s), range(1, 13) b(e) WHERE e <= 8 + s""")
    con.execute("""
        CREATE TABLE fires AS SELECT * FROM (VALUES
            ('France', 'West', 120, 68), ('Spain', 'South', 340, 48),
            ('Italy', 'South', 210, 59), ('Germany', 'West', 80, 84),
            ('Poland', 'East', 60, 37), ('Greece', 'South', 190, 10),
            ('Austria', 'West', 40, 9), ('Hungary', 'East', 30, 10))
            AS t(country, region, total, population)""")
    con.execute("""
        CREATE TABLE stores AS SELECT * FROM (VALUES
            ('Lyon', 'West', 12), ('Madrid', 'South', 30), ('Rome', 'South', 18),
            ('Berlin', 'West', 25), ('Warsaw', 'East', 9), ('Athens', 'South', 14))
            AS t(city, region, staff)""")
    con.close()
    return path


def test_things_counted_in_their_own_table(engine: Any, shows: Path) -> None:
    plots_exactly(
        engine,
        shows,
        "shows",
        "number of episodes per series",
        "SELECT series, COUNT(*) FROM show_ep GROUP BY series",
    )


def test_counts_kept_one_row_per_place_are_summed(engine: Any, shows: Path) -> None:
    plots_exactly(
        engine,
        shows,
        "shows",
        "number of fires by region",
        "SELECT region, SUM(total) FROM fires GROUP BY region",
    )


def test_a_table_of_the_things_still_counts_its_rows(engine: Any, shows: Path) -> None:
    plots_exactly(
        engine,
        shows,
        "shows",
        "number of stores by region",
        "SELECT region, COUNT(*) FROM stores GROUP BY region",
    )


def test_total_before_another_number_is_the_aggregate(engine: Any, shows: Path) -> None:
    """ "total population": the sum of population, not the column named ``total``."""
    plots_exactly(
        engine,
        shows,
        "shows",
        "total population by region",
        "SELECT region, SUM(population) FROM fires GROUP BY region",
    )
