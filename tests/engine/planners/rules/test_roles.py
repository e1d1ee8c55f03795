"""One table in two roles (issue 12): a trip's origin and destination station, a sale's
customer country and vendor country. The question's words choose the role; both roles in
one question are joined once each under an alias; no role named is refused, naming them.
Every number is checked against SQL written by hand on the same DuckDB file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.errors import AiserError

STATIONS = [
    ("BOS", "Boston", "MA"),
    ("NYP", "New York", "NY"),
    ("WAS", "Washington", "DC"),
    ("PHL", "Philadelphia", "PA"),
]
TRIPS = [  # trip number, origin, dest, fare
    (1, "BOS", "NYP", 50.0),
    (2, "BOS", "WAS", 90.0),
    (3, "NYP", "WAS", 40.0),
    (4, "NYP", "BOS", 55.0),
    (5, "WAS", "NYP", 45.0),
    (6, "PHL", "BOS", 70.0),
    (7, "BOS", "NYP", 60.0),
    (8, "PHL", "NYP", 30.0),
]
COUNTRIES = [(1, "France"), (2, "Japan"), (3, "Brazil")]
CUSTOMERS = [(1, "Acme", 1), (2, "Globex", 2), (3, "Initech", 2), (4, "Umbrella", 3)]
VENDORS = [(1, "Nordwind", 3), (2, "Kaito", 2), (3, "Lumiere", 1)]
SALES = [  # sale, customer, vendor, amount
    (1, 1, 1, 100.0),
    (2, 1, 2, 200.0),
    (3, 2, 2, 50.0),
    (4, 3, 3, 70.0),
    (5, 4, 1, 30.0),
    (6, 2, 3, 20.0),
    (7, 3, 2, 10.0),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, Path]:
    import duckdb

    path = tmp_path_factory.mktemp("roles") / "rail.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE stations (code VARCHAR, city VARCHAR, state VARCHAR)")
    con.execute("CREATE TABLE trips (trip_no INTEGER, origin VARCHAR, dest VARCHAR, fare DOUBLE)")
    con.execute("CREATE TABLE countries (country_id INTEGER, country_name VARCHAR)")
    con.execute(
        "CREATE TABLE customers (customer_id INTEGER, customer_name VARCHAR, country_id INTEGER)"
    )
    con.execute("CREATE TABLE vendors (vendor_id INTEGER, vendor_name VARCHAR, country_id INTEGER)")
    con.execute(
        "CREATE TABLE sales (sale_id INTEGER, customer_id INTEGER, vendor_id INTEGER, amount DOUBLE)"
    )
    for table, rows in (
        ("stations", STATIONS),
        ("trips", TRIPS),
        ("countries", COUNTRIES),
        ("customers", CUSTOMERS),
        ("vendors", VENDORS),
        ("sales", SALES),
    ):
        marks = ", ".join("?" for _ in rows[0])
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("rail", str(path))
    return engine, path


def _truth(path: Path, sql: str) -> dict[Any, Any]:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    return {tuple(r[:-1]) if len(r) > 2 else r[0]: r[-1] for r in rows}


def _plotted(answer: Any) -> dict[Any, Any]:
    fields = answer.compiled.fields
    x, y = fields["x"].alias, fields["y"].alias
    color = fields["color"].alias if "color" in fields else None
    out = {}
    for r in answer.table.to_pylist():
        out[(r[x], r[color]) if color else r[x]] = r[y]
    return out


def test_the_question_names_the_role_of_a_station(shop: tuple[Engine, Path]) -> None:
    engine, path = shop
    for words, column in (("origin", "origin"), ("destination", "dest")):
        answer = engine.ask(f"average fare by {words} city", "rail")
        truth = _truth(
            path,
            f"SELECT s.city, AVG(fare) FROM trips JOIN stations s ON trips.{column} = s.code "
            "GROUP BY s.city",
        )
        assert _plotted(answer) == pytest.approx(truth)
        assert answer.compiled.fields["x"].alias == f"{column}_station_city"  # the axis says it
        notes = " ".join(answer.plan.provenance.notes)
        assert f"the {column}'s station: trips.{column} = stations.code" in notes


def test_both_roles_of_a_station_in_one_question(shop: tuple[Engine, Path]) -> None:
    engine, path = shop
    answer = engine.ask("total fare from Boston by destination city", "rail")
    truth = _truth(
        path,
        "SELECT d.city, SUM(fare) FROM trips JOIN stations o ON trips.origin = o.code "
        "JOIN stations d ON trips.dest = d.code WHERE o.city = 'Boston' GROUP BY d.city",
    )
    assert _plotted(answer) == pytest.approx(truth) == {"New York": 110.0, "Washington": 90.0}
    assert "origin_station.city = 'Boston'" in (
        answer.plan.chart.title or ""
    )  # the filter's role is in the title
    answer = engine.ask("number of trips to Boston by origin state", "rail")
    assert _plotted(answer) == {"NY": 1, "PA": 1}


def test_a_station_whose_role_no_word_names_is_refused_naming_the_roles(
    shop: tuple[Engine, Path],
) -> None:
    engine, _ = shop
    with pytest.raises(AiserError) as caught:
        engine.ask("average fare by city", "rail")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert caught.value.details["roles"] == ["origin", "dest"]
    assert "by origin station" in caught.value.message


def test_a_country_reached_through_two_tables_is_chosen_by_the_words(
    shop: tuple[Engine, Path],
) -> None:
    engine, path = shop
    for words, table, key in (
        ("customer", "customers", "customer_id"),
        ("vendor", "vendors", "vendor_id"),
    ):
        answer = engine.ask(f"total amount by {words} country", "rail")
        truth = _truth(
            path,
            f"SELECT c.country_name, SUM(amount) FROM sales JOIN {table} t ON sales.{key} = t.{key} "
            "JOIN countries c ON t.country_id = c.country_id GROUP BY 1",
        )
        assert _plotted(answer) == pytest.approx(truth)
        assert answer.compiled.fields["x"].alias == f"{words}_country"
    with pytest.raises(AiserError) as caught:
        engine.ask("total amount by country", "rail")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert sorted(caught.value.details["roles"]) == ["customers", "vendors"]


def test_two_roles_of_one_table_grouped_in_one_chart(shop: tuple[Engine, Path]) -> None:
    engine, path = shop
    answer = engine.ask("total amount by customer country and vendor country", "rail")
    truth = _truth(
        path,
        "SELECT cc.country_name, vc.country_name, SUM(amount) FROM sales "
        "JOIN customers c ON sales.customer_id = c.customer_id "
        "JOIN countries cc ON c.country_id = cc.country_id "
        "JOIN vendors v ON sales.vendor_id = v.vendor_id "
        "JOIN countries vc ON v.country_id = vc.country_id GROUP BY 1, 2",
    )
    assert _plotted(answer) == pytest.approx(truth)
    assert len(truth) == 5
    assert '"customer_country"' in answer.plan.sql or "AS customer_country" in answer.plan.sql
    answer = engine.ask("total amount by vendor country for customers in Japan", "rail")
    assert _plotted(answer) == pytest.approx({"France": 90.0, "Japan": 60.0})
