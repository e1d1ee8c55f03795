"""Small phrases read as part of another part of the question (issue 12): "per capita" beside
a number's name is part of that name, not a grouping; "over December 2015" is the span a line
is drawn over, not a threshold. Where the plan cannot honour them, the question is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def regions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("small_phrases") / "regions.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE regions AS
        SELECT 'Region ' || i AS region, 30000.0 + 917 * i AS income, 1000 + 37 * i AS population
        FROM range(1, 41) t(i)
    """)
    con.execute("""
        CREATE TABLE prices AS
        SELECT DATE '2015-10-01' + INTERVAL (i) DAY AS day, 100.0 + (i * 7) % 13 AS close
        FROM range(0, 120) t(i)
    """)
    con.execute("""
        CREATE TABLE nations AS
        SELECT 'Nation ' || i AS nation, 1000.0 * i AS gdp, 10.0 * i AS gdp_per_capita
        FROM range(1, 21) t(i)
    """)
    con.close()
    return path


def test_per_capita_income_is_the_income_column(engine: Any, regions: Path) -> None:
    plots_exactly(
        engine,
        regions,
        "regions",
        "histogram of the regions' per capita income, in bins of 5,000",
        "SELECT FLOOR(income / 5000) * 5000, COUNT(*) FROM regions GROUP BY 1",
    )


def test_income_per_capita_after_the_name(engine: Any, regions: Path) -> None:
    plots_exactly(
        engine,
        regions,
        "regions",
        "income per capita by region",
        "SELECT region, SUM(income) FROM regions GROUP BY 1",
    )


def test_per_capita_beside_a_column_named_for_it_never_draws_the_total(
    engine: Any, regions: Path
) -> None:
    from aiser_jupyter.errors import AiserError

    engine.connect("regions", str(regions))
    try:
        answer = engine.ask("gdp per capita by nation", "regions")
    except AiserError as caught:
        assert caught.code == "AISER-PLAN-UNSURE"
        return
    assert "gdp_per_capita" in answer.plan.sql.lower(), answer.plan.sql


def test_over_a_month_is_a_line_over_it_by_day(engine: Any, regions: Path) -> None:
    plots_exactly(
        engine,
        regions,
        "regions",
        "close over December 2015",
        "SELECT day, close FROM prices WHERE day >= DATE '2015-12-01' AND day < DATE '2016-01-01'",
    )


def test_over_time_within_a_month_is_drawn_by_day(engine: Any, regions: Path) -> None:
    plots_exactly(
        engine,
        regions,
        "regions",
        "close over time in November 2015",
        "SELECT day, close FROM prices WHERE day >= DATE '2015-11-01' AND day < DATE '2015-12-01'",
    )


def test_a_total_over_a_month_is_never_a_threshold(engine: Any, regions: Path) -> None:
    refuses(engine, regions, "regions", "total close over December 2015", "over")
