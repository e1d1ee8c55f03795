"""Telling SQL from words (sql/detect.py): SQL is charted or refused as SQL, never planned as words."""

from __future__ import annotations

import pytest

from aiser_jupyter.engine.sql.detect import is_sql


@pytest.mark.parametrize(
    "text",
    [
        "SELECT channel, count(*) FROM orders GROUP BY 1",
        "  select 1",
        "WITH t AS (SELECT 1) SELECT * FROM t",
        "(SELECT name FROM regions)",
        "FROM orders SELECT channel",  # DuckDB's FROM-first
        "VALUES (1), (2)",
        "TABLE orders",
        "-- revenue by region\nSELECT 1",
        "/* a comment */ SELECT 1",
        "EXPLAIN SELECT 1",
        "DESCRIBE orders",
    ],
)
def test_reads_are_sql(text: str) -> None:
    assert is_sql(text)


@pytest.mark.parametrize(
    "text",
    [
        "DROP TABLE orders",
        "delete from orders",
        "INSERT INTO regions VALUES (9, 'x')",
        "UPDATE orders SET total = 0",
        "CREATE TABLE t (x int)",
        "ATTACH 'other.db' AS o",
        "COPY orders TO '/tmp/x.csv'",
        "PRAGMA table_info(orders)",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET memory_limit = '1GB'",
        "SET search_path TO public",
        "SHOW TABLES",
        "GRANT ALL ON orders TO public",
        "REPLACE INTO regions VALUES (1, 'x')",
        "BEGIN",
        "USE shop;",
        "CALL pragma_version()",
        "LOAD httpfs",
        "EXPORT DATABASE 'dump'",
        "ANALYZE orders",
        "MERGE INTO orders USING staged ON orders.id = staged.id WHEN MATCHED THEN DELETE",
        "COPY orders TO 'x.csv'",
    ],
)
def test_writes_and_commands_are_sql_so_the_guard_refuses_them(text: str) -> None:
    assert is_sql(text)


@pytest.mark.parametrize(
    "text",
    [
        "total revenue by region",
        "show me revenue by month",
        "set of customers by segment",
        "use revenue by channel",
        "describe the revenue by region over time",
        "tables by size",
        "call length by agent",
        "load factor by airline per year",
        "values by region",
        "with revenue by store",
        "table of revenue by region",
        "from 2010, revenue by region",
        "export value by country?",
        "merge rate by month",
        "",
        "   ",
    ],
)
def test_questions_in_words_are_not_sql(text: str) -> None:
    assert not is_sql(text)
