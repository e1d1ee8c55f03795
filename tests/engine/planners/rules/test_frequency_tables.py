"""Tables of counts (issue 12): one row per region and year with the number of accidents in a
count column (``n``, ``Freq``), as R's ``as.data.frame(table())`` makes them, beside a table
of yearly totals whose column is also called ``accidents``. "number of accidents by region"
is the sum of the count column over the table of counts; a count of its rows would count
region-years. A year column run together with a letter of prefix (``fyear``) is a year."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly

from aiser_jupyter.engine.catalog.model import Column, Table
from aiser_jupyter.engine.planners.roles import calendar_part
from aiser_jupyter.engine.planners.rules.freq_tables import frequency_column


@pytest.fixture(scope="module")
def roads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("freq_tables") / "roads.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE "accidents.byRegionYr" AS
        SELECT r AS region_txt, y AS fyear, (r_i * 37 + y * 11) % 29 + r_i AS Freq
        FROM (SELECT unnest(['North', 'South', 'East', 'West', 'Centre']) AS r,
                     unnest([1, 2, 3, 4, 5]) AS r_i),
             range(1995, 2021) t(y)
    """)
    con.execute("""
        CREATE TABLE road_safety AS
        SELECT y AS year, 100 + y % 17 AS accidents, 3 * (y % 5) AS fatalities
        FROM range(1995, 2021) t(y)
    """)
    con.close()
    return path


def test_number_of_things_by_group_sums_the_count_column(engine: Any, roads: Path) -> None:
    plots_exactly(
        engine,
        roads,
        "roads",
        "number of accidents by region in 2014",
        'SELECT region_txt, SUM(Freq) FROM "accidents.byRegionYr" WHERE fyear = 2014 GROUP BY 1',
    )


def test_groupings_said_in_the_table_name_and_after_it(engine: Any, roads: Path) -> None:
    plots_exactly(
        engine,
        roads,
        "roads",
        "accidents by region and year",
        'SELECT region_txt, SUM(Freq), fyear FROM "accidents.byRegionYr" GROUP BY 1, 3',
    )


def test_top_groups_over_a_decade(engine: Any, roads: Path) -> None:
    plots_exactly(
        engine,
        roads,
        "roads",
        "top 3 regions by number of accidents from 2000 to 2009",
        'SELECT region_txt, SUM(Freq) AS y FROM "accidents.byRegionYr" '
        "WHERE fyear BETWEEN 2000 AND 2009 GROUP BY 1 ORDER BY y DESC LIMIT 3",
    )


def test_a_comparison_on_groups_compares_the_sum(engine: Any, roads: Path) -> None:
    want = 'SELECT region_txt, SUM(Freq) FROM "accidents.byRegionYr" GROUP BY 1'
    plots_exactly(
        engine,
        roads,
        "roads",
        "which regions had more than 380 accidents in total?",
        want + " HAVING SUM(Freq) > 380",
    )


def _col(name: str, type_: str, semantic: str, lo: Any = None, hi: Any = None) -> Column:
    return Column(name=name, type=type_, semantic=semantic, min=lo, max=hi)


def test_a_prefixed_year_is_a_year_only_holding_years() -> None:
    assert calendar_part(_col("iyear", "BIGINT", "quantitative", 1970, 2020)) == "year"
    assert calendar_part(_col("fyr", "INTEGER", "quantitative", 1990, 2021)) == "year"
    assert calendar_part(_col("iyear", "BIGINT", "quantitative", 0, 45)) is None
    assert calendar_part(_col("midyear", "BIGINT", "quantitative", 1970, 2020)) is None


def test_only_a_table_of_categories_and_one_count_is_a_table_of_counts() -> None:
    place = _col("country", "VARCHAR", "nominal")
    year = _col("year", "BIGINT", "quantitative", 1990, 2020)
    n = _col("n", "BIGINT", "quantitative", 0, 500)
    assert frequency_column(Table(name="cases", columns=[place, year, n])) is n
    named = _col("num_cases", "BIGINT", "quantitative", 0, 500)
    assert frequency_column(Table(name="cases", columns=[place, named])) is named
    gdp = _col("gdp", "DOUBLE", "quantitative", 1.0, 9.0)
    assert frequency_column(Table(name="cases", columns=[place, year, n, gdp])) is None
    signed = _col("n", "BIGINT", "quantitative", -3, 500)
    assert frequency_column(Table(name="cases", columns=[place, signed])) is None
    people = _col("num_people", "BIGINT", "quantitative", 0, 500)
    assert frequency_column(Table(name="cases", columns=[place, people])) is None
    own = _col("target", "BIGINT", "quantitative", 0, 500)  # named like its table, no count word
    assert frequency_column(Table(name="targets", columns=[place, year, own])) is None
