"""The rule planner measures with the semantic layer's metrics and groups by its dimensions:
golden questions over a small DuckDB shop, each plan executed and its numbers checked
against SQL written by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from answers import plotted, truth

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError

# lines → orders → customers → regions (the customer's region), and lines → suppliers →
# regions (the supplier's, one join shorter): the dimension says which one it means
SHOP_YAML = """\
version: 1
sources:
  default:
    tables:
      lines:
        time_column: shipped
        columns:
          price: {synonyms: [revenue]}
    joins:
      - lines.order_id = orders.order_id
      - lines.sup = suppliers.sup_id
      - orders.cust = customers.cust_id
      - customers.region_id = regions.region_id
      - suppliers.region_id = regions.region_id
    metrics:
      - {name: revenue, table: lines, sql: price * qty * (1 - discount), unit: USD, synonyms: [net sales]}
      - {name: refunds, table: lines, sql: price * qty, filter: "flag = 'R'", synonyms: [refunded value]}
      - {name: orders_placed, table: orders, sql: order_id, aggregate: distinct}
    dimensions:
      - {name: customer_region, table: orders, sql: regions.region_name}
      - name: size_band
        table: lines
        sql: "CASE WHEN qty >= 10 THEN 'bulk' ELSE 'single' END"
      - {name: order_year, table: orders, sql: year(placed)}
"""

SHOP_SQL = """
CREATE TABLE regions(region_id INT, region_name TEXT);
INSERT INTO regions VALUES (1, 'north'), (2, 'south');
CREATE TABLE customers(cust_id INT, cust_name TEXT, region_id INT);
INSERT INTO customers VALUES (1, 'Ann', 1), (2, 'Bo', 2), (3, 'Cy', 2);
CREATE TABLE suppliers(sup_id INT, sup_name TEXT, region_id INT);
INSERT INTO suppliers VALUES (1, 'Acme', 1), (2, 'Bolt', 2);
CREATE TABLE orders(order_id INT, cust INT, placed DATE, status TEXT);
INSERT INTO orders VALUES (1, 1, '2024-03-01', 'F'), (2, 2, '2024-07-09', 'F'),
  (3, 3, '2025-01-15', 'O'), (4, 1, '2025-05-20', 'F');
CREATE TABLE lines(line_id INT, order_id INT, sup INT, price DOUBLE, qty INT,
  discount DOUBLE, flag TEXT, shipped DATE);
INSERT INTO lines VALUES
  (1, 1, 2, 10.0, 12, 0.1, 'N', '2024-03-02'), (2, 1, 1, 4.0, 1, 0.0, 'R', '2024-03-03'),
  (3, 2, 1, 7.5, 2, 0.2, 'N', '2024-07-10'), (4, 3, 2, 3.0, 20, 0.05, 'R', '2025-01-16'),
  (5, 4, 1, 2.0, 5, 0.0, 'N', '2025-05-21'), (6, 4, 2, 9.0, 11, 0.1, 'N', '2025-05-22');
"""

BY_CUSTOMER_REGION = """
FROM lines JOIN orders USING (order_id) JOIN customers ON cust = cust_id
JOIN regions ON customers.region_id = regions.region_id
"""


@pytest.fixture()
def shop(tmp_path: Path) -> Iterator[tuple[Engine, Path]]:
    db = tmp_path / "shop.duckdb"
    con = duckdb.connect(str(db))
    con.execute(SHOP_SQL)
    con.close()
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(SHOP_YAML)
    engine = Engine(EngineConfig(planner="rules", use_cache=False, semantic_path=semantic))
    engine.connect("shop", str(db))
    yield engine, db
    engine.close()


def test_a_metric_synonym_measures_its_expression_grouped_by_a_dimension_through_its_joins(
    shop: tuple[Engine, Path],
) -> None:
    engine, db = shop
    answer = engine.ask("net sales by customer region", "shop")
    prov = answer.plan.provenance
    assert prov is not None and prov.kind == "semantic"
    assert prov.semantic == ["revenue", "customer_region"]
    assert answer.plan.chart.encoding.y is not None
    assert answer.plan.chart.encoding.y.title == "Revenue (USD)"
    want = truth(
        db,
        f"SELECT region_name, SUM(price * qty * (1 - discount)) {BY_CUSTOMER_REGION} GROUP BY 1",
        approx=True,
    )
    by_supplier = truth(
        db,
        "SELECT region_name, SUM(price * qty * (1 - discount)) FROM lines JOIN suppliers "
        "ON sup = sup_id JOIN regions USING (region_id) GROUP BY 1",
        approx=True,
    )
    assert want != by_supplier  # the shorter join would give other numbers
    assert plotted(answer) == want


def test_a_metric_outranks_a_column_the_same_word_names(shop: tuple[Engine, Path]) -> None:
    engine, db = shop
    answer = engine.ask("revenue per year", "shop")  # price's synonym is also 'revenue'
    want = truth(
        db,
        "SELECT year(shipped), SUM(price * qty * (1 - discount)) FROM lines GROUP BY 1",
        approx=True,
    )
    assert {int(str(k)[:4]): v for k, v in plotted(answer).items()} == want
    assert "price * lines.qty" in answer.plan.sql or "price * qty" in answer.plan.sql


def test_a_metric_with_a_filter_counts_only_its_rows(shop: tuple[Engine, Path]) -> None:
    engine, db = shop
    answer = engine.ask("refunds by customer region", "shop")
    assert "'R'" in answer.plan.sql
    want = truth(
        db,
        f"SELECT region_name, SUM(price * qty) {BY_CUSTOMER_REGION} WHERE flag = 'R' GROUP BY 1",
        approx=True,
    )
    assert plotted(answer) == want
    assert answer.plan.provenance is not None
    assert answer.plan.provenance.semantic == ["refunds", "customer_region"]


def test_an_aggregate_word_applies_to_the_metric_expression(shop: tuple[Engine, Path]) -> None:
    engine, db = shop
    answer = engine.ask("average revenue by customer region", "shop")
    want = truth(
        db,
        f"SELECT region_name, AVG(price * qty * (1 - discount)) {BY_CUSTOMER_REGION} GROUP BY 1",
        approx=True,
    )
    assert plotted(answer) == want
    assert answer.plan.chart.encoding.y is not None
    assert answer.plan.chart.encoding.y.title == "Average revenue (USD)"


def test_a_derived_dimension_groups_by_its_expression(shop: tuple[Engine, Path]) -> None:
    engine, db = shop
    answer = engine.ask("revenue by size band", "shop")
    want = truth(
        db,
        "SELECT CASE WHEN qty >= 10 THEN 'bulk' ELSE 'single' END, "
        "SUM(price * qty * (1 - discount)) FROM lines GROUP BY 1",
        approx=True,
    )
    assert plotted(answer) == want
    assert answer.plan.provenance is not None
    assert answer.plan.provenance.semantic == ["revenue", "size_band"]


def test_a_value_of_a_derived_dimension_keeps_its_rows(shop: tuple[Engine, Path]) -> None:
    engine, db = shop
    answer = engine.ask("bulk revenue by customer region", "shop")
    want = truth(
        db,
        f"SELECT region_name, SUM(price * qty * (1 - discount)) {BY_CUSTOMER_REGION} "
        "WHERE qty >= 10 GROUP BY 1",
        approx=True,
    )
    assert plotted(answer) == want
    assert answer.plan.provenance is not None
    assert set(answer.plan.provenance.semantic) == {"revenue", "customer_region", "size_band"}


def test_a_count_metric_by_a_calendar_dimension(shop: tuple[Engine, Path]) -> None:
    engine, db = shop
    answer = engine.ask("orders placed by order year", "shop")
    want = truth(
        db, "SELECT year(placed), COUNT(DISTINCT order_id) FROM orders GROUP BY 1", approx=True
    )
    assert plotted(answer) == want


def test_a_comparison_on_a_metric_keeps_the_groups_that_pass(shop: tuple[Engine, Path]) -> None:
    engine, db = shop
    answer = engine.ask("customer regions with revenue above 100", "shop")
    totals = truth(
        db,
        f"SELECT region_name, SUM(price * qty * (1 - discount)) {BY_CUSTOMER_REGION} GROUP BY 1",
        approx=True,
    )
    want = {k: v for k, v in totals.items() if v.expected > 100}
    assert 0 < len(want) < len(totals)
    assert plotted(answer) == want


def test_a_number_no_metric_step_used_is_still_refused(shop: tuple[Engine, Path]) -> None:
    engine, _ = shop
    with pytest.raises(AiserError) as refused:
        engine.ask("revenue above 100", "shop")  # no groups to keep: the 100 is not used
    assert refused.value.code == "AISER-PLAN-UNSURE"
    assert "100" in refused.value.message


def test_terms_never_become_columns_of_the_catalog(shop: tuple[Engine, Path]) -> None:
    engine, _ = shop
    engine.ask("net sales by size band", "shop")
    catalog = engine.catalog("shop")
    names = {c.name.lower() for t in catalog.tables for c in t.columns}
    assert not names & {"revenue", "refunds", "size_band", "customer_region", "order_year"}
