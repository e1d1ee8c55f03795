"""Tables of one row per country and one column per year, named for what they hold, the way
the World Bank publishes them (issue 12): ``world_pop(country, year_1960, …)`` beside
``gdp_countries(country, description, year_1960, …)``, whose ``description`` says which
number a row carries. Invented here, with ISO country names.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine

YEARS = (1960, 1990, 2020)
KINDS = ("GDP", "GDP per capita", "GDP growth")


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb
    import pycountry

    names = sorted(c.name for c in pycountry.countries if "," not in c.name)[:60]
    path = tmp_path_factory.mktemp("bank") / "bank.duckdb"
    con = duckdb.connect(str(path))
    years = ", ".join(f"year_{y} BIGINT" for y in YEARS)
    con.execute(f"CREATE TABLE world_pop (country VARCHAR, {years})")
    con.executemany(
        "INSERT INTO world_pop VALUES (?, ?, ?, ?)",
        [
            [
                n,
                10_000 + k * 7919 % 90_000,
                20_000 + k * 6007 % 190_000,
                30_000 + k * 104_729 % 900_000,
            ]
            for k, n in enumerate(names)
        ],
    )
    years = ", ".join(f"year_{y} DOUBLE" for y in YEARS)
    con.execute(f"CREATE TABLE gdp_countries (country VARCHAR, description VARCHAR, {years})")
    con.executemany(
        "INSERT INTO gdp_countries VALUES (?, ?, ?, ?, ?)",
        [
            [n, kind, 1.0 + k * j % 97, 2.0 + k * 3 % 89, (k + j) * 7 % 83 - (40 if j == 2 else 0)]
            for k, n in enumerate(["World", *names])
            for j, kind in enumerate(KINDS)
        ],
    )
    con.close()
    return path


def test_a_year_said_picks_the_column_of_that_year(engine: Engine, bank: Path) -> None:
    plots_exactly(
        engine,
        bank,
        "b",
        "top 5 most populous countries in 2020",
        "SELECT country, year_2020 FROM world_pop ORDER BY 2 DESC LIMIT 5",
    )
    engine.connect("b", str(bank))
    answer = engine.ask("total population across all countries in 1960", "b")
    assert kpi(answer) == one(bank, "SELECT SUM(year_1960) FROM world_pop")


def test_two_years_of_one_number_run_from_the_earlier(engine: Engine, bank: Path) -> None:
    plots_exactly(
        engine,
        bank,
        "b",
        "population in 2020 vs population in 1990, one dot per country",
        "SELECT year_1990, year_2020 FROM world_pop",
    )


def test_rows_kept_for_the_number_they_carry_are_refused(engine: Engine, bank: Path) -> None:
    refuses(engine, bank, "b", "GDP per capita in 2020 of the 5 most populous countries")


def test_a_kind_of_row_and_a_year_name_the_number(engine: Engine, bank: Path) -> None:
    engine.connect("b", str(bank))
    answer = engine.ask("Austria's GDP per capita in 2020", "b")
    assert kpi(answer) == one(
        bank,
        "SELECT year_2020 FROM gdp_countries WHERE country = 'Austria'"
        " AND description = 'GDP per capita'",
    )
    answer = engine.ask("how many countries had negative GDP growth in 2020", "b")
    assert kpi(answer) == one(
        bank,
        "SELECT COUNT(*) FROM gdp_countries WHERE description = 'GDP growth'"
        " AND year_2020 < 0 AND country <> 'World'",
    )


def test_one_row_per_country_once_the_kind_is_kept(engine: Engine, bank: Path) -> None:
    engine.connect("b", str(bank))
    answer = engine.ask("average GDP growth rate across countries in 1990", "b")
    assert kpi(answer) == pytest.approx(
        one(
            bank,
            "SELECT AVG(year_1990) FROM gdp_countries WHERE description = 'GDP growth'"
            " AND country <> 'World'",
        )
    )
    plots_exactly(  # the kind kept in the WHERE: each country's population read once
        engine,
        bank,
        "b",
        "2020 population vs GDP per capita, each country a point",
        "SELECT w.year_2020, g.year_2020 FROM world_pop w JOIN gdp_countries g"
        " ON g.country = w.country WHERE g.description = 'GDP per capita'",
    )


def test_a_histogram_of_countries_leaves_the_world_out(engine: Engine, bank: Path) -> None:
    plots_exactly(
        engine,
        bank,
        "b",
        "distribution of countries' GDP growth in 2020, in bins of 10",
        "SELECT FLOOR(year_2020 / 10) * 10, COUNT(*) FROM gdp_countries"
        " WHERE description = 'GDP growth' AND country <> 'World' GROUP BY 1",
    )


def test_more_than_all_rows_is_no_count_of_rows(engine: Engine, bank: Path) -> None:
    refuses(
        engine,
        bank,
        "b",
        "Average GDP per capita in 2020 of countries with over 100 million inhabitants",
        "100000000",
    )
