"""The words analysts use for abbreviated columns (hp, trq, msrp) and the adjectives that stand
for their numbers ("cheapest", "most expensive", "most powerful"): each answer is checked
against SQL written by hand on a real DuckDB file — or must be refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def cars(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One row per car model: maker, engine figures under their usual abbreviations, the list
    price as ``msrp``, the drive as a code (awd, rwd) and the maker's country."""
    import duckdb

    path = tmp_path_factory.mktemp("cars") / "cars.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE cars AS SELECT 'model ' || i AS model,
            ['Alpha', 'Bravo', 'Corsa', 'Delta'][1 + i % 4] AS make,
            ['Italy', 'Germany', 'Japan'][1 + i % 3] AS country,
            ['awd', 'rwd'][1 + i % 2] AS drive,
            300 + (i * 37) % 450 AS hp, 5000 + (i * 113) % 3000 AS hp_rpm,
            250 + (i * 29) % 400 AS trq, 60000 + (i * 7919) % 300000 AS msrp
        FROM range(60) t(i)""")
    con.close()
    return path


def test_abbreviated_columns_are_named_by_their_words(engine: Any, cars: Path) -> None:
    """ "horsepower" is hp, "torque" trq; "rpm of peak horsepower" is hp_rpm, not hp."""
    engine.connect("cars", str(cars))
    answer = engine.ask("average horsepower by make", "cars")
    assert plotted(answer) == pytest.approx(
        truth(cars, "SELECT make, AVG(hp) FROM cars GROUP BY 1")
    )
    answer = engine.ask("highest torque by country", "cars")
    assert plotted(answer) == truth(cars, "SELECT country, MAX(trq) FROM cars GROUP BY 1")
    answer = engine.ask("average rpm of peak horsepower by make", "cars")
    assert plotted(answer) == pytest.approx(
        truth(cars, "SELECT make, AVG(hp_rpm) FROM cars GROUP BY 1")
    )


def test_price_adjectives_rank_by_the_list_price(engine: Any, cars: Path) -> None:
    """ "5 cheapest models" are the five lowest prices, also after "top"; "most expensive"
    the highest."""
    engine.connect("cars", str(cars))
    cheapest = truth(cars, "SELECT model, msrp FROM cars ORDER BY msrp LIMIT 5")
    assert plotted(engine.ask("5 cheapest models", "cars")) == cheapest
    assert plotted(engine.ask("top 5 cheapest models", "cars")) == cheapest
    dearest = truth(cars, "SELECT model, msrp FROM cars ORDER BY msrp DESC LIMIT 3")
    assert plotted(engine.ask("the 3 most expensive models", "cars")) == dearest
    assert plotted(engine.ask("3 least expensive models", "cars")) == truth(
        cars, "SELECT model, msrp FROM cars ORDER BY msrp LIMIT 3"
    )


def test_most_powerful_is_the_most_horsepower(engine: Any, cars: Path) -> None:
    engine.connect("cars", str(cars))
    answer = engine.ask("most powerful German car of each make", "cars")
    assert plotted(answer) == truth(
        cars, "SELECT make, MAX(hp) FROM cars WHERE country = 'Germany' GROUP BY 1"
    )
    italian = engine.ask("number of Italian models by make", "cars")  # italian: Italy
    assert plotted(italian) == truth(
        cars, "SELECT make, COUNT(*) FROM cars WHERE country = 'Italy' GROUP BY 1"
    )


def test_a_hyphenated_qualifier_left_out_is_refused(engine: Any, cars: Path) -> None:
    """ "all-wheel-drive" is stored as the code awd: the plan does not read it, so a chart of
    every car's price would answer another question."""
    engine.connect("cars", str(cars))
    with pytest.raises(AiserError) as caught:
        engine.ask("average price of all-wheel-drive models by make", "cars")
    assert caught.value.code == "AISER-PLAN-UNSURE"
