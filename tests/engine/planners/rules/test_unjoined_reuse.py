"""A catalog planned again without one table (rules/unjoined.py) reuses its parent's per-table
work (catalog/model.py ``Catalog.per_table``): what it links and plans must be what a catalog
built afresh without that table links and plans."""

from __future__ import annotations

import duckdb
import pytest

from aiser_jupyter.engine.catalog.model import Catalog
from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.base import PlanContext
from aiser_jupyter.engine.planners.linker import Linker
from aiser_jupyter.engine.planners.rules.link import linker
from aiser_jupyter.engine.planners.rules.planner import RulesPlanner
from aiser_jupyter.errors import AiserError

QUESTIONS = [
    "number of orders per order status",
    "total amount of line items by product",
    "coffee imports by year",
    "total quantity by region",
    "average price of products per category",
    "number of line items per order",
]


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    path = tmp_path_factory.mktemp("reuse") / "shop.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE orders AS SELECT i AS order_id, CASE i % 3 WHEN 0 THEN 'open' "
        "WHEN 1 THEN 'closed' ELSE 'pending' END AS order_status FROM range(60) t(i)"
    )
    # order_id names "orders" only while no table is named orders (linker column phrases)
    con.execute(
        "CREATE TABLE line_items AS SELECT i % 60 AS order_id, 'product ' || (i % 7) AS "
        "product, (i * 37) % 100 / 10.0 AS amount, i % 5 AS quantity, "
        "CASE i % 4 WHEN 0 THEN 'North' WHEN 1 THEN 'South' ELSE 'East' END AS region "
        "FROM range(400) t(i)"
    )
    con.execute(
        "CREATE TABLE products AS SELECT 'product ' || i AS name, "
        "CASE i % 2 WHEN 0 THEN 'tools' ELSE 'toys' END AS category, i * 1.5 AS price "
        "FROM range(7) t(i)"
    )
    con.execute(
        "CREATE TABLE coffee_imports AS SELECT 'country ' || (i % 9) AS country, "
        "2000 + i % 12 AS year, i * 3.0 AS value FROM range(108) t(i)"
    )
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("shop", str(path))
    return engine.catalog("shop")


def _fresh(catalog: Catalog, name: str) -> Catalog:
    """``catalog`` without table ``name``, built afresh: no part shared with ``catalog``."""
    return Catalog(
        source=catalog.source,
        dialect=catalog.dialect,
        tables=[t for t in catalog.tables if t.name != name],
        joins=[j for j in catalog.joins if name not in (j.table, j.ref_table)],
    )


def _shown(lk: Linker) -> tuple[object, ...]:
    def entry(e: tuple[object, ...]) -> tuple[object, ...]:
        return tuple(getattr(x, "name", x) for x in e)

    phrases = [(k, [entry(e) for e in v]) for k, v in lk.phrases.items()]
    values = [(k, [entry(e) for e in v]) for k, v in lk.values.items()]
    return phrases, values, sorted(lk.clipped)


def _planned(catalog: Catalog, question: str) -> str:
    try:
        return RulesPlanner().plan(question, catalog, PlanContext(dialect="duckdb")).sql
    except AiserError as e:
        return e.code


@pytest.mark.parametrize("left_out", ["orders", "coffee_imports", "products"])
def test_a_catalog_without_a_table_links_as_one_built_afresh(
    catalog: Catalog, left_out: str
) -> None:
    linker(catalog)  # the parent's parts are built first, then reused
    fewer = catalog.without(left_out)
    assert fewer.table(left_out) is None and catalog.table(left_out) is not None
    assert _shown(linker(fewer)) == _shown(Linker(_fresh(catalog, left_out)))


def test_leaving_out_the_orders_table_lets_order_id_name_the_orders(catalog: Catalog) -> None:
    """The part of line_items depends on the other tables' names: not reused blindly."""
    with_orders = linker(catalog).phrases.get(("order",), [])
    without = linker(catalog.without("orders")).phrases.get(("order",), [])
    assert not any(c is not None and c.name == "order_id" for _, _, c, _ in with_orders)
    assert any(c is not None and c.name == "order_id" for _, _, c, _ in without)


@pytest.mark.parametrize("left_out", ["orders", "coffee_imports", "products"])
def test_a_catalog_without_a_table_plans_as_one_built_afresh(
    catalog: Catalog, left_out: str
) -> None:
    for question in QUESTIONS:
        _planned(catalog, question)
    fewer, fresh = catalog.without(left_out), _fresh(catalog, left_out)
    assert [_planned(fewer, q) for q in QUESTIONS] == [_planned(fresh, q) for q in QUESTIONS]
