"""Fixtures the engine's stage tests share."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest


@pytest.fixture(scope="session")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB file with one table ``sales`` of 100,000 rows: id, ts (a minute apart from
    2020-01-01), category (12 values), product (900), amount and qty (0 to 1000, scattered)."""
    path = tmp_path_factory.mktemp("big") / "big.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE sales AS
        SELECT i AS id,
               TIMESTAMP '2020-01-01' + INTERVAL (i) MINUTE AS ts,
               'cat_' || (i % 12) AS category,
               'product_' || (i % 900) AS product,
               ((hash(i * 7) % 100000) / 100.0)::DOUBLE AS amount,
               ((hash(i * 13) % 100000) / 100.0)::DOUBLE AS qty
        FROM range(100000) t(i)""")
    con.close()
    return path
