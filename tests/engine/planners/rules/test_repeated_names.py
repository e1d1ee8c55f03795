"""Things grouped by a name several of them share (issue 12, found on the demo data).

The demo has 5,000 customers and 120 distinct names. "top 10 customers by revenue" had
grouped by the name: each bar was the revenue of some 40 customers called alike, ranked as
one customer. A table named for its rows whose name column repeats is grouped by its key,
each bar labelled by the name and the key; the name asked for itself ("by customer name")
and a name a category shares (a party's rows by year) are drawn as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import plots_exactly

from aiser_jupyter.engine.core import Engine


def test_top_customers_are_customers_not_names(engine: Engine, demo_path: Path) -> None:
    answer = plots_exactly(
        engine,
        demo_path,
        "demo",
        "top 10 customers by revenue",
        "SELECT c.name || ' (' || c.customer_id || ')', CAST(SUM(l.revenue) AS DOUBLE) FROM order_lines l"
        " JOIN orders o USING (order_id) JOIN customers c USING (customer_id)"
        " GROUP BY c.customer_id, c.name ORDER BY 2 DESC LIMIT 10",
    )
    assert "customer_id" in answer.plan.sql


def test_the_name_asked_for_groups_by_the_name(engine: Engine, demo_path: Path) -> None:
    engine.connect("demo", str(demo_path))
    answer = engine.ask("number of orders by customer name", "demo")
    assert "customer_id" not in answer.plan.sql.split("FROM")[0]  # the names, as asked


@pytest.fixture(scope="module")
def staff(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("staff") / "staff.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE employees (employee_id BIGINT PRIMARY KEY, name VARCHAR)")
    con.execute("CREATE TABLE sales (sale_id BIGINT, employee_id BIGINT, amount DOUBLE)")
    con.executemany("INSERT INTO employees VALUES (?, ?)", [[k, f"Person {k}"] for k in range(40)])
    con.executemany(
        "INSERT INTO sales VALUES (?, ?, ?)",
        [[s, s % 40, 10.0 + s % 13] for s in range(800)],
    )
    con.close()
    return path


def test_unique_names_are_drawn_as_they_are(engine: Engine, staff: Path) -> None:
    plots_exactly(
        engine,
        staff,
        "s",
        "top 5 employees by total amount",
        "SELECT e.name, SUM(s.amount) FROM sales s JOIN employees e USING (employee_id)"
        " GROUP BY e.name ORDER BY 2 DESC, 1 LIMIT 5",
    )
