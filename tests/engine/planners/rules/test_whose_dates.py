"""Whose date, whose rows: questions over a fact table and the tables its rows belong to
(issue 12), on the demo's order lines, orders, customers and regions.

- "revenue by segment and year": the years of the orders, never of the customers' signups.
- "revenue by month for customers who signed up in 2023": along the order dates, keeping the
  lines of customers whose signup date is in 2023 (both had been the signup date).
- "average discount for online orders", "average order value for customers in the West":
  the rows kept, one number — not a bar per order or per customer.
- "unit price distribution for online orders": a histogram of those lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly

from aiser_jupyter.engine.core import Engine

_LINES = (
    "order_lines l JOIN orders o USING (order_id) JOIN customers c USING (customer_id)"
    " JOIN regions r USING (region_id)"
)


def test_the_years_of_revenue_are_the_orders_years(engine: Engine, demo_path: Path) -> None:
    plots_exactly(
        engine,
        demo_path,
        "demo",
        "revenue by segment and year",
        f"SELECT c.segment, SUM(l.revenue)::DOUBLE, date_trunc('year', o.order_date) FROM {_LINES}"
        " GROUP BY 1, 3",
    )


def test_customers_kept_by_their_signup_revenue_by_order_month(
    engine: Engine, demo_path: Path
) -> None:
    plots_exactly(
        engine,
        demo_path,
        "demo",
        "revenue by month for customers who signed up in 2023",
        f"SELECT date_trunc('month', o.order_date), SUM(l.revenue)::DOUBLE FROM {_LINES}"
        " WHERE YEAR(c.signup_date) = 2023 GROUP BY 1",
    )


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        (
            "average discount for online orders",
            f"SELECT AVG(l.discount) FROM {_LINES} WHERE o.channel = 'Online'",
        ),
        (
            "average order value for customers in the West",
            "SELECT AVG(v) FROM (SELECT o.order_id, SUM(l.revenue) AS v FROM "
            f"{_LINES} WHERE r.name = 'West' GROUP BY 1)",
        ),
    ],
)
def test_rows_named_after_for_are_kept(
    engine: Engine, demo_path: Path, question: str, sql: str
) -> None:
    assert kpi(engine.ask(question, "demo")) == pytest.approx(one(demo_path, sql))


def test_a_distribution_of_the_rows_kept(engine: Engine) -> None:
    answer = engine.ask("unit price distribution for online orders", "demo")
    assert answer.plan.chart.mark == "histogram"
    assert "channel = 'Online'" in answer.plan.sql


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("revenue per order by region", "o.order_id"),
        ("revenue per customer by region", "c.customer_id"),
        # each customer's lines summed through their orders (lines → orders → customers)
        ("average revenue per customer by region", "c.customer_id"),
    ],
)
def test_a_total_per_thing_grouped_is_averaged(
    engine: Engine, demo_path: Path, question: str, entity: str
) -> None:
    """ "revenue per order by region": each order's total, averaged per region — it had been
    a bar per order and region (5,000 bars under the question's title)."""
    plots_exactly(
        engine,
        demo_path,
        "demo",
        question,
        f"SELECT region, AVG(v) FROM (SELECT {entity}, r.name AS region, SUM(l.revenue) AS v"
        f" FROM {_LINES} GROUP BY 1, 2) GROUP BY 1",
    )


def test_a_per_thing_average_of_a_quantity_is_named_as_one(engine: Engine) -> None:
    answer = engine.ask("average quantity per order by channel", "demo")
    assert "quantity" in answer.plan.chart.title and "order_value" not in answer.plan.chart.title


def test_a_share_of_rows_is_a_question_of_its_own(engine: Engine, demo_path: Path) -> None:
    """After "share of revenue by region", "what share of customers are in the North" names
    what it measures: it is not read as a follow-up (it had been drawn as the North's revenue)
    but as the share of the customers whose region is the North, over the customers (never
    over the regions: one in five); "only the North" still is a follow-up of the revenue."""
    engine.ask("share of revenue by region", "demo")
    answer = engine.ask("only the North", "demo")
    assert answer.plan.chart.title.startswith("Sum of revenue")
    assert "North" in answer.plan.sql
    share = engine.ask("what share of customers are in the North", "demo")
    truth = (
        "SELECT AVG(CASE WHEN r.name = 'North' THEN 1.0 ELSE 0 END) FROM customers c"
        " JOIN regions r ON r.region_id = c.region_id"
    )
    assert kpi(share) == pytest.approx(one(demo_path, truth))
    assert "revenue" not in share.plan.sql
