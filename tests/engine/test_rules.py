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
    return {
        row[fields[dim].alias]: float(row[fields[measure].alias])
        for row in answer.df.to_dict("records")
    }


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
    want = truth(
        demo_path,
        "SELECT strftime(date_trunc('month', o.order_date), '%Y-%m'), SUM(l.revenue) FROM order_lines l "
        "JOIN orders o USING (order_id) WHERE o.order_date >= DATE '2023-01-01' GROUP BY 1",
    )
    assert close(got, want)


def test_top_10_products_by_quantity_sold(engine: Any, demo_path: Path) -> None:
    answer = engine.ask("top 10 products by quantity sold", "demo")
    want = truth(
        demo_path,
        "SELECT p.name, SUM(l.quantity) FROM order_lines l JOIN products p USING (product_id) "
        "GROUP BY 1 ORDER BY 2 DESC LIMIT 10",
    )
    assert close(plotted(answer, "x", "y"), want)
    ys = list(answer.df[answer.compiled.fields["y"].alias])
    assert ys == sorted(ys, reverse=True)


def test_average_order_value_by_category_and_region(engine: Any, demo_path: Path) -> None:
    answer = engine.ask("average order value by category and region", "demo")
    fields = answer.compiled.fields
    got = {
        (r[fields["x"].alias], r[fields["color"].alias]): float(r[fields["y"].alias])
        for r in answer.df.to_dict("records")
    }
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
    assert close(
        plotted(answer, "color", "theta"), truth(demo_path, REVENUE_BY.format(dim="c.name"))
    )


def test_revenue_vs_quantity_by_product_as_a_scatter(engine: Any, demo_path: Path) -> None:
    answer = engine.ask("revenue vs quantity by product as a scatter", "demo")
    assert answer.plan.chart.mark == "point"
    fields = answer.compiled.fields
    dim = fields.get("color") or fields.get("detail")
    assert dim is not None
    got = {
        r[dim.alias]: (float(r[fields["x"].alias]), float(r[fields["y"].alias]))
        for r in answer.df.to_dict("records")
    }
    import duckdb

    con = duckdb.connect(str(demo_path), read_only=True)
    rows = con.sql(
        "SELECT p.name, SUM(l.revenue), SUM(l.quantity) FROM order_lines l JOIN products p USING (product_id) "
        "GROUP BY 1"
    ).fetchall()
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
    answer = engine.ask(
        "Show the number of customers for each segment in a bar chart, sort by the y axis in ascending order",
        str(sqlite_shop),
    )
    import sqlite3

    con = sqlite3.connect(sqlite_shop)
    want = dict(con.execute("SELECT segment, COUNT(*) FROM customers GROUP BY segment").fetchall())
    con.close()
    got = plotted(answer, "x", "y")
    assert close(got, {k: float(v) for k, v in want.items()})
    assert list(got.values()) == sorted(got.values())


@pytest.fixture
def sqlite_club(tmp_path: Path) -> Path:
    """A one-table SQLite club: a yes/no flag column, ages, a level with repeated values."""
    import sqlite3

    path = tmp_path / "club.sqlite"
    con = sqlite3.connect(path)
    con.execute(
        "CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name TEXT, club_level TEXT, "
        "age INTEGER, is_active TEXT)"
    )
    rows = [
        (1, "Ann", "gold", 30, "Y"),
        (2, "Bo", "gold", 50, "N"),
        (3, "Cy", "silver", 41, "Y"),
        (4, "Di", "bronze", 62, "Y"),
        (5, "Ed", "silver", 25, "N"),
        (6, "Flo", "gold", 58, "Y"),
    ]
    con.executemany("INSERT INTO members VALUES (?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return path


def test_older_than_average_counts_per_group(engine: Any, sqlite_club: Path) -> None:
    answer = engine.ask(
        "How many members are older than average for each club level? Bar chart.", str(sqlite_club)
    )
    assert close(plotted(answer, "x", "y"), {"gold": 2.0, "bronze": 1.0})  # mean age 44.33


def test_yes_no_flag_named_as_a_property_is_a_filter(engine: Any, sqlite_club: Path) -> None:
    answer = engine.ask(
        "Show the age of each member who is active in a bar chart", str(sqlite_club)
    )
    assert close(plotted(answer, "x", "y"), {"Ann": 30.0, "Cy": 41.0, "Di": 62.0, "Flo": 58.0})


def test_number_of_a_column_counts_per_value(engine: Any, sqlite_club: Path) -> None:
    answer = engine.ask("A pie chart of the number of club levels", str(sqlite_club))
    assert close(plotted(answer, "color", "theta"), {"gold": 3.0, "silver": 2.0, "bronze": 1.0})


def test_letters_in_a_name_filter_rows(engine: Any, sqlite_club: Path) -> None:
    answer = engine.ask(
        "For all members who have the letters D or F in their full name, show the age "
        "of each member in a bar chart",
        str(sqlite_club),
    )
    assert close(plotted(answer, "x", "y"), {"Di": 62.0, "Flo": 58.0, "Ed": 25.0})
