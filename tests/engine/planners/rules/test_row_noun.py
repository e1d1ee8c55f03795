"""What a row is, words that only modify a column's name, and English function words that
happen to be stored values — each question read right (the chart plots exactly what SQL an
analyst would write gives, on DuckDB) or refused, never drawn wrong.

A generated table of taxi trips, one row per trip, named ``taxi_data`` (not after its rows):
``trip_distance`` and ``trip_changes`` (the words "trip" only modify those numbers),
``passenger_count`` (a count: its head is passengers), ``fare_amount``, ``payment_type``,
``pickup_country`` in lower-case ISO codes (Andorra is ``and``), two sibling columns
``booked_vehicle_class`` / ``assigned_vehicle_class`` with one-letter classes (``a``, ``b``),
and a 0/1 flag ``is_shared_ride``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.errors import AiserError
from tests.answers import plotted, truth


@pytest.fixture(scope="module")
def taxis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("taxis") / "taxis.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE taxi_data AS SELECT
            1.0 + (i * 7) % 23 / 2.0 AS trip_distance,
            (i * 3) % 4 AS trip_changes,
            1 + i % 4 AS passenger_count,
            5.0 + (i * 11) % 37 AS fare_amount,
            ['card', 'cash', 'voucher'][1 + i % 3] AS payment_type,
            ['and', 'prt', 'esp', 'fra'][1 + (i // 3) % 4] AS pickup_country,
            ['a', 'b', 'c'][1 + i % 3] AS booked_vehicle_class,
            ['a', 'b', 'c'][1 + (i // 2) % 3] AS assigned_vehicle_class,
            CASE WHEN i % 5 = 0 THEN 1 ELSE 0 END AS is_shared_ride
        FROM range(300) t(i)""")
    con.close()
    return path


def _marks(answer: Any) -> dict[Any, Any]:
    """The chart's marks as ``{category: number}``, for bars (x, y) and pies (color, theta)."""
    fields = answer.compiled.fields
    if "x" in fields:
        return plotted(answer)
    keys = answer.table.column(fields["color"].alias).to_pylist()
    return dict(zip(keys, answer.table.column(fields["theta"].alias).to_pylist(), strict=True))


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("taxis", str(path))
    return engine.ask(question, "taxis")


@pytest.mark.parametrize(
    "question",
    ["number of trips by payment type", "pie of trips by payment type", "trips by payment type"],
)
def test_a_noun_that_only_modifies_a_number_counts_rows(
    engine: Any, taxis: Path, question: str
) -> None:
    """ "trips" names no table and no column (``trip_changes`` holds changes): the rows."""
    answer = _ask(engine, taxis, question)
    assert _marks(answer) == truth(taxis, "SELECT payment_type, count(*) FROM taxi_data GROUP BY 1")


def test_per_row_noun_is_the_average_over_rows(engine: Any, taxis: Path) -> None:
    answer = _ask(engine, taxis, "average fare per trip by payment type")
    assert plotted(answer) == truth(
        taxis, "SELECT payment_type, avg(fare_amount) FROM taxi_data GROUP BY 1", approx=True
    )


def test_a_count_columns_head_is_what_it_counts(engine: Any, taxis: Path) -> None:
    """ "passengers" names ``passenger_count`` (its suffix is a statistic, not its head)."""
    answer = _ask(engine, taxis, "total passengers by payment type")
    assert plotted(answer) == truth(
        taxis, "SELECT payment_type, sum(passenger_count) FROM taxi_data GROUP BY 1"
    )


def test_a_proper_noun_left_out_is_refused(engine: Any, taxis: Path) -> None:
    """ "from Portugal" where the data holds ``prt``: no value matches, so no chart of all trips."""
    with pytest.raises(AiserError) as caught:
        _ask(engine, taxis, "How many trips came from Portugal?")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert "portugal" in str(caught.value)


def test_and_between_two_groupings_is_no_stored_value(engine: Any, taxis: Path) -> None:
    """ "by payment type and pickup country": the word "and", not Andorra's code ``and``."""
    answer = _ask(engine, taxis, "average fare by payment type and booked vehicle class")
    assert "pickup_country" not in answer.plan.sql
    fields = answer.compiled.fields
    got = {
        (x, c): y
        for x, c, y in zip(
            answer.table.column(fields["x"].alias).to_pylist(),
            answer.table.column(fields["color"].alias).to_pylist(),
            answer.table.column(fields["y"].alias).to_pylist(),
            strict=True,
        )
    }
    import duckdb

    con = duckdb.connect(str(taxis), read_only=True)
    rows = con.execute(
        "SELECT payment_type, booked_vehicle_class, avg(fare_amount) FROM taxi_data GROUP BY 1, 2"
    ).fetchall()
    con.close()
    assert got == {(x, c): pytest.approx(y) for x, c, y in rows}


def test_an_article_is_no_stored_value(engine: Any, taxis: Path) -> None:
    """ "a" is a class of two columns, but here it is the article: never a filter on either."""
    try:
        answer = _ask(engine, taxis, "monthly count of trips that had a change")
    except AiserError as caught:
        assert "say which one" not in str(caught)
        return
    assert "'a'" not in answer.plan.sql


def test_the_word_that_picks_a_sibling_column_is_not_dropped(engine: Any, taxis: Path) -> None:
    """ "assigned" tells ``assigned_vehicle_class`` from ``booked_vehicle_class``: a chart of
    the booked class would answer another question."""
    with pytest.raises(AiserError) as caught:
        _ask(engine, taxis, "How many trips were assigned a different vehicle class than booked?")
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_two_sides_of_a_flag_compared_are_a_bar_each(engine: Any, taxis: Path) -> None:
    answer = _ask(engine, taxis, "average fare of shared rides compared with private rides")
    assert plotted(answer) == truth(
        taxis, "SELECT is_shared_ride, avg(fare_amount) FROM taxi_data GROUP BY 1", approx=True
    )
    assert "is_shared_ride = 1" not in answer.plan.sql


def test_a_flags_head_alone_is_no_condition(engine: Any, taxis: Path) -> None:
    """ "ride countries": rides in general, not shared rides only."""
    try:
        answer = _ask(engine, taxis, "top 3 ride countries by number of trips")
    except AiserError:
        return  # refused is honest; a filter on the flag would not be
    assert "is_shared_ride" not in answer.plan.sql
