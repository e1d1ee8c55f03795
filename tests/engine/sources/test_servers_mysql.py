"""MariaDB/MySQL as a source, against a real throwaway server (tests/mariadb_server.py)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from mariadb_server import MariaServer

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import SQLAlchemySource, open_source
from aiser_jupyter.errors import AiserError

pytestmark = pytest.mark.mysql


@pytest.fixture(scope="module")
def mysql_url(mariadb: MariaServer) -> str:
    return mariadb.url


@pytest.fixture()
def my(mysql_url: str) -> Iterator[SQLAlchemySource]:
    source = open_source("my", mysql_url)
    assert isinstance(source, SQLAlchemySource)
    yield source
    source.close()


def test_catalog_keys_and_views(my: SQLAlchemySource) -> None:
    tables, joins = my.describe()
    assert {t.name: t.kind for t in tables} == {
        "regions": "table",
        "customers": "table",
        "big_customers": "view",
    }
    assert [(j.table, j.column, j.ref_table) for j in joins] == [
        ("customers", "region_id", "regions")
    ]
    assert my.run(
        "SELECT name FROM regions WHERE name LIKE '%th' ORDER BY name", Limits()
    ).to_pylist() == [{"name": "North"}, {"name": "South"}]


def test_engine_answers_on_mariadb(mysql_url: str, engine: Any) -> None:
    answer = engine.ask("number of customers by region", source=mysql_url)
    assert int(answer.df.iloc[:, 1].sum()) == 5000


DML = [
    "DELETE FROM customers",
    "INSERT INTO regions VALUES (9, 'x')",
    "UPDATE regions SET name = 'x'",
    "SELECT 1; DELETE FROM customers",
    "COMMIT; DELETE FROM customers",
]
#: DDL commits implicitly in MySQL/MariaDB: a read-only transaction cannot stop it, only the
#: account's grants can (the guard refuses it first) — so connect with a SELECT-only account.
DDL = [
    "CREATE TABLE pwned (x INT)",
    "DROP VIEW big_customers",
    "ALTER TABLE regions ADD COLUMN x INT",
    "DELETE FROM customers",
]


@pytest.mark.parametrize("sql", DML)
def test_writes_are_refused_by_the_read_only_transaction(my: SQLAlchemySource, sql: str) -> None:
    with pytest.raises(AiserError) as info:
        my.run(sql, Limits(timeout=5))
    assert info.value.code == "AISER-DB-EXEC"
    assert my.run("SELECT count(*) AS n FROM customers", Limits()).to_pylist() == [{"n": 5000}]


@pytest.mark.parametrize("sql", DDL)
def test_ddl_is_refused_for_a_select_only_account(mysql_url: str, sql: str) -> None:
    source = open_source("my_reader", mysql_url.replace("//aiser:", "//reader:"))
    try:
        with pytest.raises(AiserError) as info:
            source.run(sql, Limits(timeout=5))
        assert info.value.code == "AISER-DB-EXEC"
        assert {t.name for t in source.describe()[0]} == {"regions", "customers", "big_customers"}
    finally:
        source.close()


def test_slow_query_times_out_and_the_source_stays_usable(my: SQLAlchemySource) -> None:
    started = time.monotonic()
    with pytest.raises(AiserError) as info:
        my.run("SELECT count(*) FROM customers a, customers b, customers c", Limits(timeout=0.5))
    assert info.value.code == "AISER-DB-TIMEOUT"
    assert time.monotonic() - started < 2.0
    assert my.run("SELECT count(*) AS n FROM regions", Limits()).to_pylist() == [{"n": 5}]


def test_double_quoted_words_are_strings_as_the_server_reads_them(
    my: SQLAlchemySource, mysql_url: str, engine: Any
) -> None:
    """MariaDB without ANSI_QUOTES reads "North" as text; the guard's parser reads it so too."""
    from aiser_jupyter.engine.plan import ChartPlan

    sql = 'SELECT name AS x, region_id AS y FROM regions WHERE name = "North" OR name = "name"'
    expected = sorted(tuple(r.values()) for r in my.run(sql, Limits()).to_pylist())
    assert expected  # the server found "North" as a value
    plan = ChartPlan.model_validate(
        {
            "sql": sql,
            "chart": {"mark": "bar", "encoding": {"x": {"field": "x"}, "y": {"field": "y"}}},
        }
    )
    alias = engine.user_source(mysql_url).alias
    answer = engine.run_plan(plan, alias)
    assert sorted(zip(answer.df["x"], answer.df["y"], strict=True)) == expected
