"""Words that say where a number goes (issue 12): "A (x) against B (y)", "x: A, y: B", "B on
the y axis" put each number on the axis named, whatever the order; with no mark "plot B
against A" keeps B up the y axis. A column's own name in parentheses after the words that
describe it ("capital account openness (kopen)") is the column measured; "X as a percentage
of Y over time" is a line of that number. Each chart is checked against SQL written here, on
real DuckDB tables — or refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest
from answers import plots_exactly

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("marks") / "world.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        """CREATE TABLE nations AS
        SELECT 'nation ' || i AS country,
            (8.0 + (i * 7 % 31) / 2.0)::DOUBLE AS birth_rate,
            (5.0 + (i * 11 % 17) / 3.0)::DOUBLE AS death_rate,
            (60.0 + (i * 13 % 23))::DOUBLE AS life_expectancy
        FROM range(40) t(i)"""
    )
    con.execute(
        """CREATE TABLE indicators AS
        SELECT 'nation ' || i AS country, 2000 + y AS year,
            ((i * 3 + y) % 9 - 4) / 2.0 AS kopen,
            (100.0 + (i * 17 + y * 5) % 300)::DOUBLE AS capital_flows,
            (10.0 + (i * 5 + y * 3) % 70)::DOUBLE AS exports_gdp
        FROM range(40) t(i), range(12) r(y)"""
    )
    con.close()
    return path


_RAW = "SELECT birth_rate, death_rate FROM nations"


@pytest.mark.parametrize(
    "question",
    [
        "birth rate (x) against death rate (y) for every country",
        "death rate (y) against birth rate (x) for every country",
        "birth rate (x) vs death rate, one point per country",
        "x: birth rate, y: death rate, one point per country",
        "with death rate on the y axis and birth rate on the x axis, one point per country",
        "death rate against birth rate for every country",
    ],
)
def test_marked_axes_put_each_number_where_it_is_named(
    engine: Any, world: Path, question: str
) -> None:
    """Birth rate along x and death rate up y, each country's own two values."""
    answer = plots_exactly(engine, world, "world", question, _RAW)
    assert answer.plan.chart.mark == "point"
    assert answer.plan.chart.encoding.x.field == "birth_rate"


def test_without_marks_the_first_number_is_plotted_up_the_y_axis(engine: Any, world: Path) -> None:
    """ "plot B against A": B up the y axis, as analysts write it."""
    answer = plots_exactly(
        engine,
        world,
        "world",
        "birth rate against death rate for every country",
        "SELECT death_rate, birth_rate FROM nations",
    )
    assert answer.plan.chart.encoding.x.field == "death_rate"


def test_a_column_named_in_parentheses_is_the_one_measured(engine: Any, world: Path) -> None:
    """ "capital account openness (kopen)": kopen averaged per country, not capital_flows."""
    plots_exactly(
        engine,
        world,
        "world",
        "average capital account openness (kopen) by country",
        "SELECT country, AVG(kopen) FROM indicators GROUP BY country",
    )


def test_a_name_in_parentheses_the_schema_lacks_is_refused(engine: Any, world: Path) -> None:
    """A gloss naming no column: the words before it are left unexplained — refused, never
    drawn as capital_flows."""
    engine.connect("world", str(world))
    with pytest.raises(AiserError):
        engine.ask("average capital account openness (kaopenx) by country", "world")


def test_a_percentage_followed_over_time_is_a_line(engine: Any, world: Path) -> None:
    """ "exports as a percentage of GDP … over time": one country's column by year, no pie."""
    answer = plots_exactly(
        engine,
        world,
        "world",
        "exports as a percentage of GDP in nation 3 over time",
        "SELECT year, exports_gdp FROM indicators WHERE country = 'nation 3'",
    )
    assert answer.plan.chart.mark == "line"


@pytest.fixture(scope="module")
def countries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A table of one row per country (named for them) and a country-by-year table joined to it."""
    path = tmp_path_factory.mktemp("marks") / "countries.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        """CREATE TABLE countries AS
        SELECT 'nation ' || i AS country, (60.0 + (i * 13 % 23))::DOUBLE AS life_expectancy
        FROM range(40) t(i)"""
    )
    con.execute(
        """CREATE TABLE yearly_indicators AS
        SELECT 'nation ' || i AS countries, 2000 + y AS year,
            (4.0 + ((i * 3 + y) % 50) / 10.0)::DOUBLE AS freedom_score
        FROM range(40) t(i), range(12) r(y)"""
    )
    con.close()
    return path


def test_a_point_per_thing_across_a_join_in_one_year_is_its_row(
    engine: Any, countries: Path
) -> None:
    """Each country is one row of ``countries``, and one row of the country-by-year table once
    the year is asked: each point is the country's two values, not a sum or a mean."""
    answer = plots_exactly(
        engine,
        countries,
        "countries",
        "2005 freedom score (x) against life expectancy (y), one point per country",
        "SELECT f.freedom_score, c.life_expectancy FROM yearly_indicators f JOIN countries c"
        " ON f.countries = c.country WHERE f.year = 2005",
    )
    enc = answer.plan.chart.encoding
    assert (enc.x.aggregate, enc.y.aggregate) == (None, None)  # no "Sum of life_expectancy"
