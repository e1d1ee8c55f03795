"""Joins as real data has them: same-name keys, table-prefixed keys, several roles to one
table — inferred only when the data confirm them, with the evidence kept, on every dialect."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from dbfiles import database_file

from aiser_jupyter.errors import AiserError

TRIPS = [  # trip number, carrier, origin, dest, delay
    (101, "AA", "JFK", "LAX", 5),
    (102, "AA", "LAX", "JFK", 15),
    (103, "UA", "JFK", "SFO", 30),
    (104, "UA", "SFO", "JFK", 0),
    (105, "DL", "LAX", "SFO", 45),
    (106, "AA", "JFK", "LAX", 10),
]
CARRIERS = [("AA", "American"), ("UA", "United"), ("DL", "Delta")]
STATIONS = [("JFK", "New York"), ("LAX", "Los Angeles"), ("SFO", "San Francisco")]
CUSTOMERS = [(1, "acme"), (2, "globex"), (3, "initech")]
ORDERS = [(10, 1, 5.0), (11, 1, 7.0), (12, 3, 1.0)]
#: a number column whose values are not keys of the other table: never joined
SCORES = [(1, 500), (2, 600)]


def _fill(con: Any) -> None:
    con.execute(
        "CREATE TABLE trips (trip INTEGER, carrier VARCHAR(8), origin VARCHAR(8), dest VARCHAR(8), delay INTEGER)"
    )
    con.execute("CREATE TABLE carriers (carrier VARCHAR(8), name VARCHAR(40))")
    con.execute("CREATE TABLE stations (code VARCHAR(8), city VARCHAR(40))")
    con.execute("CREATE TABLE customer (c_custkey INTEGER, c_name VARCHAR(20))")
    con.execute("CREATE TABLE orders (o_orderkey INTEGER, o_custkey INTEGER, o_total DOUBLE)")
    con.execute("CREATE TABLE scores (id INTEGER, o_custkey INTEGER)")
    for table, rows in (
        ("trips", TRIPS),
        ("carriers", CARRIERS),
        ("stations", STATIONS),
        ("customer", CUSTOMERS),
        ("orders", ORDERS),
        ("scores", SCORES),
    ):
        marks = ", ".join("?" for _ in rows[0])
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


@pytest.fixture(scope="module", params=["duckdb", "sqlite"])
def airline(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file(request.param, tmp_path_factory.mktemp(request.param), "air", _fill)


def joins_of(engine: Any, path: Path) -> dict[tuple[str, str], Any]:
    engine.connect("air", str(path))
    return {(j.table, j.column): j for j in engine.catalog("air").joins}


def test_same_name_and_prefixed_keys_are_joined_with_their_evidence(
    engine: Any, airline: Path
) -> None:
    joins = joins_of(engine, airline)
    carrier = joins[("trips", "carrier")]
    assert (carrier.ref_table, carrier.ref_column, carrier.declared) == (
        "carriers",
        "carrier",
        False,
    )
    assert "100% of 3" in (carrier.evidence or "")
    cust = joins[("orders", "o_custkey")]
    assert (cust.ref_table, cust.ref_column) == ("customer", "c_custkey")


def test_a_code_column_joins_by_its_values_in_two_roles(engine: Any, airline: Path) -> None:
    joins = joins_of(engine, airline)
    origin, dest = joins[("trips", "origin")], joins[("trips", "dest")]
    assert (origin.ref_table, origin.ref_column, origin.role) == ("stations", "code", "origin")
    assert (dest.ref_table, dest.ref_column, dest.role) == ("stations", "code", "dest")


def test_values_that_are_not_keys_are_not_joined(engine: Any, airline: Path) -> None:
    joins = joins_of(engine, airline)
    # scores.o_custkey holds 500 and 600: no customer has them
    assert ("scores", "o_custkey") not in joins
    assert ("trips", "trip") not in joins and ("trips", "delay") not in joins


def test_the_question_chooses_the_role(engine: Any, airline: Path) -> None:
    joins_of(engine, airline)
    catalog = engine.catalog("air")
    path = catalog.join_path("trips", "stations", prefer={"destination", "dest", "city"})
    assert [j.column for j in path] == ["dest"]
    with pytest.raises(AiserError) as caught:
        catalog.join_path("trips", "stations", prefer={"city"})
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert caught.value.details["roles"] == ["origin", "dest"]


def test_a_chart_through_an_inferred_join_has_the_right_numbers(engine: Any, airline: Path) -> None:
    engine.connect("air", str(airline))
    answer = engine.ask("number of trips by carrier name", "air")
    fields = answer.compiled.fields
    plotted = {r[fields["x"].alias]: r[fields["y"].alias] for r in answer.table.to_pylist()}
    assert plotted == {"American": 3, "United": 2, "Delta": 1}


def test_the_catalog_text_shows_joins_and_evidence(engine: Any, airline: Path) -> None:
    joins_of(engine, airline)
    text = engine.catalog("air").compact()
    assert "trips.origin -> stations.code (role origin)" in text
    assert "trips.carrier -> carriers.carrier [name: 100% of 3 sampled values found]" in text


def test_a_user_declares_and_drops_a_join(engine: Any, airline: Path) -> None:
    engine.connect("air", str(airline))
    engine.declare_join("trips.carrier = carriers.carrier", drop=True)
    assert ("trips", "carrier") not in {(j.table, j.column) for j in engine.catalog("air").joins}
    declared = engine.declare_join("stations.code = trips.origin")  # written one side first
    assert (declared.table, declared.column, declared.ref_table) == ("trips", "origin", "stations")
    joins = {(j.table, j.column): j for j in engine.catalog("air").joins}
    assert joins[("trips", "origin")].evidence == "declared by you"
    with pytest.raises(AiserError) as caught:
        engine.declare_join("trips.nope = stations.code")
    assert caught.value.code == "AISER-PLAN-NO-JOIN"


def test_the_magic_shows_the_catalog_and_declares_joins(shell: Any, airline: Path) -> None:
    from IPython.utils.capture import capture_output

    for line in (f"%chart connect air {airline}", "%chart join trips.carrier = carriers.carrier"):
        with capture_output() as out:
            assert shell.run_cell(line, store_history=False).success
    assert "Joining trips.carrier = carriers.carrier" in out.stdout
    with capture_output() as out:
        assert shell.run_cell("%chart catalog", store_history=False).success
    shown = "".join(str(o.data) for o in out.outputs)
    assert "trips.carrier -> carriers.carrier [declared by you]" in shown
    assert "trips.origin -> stations.code (role origin)" in shown


def test_joins_are_inferred_from_names_when_no_key_is_declared(engine, tmp_path):

    path = tmp_path / "nofk.sqlite"
    con = sqlite3.connect(path)
    con.executescript(
        "CREATE TABLE teams (id INTEGER, name TEXT); CREATE TABLE players (id INTEGER, team_id INTEGER, goals INTEGER);"
        "INSERT INTO teams VALUES (1, 'Reds'); INSERT INTO players VALUES (1, 1, 3);"
    )
    con.commit()
    con.close()
    engine.connect("nofk", f"sqlite:///{path}")
    catalog = engine.catalog("nofk")
    inferred = [(j.table, j.column, j.ref_table, j.ref_column, j.declared) for j in catalog.joins]
    assert ("players", "team_id", "teams", "id", False) in inferred


def test_row_numbers_and_bare_ids_of_two_tables_are_never_joined(
    engine: Any, tmp_path: Path
) -> None:
    """R's ``rownames`` and a bare ``id`` are each table's own row numbers: they overlap by
    chance (here every use-of-force row number is also a stop's), so joining on them would
    pair unrelated rows; the shared neighbourhood is still joined."""
    path = tmp_path / "rows.duckdb"
    import duckdb

    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE stops AS SELECT i AS rownames, i AS id, 'n' || (i % 5) AS neighborhood "
        "FROM range(1, 400) t(i)"
    )
    con.execute(
        "CREATE TABLE force AS SELECT 3 * i AS rownames, 2 * i AS id, 'n' || (i % 4) AS neighborhood "
        "FROM range(1, 100) t(i)"
    )
    con.execute(
        "CREATE TABLE demo AS SELECT i AS rownames, 'n' || i AS neighborhood, 100 * i AS population "
        "FROM range(5) t(i)"
    )
    con.close()
    engine.connect("rows", str(path))
    joins = {(j.table, j.column, j.ref_table, j.ref_column) for j in engine.catalog("rows").joins}
    assert joins == {
        ("stops", "neighborhood", "demo", "neighborhood"),
        ("force", "neighborhood", "demo", "neighborhood"),
    }


def test_a_bare_id_that_repeats_refers_to_the_table_where_it_is_unique(
    engine: Any, tmp_path: Path
) -> None:
    """``events.id`` repeats (several events of one subject): no row number of its own table,
    but the subject's id, unique in ``subjects`` — joined, and confirmed on the data. The
    row numbers beside it (``rownames``) are still never joined."""
    path = tmp_path / "cohort.duckdb"
    import duckdb

    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE subjects AS SELECT i AS rownames, i AS id, 20 + i % 60 AS age "
        "FROM range(1, 300) t(i)"
    )
    con.execute(
        "CREATE TABLE events AS SELECT i AS rownames, 1 + (i * 7) % 299 AS id, "
        "['stroke', 'diabetes', 'MI'][1 + i % 3] AS event FROM range(1, 900) t(i)"
    )
    con.close()
    engine.connect("cohort", str(path))
    joins = {(j.table, j.column, j.ref_table, j.ref_column) for j in engine.catalog("cohort").joins}
    assert joins == {("events", "id", "subjects", "id")}


@pytest.mark.postgres
def test_joins_are_inferred_and_confirmed_on_postgresql(pg_server: Any, engine: Any) -> None:
    """No declared keys: the same-name key and the two roles are confirmed by the server."""
    with pg_server.admin() as con:
        con.execute("CREATE SCHEMA air")
        con.execute("CREATE TABLE air.trips (trip int, carrier text, origin text, dest text)")
        con.execute("CREATE TABLE air.carriers (carrier text, name text)")
        con.execute("CREATE TABLE air.stations (code text, city text)")
        con.execute(
            "INSERT INTO air.trips VALUES (1, 'AA', 'JFK', 'LAX'), (2, 'UA', 'LAX', 'SFO'), (3, 'AA', 'SFO', 'JFK')"
        )
        con.execute("INSERT INTO air.carriers VALUES ('AA', 'American'), ('UA', 'United')")
        con.execute("INSERT INTO air.stations VALUES ('JFK', 'NY'), ('LAX', 'LA'), ('SFO', 'SF')")
    try:
        engine.connect("pgair", pg_server.url())
        joins = {(j.table, j.column): j for j in engine.catalog("pgair").joins}
        assert (joins[("trips", "carrier")].ref_table, joins[("trips", "carrier")].ref_column) == (
            "carriers",
            "carrier",
        )
        assert {joins[("trips", r)].role for r in ("origin", "dest")} == {"origin", "dest"}
        # the shop tables beside these have name columns too: the chart is right or refused
        try:
            answer = engine.ask("number of trips by carrier name", "pgair")
        except AiserError as refused:
            assert refused.code == "AISER-PLAN-UNSURE"
            assert "carriers.name" in refused.details["suggestions"]
        else:
            fields = answer.compiled.fields
            plotted = {r[fields["x"].alias]: r[fields["y"].alias] for r in answer.table.to_pylist()}
            assert plotted == {"American": 2, "United": 1}
    finally:
        engine.close()
        with pg_server.admin() as con:
            con.execute("DROP SCHEMA air CASCADE")


def test_two_daily_series_join_on_their_day_and_dated_events_do_not(engine, tmp_path):
    import duckdb

    path = tmp_path / "days.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE index_close AS SELECT DATE '2020-01-01' + CAST(k AS INTEGER) AS day, 100.0 + k AS close"
        " FROM range(300) t(k);"
        "CREATE TABLE metal AS SELECT DATE '2019-12-01' + CAST(k AS INTEGER) AS day, 50.0 + k % 7 AS gold"
        " FROM range(400) t(k);"
        "CREATE TABLE orders AS SELECT DATE '2020-01-01' + CAST(k % 30 AS INTEGER) AS day, k AS amount"
        " FROM range(900) t(k);"
    )
    con.close()
    engine.connect("days", str(path))
    joined = {(j.table, j.ref_table) for j in engine.catalog("days").joins}
    assert ("index_close", "metal") in joined or ("metal", "index_close") in joined
    assert not any("orders" in pair for pair in joined)  # a repeated date is no key


def test_series_that_share_a_few_days_do_not_join(engine, tmp_path):
    """Two daily series whose spans meet on fewer than MIN_SHARED_DAYS days have no calendar
    in common: no join, however well those few days match; a longer overlap joins."""
    import duckdb

    from aiser_jupyter.engine.catalog.joins import MIN_SHARED_DAYS

    path = tmp_path / "spans.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE index_close AS SELECT DATE '2020-01-01' + CAST(k AS INTEGER) AS day,"
        " 100.0 + k AS close FROM range(300) t(k);"
        f"CREATE TABLE metal AS SELECT DATE '2020-10-27' - {MIN_SHARED_DAYS - 10} + CAST(k AS INTEGER)"
        " AS day, 50.0 + k % 7 AS gold FROM range(300) t(k);"
        "CREATE TABLE copper AS SELECT DATE '2020-06-01' + CAST(k AS INTEGER) AS day,"
        " 3.0 + k % 5 AS price FROM range(300) t(k);"
    )
    con.close()
    engine.connect("spans", str(path))
    joined = {frozenset((j.table, j.ref_table)) for j in engine.catalog("spans").joins}
    assert frozenset(("index_close", "metal")) not in joined
    assert frozenset(("index_close", "copper")) in joined


def test_a_key_found_in_a_column_that_points_elsewhere_joins_where_that_points(engine, tmp_path):
    """Three yearly tables: wages' years are in finance's years, which are in post's. The
    column finance.year points at post.Year, so it is no key; wages join post.Year (the
    values carry over) and a chart of a wage figure against a postal one is answered."""
    import duckdb

    path = tmp_path / "yearly.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE post AS SELECT range AS Year, 10.0 + range % 7 AS Income FROM range(1800, 2020)"
    )
    con.execute(
        "CREATE TABLE finance AS SELECT range AS year, 5.0 * (range % 11) AS Domestic FROM range(1930, 2013)"
    )
    con.execute(
        "CREATE TABLE wages AS SELECT range AS Year, 1000.0 + range AS median FROM range(1947, 2013)"
    )
    con.close()
    engine.connect("yearly", str(path))
    catalog = engine.catalog("yearly")
    inferred = {(j.table, j.column, j.ref_table, j.ref_column) for j in catalog.joins}
    assert ("finance", "year", "post", "Year") in inferred
    assert ("wages", "Year", "post", "Year") in inferred
    answer = engine.ask("postal Income against median, one point per year", "yearly")
    assert answer.table.num_rows == 66
