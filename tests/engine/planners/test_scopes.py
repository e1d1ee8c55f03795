"""Words of scope held against the chart's shape (issue 12): "in a single match" is the value
of one row, never a total over many; "of any region in each year" groups by year, never by
the "any" noun; "the top 20 ranked firms by country" is no limit on the countries; a bin
width wider than the column's whole range is one bin; "(Guam included)" is no filter on Guam;
a rank is an order, so "countries with more than 50 firms in the ranking" shows the count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def sports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("scopes") / "sports.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE matches AS
        SELECT 2001 + i % 10 AS season,
            ['Lions', 'Tigers', 'Bears', 'Wolves', 'Hawks', 'Sharks', 'Bulls', 'Foxes'][1 + i % 8]
                AS home_side,
            (i * 7) % 6 AS home_goals, (i * 5) % 4 AS away_goals
        FROM range(0, 400) t(i)
    """)
    con.close()
    return path


@pytest.fixture(scope="module")
def tallies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("scopes") / "tallies.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE tallies AS
        SELECT 1980 + 4 * (i // 12) AS year,
            ['Guam', 'Ohio', 'Iowa', 'Utah', 'Maine', 'Texas', 'Idaho', 'Kansas', 'Oregon',
             'Nevada', 'Alaska', 'Hawaii'][1 + i % 12] AS state,
            CASE WHEN i % 12 = 0 THEN 85.0 ELSE 30 + (i * 13) % 40 END AS dem_share
        FROM range(0, 120) t(i)
    """)
    con.close()
    return path


@pytest.fixture(scope="module")
def firms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("scopes") / "firms.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE firms AS
        SELECT i + 1 AS rank, 'Firm ' || i AS name,
            ['Norway', 'Chile', 'Kenya', 'Peru', 'Japan'][1 + (i * i) % 5] AS country,
            ROUND(0.5 + (i * 17) % 90 / 10.0, 2) AS profits,
            ROUND(0.1 + (i * 31) % 3000 / 10.0, 2) AS market_value
        FROM range(0, 300) t(i)
    """)
    con.close()
    return path


def test_most_in_a_single_match_is_never_a_total(engine: Any, sports: Path) -> None:
    refused = refuses(engine, sports, "sports", "most goals a home side scored in a single match")
    assert "single match" in str(refused)
    plots_exactly(  # "in one chart" is the figure, not one row
        engine,
        sports,
        "sports",
        "total home goals by season in one chart",
        "SELECT season, SUM(home_goals) FROM matches GROUP BY season",
    )
    plots_exactly(  # a sum per that very noun is the value of one season
        engine,
        sports,
        "sports",
        "most home goals in a single season, by season",
        "SELECT season, SUM(home_goals) FROM matches GROUP BY season",
    )


def test_any_noun_is_the_range_not_the_grouping(engine: Any, tallies: Path) -> None:
    refused = refuses(engine, tallies, "tallies", "lowest dem share of any state")
    assert "any state" in str(refused)
    plots_exactly(
        engine,
        tallies,
        "tallies",
        "lowest dem share of any state per year",
        "SELECT year, MIN(dem_share) FROM tallies GROUP BY year",
    )


def test_top_n_of_other_things_is_no_limit_on_the_groups(engine: Any, firms: Path) -> None:
    refused = refuses(engine, firms, "firms", "total profits of the top 20 ranked firms by country")
    assert "top 20" in str(refused)
    plots_exactly(
        engine,
        firms,
        "firms",
        "top 3 countries by total profits",
        "SELECT country, SUM(profits) FROM firms GROUP BY country ORDER BY 2 DESC LIMIT 3",
    )


def test_bins_wider_than_the_range_are_refused(engine: Any, firms: Path) -> None:
    refused = refuses(
        engine, firms, "firms", "histogram of market value in bins of 10 billion dollars"
    )
    assert "from 0.1 to 299.1" in str(refused)
    plots_exactly(
        engine,
        firms,
        "firms",
        "histogram of market value in bins of 50",
        "SELECT FLOOR(market_value / 50) * 50, COUNT(*) FROM firms GROUP BY 1",
    )


def test_a_rank_is_counted_not_averaged(engine: Any, firms: Path) -> None:
    plots_exactly(
        engine,
        firms,
        "firms",
        "countries with more than 50 firms in the ranking",
        "SELECT country, COUNT(*) FROM firms GROUP BY country HAVING COUNT(*) > 50",
    )


def test_a_name_said_included_is_no_filter(engine: Any, tallies: Path) -> None:
    plots_exactly(
        engine,
        tallies,
        "tallies",
        "states (Guam included) where the dem share was more than 60 in 2008",
        "SELECT state, dem_share FROM tallies WHERE year = 2008 AND dem_share > 60",
    )
