"""Follow-ups that changed the wrong part of the chart (issue 12, found on the demo data).

- "only online orders" after "revenue by region": the online orders' revenue by region. The
  rows noun ("orders") had replaced the regions as the grouping (a bar per order).
- "for 2024" after a chart along the order dates: the orders of 2024. Read alone, the period
  had gone on the first date of the catalog (the customers' signups).
- "split by channel" after a monthly chart: a series per channel, the conditions kept. It had
  been read as a new question, every condition dropped; so had "excluding returned orders".
- "by channel instead" after "only online": every channel (the condition on the column now
  grouped is dropped: it had kept one bar); "by channel" alone after a chart regroups it.
"""

from __future__ import annotations

from pathlib import Path

from answers import plotted, truth

from aiser_jupyter.engine.core import Engine

#: every channel's revenue
_BY_CHANNEL = (
    "SELECT o.channel, CAST(SUM(l.revenue) AS DOUBLE) FROM order_lines l"
    " JOIN orders o USING (order_id) GROUP BY o.channel"
)


def _chain(engine: Engine, demo_path: Path, *questions: str) -> object:
    engine.connect("demo", str(demo_path))
    answer = None
    for question in questions:
        answer = engine.ask(question, "demo")
    return answer


def test_only_some_orders_keeps_the_grouping(engine: Engine, demo_path: Path) -> None:
    answer = _chain(engine, demo_path, "revenue by region", "only online orders")
    expected = truth(
        demo_path,
        "SELECT r.name, CAST(SUM(l.revenue) AS DOUBLE) FROM order_lines l JOIN orders o USING (order_id)"
        " JOIN customers c USING (customer_id) JOIN regions r USING (region_id)"
        " WHERE o.channel = 'Online' GROUP BY r.name",
        approx=True,
    )
    assert plotted(answer) == expected


def test_a_period_goes_on_the_chart_s_own_date(engine: Engine, demo_path: Path) -> None:
    answer = _chain(engine, demo_path, "number of orders by region", "now by month", "for 2024")
    expected = truth(
        demo_path,
        "SELECT DATE_TRUNC('month', order_date), COUNT(*) FROM orders"
        " WHERE YEAR(order_date) = 2024 GROUP BY 1",
    )
    assert plotted(answer) == expected
    assert "customers" not in answer.plan.sql  # no join to the table whose date it had read


def test_split_by_adds_a_series_and_keeps_the_conditions(engine: Engine, demo_path: Path) -> None:
    answer = _chain(
        engine, demo_path, "number of orders by month", "only returned orders", "split by channel"
    )
    assert "returned" in answer.plan.sql and "channel" in answer.plan.sql.split("FROM")[0]
    assert answer.plan.chart.mark == "line"


def test_excluding_and_a_year_after_a_chart_of_lines(engine: Engine, demo_path: Path) -> None:
    """ "excluding returned orders" is a follow-up; "only 2024" after revenue by category goes
    on the orders' date (the lines' own order), not the customers' signups."""
    answer = _chain(
        engine, demo_path, "revenue by category", "excluding returned orders", "only 2024"
    )
    expected = truth(
        demo_path,
        "SELECT c.name, CAST(SUM(l.revenue) AS DOUBLE) FROM order_lines l"
        " JOIN orders o USING (order_id) JOIN products p USING (product_id)"
        " JOIN categories c USING (category_id)"
        " WHERE o.status <> 'returned' AND YEAR(o.order_date) = 2024 GROUP BY c.name",
        approx=True,
    )
    assert plotted(answer) == expected


def test_grouping_by_a_kept_column_shows_all_its_values(engine: Engine, demo_path: Path) -> None:
    """ "by channel instead" after "only online": every channel's revenue. The online-only
    condition had stayed, a chart of one bar."""
    answer = _chain(engine, demo_path, "revenue by region", "only online", "by channel instead")
    assert plotted(answer) == truth(demo_path, _BY_CHANNEL, approx=True)


def test_a_bare_grouping_changes_the_chart(engine: Engine, demo_path: Path) -> None:
    """ "by channel" alone after a chart regroups it (it had been read anew: the number of
    rows by channel, the revenue lost)."""
    answer = _chain(engine, demo_path, "revenue by region", "by channel")
    assert plotted(answer) == truth(demo_path, _BY_CHANNEL, approx=True)
