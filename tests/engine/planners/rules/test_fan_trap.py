"""Fan trap (issue 12): two fact tables that share a dimension (trips and incidents, each
of a district) must not be joined through it: every trip of a district would meet every
incident of that district and counts multiply. A word the measured table has a column for
("region": the trips' ``driverRegion``) is read there; a column only the other fact holds
is refused. Numbers are checked against SQL written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plotted, truth

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.errors import AiserError

DISTRICTS = [("north", 1200), ("south", 3400), ("east", 800), ("west", 2100)]
TRIPS = [  # trip, district, the driver's region, fare
    (1, "north", "A", 12.0),
    (2, "north", "A", 8.0),
    (3, "north", "B", 20.0),
    (4, "south", "B", 5.0),
    (5, "south", "B", 7.5),
    (6, "south", "C", 11.0),
    (7, "east", "C", 9.0),
    (8, "east", "A", 14.0),
    (9, "west", "C", 6.0),
    (10, "west", "C", 30.0),
    (11, "west", "B", 4.0),
    (12, "north", "C", 16.0),
]
INCIDENTS = [  # incident, district, region, kind
    (1, "north", "A", "collision"),
    (2, "north", "B", "theft"),
    (3, "north", "B", "collision"),
    (4, "south", "C", "theft"),
    (5, "south", "A", "vandalism"),
    (6, "east", "C", "collision"),
    (7, "west", "A", "theft"),
    (8, "west", "B", "vandalism"),
]
AMENITIES = [(1, "park"), (2, "library"), (3, "pool")]
DISTRICT_AMENITIES = [
    ("north", 1),
    ("north", 2),
    ("south", 1),
    ("east", 3),
    ("west", 2),
    ("west", 3),
]


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, Path]:
    import duckdb

    path = tmp_path_factory.mktemp("fantrap") / "city.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE districts (district VARCHAR, population INTEGER)")
    con.execute(
        "CREATE TABLE trips (trip_id INTEGER, district VARCHAR, driverRegion VARCHAR, fare DOUBLE)"
    )
    con.execute(
        "CREATE TABLE incidents (incident_id INTEGER, district VARCHAR, region VARCHAR, "
        "kind VARCHAR)"
    )
    con.execute("CREATE TABLE amenities (amenity_id INTEGER, amenity_name VARCHAR)")
    con.execute("CREATE TABLE district_amenities (district VARCHAR, amenity_id INTEGER)")
    for table, rows in (
        ("districts", DISTRICTS),
        ("trips", TRIPS),
        ("incidents", INCIDENTS),
        ("amenities", AMENITIES),
        ("district_amenities", DISTRICT_AMENITIES),
    ):
        marks = ", ".join("?" for _ in rows[0])
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("city", str(path))
    return engine, path


def test_a_count_by_a_word_reads_the_counted_tables_column(city: tuple[Engine, Path]) -> None:
    engine, path = city
    answer = engine.ask("number of trips by region", "city")
    want = truth(path, "SELECT driverRegion, COUNT(*) FROM trips GROUP BY driverRegion")
    assert plotted(answer) == pytest.approx(want) == {"A": 3, "B": 4, "C": 5}
    assert "incidents" not in answer.sql
    answer = engine.ask("total fare by region", "city")
    assert plotted(answer) == pytest.approx({"A": 34.0, "B": 36.5, "C": 72.0})


def test_a_column_only_the_other_fact_has_is_refused(city: tuple[Engine, Path]) -> None:
    engine, _ = city
    with pytest.raises(AiserError) as refused:
        engine.ask("number of trips by incident kind", "city")
    assert refused.value.code == "AISER-PLAN-NO-JOIN"
    assert "through districts" in str(refused.value)


def test_a_dimension_column_still_joins(city: tuple[Engine, Path]) -> None:
    engine, path = city
    answer = engine.ask("number of trips by district population", "city")
    want = truth(
        path,
        "SELECT d.population, COUNT(*) FROM trips t JOIN districts d "
        "ON t.district = d.district GROUP BY d.population",
    )
    assert plotted(answer) == pytest.approx(want)


def test_a_link_of_many_to_many_is_no_trap(city: tuple[Engine, Path]) -> None:
    """districts ← district_amenities → amenities links a district to its amenities: trips
    by amenity count each trip once for every amenity of its district."""
    engine, path = city
    answer = engine.ask("number of trips by amenity name", "city")
    want = truth(
        path,
        "SELECT a.amenity_name, COUNT(*) FROM trips t JOIN district_amenities da "
        "ON t.district = da.district JOIN amenities a ON a.amenity_id = da.amenity_id "
        "GROUP BY a.amenity_name",
    )
    assert plotted(answer) == pytest.approx(want) == {"park": 7, "library": 7, "pool": 5}
