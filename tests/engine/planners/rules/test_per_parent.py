"""An amount of line items averaged per the thing they belong to (issue 12): "average
revenue per order" sums each order's lines, then averages the orders — never the mean line,
nor one bar per order; "per order by channel" is no sort ("order by").

Orders and their lines, invented here (the line table points at its order).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("orders") / "orders.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE orders (order_id BIGINT PRIMARY KEY, channel VARCHAR)")
    con.executemany(
        "INSERT INTO orders VALUES (?, ?)", [[k, ["Online", "Store"][k % 2]] for k in range(200)]
    )
    con.execute(
        "CREATE TABLE order_lines (line_id BIGINT, order_id BIGINT REFERENCES orders(order_id),"
        " revenue DOUBLE)"
    )
    con.executemany(
        "INSERT INTO order_lines VALUES (?, ?, ?)",
        [[k, k * 7 % 200, 10.0 + k * 13 % 90] for k in range(900)],
    )
    con.close()
    return path


def test_an_amount_per_parent_is_summed_then_averaged(engine: Engine, shop: Path) -> None:
    engine.connect("o", str(shop))
    answer = engine.ask("average revenue per order", "o")
    truth = "SELECT AVG(t) FROM (SELECT SUM(revenue) AS t FROM order_lines GROUP BY order_id)"
    assert kpi(answer) == pytest.approx(one(shop, truth))


def test_per_order_by_a_category_is_no_sort(engine: Engine, shop: Path) -> None:
    plots_exactly(
        engine,
        shop,
        "o",
        "average revenue per order by channel",
        "SELECT channel, AVG(t) FROM (SELECT o.channel, o.order_id, SUM(l.revenue) AS t"
        " FROM order_lines l JOIN orders o USING (order_id) GROUP BY 1, 2) GROUP BY 1",
    )
