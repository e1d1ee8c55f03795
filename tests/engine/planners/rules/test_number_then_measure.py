"""A comparison whose quantity is named after the number: "counties with more than 150,000
people" compares the total population (not the adults or one group of it); "the average life
expectancy in 2019 of the countries with more than 50 million people" is one average over the
countries kept, not one bar per country. Which population, when no column is all of it, is
unsaid: refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plotted, truth

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("places") / "places.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE counties AS
        SELECT 'county_' || c AS county, ['OH', 'IN', 'MI'][c % 3 + 1] AS state,
               20000 + 13000 * c AS poptotal, 15000 + 9000 * c AS popadults,
               12000 + 7000 * c AS popwhite, 40.0 + (c * 7) % 50 AS percwhite
        FROM range(30) t(c)""")
    con.execute("""
        CREATE TABLE districts AS
        SELECT 'district_' || c AS district,
               15000 + 9000 * c AS popadults, 12000 + 7000 * c AS popwhite
        FROM range(30) t(c)""")
    con.execute("""
        CREATE TABLE nations AS
        SELECT 'nation_' || c AS country, ['Asia', 'Europe', 'Africa'][c % 3 + 1] AS continent,
               2015 + y AS year, (5 + 9 * c + y) * 1000000.0 AS pop,
               55.0 + (c * 11) % 30 + y * 0.3 AS lifeexp
        FROM range(20) a(c), range(6) b(y)""")
    con.execute("""
        CREATE TABLE country_codes AS
        SELECT DISTINCT country, upper(substr(md5(country), 1, 3)) AS iso FROM nations""")
    con.close()
    return path


@pytest.fixture(scope="module")
def engine(places: Path) -> Engine:
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("places", str(places))
    return engine


def test_people_after_the_number_is_the_total_population(engine: Engine, places: Path) -> None:
    answer = engine.ask("counties with more than 150,000 people", "places")
    want = truth(places, "SELECT county, poptotal FROM counties WHERE poptotal > 150000")
    assert plotted(answer) == want
    assert len(want) == 19  # the adults (15,000 + 9,000 c) would keep 14


def test_which_part_of_a_population_is_unsaid_refuses(engine: Engine) -> None:
    with pytest.raises(AiserError):  # adults or white residents: no column is all of them
        engine.ask("districts with more than 150,000 people", "places")


def test_average_over_the_countries_a_comparison_keeps(engine: Engine, places: Path) -> None:
    sql = "SELECT AVG(lifeexp) FROM nations WHERE year = 2019 AND pop > 50000000"
    answer = engine.ask(
        "average life expectancy in 2019 of the countries with more than 50 million people",
        "places",
    )
    assert kpi(answer) == pytest.approx(one(places, sql))
    assert one(places, sql) != pytest.approx(one(places, sql.replace(" AND pop > 50000000", "")))


def test_average_per_continent_among_the_countries_kept(engine: Engine, places: Path) -> None:
    answer = engine.ask(
        "average life expectancy per continent in 2019 among countries with more than "
        "50 million people",
        "places",
    )
    want = truth(
        places,
        "SELECT continent, AVG(lifeexp) FROM nations WHERE year = 2019 AND pop > 50000000 "
        "GROUP BY continent",
        approx=True,
    )
    assert plotted(answer) == want
