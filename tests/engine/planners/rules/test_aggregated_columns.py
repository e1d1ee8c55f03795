"""Columns of figures already aggregated, named with their statistic or their count
(``income_med``, ``avg_fee_per_course``, ``count_employed``): asked with a second aggregate word,
or with "number of", the column is what is measured and the word asked is the aggregate.
Each answer is checked against SQL written by hand on a real DuckDB file — or refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, one, plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def schools(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One row per school and year: the median income of its graduates, the average fee of
    a course, and how many graduates are employed and not employed."""
    import duckdb

    path = tmp_path_factory.mktemp("schools") / "schools.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE schools AS SELECT i % 40 AS school_id, 'School ' || (i % 40) AS school_name,
            ['North', 'South', 'East', 'West'][1 + i % 4] AS region, 2010 + i % 5 AS year,
            20000 + (i * 7919) % 60000 AS income_med,
            300.0 + (i * 104729) % 5000 AS avg_fee_per_course,
            (i * 31) % 900 AS count_employed, (i * 17) % 400 AS count_not_employed
        FROM range(200) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "average median income by year",
            "SELECT year, AVG(income_med) FROM schools GROUP BY 1",
        ),
        (
            "lowest median income by region",
            "SELECT region, MIN(income_med) FROM schools GROUP BY 1",
        ),
        (
            "median income by year",  # the only aggregate word: a median of the column
            "SELECT year, MEDIAN(income_med) FROM schools GROUP BY 1",
        ),
    ],
)
def test_a_statistic_in_a_columns_name_is_its_name_after_another_aggregate(
    engine: Any, schools: Path, question: str, sql: str
) -> None:
    engine.connect("schools", str(schools))
    assert plotted(engine.ask(question, "schools")) == truth(schools, sql, approx=True)


def test_a_superlative_before_the_statistic_is_the_aggregate(engine: Any, schools: Path) -> None:
    engine.connect("schools", str(schools))
    answer = engine.ask("highest median income in 2012", "schools")
    assert kpi(answer) == one(schools, "SELECT MAX(income_med) FROM schools WHERE year = 2012")


def test_a_superlative_before_average_stays_unsure(engine: Any, schools: Path) -> None:
    """ "highest average course fee by region" of avg_fee_per_course reads as the regions'
    averages ranked as well as each region's highest: asked, not guessed."""
    engine.connect("schools", str(schools))
    with pytest.raises(AiserError) as refused:
        engine.ask("highest average course fee by region", "schools")
    assert refused.value.code == "AISER-PLAN-UNSURE"


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "total number of employed graduates by year",
            "SELECT year, SUM(count_employed) FROM schools GROUP BY 1",
        ),
        (
            "average number of employed graduates by region",
            "SELECT region, AVG(count_employed) FROM schools GROUP BY 1",
        ),
    ],
)
def test_number_of_things_a_column_counts_is_its_sum_not_the_rows(
    engine: Any, schools: Path, question: str, sql: str
) -> None:
    """ "number of employed graduates" against count_employed (not count_not_employed): each
    row's count of them, added up — never the rows counted."""
    engine.connect("schools", str(schools))
    assert plotted(engine.ask(question, "schools")) == truth(schools, sql, approx=True)


def test_how_many_of_a_counted_column_is_one_sum(engine: Any, schools: Path) -> None:
    engine.connect("schools", str(schools))
    answer = engine.ask("how many employed graduates in 2012", "schools")
    assert kpi(answer) == one(schools, "SELECT SUM(count_employed) FROM schools WHERE year = 2012")


def test_a_count_of_things_no_column_counts_is_refused(engine: Any, schools: Path) -> None:
    """ "number of retired graduates": no column counts them; counting the rows would draw
    a number of schools under the user's words."""
    engine.connect("schools", str(schools))
    with pytest.raises(AiserError) as refused:
        engine.ask("number of retired graduates by year", "schools")
    assert refused.value.code in ("AISER-PLAN-UNSURE", "AISER-PLAN-UNDERSTOOD")
