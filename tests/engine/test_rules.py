"""The rule planner answers the demo questions with the right numbers (checked by independent SQL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.errors import AiserError

REVENUE_BY = """
    SELECT {dim}, SUM(l.revenue) FROM order_lines l JOIN orders o USING (order_id)
    JOIN products p USING (product_id) JOIN categories c USING (category_id)
    JOIN customers cu ON o.customer_id = cu.customer_id JOIN regions r ON cu.region_id = r.region_id
    GROUP BY 1"""


def truth(demo_path: Path, sql: str) -> dict[Any, float]:
    import duckdb

    con = duckdb.connect(str(demo_path), read_only=True)
    try:
        return {row[0]: float(row[1]) for row in con.sql(sql).fetchall()}
    finally:
        con.close()


def plotted(answer: Any, dim: str, measure: str) -> dict[Any, float]:
    fields = answer.compiled.fields
    return {row[fields[dim].alias]: float(row[fields[measure].alias]) for row in answer.df.to_dict("records")}


def close(a: dict[Any, float], b: dict[Any, float]) -> bool:
    return a.keys() == b.keys() and all(abs(a[k] - b[k]) <= 1e-6 * max(1.0, abs(b[k])) for k in a)


def test_total_revenue_by_region(engine: Any, demo_path: Path) -> None:
    answer = engine.ask("total revenue by region", "demo")
    assert answer.plan.chart.mark == "bar"
    assert close(plotted(answer, "x", "y"), truth(demo_path, REVENUE_BY.format(dim="r.name")))


def test_monthly_revenue_since_2023_as_a_line(engine: Any, demo_path: Path) -> None:
    answer = engine.ask("monthly revenue since 2023 as a line", "demo")
    assert answer.plan.chart.mark == "line"
    got = {str(k)[:7]: v for k, v in plotted(answer, "x", "y").items()}
    want = truth(demo_path, "SELECT strftime(date_trunc('month', o.order_date), '%Y-%m'), SUM(l.revenue) FROM order_lines l "
                            "JOIN orders o USING (order_id) WHERE o.order_date >= DATE '2023-01-01' GROUP BY 1")
    assert close(got, want)


def test_top_10_products_by_quantity_sold(engine: Any, demo_path: Path) -> None:
    answer = engine.ask("top 10 products by quantity sold", "demo")
    want = truth(demo_path, "SELECT p.name, SUM(l.quantity) FROM order_lines l JOIN products p USING (product_id) "
                            "GROUP BY 1 ORDER BY 2 DESC LIMIT 10")
    assert close(plotted(answer, "x", "y"), want)
    ys = list(answer.df[answer.compiled.fields["y"].alias])
    assert ys == sorted(ys, reverse=True)


def test_average_order_value_by_category_and_region(engine: Any, demo_path: Path) -> None:
    answer = engine.ask("average order value by category and region", "demo")
    fields = answer.compiled.fields
    got = {(r[fields["x"].alias], r[fields["color"].alias]): float(r[fields["y"].alias]) for r in answer.df.to_dict("records")}
    import duckdb

    con = duckdb.connect(str(demo_path), read_only=True)
    rows = con.sql("""SELECT c.name, r.name, AVG(v) FROM (
        SELECT o.order_id, p.category_id, cu.region_id, SUM(l.revenue) AS v FROM order_lines l JOIN orders o USING (order_id)
        JOIN products p USING (product_id) JOIN customers cu ON o.customer_id = cu.customer_id GROUP BY ALL) t
        JOIN categories c USING (category_id) JOIN regions r USING (region_id) GROUP BY ALL""").fetchall()
    con.close()
    want = {(a, b): float(v) for a, b, v in rows}
    assert got.keys() == want.keys()
    assert all(abs(got[k] - want[k]) <= 1e-6 * want[k] for k in got)


def test_how_many_orders_per_weekday(engine: Any, demo_path: Path) -> None:
    answer = engine.ask("how many orders per weekday", "demo")
    got = plotted(answer, "x", "y")
    assert list(got) == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    want = truth(demo_path, "SELECT isodow(order_date), COUNT(*) FROM orders GROUP BY 1")
    assert [got[d] for d in got] == [want[i] for i in range(1, 8)]


def test_share_of_revenue_by_category_as_a_pie(engine: Any, demo_path: Path) -> None:
    answer = engine.ask("share of revenue by category as a pie", "demo")
    assert answer.plan.chart.mark == "arc"
    assert close(plotted(answer, "color", "theta"), truth(demo_path, REVENUE_BY.format(dim="c.name")))


def test_revenue_vs_quantity_by_product_as_a_scatter(engine: Any, demo_path: Path) -> None:
    answer = engine.ask("revenue vs quantity by product as a scatter", "demo")
    assert answer.plan.chart.mark == "point"
    fields = answer.compiled.fields
    dim = fields.get("color") or fields.get("detail")
    assert dim is not None
    got = {r[dim.alias]: (float(r[fields["x"].alias]), float(r[fields["y"].alias])) for r in answer.df.to_dict("records")}
    import duckdb

    con = duckdb.connect(str(demo_path), read_only=True)
    rows = con.sql("SELECT p.name, SUM(l.revenue), SUM(l.quantity) FROM order_lines l JOIN products p USING (product_id) "
                   "GROUP BY 1").fetchall()
    con.close()
    want = {name: (float(rev), float(qty)) for name, rev, qty in rows}
    assert got.keys() == want.keys()
    assert all(sorted(got[k]) == pytest.approx(sorted(want[k])) for k in got)


@pytest.mark.parametrize("question", ["zzz qqq", "please"])
def test_gibberish_is_refused_with_a_plan_error(engine: Any, question: str) -> None:
    with pytest.raises(AiserError) as info:
        engine.ask(question, "demo")
    assert info.value.code.startswith("AISER-PLAN-")


def test_count_per_group_on_sqlite_with_sort_by_y(engine: Any, sqlite_shop: Path) -> None:
    answer = engine.ask("Show the number of customers for each segment in a bar chart, sort by the y axis in ascending order",
                        str(sqlite_shop))
    import sqlite3

    con = sqlite3.connect(sqlite_shop)
    want = dict(con.execute("SELECT segment, COUNT(*) FROM customers GROUP BY segment").fetchall())
    con.close()
    got = plotted(answer, "x", "y")
    assert close(got, {k: float(v) for k, v in want.items()})
    assert list(got.values()) == sorted(got.values())
