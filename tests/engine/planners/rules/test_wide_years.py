"""Wide tables whose column names carry a year or a group (issue 12), beside a long table
that a word of the question could drag in. Several city tables keyed by ``city_name`` (one row
per city, no declared keys) and ``citypops`` (one row per metro and year): a word of a name
("cities") answered by the measured table's own column does not pull in the other table, a
year in the question picks the column that carries it, and two tables keyed by the same
column join on it directly. Numbers are checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.errors import AiserError

CITIES = [f"City {chr(65 + i)}" for i in range(12)]


def _fill(con: Any) -> None:
    con.execute(
        "CREATE TABLE city_air_quality (city_name VARCHAR, pm25_2010 INTEGER, "
        "pm25_2015 INTEGER, pm25_2020 INTEGER, ozone_days INTEGER)"
    )
    con.execute(
        "CREATE TABLE city_transport (city_name VARCHAR, bus_share_2020 INTEGER, "
        "cycle_share INTEGER, crash_deaths_2020 INTEGER, growth_rate DOUBLE)"
    )
    con.execute(
        "CREATE TABLE city_housing (city_name VARCHAR, median_rent INTEGER, "
        "renter_population INTEGER)"
    )
    con.execute("CREATE TABLE citypops (metro_name VARCHAR, year INTEGER, population BIGINT)")
    con.execute("CREATE TABLE city_festivals (city_name VARCHAR, festival VARCHAR, visitors INT)")
    for i, city in enumerate(CITIES):
        if i != 11:  # one city has no air quality figures
            con.execute(
                "INSERT INTO city_air_quality VALUES (?, ?, ?, ?, ?)",
                [city, 40 + 3 * i, 30 + 2 * i, 20 + (i * 7) % 13, i % 5],
            )
        con.execute(
            "INSERT INTO city_transport VALUES (?, ?, ?, ?, ?)",
            [city, 10 + (i * 5) % 17, i, (i * 3) % 11, 0.5 * i],
        )
        con.execute(
            "INSERT INTO city_housing VALUES (?, ?, ?)", [city, 700 + 45 * i, 9_000 * (i + 1)]
        )
        for k, festival in enumerate(("Jazz", "Film")):  # a city's name on several rows
            con.execute(
                "INSERT INTO city_festivals VALUES (?, ?, ?)", [city, festival, 500 * (i + k)]
            )
        for year in (2019, 2020, 2021):
            con.execute(
                "INSERT INTO citypops VALUES (?, ?, ?)",
                [city, year, 100_000 * (i + 1) + 1_000 * (year - 2019)],
            )


@pytest.fixture(scope="module")
def cities_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("wide") / "cities.duckdb"
    con = duckdb.connect(str(path))
    _fill(con)
    con.close()
    return path


@pytest.fixture
def cities(cities_file: Path) -> tuple[Engine, Path]:
    """A fresh engine per test: each question is asked first, never as a follow-up."""
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("cities", str(cities_file))
    return engine, cities_file


def test_a_year_in_the_question_picks_the_column_that_carries_it(
    cities: tuple[Engine, Path],
) -> None:
    engine, path = cities
    answer = engine.ask("top 5 cities by pm25 in 2015", "cities")
    want = truth(
        path,
        "SELECT city_name, pm25_2015 FROM city_air_quality ORDER BY pm25_2015 DESC LIMIT 5",
    )
    assert plotted(answer) == want
    assert "citypops" not in answer.sql  # "cities" is city_name, not the metro table


def test_a_family_of_years_without_a_year_means_the_latest(cities: tuple[Engine, Path]) -> None:
    engine, path = cities
    answer = engine.ask("top 3 cities by pm25", "cities")
    want = truth(
        path,
        "SELECT city_name, pm25_2020 FROM city_air_quality ORDER BY pm25_2020 DESC LIMIT 3",
    )
    assert plotted(answer) == want


def test_two_years_of_one_family_are_two_columns(cities: tuple[Engine, Path]) -> None:
    engine, path = cities
    answer = engine.ask("pm25 in 2020 against pm25 in 2010 by city", "cities")
    fields = answer.compiled.fields
    xs = answer.table.column(fields["x"].alias).to_pylist()
    ys = answer.table.column(fields["y"].alias).to_pylist()
    want = truth(path, "SELECT pm25_2010, pm25_2020 FROM city_air_quality")
    assert sorted(zip(xs, ys, strict=True)) == sorted(want.items())


def test_a_mean_across_rows_of_one_each_is_one_number(cities: tuple[Engine, Path]) -> None:
    engine, path = cities
    answer = engine.ask("average median rent across cities", "cities")
    got = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    want = truth(path, "SELECT 1, AVG(median_rent) FROM city_housing", approx=True)
    assert got == [want[1]]


def test_a_mean_of_rows_kept_by_another_table_is_one_number(cities: tuple[Engine, Path]) -> None:
    engine, path = cities
    answer = engine.ask("average median rent of cities where pm25 in 2020 is above 25", "cities")
    got = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    want = truth(
        path,
        "SELECT 1, AVG(median_rent) FROM city_housing h JOIN city_air_quality a "
        "ON h.city_name = a.city_name WHERE pm25_2020 > 25",
        approx=True,
    )
    assert got == [want[1]]


def test_two_tables_keyed_alike_join_directly_and_keep_their_rows(
    cities: tuple[Engine, Path],
) -> None:
    engine, path = cities
    answer = engine.ask("median rent vs cycle share", "cities")
    fields = answer.compiled.fields
    pairs = sorted(
        zip(
            answer.table.column(fields["x"].alias).to_pylist(),
            answer.table.column(fields["y"].alias).to_pylist(),
            strict=True,
        )
    )
    want = truth(
        path,
        "SELECT h.median_rent, t.cycle_share FROM city_housing h "
        "JOIN city_transport t ON h.city_name = t.city_name",
    )
    assert {frozenset(p) for p in pairs} == {frozenset(p) for p in want.items()}


def test_a_value_of_several_tables_is_the_one_the_measure_reads(
    cities: tuple[Engine, Path],
) -> None:
    engine, path = cities
    answer = engine.ask("population of City C since 2020", "cities")
    want = truth(
        path,
        "SELECT year, population FROM citypops WHERE metro_name = 'City C' AND year >= 2020",
    )
    assert plotted(answer) == want


def test_how_many_of_the_rows_named_counts_the_measured_table(
    cities: tuple[Engine, Path],
) -> None:
    engine, path = cities
    answer = engine.ask("how many cities had a pm25 above 40 in 2010?", "cities")
    got = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    want = truth(path, "SELECT 1, COUNT(*) FROM city_air_quality WHERE pm25_2010 > 40")
    assert got == [want[1]]


def test_one_point_per_row_is_the_chart_form(cities: tuple[Engine, Path]) -> None:
    engine, path = cities
    answer = engine.ask("pm25 in 2020 against pm25 in 2010, one point per city", "cities")
    fields = answer.compiled.fields
    xs = answer.table.column(fields["x"].alias).to_pylist()
    ys = answer.table.column(fields["y"].alias).to_pylist()
    want = truth(path, "SELECT pm25_2010, pm25_2020 FROM city_air_quality")
    assert sorted(zip(xs, ys, strict=True)) == sorted(want.items())


@pytest.mark.parametrize(
    "question",
    [
        "pm25 in 2020 of cities where more than half of trips are by bus",  # a share unused
        "top 5 cities by pm25 in 2020 for women",  # no column keeps one sex
    ],
)
def test_a_share_or_a_sex_the_plan_does_not_keep_is_refused(
    cities: tuple[Engine, Path], question: str
) -> None:
    engine, _ = cities
    with pytest.raises(AiserError) as refused:
        engine.ask(question, "cities")
    assert refused.value.code == "AISER-PLAN-UNSURE"


def test_number_of_a_column_of_counts_with_a_year_is_its_value(
    cities: tuple[Engine, Path],
) -> None:
    engine, path = cities
    answer = engine.ask("top 4 cities by number of crash deaths in 2020", "cities")
    want = truth(
        path,
        "SELECT city_name, crash_deaths_2020 FROM city_transport "
        "ORDER BY crash_deaths_2020 DESC, city_name LIMIT 4",
    )
    assert plotted(answer) == want


def test_rate_after_a_name_is_a_word_of_that_name(cities: tuple[Engine, Path]) -> None:
    engine, path = cities
    answer = engine.ask("pm25 in 2020 of cities with a cycle share rate above 5", "cities")
    want = truth(
        path,
        "SELECT a.city_name, a.pm25_2020 FROM city_air_quality a JOIN city_transport t "
        "ON a.city_name = t.city_name WHERE t.cycle_share > 5",
    )
    assert plotted(answer) == want
    assert "growth_rate" not in answer.sql
