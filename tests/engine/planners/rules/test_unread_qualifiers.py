"""Qualifiers the plan had dropped while drawing a chart (issue 12), and a ranking as bars.

- "number of terms by first party": the grouping left out (drawn as one number).
- "highest ratio among pending applications": the status that keeps the rows, left out
  (drawn over every application). A word no status holds ("among registered dogs") and the
  rows' own noun ("among applications") stay no condition.
- "approved" of a yes/no ``deny`` is its other side ("denied and approved": both, one
  group each).
- "customers with more than 5 orders by segment": each customer's count compared, which the
  plan does not compute — it had kept the segments with more than 5 orders.
- "top 5 states by share of members": a ranking is drawn as bars, not as a pie of 5 parts.
- Found on the demo data: "[enterprise] customers" beside a segment column, "the top
  [category]" of a chart by month, "revenue of products" read as their list price, a
  histogram of each order's total drawn from its lines, "[returning] customers" dropped, and
  "distribution of product prices" drawn as a bar per product.

Invented data and the demo data.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def loans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("loans") / "loans.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Loans (deny VARCHAR, pirat DOUBLE, lvrat DOUBLE)")
    rows = [
        ["yes" if k % 5 == 0 else "no", 0.1 + (k * 7 % 40) / 100, 0.5 + k % 9 / 10]
        for k in range(300)
    ]
    con.executemany("INSERT INTO Loans VALUES (?, ?, ?)", rows)
    con.execute("CREATE TABLE Terms (term BIGINT, seats BIGINT, p1 VARCHAR, p2 VARCHAR)")
    con.executemany(
        "INSERT INTO Terms VALUES (?, ?, ?, ?)",
        [
            [k, 300 + k % 50, ["Reds", "Blues"][k % 2], ["Blues", "Greens"][k % 2]]
            for k in range(60)
        ],
    )
    con.execute("CREATE TABLE States (state VARCHAR, year BIGINT, members DOUBLE)")
    con.executemany(
        "INSERT INTO States VALUES (?, ?, ?)",
        [[f"S{k}", y, 1.0 + (k * 13 % 29)] for k in range(20) for y in (1982, 1983)],
    )
    con.close()
    return path


def test_a_qualified_grouping_left_out_is_refused(engine: Engine, loans: Path) -> None:
    refuses(engine, loans, "l", "number of terms by first party", "party")


def test_a_status_after_among_is_a_condition(engine: Engine, loans: Path) -> None:
    refuses(engine, loans, "l", "highest lvrat among pending applications", "pending")
    engine.connect("l", str(loans))
    answer = engine.ask("highest pirat among applications", "l")
    assert answer.table.column(0).to_pylist() == [one(loans, "SELECT MAX(pirat) FROM Loans")]


def test_each_customer_s_count_compared_by_segment_is_refused(
    engine: Engine, demo_path: Path
) -> None:
    refuses(engine, demo_path, "demo", "customers with more than 5 orders by segment", "5")
    refuses(engine, demo_path, "demo", "number of customers with more than 5 orders by segment")


def test_a_ranking_by_share_is_bars(engine: Engine, loans: Path) -> None:
    answer = plots_exactly(
        engine,
        loans,
        "l",
        "top 5 states by share of members in 1982",
        "SELECT state, members FROM States WHERE year = 1982 ORDER BY members DESC, state LIMIT 5",
    )
    assert answer.plan.chart.mark == "bar"


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "average lvrat of denied and of approved applications",
            "SELECT deny, AVG(lvrat) FROM Loans GROUP BY deny",
        ),
        (
            "pie chart of denied vs approved applications",
            "SELECT deny, COUNT(*) FROM Loans GROUP BY deny",
        ),
    ],
)
def test_both_sides_of_a_verb_s_flag(engine: Engine, loans: Path, question: str, sql: str) -> None:
    """A yes/no ``deny`` is named by its verb ("denied") and by its opposite ("approved")."""
    plots_exactly(engine, loans, "l", question, sql)


def test_the_opposite_of_a_verb_s_flag_keeps_its_other_side(engine: Engine, loans: Path) -> None:
    engine.connect("l", str(loans))
    answer = engine.ask("highest pirat among approved applications", "l")
    expected = one(loans, "SELECT MAX(pirat) FROM Loans WHERE deny = 'no'")
    assert answer.table.column(0).to_pylist() == [expected]


@pytest.mark.parametrize(
    ("question", "unused"),
    [
        # a kind of customer the segment column files otherwise: drawn for every customer
        ("average order value for enterprise customers by month", "enterprise"),
        # the top category keeps one category's rows: drawn as the top 10 months
        ("revenue of the top category by month", "category"),
        # a status said as a verb form: drawn as every customer's revenue by month
        ("revenue from returning customers by month", "returning"),
        # a change between periods: drawn as the monthly totals
        ("month over month revenue change", "change"),
    ],
)
def test_demo_words_that_pick_rows_are_not_dropped(
    engine: Engine, demo_path: Path, question: str, unused: str
) -> None:
    refuses(engine, demo_path, "demo", question, unused)


def test_a_general_synonym_does_not_win_by_its_owner(engine: Engine, demo_path: Path) -> None:
    """ "revenue of products …": the lines' revenue, not the products' list price (a price
    is a synonym of revenue; the table after "of" had made it win over the column named so)."""
    plots_exactly(
        engine,
        demo_path,
        "demo",
        "revenue of products priced above 100 by category",
        "SELECT c.name, CAST(SUM(l.revenue) AS DOUBLE) FROM order_lines l JOIN products p"
        " USING (product_id) JOIN categories c USING (category_id) WHERE p.list_price > 100"
        " GROUP BY c.name",
    )


def test_a_histogram_of_each_order_s_total_is_refused(engine: Engine, demo_path: Path) -> None:
    """ "distribution of order values" had been a bar of each order's summed unit prices, and
    "histogram of order value" a histogram of the lines' revenue."""
    refuses(engine, demo_path, "demo", "distribution of order values")
    refuses(engine, demo_path, "demo", "histogram of order value")


def test_list_price_is_a_price_not_an_instruction(engine: Engine, demo_path: Path) -> None:
    """ "list price distribution" had read "list" as the asking verb: a histogram of the
    lines' unit prices."""
    engine.connect("demo", str(demo_path))
    answer = engine.ask("list price distribution", "demo")
    assert answer.plan.chart.mark == "histogram" and "list_price" in answer.plan.sql


@pytest.mark.parametrize(
    "question", ["distribution of product prices", "price distribution of products"]
)
def test_a_distribution_over_the_rows_is_binned(
    engine: Engine, demo_path: Path, question: str
) -> None:
    """A distribution grouped by what names each product had been a bar per product, each
    bar its own price: the prices are binned."""
    engine.connect("demo", str(demo_path))
    answer = engine.ask(question, "demo")
    assert answer.plan.chart.mark == "histogram" and "list_price" in answer.plan.sql
    counts = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    assert sum(counts) == one(demo_path, "SELECT COUNT(list_price) FROM products")


def test_rows_a_value_keeps_are_no_grouping(engine: Engine, demo_path: Path) -> None:
    """ "what share of revenue comes from online orders" had been a pie of 13 orders (the rows
    noun after the value read as a grouping): now the share is said unread and refused."""
    refuses(engine, demo_path, "demo", "what share of revenue comes from online orders", "share")
    engine.connect("demo", str(demo_path))
    answer = engine.ask("number of online orders", "demo")
    assert answer.table.column(0).to_pylist() == [
        one(demo_path, "SELECT COUNT(*) FROM orders WHERE channel = 'Online'")
    ]


def test_which_thing_has_the_highest_total(engine: Engine, demo_path: Path) -> None:
    """ "which product has the highest revenue": the product whose revenue adds up to most, not
    the one with the largest single line."""
    plots_exactly(
        engine,
        demo_path,
        "demo",
        "which product has the highest revenue in 2024",
        "SELECT p.name, CAST(SUM(l.revenue) AS DOUBLE) FROM order_lines l"
        " JOIN orders o USING (order_id) JOIN products p USING (product_id)"
        " WHERE YEAR(o.order_date) = 2024 GROUP BY p.name ORDER BY 2 DESC LIMIT 1",
    )


def test_how_a_total_changed_over_time_runs_along_its_own_dates(
    engine: Engine, demo_path: Path
) -> None:
    """ "how did revenue change over time" had read "change" as the time cue and "time" as a
    date column — the customers' signup dates, a tie with the orders' dates broken by order:
    the lines' revenue by the day their customer signed up."""
    plots_exactly(
        engine,
        demo_path,
        "demo",
        "how did revenue change over time",
        "SELECT DATE_TRUNC('month', o.order_date), CAST(SUM(l.revenue) AS DOUBLE)"
        " FROM order_lines l"
        " JOIN orders o USING (order_id) GROUP BY 1",
    )


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("revenue from customers who signed up in 2024", "year(c.signup_date) = 2024"),
        ("revenue of customers in the West region", "r.name = 'West'"),
    ],
)
def test_rows_a_clause_keeps_are_no_grouping(
    engine: Engine, demo_path: Path, question: str, where: str
) -> None:
    """The customers a clause keeps had become the x: a bar per customer (the first 50 and
    the rest) where one total of theirs was asked."""
    engine.connect("demo", str(demo_path))
    answer = engine.ask(question, "demo")
    assert answer.plan.chart.mark == "kpi"
    expected = one(
        demo_path,
        "SELECT SUM(l.revenue) FROM order_lines l JOIN orders o USING (order_id)"
        " JOIN customers c USING (customer_id) JOIN regions r USING (region_id) WHERE " + where,
    )
    assert answer.table.column(0).to_pylist() == [pytest.approx(float(expected))]


def test_things_per_thing_are_never_their_price(engine: Engine, demo_path: Path) -> None:
    """ "average products per order" had been the products' mean list price, a bar per
    order: a count per order is asked, which the plan does not compute here — refused."""
    refuses(engine, demo_path, "demo", "average products per order")
    engine.connect("demo", str(demo_path))
    assert "list_price" in engine.ask("the lowest list price", "demo").plan.sql
