"""The catalog model (catalog/model.py): tables, typed and profiled columns, joins, paths."""

from aiser_jupyter.engine.catalog.model import semantic_type


def test_the_demo_catalog_lists_its_tables(engine):
    assert {t.name for t in engine.catalog("demo").tables} == {
        "regions",
        "categories",
        "products",
        "customers",
        "orders",
        "order_lines",
    }


def test_columns_have_semantic_types_and_profiles(engine):
    catalog = engine.catalog("demo")
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


def test_declared_foreign_keys_are_joins(engine):
    catalog = engine.catalog("demo")
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


def test_distances_and_upward_reach_follow_the_joins_and_their_changes(engine):
    catalog = engine.catalog("demo").model_copy(deep=True)
    hops = catalog.distances("order_lines")
    assert hops["order_lines"] == 0 and hops["orders"] == 1 and hops["regions"] == 3
    assert catalog.upward("order_lines") >= {"orders", "customers", "regions", "products"}
    assert "order_lines" not in catalog.upward("regions")  # keys point one way
    fingerprint = catalog.fingerprint
    catalog.joins = [j for j in catalog.joins if j.ref_table != "regions"]  # the lookups follow
    assert "regions" not in catalog.distances("order_lines")
    assert catalog.join_path("order_lines", "regions") is None
    assert catalog.fingerprint != fingerprint


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


def test_semantic_types():
    assert semantic_type("order_date", "DATE") == "temporal"
    assert semantic_type("amount", "DECIMAL(10,2)") == "quantitative"
    assert semantic_type("customer_id", "INTEGER") == "key"
    assert semantic_type("country", "VARCHAR") == "geo"
    assert semantic_type("name", "TEXT") == "nominal"
    # a coordinate kept as a number is a number ("average latitude"); a zip code stays a place
    assert semantic_type("lat", "DOUBLE") == "quantitative"
    assert semantic_type("longitude", "DECIMAL(9,6)") == "quantitative"
    assert semantic_type("lat", "VARCHAR") == "geo"
    assert semantic_type("zip", "INTEGER") == "geo"
    # an identifier written in camel case after a vowel is still one; a word ending in -id is not
    assert semantic_type("movieId", "BIGINT") == "key"
    assert semantic_type("houseID", "INTEGER") == "key"
    assert semantic_type("paid", "INTEGER") == "quantitative"
    assert semantic_type("amount_paid", "DOUBLE") == "quantitative"


def test_a_derived_value_is_built_once_per_catalog_and_again_when_its_tables_change(engine):
    cat = engine.catalog("demo").model_copy(deep=True)
    calls = []

    def names(c):
        calls.append(1)
        return sorted(t.name for t in c.tables)

    first = cat.derived("names", names)
    assert cat.derived("names", names) == first and len(calls) == 1
    dropped = cat.tables[-1].name
    cat.tables = cat.tables[:-1]  # the lookups follow
    assert cat.derived("names", names) == [n for n in first if n != dropped]
    assert len(calls) == 2
