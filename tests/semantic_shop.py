"""A small shop database in DuckDB whose join the schema cannot show (``orders.cust`` →
``customers.cust_id``), and a semantic layer file for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine

SHOP_YAML = """\
# the shop's semantic layer (a comment that writes keep)
version: 1
sources:
  default:
    tables:
      orders:
        description: One row per order.
        synonyms: [purchases]
        time_column: placed
        columns:
          amount: {description: Unit price in USD, synonyms: [price]}
    joins:
      - orders.cust = customers.cust_id
    metrics:
      - name: revenue
        table: orders
        sql: amount * qty
        synonyms: [sales, turnover]
        unit: USD
      - name: finished_orders
        table: orders
        sql: order_id
        aggregate: distinct
        filter: status = 'F'
    dimensions:
      - name: customer_region
        table: orders
        sql: customers.region
        synonyms: [region]
"""


def make_shop(path: Path) -> Path:
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE customers(cust_id INT, cust_name TEXT, region TEXT)")
    con.execute(
        "CREATE TABLE orders(order_id INT, cust INT, amount DOUBLE, qty INT, status TEXT, placed DATE)"
    )
    con.execute("INSERT INTO customers VALUES (1,'Ann','north'),(2,'Bo','south'),(3,'Cy','east')")
    con.execute(
        """INSERT INTO orders VALUES
        (1,1,10,1,'F','2024-01-02'),(2,2,20,2,'O','2024-02-03'),(3,1,5,3,'F','2025-03-01'),
        (4,3,7,2,'F','2025-04-11'),(5,2,3,5,'F','2025-06-30'),(6,3,9,1,'O','2024-11-05')"""
    )
    con.close()
    return path


@pytest.fixture()
def shop_db(tmp_path: Path) -> Path:
    return make_shop(tmp_path / "shop.duckdb")


@pytest.fixture()
def shop(tmp_path: Path, shop_db: Path) -> Iterator[tuple[Engine, Path]]:
    """An engine on the shop with ``aiser.semantic.yaml`` (SHOP_YAML) as its file."""
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(SHOP_YAML)
    engine = Engine(EngineConfig(planner="rules", use_cache=False, semantic_path=semantic))
    engine.connect("shop", str(shop_db))
    yield engine, semantic
    engine.close()
