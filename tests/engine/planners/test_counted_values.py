"""Numbers typed right before a number column's name keep its rows (issue 12): "cars with 4
or 6 cylinders" is ``cylinders IN (4, 6)``, not the text codes '4' and '6' of the makers'
country column; a number the column never holds is not read as it, and is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly


@pytest.fixture(scope="module")
def cars(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("counted_values") / "cars.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE makers AS
        SELECT i AS maker_id, 'maker ' || i AS maker_name, CAST(i % 8 + 1 AS VARCHAR) AS country
        FROM range(1, 9) t(i)
    """)
    con.execute("""
        CREATE TABLE cars AS
        SELECT i AS car_id, 1 + i % 8 AS maker, [4, 6, 8][1 + i % 3] AS cylinders,
            60 + (i * 13) % 90 AS horsepower, 1975 + i % 5 AS year
        FROM range(1, 61) t(i)
    """)
    con.close()
    return path


def test_numbers_before_a_number_column_keep_its_rows(engine: Any, cars: Path) -> None:
    plots_exactly(
        engine,
        cars,
        "cars",
        "average horsepower of cars with 4 or 6 cylinders by year",
        "SELECT year, AVG(horsepower) FROM cars WHERE cylinders IN (4, 6) GROUP BY 1",
    )


def test_one_number_before_a_number_column(engine: Any, cars: Path) -> None:
    plots_exactly(
        engine,
        cars,
        "cars",
        "number of cars with 8 cylinders by year",
        "SELECT year, COUNT(*) FROM cars WHERE cylinders = 8 GROUP BY 1",
    )


def test_a_number_the_column_never_holds_is_refused(engine: Any, cars: Path) -> None:
    from aiser_jupyter.errors import AiserError

    engine.connect("cars", str(cars))
    with pytest.raises(AiserError) as caught:
        engine.ask("number of cars with 12 cylinders by year", "cars")
    assert caught.value.code == "AISER-PLAN-UNSURE"
