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


# ------------------------------------------------------------ a plain generated table
@pytest.fixture(scope="module")
def sales_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated DuckDB table whose names are also lexicon words ("amount", "sales"),
    an abbreviation ("qty") and a terse timestamp ("ts"), like a user's own data."""
    import duckdb

    path = tmp_path_factory.mktemp("sales") / "sales.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE sales AS
        SELECT i AS id,
               TIMESTAMP '2020-01-01' + INTERVAL (i % 1460) DAY + INTERVAL (i % 86400) SECOND AS ts,
               'cat_' || (i % 12) AS category,
               'region_' || (i % 5) AS region,
               'product_' || (hash(i) % 500) AS product,
               ((hash(i * 7) % 100000) / 100.0)::DOUBLE AS amount,
               ((hash(i * 13) % 100000) / 100.0)::DOUBLE AS qty
        FROM range(3000) t(i)
    """)
    con.close()
    return path


def channels(plan: Any) -> dict[str, tuple[Any, ...]]:
    """Each channel as (field, aggregate, timeUnit, bin): what the compiled SQL groups and measures."""
    enc = plan.chart.encoding
    return {
        name: (fd.field, fd.aggregate, fd.timeUnit, bool(fd.bin))
        for name in ("x", "y", "color", "theta", "detail")
        if (fd := getattr(enc, name)) is not None
    }


X_CATEGORY = ("category", None, None, False)
SUM_AMOUNT = ("amount", "sum", None, False)
COUNT = (None, "count", None, False)
MONTH = ("ts", None, "yearmonth", False)


@pytest.mark.parametrize(
    ("question", "mark", "want"),
    [
        ("total amount by category", "bar", {"x": X_CATEGORY, "y": SUM_AMOUNT}),
        ("sum of amount by category", "bar", {"x": X_CATEGORY, "y": SUM_AMOUNT}),
        ("amount by category", "bar", {"x": X_CATEGORY, "y": SUM_AMOUNT}),
        (
            "average qty by region",
            "bar",
            {"x": ("region", None, None, False), "y": ("qty", "mean", None, False)},
        ),
        ("number of sales by month", "line", {"x": MONTH, "y": COUNT}),
        ("count by month", "line", {"x": MONTH, "y": COUNT}),
        ("how many sales per region", "bar", {"x": ("region", None, None, False), "y": COUNT}),
        ("monthly total amount", "line", {"x": MONTH, "y": SUM_AMOUNT}),
        ("amount over time", "line", {"x": MONTH, "y": SUM_AMOUNT}),
        ("trend of amount", "line", {"x": MONTH, "y": SUM_AMOUNT}),
        (
            "how many distinct products per region",
            "bar",
            {"x": ("region", None, None, False), "y": ("product", "distinct", None, False)},
        ),
        (
            "average amount per month by region",
            "line",
            {
                "x": MONTH,
                "y": ("amount", "mean", None, False),
                "color": ("region", None, None, False),
            },
        ),
        (
            "share of amount by region",
            "arc",
            {"color": ("region", None, None, False), "theta": SUM_AMOUNT},
        ),
        (
            "top 5 categories by total qty",
            "bar",
            {"x": X_CATEGORY, "y": ("qty", "sum", None, False)},
        ),
        (
            "total qty by region and category",
            "bar",
            {
                "x": ("region", None, None, False),
                "y": ("qty", "sum", None, False),
                "color": X_CATEGORY,
            },
        ),
        ("amount by category sorted descending", "bar", {"x": X_CATEGORY, "y": SUM_AMOUNT}),
        ("histogram of amount", "histogram", {"x": ("amount", None, None, True), "y": COUNT}),
        (
            "amount vs qty",  # "Y versus X": the first named goes up the y axis
            "point",
            {"x": ("qty", None, None, False), "y": ("amount", None, None, False)},
        ),
        (
            "qty by amount",
            "point",
            {"x": ("amount", None, None, False), "y": ("qty", None, None, False)},
        ),
        (
            "average qty by amount",
            "bar",
            {"x": ("amount", None, None, True), "y": ("qty", "mean", None, False)},
        ),
    ],
)
def test_column_names_that_are_lexicon_words(
    engine: Any, sales_db: Path, question: str, mark: str, want: dict[str, tuple[Any, ...]]
) -> None:
    plan = engine.plan(question, str(sales_db))
    assert plan.chart.mark == mark
    assert channels(plan) == want


def test_top_products_by_amount_sums_amount(engine: Any, sales_db: Path) -> None:
    answer = engine.ask("top 10 products by amount", str(sales_db))
    assert answer.plan.chart.limit == 10
    want = truth(
        sales_db,
        "SELECT product, SUM(amount) FROM sales GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10",
    )
    assert close(plotted(answer, "x", "y"), want)


def test_daily_qty_in_a_year_filters_and_bins_by_day(engine: Any, sales_db: Path) -> None:
    answer = engine.ask("daily qty in 2021", str(sales_db))
    assert channels(answer.plan)["x"] == ("ts", None, "day", False)
    got = plotted(answer, "x", "y")
    want = truth(
        sales_db,
        "SELECT CAST(ts AS DATE), SUM(qty) FROM sales WHERE ts >= TIMESTAMP '2021-01-01' "
        "AND ts < TIMESTAMP '2022-01-01' GROUP BY 1",
    )
    assert close({str(k)[:10]: v for k, v in got.items()}, {str(k): v for k, v in want.items()})


def test_scatter_of_one_column_is_a_plan_error(engine: Any, sales_db: Path) -> None:
    # the v1 rules used to raise IndexError here
    with pytest.raises(AiserError) as info:
        engine.plan("scatter of amount", str(sales_db))
    assert info.value.code == "AISER-PLAN-NO-MEASURE"


def test_a_gap_in_the_rules_is_a_plan_error_not_a_traceback(
    engine: Any, sales_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiser_jupyter.engine.planners.rules import steps

    def broken(*args: Any) -> Any:
        return [][0]

    # a step of the pipeline that fails unexpectedly
    monkeypatch.setattr(steps, "STEPS", (*steps.STEPS[:2], broken, *steps.STEPS[2:]))
    with pytest.raises(AiserError) as info:
        engine.plan("total amount by category", str(sales_db))
    assert info.value.code == "AISER-PLAN-UNDERSTOOD"
    assert info.value.details["internal"].startswith("IndexError")
