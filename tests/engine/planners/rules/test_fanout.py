"""Fan-out (issue 12): a sum or an average of a table over a join that repeats its rows
(orders joined to their lines, to group or filter on a line's attribute) reads each row
once per group; a count over such a join counts the join's rows and says so; a measure of
the many side is untouched. Numbers are checked against SQL written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plotted, truth

from aiser_jupyter.engine.core import Engine, EngineConfig

CUSTOMERS = [(1, "Acme", "retail"), (2, "Globex", "wholesale"), (3, "Initech", "retail")]
ORDERS = [  # order, customer, total, priority
    (10, 1, 100.0, "high"),
    (11, 1, 250.0, "low"),
    (12, 2, 80.0, "high"),
    (13, 3, 40.0, "low"),
    (14, 2, 500.0, "low"),
]
LINES = [  # line, order, ship mode, quantity: orders 10, 12 and 14 have several lines
    (1, 10, "AIR", 2),
    (2, 10, "AIR", 1),
    (3, 10, "TRUCK", 5),
    (4, 11, "TRUCK", 1),
    (5, 12, "AIR", 3),
    (6, 12, "AIR", 1),
    (7, 13, "RAIL", 2),
    (8, 14, "TRUCK", 4),
    (9, 14, "TRUCK", 1),
    (10, 14, "AIR", 2),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, Path]:
    import duckdb

    path = tmp_path_factory.mktemp("fanout") / "shop.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE customers (customer_id INTEGER, customer_name VARCHAR, segment VARCHAR)"
    )
    con.execute(
        "CREATE TABLE orders (order_id INTEGER, customer_id INTEGER, order_total DOUBLE, "
        "priority VARCHAR)"
    )
    con.execute(
        "CREATE TABLE order_lines (line_id INTEGER, order_id INTEGER, ship_mode VARCHAR, "
        "quantity INTEGER)"
    )
    for table, rows in (("customers", CUSTOMERS), ("orders", ORDERS), ("order_lines", LINES)):
        marks = ", ".join("?" for _ in rows[0])
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("shop", str(path))
    return engine, path


def test_a_sum_over_a_repeating_join_reads_each_order_once(shop: tuple[Engine, Path]) -> None:
    engine, path = shop
    answer = engine.ask("total order total by ship mode", "shop")
    want = truth(  # each order once for every ship mode one of its lines has
        path,
        "SELECT m.ship_mode, SUM(o.order_total) FROM (SELECT DISTINCT ship_mode FROM order_lines) m "
        "JOIN orders o ON EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.order_id "
        "AND l.ship_mode = m.ship_mode) GROUP BY m.ship_mode",
    )
    assert plotted(answer) == pytest.approx(want) == {"AIR": 680.0, "TRUCK": 850.0, "RAIL": 40.0}
    notes = " ".join(answer.plan.provenance.notes)
    assert "repeats rows of orders: each orders row is read once per group" in notes
    answer = engine.ask("average order total by ship mode", "shop")
    assert plotted(answer)["TRUCK"] == pytest.approx(850.0 / 3)  # not (100+250+500+500)/4


def test_a_count_over_a_repeating_join_counts_its_rows_and_says_so(
    shop: tuple[Engine, Path],
) -> None:
    engine, path = shop
    answer = engine.ask("number of orders by ship mode", "shop")
    want = truth(
        path,
        "SELECT ship_mode, COUNT(*) FROM orders JOIN order_lines USING (order_id) GROUP BY 1",
    )
    assert plotted(answer) == want
    assert "repeats rows of orders: rows of the join are counted" in " ".join(
        answer.plan.provenance.notes
    )


def test_a_measure_of_the_many_side_is_no_fan_out(shop: tuple[Engine, Path]) -> None:
    engine, path = shop
    answer = engine.ask("total quantity by customer segment", "shop")
    want = truth(
        path,
        "SELECT c.segment, SUM(l.quantity) FROM order_lines l JOIN orders o USING (order_id) "
        "JOIN customers c USING (customer_id) GROUP BY 1",
    )
    assert plotted(answer) == pytest.approx(want)
    assert "DISTINCT" not in answer.plan.sql.upper()
    assert not any("repeats" in n for n in answer.plan.provenance.notes)
