"""The words of a panel's things (issue 12): a table of one row per province and year, as
analysts talk about it. "the total population of the provinces by year" and "homicide rate
per year across the provinces" aggregate over the provinces (no line per province);
"(in millions)" says how to read the number, no condition; "provinces whose homicide rate
averaged over all years is above 6" compares each province's mean; a yes/no column glued
from a word and a number (``speed90``) is said number first ("a 90 kph speed limit"), and
"with and without" it asks for both sides. Provinces kept by a condition the plan cannot
keep ("with a 70 kph limit") are still refused.

A generated DuckDB table; every chart is compared with the SQL an analyst would write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from answers import plots_exactly

from aiser_jupyter.engine.planners.lexicon import number_words
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("provinces") / "provinces.duckdb"
    con = duckdb.connect(str(path))
    # 30 provinces over 12 years; a third of them raise their limit to 90 kph in 2016
    con.execute("""
        CREATE TABLE yearly_stats AS SELECT
            'Province ' || p AS province,
            2010 + y AS year,
            (200000 + p * 53000 + y * 1700)::DOUBLE AS population,
            round(2 + (p * 7 + y * 3) % 11 + p / 10, 2) AS homicide,
            CASE WHEN p % 3 = 0 AND y >= 6 THEN 'yes' ELSE 'no' END AS speed90
        FROM range(30) a(p), range(12) b(y)""")
    # a list of the areas and their kind, where "Province" is also a value
    con.execute("""
        CREATE TABLE areas AS SELECT 'Province ' || p AS name,
            CASE WHEN p < 25 THEN 'Province' ELSE 'Territory' END AS kind
        FROM range(30) a(p)""")
    con.close()
    return path


def _refused(engine: Any, path: Path, question: str) -> None:
    engine.connect("prov", str(path))
    with pytest.raises(AiserError):
        engine.ask(question, "prov")


def test_total_of_the_provinces_in_millions_by_year(engine: Any, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "prov",
        "trend of the total population of the provinces (in millions) by year",
        "SELECT year, SUM(population) FROM yearly_stats GROUP BY year",
    )


def test_rate_per_year_across_the_provinces_is_one_line(engine: Any, panel: Path) -> None:
    answer = plots_exactly(
        engine,
        panel,
        "prov",
        "average homicide rate per year across the provinces",
        "SELECT year, AVG(homicide) FROM yearly_stats GROUP BY year",
    )
    assert answer.compiled.fields.get("color") is None  # no line per province


def test_histogram_of_one_years_province_rates(engine: Any, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "prov",
        "histogram of province homicide rates in 2015, bins of 2",
        "SELECT FLOOR(homicide / 2) * 2, COUNT(*) FROM yearly_stats WHERE year = 2015 GROUP BY 1",
    )


def test_the_provinces_kept_by_a_condition_left_out_are_refused(engine: Any, panel: Path) -> None:
    _refused(
        engine, panel, "average homicide rate per year across the provinces with a 70 kph limit"
    )


def test_averaged_over_all_years_compares_each_provinces_mean(engine: Any, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "prov",
        "provinces whose homicide rate averaged over all years is above 6",
        "SELECT province, AVG(homicide) FROM yearly_stats GROUP BY province "
        "HAVING AVG(homicide) > 6",
    )


def test_a_glued_flag_said_number_first(engine: Any, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "prov",
        "mean population by province in 2020 for provinces with a 90 kph speed limit",
        "SELECT province, population FROM yearly_stats WHERE year = 2020 AND speed90 = 'yes'",
    )


def test_with_and_without_the_flag_draws_both_sides(engine: Any, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "prov",
        "average homicide rate by year, for provinces with and without a 90 kph speed limit",
        "SELECT year, AVG(homicide), speed90 FROM yearly_stats GROUP BY year, speed90",
    )


def test_another_number_before_the_word_is_not_the_flag(engine: Any, panel: Path) -> None:
    _refused(engine, panel, "mean population by province for provinces with a 70 kph speed limit")


def test_a_plural_scale_is_no_number() -> None:
    assert number_words("population (in millions) by year") == "population (in millions) by year"
    assert number_words("millions of people in ten towns") == "millions of people in 10 towns"
