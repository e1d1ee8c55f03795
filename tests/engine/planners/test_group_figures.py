"""Figures of groups and of people (issue 12): "shops that sold more than N" compares each
shop's total (HAVING), "income trend for respondents" averages each person's income, "average
X per shop by format in 2020" is the mean over the shops of each format, and "staff who
quit" is a condition the chart must keep — or the question is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def shops(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("figures") / "shops.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE grants AS
        SELECT ['North', 'South', 'East', 'West'][1 + i % 4] AS area,
            2000 + i % 3 AS year, 10.0 + (i * 37) % 90 AS amount
        FROM range(120) t(i)""")
    con.execute("""
        CREATE TABLE survey AS
        SELECT 2000 + i % 5 AS year, ['school', 'college', 'graduate'][1 + i % 3] AS schooling,
            20000.0 + (i * 7919) % 50000 AS income, 20 + i % 40 AS age
        FROM range(300) t(i)""")
    con.execute("""
        CREATE TABLE store_years AS
        SELECT 'shop ' || s AS shop, ['mall', 'street', 'outlet'][1 + s % 3] AS format,
            y AS year, 5 + (s * 13 + y * 7) % 40 AS staff_count
        FROM range(30) a(s), range(2018, 2022) b(y)""")
    con.execute("""
        CREATE TABLE staff AS
        SELECT ['sales', 'support', 'ops'][1 + i % 3] AS role,
            ['Yes', 'No', 'No'][1 + (i * 7) % 3] AS quit, 1 + (i * 5) % 12 AS tenure_years
        FROM range(90) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        (  # each area's total is compared, not each grant
            "areas that received more than 1500 amount in 2001",
            "SELECT area, SUM(amount) FROM grants WHERE year = 2001 GROUP BY area"
            " HAVING SUM(amount) > 1500",
        ),
        (  # a person's income over the years: the respondents' mean, not their sum
            "income trend for respondents with a graduate schooling",
            "SELECT year, AVG(income) FROM survey WHERE schooling = 'graduate' GROUP BY year",
        ),
        (  # one row per store in 2020: the mean over each format's stores
            "average staff count per shop by format in 2020",
            "SELECT format, AVG(staff_count) FROM store_years WHERE year = 2020 GROUP BY format",
        ),
    ],
)
def test_a_figure_of_groups_or_people_is_drawn(
    engine: Any, shops: Path, question: str, truth: str
) -> None:
    plots_exactly(engine, shops, "shops", question, truth)


def test_income_without_people_named_still_adds_up(engine: Any, shops: Path) -> None:
    plots_exactly(
        engine,
        shops,
        "shops",
        "income by year",
        "SELECT year, SUM(income) FROM survey GROUP BY year",
    )


def test_a_row_comparison_of_areas_said_with_with_stays_on_rows(engine: Any, shops: Path) -> None:
    plots_exactly(
        engine,
        shops,
        "shops",
        "total amount by area for grants of more than 50 amount",
        "SELECT area, SUM(amount) FROM grants WHERE amount > 50 GROUP BY area",
    )


def test_a_relative_clause_whose_verb_is_unused_is_refused(engine: Any, shops: Path) -> None:
    refuses(engine, shops, "shops", "average tenure years for staff who left, per role", "left")
