"""A measure named by its table (issue 12): country panels keep their one number in a column
named ``value`` and say what it is in the table's name — ``tea_exports`` (words),
``carprod`` (car production, glued and abbreviated), ``cbrp1k`` (crude birth rate per
1000 people). The table's name words stand for that number; a rate is averaged, never
summed; "exporters" are the countries; the ``World`` row is no country; a country stored
under two names ("United States", "United States of America") is the one of the table
measured. Tables whose rows are things (``orders``) or with two generic numbers keep their
reading. Numbers are checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, plotted, truth

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.engine.planners.table_measures import table_measures
from aiser_jupyter.errors import AiserError

COUNTRIES = ["Japan", "Germany", "France", "Italy", "Kenya", "Brazil", "India"]
YEARS = list(range(2012, 2021))


def _fill(con: Any) -> None:
    con.execute(
        "CREATE TABLE tea_exports (country VARCHAR, member INTEGER, year INTEGER, value DOUBLE)"
    )
    con.execute("CREATE TABLE carprod (country VARCHAR, year INTEGER, value BIGINT)")
    con.execute("CREATE TABLE cbrp1k (country VARCHAR, year INTEGER, value DOUBLE)")
    con.execute("CREATE TABLE orders (order_id INTEGER, customer VARCHAR, amount DOUBLE)")
    con.execute("CREATE TABLE fish (country VARCHAR, year INTEGER, value DOUBLE, n INTEGER)")
    for i, country in enumerate(COUNTRIES):
        for year in YEARS:
            k = (i + 1) * (year - 2000)
            con.execute(
                "INSERT INTO tea_exports VALUES (?, ?, ?, ?)", [country, i % 2, year, 10.5 * k]
            )
            con.execute("INSERT INTO carprod VALUES (?, ?, ?)", [country, year, 1000 * k + i])
            con.execute("INSERT INTO cbrp1k VALUES (?, ?, ?)", [country, year, 8 + (k % 11)])
            con.execute("INSERT INTO fish VALUES (?, ?, ?, ?)", [country, year, 3.0 * k, i])
    for year in YEARS:
        con.execute(
            "INSERT INTO tea_exports VALUES ('United States of America', 0, ?, ?)",
            [year, 7.0 * year],
        )
        con.execute("INSERT INTO carprod VALUES ('United States', ?, ?)", [year, 5 * year])
        con.execute("INSERT INTO carprod VALUES ('World', ?, ?)", [year, 10_000_000 + year])
    for n in range(60):
        con.execute("INSERT INTO orders VALUES (?, ?, ?)", [n, f"c{n % 4}", 5.0 + (n * 7) % 40])


@pytest.fixture(scope="module")
def panels_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("panels") / "panels.duckdb"
    con = duckdb.connect(str(path))
    _fill(con)
    con.close()
    return path


@pytest.fixture
def panels(panels_file: Path) -> tuple[Engine, Path]:
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("panels", str(panels_file))
    return engine, panels_file


def test_the_tables_whose_name_is_their_number(panels: tuple[Engine, Path]) -> None:
    engine, _ = panels
    found = table_measures(engine.catalog("panels"))
    # orders: its rows are orders (order_id); fish: value and n, which one is unsaid
    assert {t: c.name for t, c in found.items()} == {
        "tea_exports": "value",
        "carprod": "value",
        "cbrp1k": "value",
    }


def test_the_table_name_in_words_is_its_number(panels: tuple[Engine, Path]) -> None:
    engine, path = panels
    answer = engine.ask("total tea exports per year", "panels")
    want = truth(path, "SELECT year, SUM(value) FROM tea_exports GROUP BY year", approx=True)
    assert plotted(answer) == want


def test_one_country_since_a_year(panels: tuple[Engine, Path]) -> None:
    engine, path = panels
    answer = engine.ask("tea exports of Kenya since 2016", "panels")
    want = truth(
        path,
        "SELECT year, value FROM tea_exports WHERE country = 'Kenya' AND year >= 2016",
        approx=True,
    )
    assert plotted(answer) == want


def test_a_glued_abbreviated_name_is_spelled_by_the_words(panels: tuple[Engine, Path]) -> None:
    engine, path = panels
    answer = engine.ask("car production in Japan over time", "panels")
    want = truth(path, "SELECT year, value FROM carprod WHERE country = 'Japan'")
    assert plotted(answer) == want


def test_a_rate_per_1000_is_averaged_over_countries(panels: tuple[Engine, Path]) -> None:
    engine, path = panels
    want = truth(path, "SELECT year, AVG(value) FROM cbrp1k GROUP BY year", approx=True)
    assert plotted(engine.ask("crude birth rate by year", "panels")) == want
    assert plotted(engine.ask("crude birth rates per year", "panels")) == want


def test_exporters_are_the_countries_and_the_world_is_none(panels: tuple[Engine, Path]) -> None:
    engine, path = panels
    answer = engine.ask("top 3 car producers in 2020", "panels")
    want = truth(
        path,
        "SELECT country, value FROM carprod WHERE year = 2020 AND country <> 'World' "
        "ORDER BY value DESC LIMIT 3",
    )
    assert plotted(answer) == want
    answer = engine.ask("top 2 tea exporters in 2019", "panels")
    want = truth(
        path,
        "SELECT country, value FROM tea_exports WHERE year = 2019 ORDER BY value DESC LIMIT 2",
        approx=True,
    )
    assert plotted(answer) == want


def test_a_country_under_another_name_in_the_table_measured(
    panels: tuple[Engine, Path],
) -> None:
    engine, _ = panels
    answer = engine.ask("tea exports of the United States in 2019", "panels")
    assert kpi(answer) == pytest.approx(7.0 * 2019)
    answer = engine.ask("car production of the United States of America in 2019", "panels")
    assert kpi(answer) == 5 * 2019


def test_rows_that_are_things_are_still_counted(panels: tuple[Engine, Path]) -> None:
    engine, path = panels
    answer = engine.ask("number of orders per customer", "panels")
    want = truth(path, "SELECT customer, COUNT(*) FROM orders GROUP BY customer")
    assert plotted(answer) == want


def test_two_generic_numbers_leave_the_measure_unsaid(panels: tuple[Engine, Path]) -> None:
    engine, _ = panels
    with pytest.raises(AiserError) as caught:
        engine.ask("total fish of Kenya per year", "panels")  # value or n: not guessed
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_a_name_spelled_only_in_part_is_refused(panels: tuple[Engine, Path]) -> None:
    engine, _ = panels
    with pytest.raises(AiserError) as caught:
        engine.ask("birth rate by year", "panels")  # cbrp1k is the crude birth rate
    assert caught.value.code == "AISER-PLAN-UNSURE"
