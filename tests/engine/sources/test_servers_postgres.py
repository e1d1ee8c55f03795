"""PostgreSQL as a first-class source, against a real throwaway server (tests/pg.py).

Catalog across schemas (``sales.orders`` is reachable as ``orders``), declared FKs
across schemas, views; the engine end to end (the CLI's in tests/test_cli.py); and the server as the
boundary: with the guard bypassed, writes are refused by the read-only transaction,
stacked statements cannot escape it, and a slow query stops at the server-side
``statement_timeout`` leaving the source usable.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import SQLAlchemySource, open_source
from aiser_jupyter.errors import AiserError

pytestmark = pytest.mark.postgres


@pytest.fixture()
def pg(pg_server: Any) -> Iterator[SQLAlchemySource]:
    source = open_source("pg", pg_server.url())
    assert isinstance(source, SQLAlchemySource)
    yield source
    source.close()


def _checksums(pg_server: Any) -> list[Any]:
    with pg_server.admin() as con:
        return [
            con.execute(
                f"SELECT count(*), md5(string_agg(t::text, ',' ORDER BY t::text)) FROM {t} t"
            ).fetchone()
            for t in ("regions", "customers", "products", "sales.orders", "sales.order_lines")
        ] + [
            con.execute(
                "SELECT count(*) FROM pg_class WHERE relnamespace::regnamespace::text "
                "IN ('public', 'sales')"
            ).fetchone()
        ]


def test_plain_postgresql_url_uses_the_installed_driver(pg_server: Any) -> None:
    source = open_source("pg_plain", pg_server.url(driver="postgresql"))
    try:
        assert source.dialect == "postgres"
        assert source.run("SELECT 1 AS one", Limits()).to_pylist() == [{"one": 1}]
    finally:
        source.close()


def test_catalog_covers_schemas_foreign_keys_and_views(pg: SQLAlchemySource) -> None:
    tables, joins = pg.describe()
    kinds = {t.name: t.kind for t in tables}
    assert kinds == {
        "regions": "table",
        "categories": "table",
        "products": "table",
        "customers": "table",
        "orders": "table",
        "order_lines": "table",
        "order_totals": "view",
    }
    pairs = {(j.table, j.column, j.ref_table) for j in joins}
    assert {
        ("orders", "customer_id", "customers"),
        ("order_lines", "order_id", "orders"),
        ("order_lines", "product_id", "products"),
        ("customers", "region_id", "regions"),
    } <= pairs
    orders = next(t for t in tables if t.name == "orders")
    assert orders.primary_key == ["order_id"]
    # plain names of a non-public schema resolve in generated SQL
    assert pg.run("SELECT count(*) AS n FROM order_totals", Limits()).to_pylist() == [{"n": 6000}]


def test_generated_sql_runs_read_only_with_a_server_timeout(pg: SQLAlchemySource) -> None:
    row = pg.run(
        "SELECT current_setting('transaction_read_only') AS ro, "
        "current_setting('statement_timeout') AS st",
        Limits(timeout=2),
    ).to_pylist()
    assert row == [{"ro": "on", "st": "2s"}]


def test_percent_signs_are_literals(pg: SQLAlchemySource) -> None:
    rows = pg.run(
        "SELECT name FROM regions WHERE name LIKE '%th' ORDER BY name", Limits()
    ).to_pylist()
    assert rows == [{"name": "North"}, {"name": "South"}]


def test_engine_answers_total_revenue_by_region(pg_server: Any, engine: Any) -> None:
    answer = engine.ask("total revenue by region", source=pg_server.url())
    with pg_server.admin() as con:
        expected = dict(
            con.execute(
                "SELECT r.name, sum(l.revenue) FROM sales.order_lines l JOIN sales.orders o USING (order_id) "
                "JOIN customers c USING (customer_id) JOIN regions r USING (region_id) GROUP BY 1"
            ).fetchall()
        )
    got = dict(zip(answer.df.iloc[:, 0], answer.df.iloc[:, 1], strict=True))
    assert got == pytest.approx({k: float(v) for k, v in expected.items()})
    assert answer.figure.data


WRITES = [
    "DELETE FROM order_lines",
    "INSERT INTO regions VALUES (99, 'Nowhere')",
    "UPDATE regions SET name = 'x'",
    "CREATE TABLE pwned (x int)",
    "DROP VIEW order_totals",
    "TRUNCATE order_lines",
    "WITH gone AS (DELETE FROM order_lines RETURNING *) SELECT count(*) FROM gone",
    "SELECT * FROM regions FOR UPDATE",
    "SELECT * INTO pwned FROM regions",
    "SET TRANSACTION READ WRITE; DELETE FROM order_lines",
    "COMMIT; DELETE FROM order_lines",
    "ROLLBACK; CREATE TABLE pwned (x int)",
    "SELECT 1; DELETE FROM order_lines",
    "ALTER TABLE regions ADD COLUMN pwned int",
    "GRANT ALL ON regions TO PUBLIC",
    "COPY regions TO STDOUT",
    "VACUUM regions",
]


def test_writes_are_refused_by_the_server_without_the_guard(
    pg: SQLAlchemySource, pg_server: Any
) -> None:
    before = _checksums(pg_server)
    for sql in WRITES:
        try:
            got = pg.run(sql, Limits(timeout=5)).to_pylist()
        except AiserError as exc:
            assert exc.code == "AISER-DB-EXEC", sql
        else:
            pytest.fail(f"{sql} ran: {got}")
    # a session setting does not outlive the (rolled back) read-only transaction
    pg.run("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", Limits())
    with pytest.raises(AiserError):
        pg.run("DELETE FROM order_lines", Limits())
    assert _checksums(pg_server) == before
    assert pg.run("SELECT count(*) AS n FROM regions", Limits()).to_pylist() == [{"n": 5}]


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT pg_sleep(10)",
        "SELECT count(*) FROM generate_series(1, 100000) a, generate_series(1, 100000) b",
    ],
)
def test_slow_query_times_out_and_the_source_stays_usable(pg: SQLAlchemySource, sql: str) -> None:
    started = time.monotonic()
    with pytest.raises(AiserError) as info:
        pg.run(sql, Limits(timeout=0.5))
    elapsed = time.monotonic() - started
    assert info.value.code == "AISER-DB-TIMEOUT"
    # below the queries' own time (10 s of sleep, minutes of cross join), not a speed: a busy
    # machine took 2.4 s to cancel
    assert elapsed < 8.0
    assert pg.run("SELECT count(*) AS n FROM regions", Limits()).to_pylist() == [{"n": 5}]


def test_server_side_timeout_holds_without_the_client_deadline(pg: SQLAlchemySource) -> None:
    # Limits.timeout drives both; here only the server's statement_timeout can stop the query.
    with pg.engine.connect() as con, con.begin():
        from aiser_jupyter.engine.sources import servers

        servers.begin_read_only(con, "postgres", 0.3)
        started = time.monotonic()
        with pytest.raises(Exception, match="statement timeout"):
            servers.execute(con.connection.dbapi_connection, "SELECT pg_sleep(5)", 1)
    assert time.monotonic() - started < 4.0  # stopped before the 5 s sleep ended


def test_result_size_cap(pg: SQLAlchemySource) -> None:
    with pytest.raises(AiserError) as info:
        pg.run(
            "SELECT repeat('x', 1000) AS s FROM generate_series(1, 1000)", Limits(max_bytes=100_000)
        )
    assert info.value.code == "AISER-DB-TOO-LARGE"
