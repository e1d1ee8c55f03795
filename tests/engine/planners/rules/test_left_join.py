"""A join that only reaches a grouping keeps every measured row (issue 15): orders whose
customer is missing from ``customers`` form a group of their own (drawn "(null)") instead of
vanishing from the totals, and the notes say so; a join the question filters on stays an
inner join. Numbers are checked against SQL written by hand."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from answers import plotted, truth

from aiser_jupyter.engine.core import Engine, EngineConfig

# ten customers; orders 30-32 name customer 99, who is not in the table
CUSTOMERS = [(i, f"customer {i}", "retail" if i % 2 else "wholesale") for i in range(1, 11)]
ORDERS = [
    (100 + i, (i % 10) + 1 if i < 30 else 99, 10.0 * i, "high" if i % 3 else "low")
    for i in range(33)
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, Path]:
    path = tmp_path_factory.mktemp("leftjoin") / "shop.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE customers (customer_id INT, customer_name TEXT, segment TEXT)")
    con.execute(
        "CREATE TABLE orders (order_id INT, customer_id INT, order_total DOUBLE, priority TEXT)"
    )
    con.executemany("INSERT INTO customers VALUES (?, ?, ?)", CUSTOMERS)
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", ORDERS)
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("shop", str(path))
    return engine, path


def test_orders_of_a_missing_customer_stay_in_the_totals_as_their_own_group(
    shop: tuple[Engine, Path],
) -> None:
    engine, path = shop
    answer = engine.ask("total order total by segment", "shop")
    want = truth(
        path,
        "SELECT c.segment, SUM(o.order_total) FROM orders o "
        "LEFT JOIN customers c ON o.customer_id = c.customer_id GROUP BY 1",
        approx=True,
    )
    assert plotted(answer) == want
    assert None in want and want[None] == pytest.approx(930.0)  # orders 30, 31, 32
    total = truth(path, "SELECT 1, SUM(order_total) FROM orders", approx=True)[1]
    assert sum(plotted(answer).values()) == total  # the bars sum to what the table holds
    figure = answer.plotly_json()
    assert "(null)" in figure["data"][0]["x"]
    notes = answer.plan.provenance.notes if answer.plan.provenance else []
    assert any(
        "orders whose customer_id is not in customers.customer_id are kept" in n for n in notes
    ), notes


def test_a_count_by_a_joined_grouping_counts_every_order(shop: tuple[Engine, Path]) -> None:
    engine, _ = shop
    answer = engine.ask("number of orders by segment", "shop")
    counts = plotted(answer)
    assert sum(counts.values()) == len(ORDERS)
    assert counts.get(None) == 3


def test_a_filter_on_the_joined_table_keeps_only_orders_with_a_customer(
    shop: tuple[Engine, Path],
) -> None:
    engine, path = shop
    answer = engine.ask("total order total by priority for retail customers", "shop")
    assert "LEFT JOIN" not in answer.plan.sql.upper()
    want = truth(
        path,
        "SELECT o.priority, SUM(o.order_total) FROM orders o "
        "JOIN customers c ON o.customer_id = c.customer_id WHERE c.segment = 'retail' GROUP BY 1",
        approx=True,
    )
    assert plotted(answer) == want
    notes = answer.plan.provenance.notes if answer.plan.provenance else []
    assert not any("are kept" in n for n in notes)


def test_a_grouping_with_empty_values_says_the_unmatched_rows_go_with_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "crm.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE customers (customer_id INT, customer_name TEXT, segment TEXT)")
    con.execute(
        "CREATE TABLE orders (order_id INT, customer_id INT, order_total DOUBLE, priority TEXT)"
    )
    rows = [(c, n, None if c == 10 else s) for c, n, s in CUSTOMERS]
    con.executemany("INSERT INTO customers VALUES (?, ?, ?)", rows)
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", ORDERS)
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("crm", str(path))
    answer = engine.ask("total order total by segment", "crm")
    want = truth(
        path,
        "SELECT c.segment, SUM(o.order_total) FROM orders o JOIN customers c "
        "ON o.customer_id = c.customer_id WHERE c.segment IS NOT NULL GROUP BY 1",
        approx=True,
    )
    assert plotted(answer) == want
    notes = answer.plan.provenance.notes if answer.plan.provenance else []
    assert "rows with no segment are left out" in notes
    assert any("have no value to group by either: left out with them" in n for n in notes), notes
    engine.close()


SEMANTIC = """\
version: 1
sources:
  default:
    joins:
      - orders.customer_id = customers.customer_id
    dimensions:
      - {name: customer_segment, table: orders, sql: customers.segment}
"""


def test_a_semantic_dimension_through_a_declared_join_keeps_every_order(
    shop: tuple[Engine, Path], tmp_path: Path
) -> None:
    _, path = shop
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(SEMANTIC)
    engine = Engine(EngineConfig(planner="rules", use_cache=False, semantic_path=semantic))
    engine.connect("shop", str(path))
    answer = engine.ask("total order total by customer segment", "shop")
    prov = answer.plan.provenance
    assert prov is not None and prov.semantic is not None and "customer_segment" in prov.semantic
    drawn = plotted(answer)
    assert drawn.get(None) == pytest.approx(930.0)
    assert sum(drawn.values()) == pytest.approx(sum(t for _, _, t, _ in ORDERS))
    engine.close()
