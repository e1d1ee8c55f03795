"""Aggregates at the grain the words ask (issue 12): a number named only for an extreme (a
day's "high", "low") is a level — "yearly high" is the highest high of each year, never the
sum of the days' highs; a distinct count of the very column a chart groups by is 1 in every
group and is refused, not drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly

from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def quotes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("grains") / "quotes.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE quotes AS
        SELECT DATE '2015-01-01' + CAST(i AS INTEGER) AS day, 100 + (i * 37) % 50 AS high, 60 + (i * 11) % 30 AS low,
            ['north', 'south', 'east'][1 + i % 3] AS desk
        FROM range(0, 1500) t(i)
    """)
    con.close()
    return path


def test_yearly_high_is_the_highest_high(engine: Any, quotes: Path) -> None:
    plots_exactly(
        engine,
        quotes,
        "quotes",
        "yearly high since 2016",
        "SELECT DATE_TRUNC('year', day), MAX(high) FROM quotes WHERE day >= DATE '2016-01-01' "
        "GROUP BY 1",
    )


def test_low_by_year_is_the_lowest_low(engine: Any, quotes: Path) -> None:
    plots_exactly(
        engine,
        quotes,
        "quotes",
        "low by year",
        "SELECT DATE_TRUNC('year', day), MIN(low) FROM quotes GROUP BY 1",
    )


def test_an_asked_average_of_a_high_is_kept(engine: Any, quotes: Path) -> None:
    plots_exactly(
        engine,
        quotes,
        "quotes",
        "average high by year",
        "SELECT DATE_TRUNC('year', day), AVG(high) FROM quotes GROUP BY 1",
    )


def test_a_distinct_count_of_the_grouping_column_is_refused() -> None:
    from aiser_jupyter.engine.planners.self_count import no_self_distinct

    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT q.desk, q.desk AS desk_2 FROM quotes AS q",
            "chart": {
                "mark": "bar",
                "encoding": {
                    "x": {"field": "desk"},
                    "y": {"field": "desk_2", "aggregate": "distinct"},
                },
            },
        }
    )
    with pytest.raises(AiserError) as caught:
        no_self_distinct(plan, "duckdb", "distinct desks by desk")
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_a_distinct_count_of_another_column_is_kept() -> None:
    from aiser_jupyter.engine.planners.self_count import no_self_distinct

    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT q.desk, q.day FROM quotes AS q",
            "chart": {
                "mark": "bar",
                "encoding": {
                    "x": {"field": "desk"},
                    "y": {"field": "day", "aggregate": "distinct"},
                },
            },
        }
    )
    no_self_distinct(plan, "duckdb", "distinct days by desk")


@pytest.fixture(scope="module")
def permits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("grains") / "permits.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE permits AS
        SELECT 'P' || i AS permit_number, ['Dog', 'Cat', 'Goat'][1 + i % 3] AS kind,
            ['north', 'south'][1 + i % 2] AS district
        FROM range(0, 300) t(i)
    """)
    con.close()
    return path


def test_rows_counted_per_own_identifier_are_refused(engine: Any, permits: Path) -> None:
    from aiser_jupyter.engine.planners.self_count import no_count_per_key

    engine.connect("permits", str(permits))
    catalog = engine.catalog("permits")
    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT permits.permit_number FROM permits WHERE permits.kind = 'Cat'",
            "chart": {
                "mark": "bar",
                "encoding": {"x": {"field": "permit_number"}, "y": {"aggregate": "count"}},
            },
        }
    )
    with pytest.raises(AiserError) as caught:
        no_count_per_key(plan, catalog, "duckdb", "how many cats are permitted")
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_rows_counted_per_category_are_drawn(engine: Any, permits: Path) -> None:
    plots_exactly(
        engine,
        permits,
        "permits",
        "number of permits by district",
        "SELECT district, COUNT(*) FROM permits GROUP BY 1",
    )
