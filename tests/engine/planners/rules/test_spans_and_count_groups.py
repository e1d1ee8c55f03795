"""Two readings of analysts' phrasing, on a generated table of taxi trips (one row per trip):
a span between two months of two years ("March 2016 to June 2016") is one range, not two
months both required; and "by number of passengers" after a count groups by the column of
counts, while "top 3 … by number of trips" still ranks by a count; "average number of
luggage items" is the mean of a column of counts named "total_of_luggage_items"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.answers import plotted, truth


@pytest.fixture(scope="module")
def trips(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("trips") / "trips.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE taxi_data AS SELECT
            DATE '2015-11-03' + CAST(i AS INTEGER) * 2 AS pickup_date,
            1 + (i * 7) % 4 AS passenger_count,
            ['card', 'cash', 'voucher', 'app'][1 + i % 4] AS payment_type
        FROM range(400) t(i)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("trips", str(path))
    return engine.ask(question, "trips")


def test_a_span_of_months_across_years_is_one_range(engine: Any, trips: Path) -> None:
    answer = _ask(engine, trips, "number of trips per month, November 2015 to February 2016")
    got = {str(k)[:7]: v for k, v in plotted(answer).items()}
    want = truth(
        trips,
        "SELECT strftime(date_trunc('month', pickup_date), '%Y-%m'), count(*) FROM taxi_data"
        " WHERE pickup_date >= DATE '2015-11-01' AND pickup_date < DATE '2016-03-01' GROUP BY 1",
    )
    assert got == want and len(want) == 4


def test_by_number_of_a_thing_after_a_count_groups_by_it(engine: Any, trips: Path) -> None:
    answer = _ask(engine, trips, "number of trips by number of passengers")
    assert plotted(answer) == truth(
        trips, "SELECT passenger_count, count(*) FROM taxi_data GROUP BY 1"
    )


def test_top_n_by_number_of_rows_still_ranks_by_the_count(engine: Any, trips: Path) -> None:
    answer = _ask(engine, trips, "top 3 payment types by number of trips")
    assert plotted(answer) == truth(
        trips,
        "SELECT payment_type, count(*) FROM taxi_data GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3",
    )


@pytest.fixture(scope="module")
def checkins(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("checkins") / "checkins.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE airport_checkins AS SELECT
            ['economy', 'business', 'first'][1 + i % 3] AS cabin,
            (i * 5) % 4 AS total_of_luggage_items
        FROM range(90) t(i)""")
    con.close()
    return path


def test_average_number_of_a_counted_thing_is_the_mean_of_its_column(
    engine: Any, checkins: Path
) -> None:
    answer = _ask(engine, checkins, "average number of luggage items by cabin")
    assert plotted(answer) == truth(
        checkins,
        "SELECT cabin, avg(total_of_luggage_items) FROM airport_checkins GROUP BY 1",
        approx=True,
    )
