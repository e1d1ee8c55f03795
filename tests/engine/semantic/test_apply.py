"""The semantic layer applied to a real DuckDB catalog: what planners read, what the guard
refuses, and the fingerprint that keys the caches."""

from __future__ import annotations

import os
import time

import pytest
from semantic_shop import SHOP_YAML

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.errors import AiserError


def _rewrite(path, text):
    path.write_text(text)
    stamp = time.time() + 5  # a later mtime even on coarse file systems
    os.utime(path, (stamp, stamp))


def test_descriptions_synonyms_and_time_column_reach_the_catalog(shop):
    engine, _ = shop
    catalog = engine.catalog("shop")
    orders = catalog.table("orders")
    assert orders.description == "One row per order."
    assert orders.synonyms == ["purchases"]
    assert orders.time_column == "placed"
    assert orders.column("amount").description == "Unit price in USD"
    assert orders.column("amount").synonyms == ["price"]


def test_declared_joins_are_used_where_inference_sees_none(shop, shop_db):
    bare = Engine(EngineConfig(use_cache=False, semantic_path=None))
    bare.connect("shop", str(shop_db))
    assert bare.catalog("shop").join_path("orders", "customers") is None
    bare.close()
    engine, _ = shop
    path = engine.catalog("shop").join_path("orders", "customers")
    assert [(j.column, j.ref_column, j.declared) for j in path] == [("cust", "cust_id", True)]
    assert "declared in aiser.semantic.yaml" in path[0].evidence


def test_a_declared_join_replaces_the_inferred_one_between_the_same_tables(shop):
    engine, semantic = shop
    text = SHOP_YAML.replace(
        "orders.cust = customers.cust_id", "{on: orders.order_id = customers.cust_id, role: oddity}"
    )
    _rewrite(semantic, text)
    joins = engine.catalog("shop").joins_of("orders")
    assert [(j.column, j.ref_column, j.role) for j in joins] == [("order_id", "cust_id", "oddity")]


def test_metrics_and_dimensions_carry_checked_sql_and_trees(shop):
    engine, _ = shop
    semantic = engine.catalog("shop").semantic
    revenue = semantic.metric("turnover")
    assert (revenue.name, revenue.table, revenue.aggregate, revenue.unit) == (
        "revenue",
        "orders",
        "sum",
        "USD",
    )
    assert revenue.sql == "amount * qty"
    assert revenue.tree().sql() == "amount * qty"
    finished = semantic.metric("finished_orders")
    assert finished.filter == "status = 'F'"
    assert finished.filter_tree().sql() == "status = 'F'"
    region = semantic.dimension("region")
    assert region.name == "customer_region"
    assert [(j.table, j.ref_table) for j in region.joins] == [("orders", "customers")]


def test_a_metric_tree_runs_as_the_file_says(shop):
    """The checked tree is what a planner builds SQL from: revenue per region from the file."""
    engine, _ = shop
    semantic = engine.catalog("shop").semantic
    revenue, region = semantic.metric("revenue"), semantic.dimension("region")
    sql = (
        f"SELECT {region.sql} AS region, {revenue.sql} AS revenue FROM orders "
        "JOIN customers ON orders.cust = customers.cust_id"
    )
    plan = ChartPlan.model_validate(
        {
            "sql": sql,
            "chart": {
                "mark": "bar",
                "encoding": {
                    "x": {"field": "region"},
                    "y": {"field": "revenue", "aggregate": revenue.aggregate},
                },
            },
        }
    )
    answer = engine.run_plan(plan, "shop")
    rows = dict(
        zip(answer.table.column(0).to_pylist(), answer.table.column(1).to_pylist(), strict=True)
    )
    assert rows == {"north": 25.0, "south": 55.0, "east": 23.0}


@pytest.mark.parametrize(
    ("old", "new", "code", "field", "says"),
    [
        (
            "sql: amount * qty",
            "sql: read_csv('/etc/passwd')",
            "AISER-SEM-SQL",
            "metrics[0].sql",
            "AISER-SQL-FUNCTION",
        ),
        (
            "sql: amount * qty",
            "sql: amount * quantity",
            "AISER-SEM-SQL",
            "metrics[0].sql",
            "AISER-SQL-COLUMN",
        ),
        (
            "sql: amount * qty",
            "sql: sum(amount)\n        aggregate: sum",  # an aggregate twice (alone: a ratio metric)
            "AISER-SEM-SQL",
            "metrics[0].sql",
            "put the aggregate in 'aggregate'",
        ),
        (
            "sql: amount * qty",
            "sql: amount; DROP TABLE orders",
            "AISER-SEM-SQL",
            "metrics[0].sql",
            "not a query or several statements",
        ),
        (
            "sql: amount * qty",
            "sql: (SELECT max(amount) FROM orders)",
            "AISER-SEM-SQL",
            "metrics[0].sql",
            "not a query",
        ),
        (
            "filter: status = 'F'",
            "filter: status = 'F' OR pg_sleep(10) IS NULL",
            "AISER-SEM-SQL",
            "metrics[1].filter",
            "AISER-SQL-FUNCTION",
        ),
        (
            "sql: customers.region",
            "sql: suppliers.region",
            "AISER-SEM-SQL",
            "dimensions[0].sql",
            "no table 'suppliers'",
        ),
        (
            "time_column: placed",
            "time_column: shipped",
            "AISER-SEM-TABLE",
            "tables.orders.time_column",
            "no column 'shipped'",
        ),
        (
            "      orders:\n",
            "      order:\n",
            "AISER-SEM-TABLE",
            "tables.order",
            "tables: customers, orders",
        ),
        (
            "      - orders.cust = customers.cust_id",
            "      - orders.cust = clients.id",
            "AISER-SEM-TABLE",
            "joins[0].on",
            "clients.id",
        ),
        (
            "      - name: finished_orders",
            "      - name: Revenue",
            "AISER-SEM-FIELD",
            "metrics[1].name",
            "already the name",
        ),
    ],
)
def test_bad_entries_are_refused_before_anything_runs(shop, old, new, code, field, says):
    engine, semantic = shop
    assert old in SHOP_YAML
    _rewrite(semantic, SHOP_YAML.replace(old, new))
    with pytest.raises(AiserError) as info:
        engine.ask("revenue by region", "shop")
    err = info.value
    assert err.code == code
    assert f"sources.default.{field}" in err.message and "aiser.semantic.yaml line " in err.message
    assert says in err.message
    assert "Traceback" not in err.text


def test_a_verified_plan_that_fails_the_guard_is_refused(shop):
    engine, semantic = shop
    bad = SHOP_YAML + (
        "    verified:\n"
        "      - question: all the secrets\n"
        "        plan: {sql: \"SELECT * FROM read_text('/etc/passwd')\", chart: {mark: bar, encoding: {x: {field: content}}}}\n"
    )
    _rewrite(semantic, bad)
    with pytest.raises(AiserError) as info:
        engine.catalog("shop")
    assert info.value.code == "AISER-SEM-SQL"
    assert "sources.default.verified[0].plan.sql" in info.value.message


def test_the_fingerprint_changes_with_the_file_and_only_then(shop):
    engine, semantic = shop
    first = engine.catalog("shop")
    assert engine.catalog("shop") is first  # unchanged file: the same applied catalog
    _rewrite(semantic, SHOP_YAML.replace("unit: USD", "unit: EUR"))
    second = engine.catalog("shop")
    assert second.fingerprint != first.fingerprint
    assert second.semantic.metric("revenue").unit == "EUR"


def test_an_entry_for_another_alias_leaves_this_source_alone(shop):
    engine, semantic = shop
    _rewrite(semantic, SHOP_YAML.replace("  default:", "  warehouse:"))
    catalog = engine.catalog("shop")
    assert catalog.semantic is None and catalog.table("orders").synonyms == []


def test_the_working_directorys_file_is_found_and_a_named_missing_one_is_an_error(
    tmp_path, shop_db, monkeypatch
):
    (tmp_path / "aiser.semantic.yaml").write_text(SHOP_YAML)
    monkeypatch.chdir(tmp_path)
    engine = Engine(EngineConfig(use_cache=False))
    engine.connect("shop", str(shop_db))
    assert engine.catalog("shop").semantic.metric("sales").name == "revenue"
    with pytest.raises(AiserError) as info:
        engine.use_semantic(tmp_path / "missing.yaml")
    assert info.value.code == "AISER-SEM-FILE"
    monkeypatch.setenv("AISER_SEMANTIC", str(tmp_path / "also-missing.yaml"))
    env_engine = Engine(EngineConfig(use_cache=False))
    env_engine.connect("shop", str(shop_db))
    with pytest.raises(AiserError) as info:
        env_engine.catalog("shop")
    assert info.value.code == "AISER-SEM-FILE"
    engine.close()
    env_engine.close()


def test_a_dimension_through_a_composite_key_joins_on_every_column(tmp_path):
    import duckdb
    from sqlglot import exp

    from aiser_jupyter.engine.semantic.apply import with_joins

    db = tmp_path / "bake.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE bakers(series INT, baker TEXT, occupation TEXT)")
    con.execute("CREATE TABLE challenges(series INT, episode INT, baker TEXT, result TEXT)")
    con.execute("INSERT INTO bakers VALUES (1,'Ann','nurse'),(2,'Ann','pilot'),(2,'Bo','chef')")
    con.execute(
        "INSERT INTO challenges VALUES (1,1,'Ann','IN'),(1,2,'Ann','OUT'),(2,1,'Ann','IN'),(2,1,'Bo','IN')"
    )
    con.close()
    semantic = tmp_path / "bake.yaml"
    semantic.write_text(
        "version: 1\nsources:\n  default:\n    joins:\n"
        "      - challenges.series = bakers.series\n      - challenges.baker = bakers.baker\n"
        "    dimensions:\n      - {name: occupation, table: challenges, sql: bakers.occupation}\n"
    )
    engine = Engine(EngineConfig(use_cache=False, semantic_path=semantic))
    engine.connect("bake", str(db))
    dim = engine.catalog("bake").semantic.dimension("occupation")
    assert sorted(j.column for j in dim.joins) == ["baker", "series"]
    select = with_joins(
        exp.select(dim.tree()).from_(exp.to_table('"challenges"')), dim.table, dim.joins
    )
    src = engine.source("bake")
    rows = src.run(select.sql(dialect="duckdb"), engine.config.limits).column(0).to_pylist()
    assert sorted(rows) == ["chef", "nurse", "nurse", "pilot"]  # one row per challenge: no fan-out
    engine.close()
