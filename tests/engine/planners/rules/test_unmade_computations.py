"""Computations the rule planner does not make are refused, never drawn as plain sums under
the user's words (issue 12): "cumulative revenue by month", "running total", "moving
average", "growth", "the difference between 2023 and 2024". Where the words ask for what the
plan does compute — "cumulative revenue" alone is the total, a "difference" the SQL takes —
the answer is drawn; "the last 3 months" is the latest periods of the data, never the three
months with the least revenue.

Daily sales by region and a table of daily highs and lows, invented here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def sales(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("sales") / "sales.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (day DATE, region VARCHAR, revenue DOUBLE)")
    con.executemany(
        "INSERT INTO sales VALUES (DATE '2023-01-01' + INTERVAL (?) DAY, ?, ?)",
        [[k, ["North", "South", "West"][k % 3], 100.0 + k * 37 % 400] for k in range(700)],
    )
    con.execute("CREATE TABLE states (state VARCHAR, income DOUBLE)")
    con.executemany(
        "INSERT INTO states VALUES (?, ?)",
        [[s, 30000.0 + k * 731 % 20000] for k, s in enumerate(["Ohio", "Texas", "Utah", "Iowa"])],
    )
    con.execute("CREATE TABLE prices (day DATE, high DOUBLE, low DOUBLE)")
    con.executemany(
        "INSERT INTO prices VALUES (DATE '2023-01-01' + INTERVAL (?) DAY, ?, ?)",
        [[k, 50.0 + k % 17, 40.0 + k % 13] for k in range(300)],
    )
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("cumulative revenue by month", "cumulative"),
        ("running total of revenue by month", "running"),
        ("moving average of revenue by month", "moving"),
        ("revenue growth by region", "growth"),
        ("difference in revenue between 2023 and 2024 by region", "difference"),
        ("top 2 days by revenue in each region", "each"),
        ("revenue per capita by region", "capita"),
        ("revenue on weekends vs weekdays", "weekdays"),  # Saturday and Sunday alone kept
    ],
)
def test_a_computation_not_made_is_refused(
    engine: Engine, sales: Path, question: str, word: str
) -> None:
    refuses(engine, sales, "s", question, word)


def test_cumulative_with_no_time_axis_is_the_total(engine: Engine, sales: Path) -> None:
    engine.connect("s", str(sales))
    answer = engine.ask("cumulative revenue", "s")
    assert kpi(answer) == pytest.approx(one(sales, "SELECT SUM(revenue) FROM sales"))
    plots_exactly(
        engine,
        sales,
        "s",
        "cumulative revenue by region",
        "SELECT region, SUM(revenue) FROM sales GROUP BY 1",
    )


def test_a_difference_the_plan_takes_is_drawn(engine: Engine, sales: Path) -> None:
    engine.connect("s", str(sales))
    answer = engine.ask("largest difference between high and low", "s")
    assert kpi(answer) == one(sales, "SELECT MAX(high - low) FROM prices")


def test_the_last_n_periods_are_a_time_range(engine: Engine, sales: Path) -> None:
    engine.connect("s", str(sales))
    answer = engine.ask("revenue in the last 3 months", "s")  # 90 days up to the latest one
    latest = "(SELECT MAX(day) FROM sales)"
    truth = f"SELECT SUM(revenue) FROM sales WHERE day > {latest} - INTERVAL 90 DAY"
    assert kpi(answer) == pytest.approx(one(sales, truth))
    plots_exactly(
        engine,
        sales,
        "s",
        "monthly revenue over the last 6 months",
        f"SELECT DATE_TRUNC('month', day), SUM(revenue) FROM sales"
        f" WHERE day > {latest} - INTERVAL 180 DAY GROUP BY 1",
    )


def test_per_capita_of_a_table_of_places_is_its_figure(engine: Engine, sales: Path) -> None:
    # a state's income is said per head of its people; a region's revenue is not
    plots_exactly(
        engine, sales, "s", "per capita income by state", "SELECT state, income FROM states"
    )
