"""The SQL guard: hostile SQL is refused with the right code; benign analytics pass and run."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlglot
from sql_corpus import BENIGN, HOSTILE, TABLES
from sqlglot import exp

from aiser_jupyter.engine.sql.guard import MAX_SQL_CHARS, guard_sql, render
from aiser_jupyter.errors import AiserError


def _id(row: dict[str, Any]) -> str:
    return f"{row['dialect']}:{row.get('category', 'benign')}:{row['sql'][:50]}"


def refusal(sql: str, dialect: str = "duckdb", tables: tuple[str, ...] = TABLES) -> AiserError:
    with pytest.raises(AiserError) as info:
        guard_sql(sql, dialect=dialect, tables=tables)
    return info.value


# --------------------------------------------------------------------------- corpus
def test_corpus_sizes_and_categories() -> None:
    assert len(HOSTILE) >= 300
    assert {r["category"] for r in HOSTILE} >= {
        "writes",
        "ddl",
        "file",
        "network",
        "system_catalog",
        "settings",
        "stacked",
        "comments",
        "dos",
        "locking",
        "functions",
    }
    assert {r["dialect"] for r in HOSTILE} >= {"duckdb", "sqlite", "postgres", "mysql"}
    assert sum(r["dialect"] in ("duckdb", "sqlite") for r in BENIGN) >= 100


@pytest.mark.parametrize("row", HOSTILE, ids=_id)
def test_hostile_sql_is_refused_with_its_code(row: dict[str, Any]) -> None:
    error = refusal(row["sql"], row["dialect"])
    assert error.code == row["code"], error.message
    assert len(error.text) < 500  # never echoes huge input


@pytest.mark.parametrize("row", BENIGN, ids=_id)
def test_benign_sql_is_accepted_and_renders(row: dict[str, Any]) -> None:
    tree = guard_sql(row["sql"], dialect=row["dialect"], tables=TABLES, max_rows=500)
    assert isinstance(tree, exp.Select | exp.SetOperation)
    sql = render(tree, row["dialect"])
    tokens = sqlglot.Dialect.get_or_raise(row["dialect"]).tokenize(sql)
    assert not any(t.comments for t in tokens)  # comments never reach the database
    # The rendered SQL is itself accepted (a fixed point), so re-guarding is safe.
    guard_sql(sql, dialect=row["dialect"], tables=TABLES, max_rows=500)


@pytest.fixture(scope="module")
def duck(demo_path: Path) -> Iterator[Any]:
    import duckdb

    con = duckdb.connect(str(demo_path), read_only=True)
    yield con
    con.close()


@pytest.mark.parametrize("row", [r for r in BENIGN if r["dialect"] == "duckdb"], ids=_id)
def test_benign_duckdb_runs_on_the_demo(row: dict[str, Any], duck: Any) -> None:
    sql = render(guard_sql(row["sql"], dialect="duckdb", tables=TABLES, max_rows=500), "duckdb")
    rows = duck.sql(sql).fetchall()
    assert len(rows) <= 500


@pytest.mark.parametrize("row", [r for r in BENIGN if r["dialect"] == "sqlite"], ids=_id)
def test_benign_sqlite_runs_on_a_copy(row: dict[str, Any], sqlite_demo: Path) -> None:
    sql = render(guard_sql(row["sql"], dialect="sqlite", tables=TABLES, max_rows=500), "sqlite")
    con = sqlite3.connect(f"file:{sqlite_demo}?mode=ro", uri=True)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    assert len(rows) <= 500


# --------------------------------------------------------------------------- ClickHouse
EXTRA_HOSTILE = [  # (sql, code) beyond the shared corpus
    ("SELECT * FROM system.processes", "AISER-SQL-TABLE"),
    ("SELECT * FROM system.settings", "AISER-SQL-TABLE"),
    ("SELECT count() FROM orders SETTINGS readonly = 0", "AISER-SQL-CLAUSE"),
    ("SELECT * FROM urlCluster('default', 'http://127.0.0.1:9/x', 'CSV')", "AISER-SQL-FUNCTION"),
    ("SELECT * FROM hdfs('hdfs://127.0.0.1:9/x', 'CSV')", "AISER-SQL-FUNCTION"),
    ("SELECT * FROM postgresql('127.0.0.1:9', 'db', 't', 'u', 'p')", "AISER-SQL-FUNCTION"),
    ("INSERT INTO FUNCTION file('/tmp/aiser-pwned.csv', 'CSV') SELECT 1", "AISER-SQL-NOT-SELECT"),
    ("ALTER TABLE orders DELETE WHERE 1", "AISER-SQL-NOT-SELECT"),
    ("SELECT 1; DROP TABLE orders", "AISER-SQL-MULTIPLE"),
]
CLICKHOUSE_HOSTILE = [(r["sql"], r["code"]) for r in HOSTILE if r["dialect"] == "clickhouse"]
CLICKHOUSE_HOSTILE += EXTRA_HOSTILE


def test_the_corpus_has_a_dozen_clickhouse_entries() -> None:
    assert len(CLICKHOUSE_HOSTILE) >= 12


@pytest.mark.parametrize(("sql", "code"), CLICKHOUSE_HOSTILE)
def test_hostile_clickhouse_sql_is_refused_by_the_guard(sql: str, code: str) -> None:
    with pytest.raises(AiserError) as info:
        guard_sql(sql, dialect="clickhouse", tables=set(TABLES))
    assert info.value.code.startswith("AISER-SQL-"), sql
    assert info.value.code == code, sql


# --------------------------------------------------------------------------- behaviour
@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT * FROM orders", "SELECT * FROM orders LIMIT 100"),
        ("SELECT * FROM orders LIMIT 5", "SELECT * FROM orders LIMIT 5"),
        ("SELECT * FROM orders LIMIT 100000", "SELECT * FROM orders LIMIT 100"),
        ("SELECT * FROM orders LIMIT 10 OFFSET 20", "SELECT * FROM orders LIMIT 10 OFFSET 20"),
        ("SELECT 1 UNION ALL SELECT 2", "SELECT 1 UNION ALL SELECT 2 LIMIT 100"),
        (
            "SELECT * FROM (SELECT * FROM orders LIMIT 1000) t",
            "SELECT * FROM (SELECT * FROM orders LIMIT 1000) AS t LIMIT 100",
        ),
        ("SELECT * FROM orders LIMIT (SELECT 5000)", "SELECT * FROM orders LIMIT 100"),
        ("(SELECT name FROM regions)", "SELECT name FROM regions LIMIT 100"),
    ],
)
def test_outermost_limit_is_clamped(sql: str, expected: str) -> None:
    assert (
        render(guard_sql(sql, dialect="duckdb", tables=TABLES, max_rows=100), "duckdb") == expected
    )


def test_limit_untouched_without_max_rows() -> None:
    tree = guard_sql("SELECT * FROM orders LIMIT 100000", dialect="duckdb", tables=TABLES)
    assert render(tree, "duckdb") == "SELECT * FROM orders LIMIT 100000"
    assert "LIMIT" not in render(guard_sql("SELECT 1", dialect="duckdb", tables=()), "duckdb")


def test_postgres_fetch_first_becomes_a_clamped_limit() -> None:
    tree = guard_sql(
        "SELECT name FROM regions FETCH FIRST 500 ROWS ONLY",
        dialect="postgres",
        tables=TABLES,
        max_rows=10,
    )
    assert render(tree, "postgres") == "SELECT name FROM regions LIMIT 10"


def test_tables_are_case_insensitive_and_ctes_count() -> None:
    guard_sql("SELECT * FROM ORDERS", dialect="duckdb", tables=["Orders"])
    guard_sql("WITH x AS (SELECT 1 AS a) SELECT * FROM x", dialect="duckdb", tables=[])
    assert refusal("SELECT * FROM x", tables=()).code == "AISER-SQL-TABLE"


def test_cte_scope_has_no_forward_references() -> None:
    sql = "WITH a AS (SELECT * FROM b), b AS (SELECT 1 AS x) SELECT * FROM a"
    assert refusal(sql, "postgres", tables=()).code == "AISER-SQL-TABLE"
    recursive = "WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r"
    guard_sql(recursive, dialect="postgres", tables=())


def test_comments_and_hints_never_reach_the_rendered_sql() -> None:
    tree = guard_sql(
        "SELECT /* x */ name -- y\nFROM regions /* z */", dialect="mysql", tables=TABLES
    )
    assert render(tree, "mysql") == "SELECT name FROM regions"


@pytest.mark.parametrize(
    ("sql", "needle"),
    [
        ("SELECT pg_read_file('/etc/passwd')", "pg_read_file"),
        ("SELECT * FROM read_csv('/x')", "READ_CSV"),
        ("DROP TABLE orders", "DROP"),
        ("SELECT * FROM secret_table", "secret_table"),
        ("SELECT * FROM orders FOR UPDATE", "FOR UPDATE"),
    ],
)
def test_messages_name_what_was_refused(sql: str, needle: str) -> None:
    assert needle.lower() in refusal(sql, "postgres").message.lower()


def test_too_long_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    from aiser_jupyter.engine.sql import guard

    def never(*args: Any) -> Any:
        raise AssertionError("the text was parsed")

    monkeypatch.setattr(guard, "_parse", never)
    error = refusal("SELECT 1 FROM orders WHERE " + "x = 1 AND " * (MAX_SQL_CHARS // 10) + "TRUE")
    assert error.code == "AISER-SQL-TOO-LONG"


@pytest.mark.parametrize("value", [None, 42, b"SELECT 1", "", "   ", ";", "-- only a comment"])
def test_odd_inputs_are_parse_refusals(value: Any) -> None:
    with pytest.raises(AiserError) as info:
        guard_sql(value, dialect="duckdb", tables=TABLES)
    assert info.value.code == "AISER-SQL-PARSE"
