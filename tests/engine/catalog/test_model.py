from aiser_jupyter.engine.catalog.model import semantic_type


def test_demo_catalog_has_tables_keys_and_profiles(engine):
    catalog = engine.catalog("demo")
    assert {t.name for t in catalog.tables} == {
        "regions",
        "categories",
        "products",
        "customers",
        "orders",
        "order_lines",
    }
    lines = catalog.table("order_lines")
    assert lines.row_count >= 100_000
    assert lines.column("revenue").semantic == "quantitative"
    assert lines.column("order_id").semantic == "key"
    orders = catalog.table("orders")
    assert orders.column("order_date").semantic == "temporal"
    assert str(orders.column("order_date").min).startswith("2023-01")
    assert set(catalog.table("regions").column("name").samples) == {
        "North",
        "South",
        "East",
        "West",
        "Central",
    }
    declared = {(j.table, j.column, j.ref_table) for j in catalog.joins if j.declared}
    assert ("order_lines", "order_id", "orders") in declared
    assert ("customers", "region_id", "regions") in declared


def test_join_path_is_the_shortest_chain(engine):
    catalog = engine.catalog("demo")
    path = catalog.join_path("order_lines", "regions")
    assert [(j.table, j.ref_table) for j in path] == [
        ("order_lines", "orders"),
        ("orders", "customers"),
        ("customers", "regions"),
    ]
    assert catalog.join_path("regions", "regions") == []


def test_fingerprint_is_stable_and_tracks_the_schema(engine, tmp_path):
    first = engine.catalog("demo").fingerprint
    assert engine.catalog("demo", refresh=True).fingerprint == first
    csv = tmp_path / "sales.csv"
    csv.write_text("day,amount\n2024-01-01,3\n")
    engine.connect("a", str(csv))
    fp_a = engine.catalog("a").fingerprint
    csv.write_text("day,amount,extra\n2024-01-01,3,x\n")
    engine.connect("a", str(csv))
    assert engine.catalog("a").fingerprint != fp_a


def test_joins_are_inferred_from_names_when_no_key_is_declared(engine, tmp_path):
    import sqlite3

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


def test_semantic_types():
    assert semantic_type("order_date", "DATE") == "temporal"
    assert semantic_type("amount", "DECIMAL(10,2)") == "quantitative"
    assert semantic_type("customer_id", "INTEGER") == "key"
    assert semantic_type("country", "VARCHAR") == "geo"
    assert semantic_type("name", "TEXT") == "nominal"
