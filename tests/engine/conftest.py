"""Fixtures the engine's stage tests share."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine


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


@pytest.fixture()
def big_engine(big: Path) -> Iterator[Engine]:
    """An engine (rules planner, no plan cache) with ``big`` connected as ``big``."""
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    eng.connect("big", str(big))
    yield eng
    eng.close()


@pytest.fixture(scope="session")
def big_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with one table ``sales`` of 20,000 rows: id, amount, qty, product (90)."""
    path = tmp_path_factory.mktemp("lite") / "big.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE sales (id INTEGER PRIMARY KEY, amount REAL, qty REAL, product TEXT)")
    con.executemany(
        "INSERT INTO sales VALUES (?, ?, ?, ?)",
        ((i, (i * 7919) % 1000 / 10, (i * 104729) % 997 / 10, f"p{i % 90}") for i in range(20_000)),
    )
    con.commit()
    con.close()
    return path
