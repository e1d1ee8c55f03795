"""Groupings named by a count or a unit that had been refused (issue 12).

- "by number of bedrooms": ``Bedrooms`` holds each house's number; after "by", "number of"
  names the grouping (it had been read as the column's sum, a second measure). Ranked
  ("top 5 agents by number of sales") it stays a count.
- "by years of education", "average years of schooling": "years of" is the unit of the
  quantity after it, grouped or measured, never a calendar year left unread.
- "by grade and term": a whole number of a few levels after "and" is a second grouping;
  "average income of 25 to 34 year olds" bounds the rows' ages.
- "by year" of a table holding the dates of sale beside ``YearBuilt`` and ``YearSold``: no
  year column is named, so the dates' year (it had been refused between the two columns).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("counted_groups") / "homes.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE HomeSales AS SELECT DATE '2009-03-02' + INTERVAL (k * 5) DAY AS Date,"
        " 1890 + (k * 11) % 120 AS YearBuilt, year(DATE '2009-03-02' + INTERVAL (k * 5) DAY)"
        " AS YearSold, 1 + k % 5 AS Bedrooms, 0.1 + (k % 9) / 10 AS LotSize,"
        " 80000 + (k * 6151) % 170000 AS SalePrice, ['Ann', 'Bo', 'Cy', 'Di'][1 + k % 4]"
        " AS Agent FROM range(700) t(k)"
    )
    con.execute(
        "CREATE TABLE survey AS SELECT 8 + k % 11 AS education, 35.0 + (k * 7) % 40 AS score,"
        " 6 + k % 13 AS school, ['black', 'hispanic', 'other'][1 + k % 3] AS ethn,"
        " ['male', 'female'][1 + k % 2] AS gender FROM range(600) t(k)"
    )
    con.close()
    return path


def test_number_of_after_by_names_the_grouping(engine: Engine, homes: Path) -> None:
    plots_exactly(
        engine,
        homes,
        "h",
        "average sale price by number of bedrooms",
        "SELECT Bedrooms, AVG(SalePrice) FROM HomeSales GROUP BY Bedrooms",
    )
    plots_exactly(
        engine,
        homes,
        "h",
        "average lot size by number of bedrooms",
        "SELECT Bedrooms, AVG(LotSize) FROM HomeSales GROUP BY Bedrooms",
    )


def test_ranked_by_number_of_stays_a_count(engine: Engine, homes: Path) -> None:
    plots_exactly(
        engine,
        homes,
        "h",
        "top 3 agents by number of sales",
        "SELECT Agent, COUNT(*) FROM HomeSales GROUP BY Agent ORDER BY 2 DESC, 1 LIMIT 3",
    )


def test_years_of_a_quantity_is_its_unit(engine: Engine, homes: Path) -> None:
    plots_exactly(
        engine,
        homes,
        "s",
        "average test score by years of education",
        "SELECT education, AVG(score) FROM survey GROUP BY education",
    )
    plots_exactly(
        engine,
        homes,
        "s",
        "average years of schooling by ethnic group",
        "SELECT ethn, AVG(school) FROM survey GROUP BY ethn",
    )
    plots_exactly(
        engine,
        homes,
        "s",
        "pie of gender among students with 16 or more years of education",
        "SELECT gender, COUNT(*) FROM survey WHERE education >= 16 GROUP BY gender",
    )


def test_an_unnamed_year_beside_dates_is_theirs(engine: Engine, homes: Path) -> None:
    plots_exactly(
        engine,
        homes,
        "h",
        "average sale price by year",
        "SELECT CAST(date_trunc('year', Date) AS TIMESTAMP), AVG(SalePrice) FROM HomeSales GROUP BY 1",
    )
    plots_exactly(
        engine,
        homes,
        "h",
        "average sale price per year since 2010 for homes with a lot size above 0.5",
        "SELECT CAST(date_trunc('year', Date) AS TIMESTAMP), AVG(SalePrice) FROM HomeSales WHERE Date >= DATE '2010-01-01'"
        " AND LotSize > 0.5 GROUP BY 1",
    )
    plots_exactly(  # a year column named still wins
        engine,
        homes,
        "h",
        "average sale price by year built since 2000",
        "SELECT YearBuilt, AVG(SalePrice) FROM HomeSales WHERE YearBuilt >= 2000 GROUP BY 1",
    )


@pytest.fixture(scope="module")
def loans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("loan_terms") / "loans.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE loans AS SELECT ['A', 'B', 'C', 'D'][1 + k % 4] AS grade,"
        " CASE WHEN k % 3 = 0 THEN 60 ELSE 36 END AS term, 1000 + (k * 37) % 30000 AS amount"
        " FROM range(800) t(k)"
    )
    con.close()
    return path


def test_a_whole_number_of_few_levels_is_a_second_grouping(engine: Engine, loans: Path) -> None:
    plots_exactly(  # ``term`` (36 or 60 months) after "and": a series each, stacked
        engine,
        loans,
        "l",
        "loan count by grade and term, stacked",
        "SELECT grade, COUNT(*), term FROM loans GROUP BY grade, term",
    )


def test_year_olds_in_a_range_bound_each_row(engine: Engine, loans: Path) -> None:
    import duckdb

    path = loans.parent / "people.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE OR REPLACE TABLE acs AS SELECT 16 + k % 70 AS age,"
        " 1000 + (k * 911) % 90000 AS income FROM range(900) t(k)"
    )
    con.close()
    engine.connect("p", str(path))
    answer = engine.ask("average income of 25 to 34 year olds", "p")
    assert kpi(answer) == pytest.approx(
        one(path, "SELECT AVG(income) FROM acs WHERE age BETWEEN 25 AND 34")
    )  # the ages of the rows, not the average income compared (HAVING) as it had been
