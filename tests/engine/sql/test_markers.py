"""Numbers kept as text with missing markers ('null', 'NA'): read as numbers, the markers
as missing, so an average is the average of the values that are there."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import duckdb
import pytest
from dbfiles import database_file

from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.errors import AiserError

#: (car, maker, horsepower as text): two markers, 'null' and 'NA'
CARS = [
    (1, "ford", "130"),
    (2, "ford", "null"),
    (3, "ford", "150"),
    (4, "fiat", "70"),
    (5, "fiat", "NA"),
    (6, "fiat", "90.5"),
    (7, "audi", "110"),
    (8, "audi", "100"),
]


def _fill(con: Any) -> None:
    con.execute("CREATE TABLE cars (id INTEGER, maker VARCHAR(10), horsepower VARCHAR(10))")
    con.executemany("INSERT INTO cars VALUES (?, ?, ?)", CARS)


@pytest.fixture(scope="module", params=["duckdb", "sqlite"])
def cars(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file(request.param, tmp_path_factory.mktemp(request.param), "cars", _fill)


def _hand(path: Path, sql: str) -> list[tuple[Any, ...]]:
    if path.suffix == ".duckdb":
        con: Any = duckdb.connect(str(path), read_only=True)
    else:
        con = sqlite3.connect(path)
    try:
        return [tuple(r) for r in con.execute(sql).fetchall()]
    finally:
        con.close()


HAND_AVERAGE = (
    "SELECT maker, AVG(CAST(horsepower AS DOUBLE)) FROM cars "
    "WHERE horsepower NOT IN ('null', 'NA') GROUP BY maker"
)


def test_average_counts_only_the_values_there(engine: Any, cars: Path) -> None:
    engine.connect("cars", str(cars))
    answer = engine.ask("average horsepower by maker", source="cars")
    fields = answer.compiled.fields
    shown = dict(
        zip(
            answer.table.column(fields["x"].alias).to_pylist(),
            answer.table.column(fields["y"].alias).to_pylist(),
            strict=True,
        )
    )
    hand = {maker: pytest.approx(avg) for maker, avg in _hand(cars, HAND_AVERAGE)}
    assert shown == hand
    assert shown["ford"] == pytest.approx(140.0)  # not (130 + 0 + 150) / 3
    said = " ".join(answer.notices)
    assert "'null' (1 rows)" in said
    assert "'NA' (1 rows)" in said


def test_a_filter_on_the_number_skips_the_markers(engine: Any, cars: Path) -> None:
    engine.connect("cars", str(cars))
    plan = {
        "sql": "SELECT maker, horsepower FROM cars WHERE horsepower > 80",
        "chart": {
            "mark": "bar",
            "encoding": {
                "x": {"field": "maker"},
                "y": {"field": "horsepower", "aggregate": "count"},
            },
        },
    }
    answer = engine.run_plan(ChartPlan.model_validate(plan), source="cars")
    fields = answer.compiled.fields
    shown = dict(
        zip(
            answer.table.column(fields["x"].alias).to_pylist(),
            answer.table.column(fields["y"].alias).to_pylist(),
            strict=True,
        )
    )
    assert shown == {"ford": 2, "fiat": 1, "audi": 2}


def test_the_catalog_records_the_markers(engine: Any, cars: Path) -> None:
    engine.connect("cars", str(cars))
    column = engine.catalog("cars").table("cars").column("horsepower")
    assert column.semantic == "quantitative"
    assert column.markers == {"null": 1, "NA": 1}


def test_a_code_with_leading_zeros_stays_text(engine: Any, tmp_path: Path) -> None:
    def fill(con: Any) -> None:
        con.execute("CREATE TABLE shops (zip VARCHAR(5), sales INTEGER)")
        con.executemany(
            "INSERT INTO shops VALUES (?, ?)",
            [("02139", 1), ("02140", 2), ("NA", 3), ("10001", 4), ("00501", 5)],
        )

    path = database_file("duckdb", tmp_path, "shops", fill)
    engine.connect("shops", str(path))
    column = engine.catalog("shops").table("shops").column("zip")
    assert column.semantic != "quantitative"
    assert column.markers == {}


def test_an_unknown_word_still_refuses(engine: Any, cars: Path) -> None:
    engine.connect("cars", str(cars))
    with pytest.raises(AiserError):
        engine.ask("average torque by maker", source="cars")
