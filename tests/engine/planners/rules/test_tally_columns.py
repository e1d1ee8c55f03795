"""A table whose rows each hold a number of things (issue 12).

Surveillance data is stored one row per disease, region and year with the cases reported in a
column named ``count`` beside other numbers (the weeks reported, the population). "how many
flu cases", "flu in the North over the years" and "regions with more than 500 cases" are
sums of that column; counting the rows would draw the number of region-years under the
user's words. "how many records" still counts rows. Numbers are checked against SQL written
by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, plots_exactly, truth

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError

REGIONS = ["North", "South", "East", "West", "Central"]
DISEASES = ["Flu", "Mumps", "Pertussis"]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("tally") / "surveillance.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE surveillance (disease VARCHAR, region VARCHAR, year INTEGER, "
        "weeks_reporting INTEGER, count INTEGER, population BIGINT)"
    )
    con.executemany(
        "INSERT INTO surveillance VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                disease,
                region,
                year,
                40 + (i + j) % 12,
                17 * (i + 1) * (j + 2) + 3 * (year - 2000),
                1_000_000 * (j + 1),
            ]
            for i, disease in enumerate(DISEASES)
            for j, region in enumerate(REGIONS)
            for year in range(2000, 2010)
        ],
    )
    con.execute("CREATE TABLE RegionFacts (rownames VARCHAR, Urban INTEGER, Income INTEGER)")
    con.executemany(
        "INSERT INTO RegionFacts VALUES (?, ?, ?)",
        [[region, 30 + 15 * j, 4000 + 700 * j] for j, region in enumerate(REGIONS)],
    )
    con.close()
    return path


def test_how_many_cases_is_the_sum_of_the_count_column(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("How many flu cases were reported in 2004?", "d")
    assert (
        kpi(answer)
        == truth(
            data, "SELECT 1, SUM(count) FROM surveillance WHERE disease = 'Flu' AND year = 2004"
        )[1]
    )


def test_a_disease_over_the_years_sums_its_cases(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "mumps in the West over the years",
        "SELECT year, SUM(count) FROM surveillance "
        "WHERE disease = 'Mumps' AND region = 'West' GROUP BY year",
    )


def test_groups_above_a_number_of_cases_compare_their_sums(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "which regions had more than 1,500 pertussis cases in total?",
        "SELECT region, SUM(count) FROM surveillance WHERE disease = 'Pertussis' "
        "GROUP BY region HAVING SUM(count) > 1500",
    )


def test_a_line_per_disease_sums_each_year(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "cases per year by disease",
        "SELECT year, SUM(count), disease FROM surveillance GROUP BY year, disease",
    )


def test_records_are_still_the_rows(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("how many records are there for flu", "d")
    assert (
        kpi(answer) == truth(data, "SELECT 1, COUNT(*) FROM surveillance WHERE disease = 'Flu'")[1]
    )


def test_things_of_a_count_column_beside_a_joined_condition(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "cases of each disease in 2005 in regions with an income above 5000",
        "SELECT disease, SUM(count) FROM surveillance JOIN RegionFacts "
        "ON region = rownames WHERE year = 2005 AND Income > 5000 GROUP BY disease",
    )


def test_summed_over_the_regions_is_one_line(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "mumps cases per year, summed over the regions whose income is above 5000",
        "SELECT year, SUM(count) FROM surveillance JOIN RegionFacts ON region = rownames "
        "WHERE disease = 'Mumps' AND Income > 5000 GROUP BY year",
    )


def test_a_rate_per_capita_asks_for_no_breakdown(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    try:
        answer = engine.ask(
            "How many flu cases were there in 2004 in regions with a per capita income over 5,000?",
            "d",
        )
    except AiserError as refused:  # asking is honest; one bar per region is another question
        assert refused.code == "AISER-PLAN-UNSURE"
        return
    assert (
        kpi(answer)
        == truth(
            data,
            "SELECT 1, SUM(count) FROM surveillance JOIN RegionFacts ON region = rownames "
            "WHERE disease = 'Flu' AND year = 2004 AND Income > 5000",
        )[1]
    )
