"""A count or a number said per thing, then grouped (issue 12, found on the demo data).

- "orders per customer by segment": each customer's number of orders, averaged per segment.
  It had been a bar per customer and segment (5,000 bars under the title "Count of rows by
  customer and segment").
- "revenue per order line by channel": each line is a row of its own — its revenue averaged
  per channel, not a bar per line and channel.
- "top 5 customers by spending": what they spent is the revenue of their lines.
"""

from __future__ import annotations

from pathlib import Path

from answers import plots_exactly

from aiser_jupyter.engine.core import Engine


def test_a_count_per_thing_is_averaged_per_group(engine: Engine, demo_path: Path) -> None:
    plots_exactly(
        engine,
        demo_path,
        "demo",
        "orders per customer by segment",
        "SELECT segment, AVG(n) FROM (SELECT c.segment, c.customer_id, COUNT(*) AS n"
        " FROM orders o JOIN customers c USING (customer_id) GROUP BY 1, 2) GROUP BY segment",
    )


def test_a_number_per_row_of_its_own_table_is_averaged(engine: Engine, demo_path: Path) -> None:
    plots_exactly(
        engine,
        demo_path,
        "demo",
        "revenue per order line by channel",
        "SELECT o.channel, CAST(AVG(l.revenue) AS DOUBLE) FROM order_lines l"
        " JOIN orders o USING (order_id) GROUP BY o.channel",
    )


def test_what_customers_spent_is_their_revenue(engine: Engine, demo_path: Path) -> None:
    """ "spent" names the money a table of lines holds (it had been left unused and each
    customer's rows counted)."""
    answer = plots_exactly(
        engine,
        demo_path,
        "demo",
        "top 5 customers by spending",
        "SELECT c.name || ' (' || c.customer_id || ')', CAST(SUM(l.revenue) AS DOUBLE)"
        " FROM order_lines l JOIN orders o USING (order_id) JOIN customers c USING (customer_id)"
        " GROUP BY c.customer_id, c.name ORDER BY 2 DESC LIMIT 5",
    )
    assert "revenue" in answer.plan.sql
