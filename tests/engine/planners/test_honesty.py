"""Right, or honest about it: every word of a question is accounted for by the plan.

A plan that leaves out a value, a number, a date part or a measure the question asked
for answers a different question: it is refused (AISER-PLAN-UNSURE), never drawn.
The title says what was computed, not what was asked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.plan import ChartPlan, Provenance
from aiser_jupyter.engine.planners.honesty import account, check_plan
from aiser_jupyter.engine.planners.titles import describe_plan
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def shipments(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A table with abbreviated column names, as real extracts have them."""
    import duckdb

    path = tmp_path_factory.mktemp("honesty") / "ship.duckdb"
    con = duckdb.connect(str(path))
    con.sql(
        "CREATE TABLE shipments AS SELECT 'v' || (i % 4) AS vendor, "
        "(i % 7)::INTEGER AS rcv_delay, (i % 5)::INTEGER AS shp_delay, "
        "DATE '2023-01-01' + INTERVAL (i % 365) DAY AS ship_dt "
        "FROM range(400) t(i)"
    )
    con.close()
    return path


def plan(sql: str, x: str | None, y: dict[str, Any], **chart: Any) -> ChartPlan:
    encoding: dict[str, Any] = {"y": y}
    if x is not None:
        encoding["x"] = {"field": x}
    return ChartPlan.model_validate(
        {"sql": sql, "chart": {"mark": "bar", "encoding": encoding, **chart}}
    )


REVENUE_BY_REGION = plan(
    "SELECT r.name AS region, l.revenue FROM order_lines l JOIN orders o USING (order_id) "
    "JOIN customers c USING (customer_id) JOIN regions r USING (region_id)",
    "region",
    {"field": "revenue", "aggregate": "sum"},
)


def test_a_plan_that_uses_every_word_passes_with_a_title_from_the_plan(engine: Any) -> None:
    catalog = engine.catalog("demo")
    checked = check_plan(
        "total revenue by region", REVENUE_BY_REGION.model_copy(deep=True), catalog, "duckdb"
    )
    assert checked.chart.title == "Sum of revenue by region"


@pytest.mark.parametrize(
    ("question", "word", "kind"),
    [
        ("total revenue by region in July", "july", "date"),
        ("total revenue by region since 2023", "2023", "number"),
        ("average revenue by region", "average", "measure"),
        ("total revenue and quantity by region", "quantity", "measure"),
        ("total revenue by region and channel", "channel", "name"),
    ],
)
def test_a_word_the_plan_leaves_out_refuses_the_chart(
    engine: Any, question: str, word: str, kind: str
) -> None:
    catalog = engine.catalog("demo")
    with pytest.raises(AiserError) as caught:
        check_plan(question, REVENUE_BY_REGION.model_copy(deep=True), catalog, "duckdb")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert word in caught.value.details["unused"]
    assert caught.value.details["understood"] == "Sum of revenue by region"
    got = {u.text: u.kind for u in account(question, REVENUE_BY_REGION, catalog, "duckdb").unused}
    assert got[word] == kind


def test_words_the_plan_explains_by_values_dates_and_limits(engine: Any) -> None:
    catalog = engine.catalog("demo")
    filtered = plan(
        "SELECT r.name AS region, l.revenue FROM order_lines l JOIN orders o USING (order_id) "
        "JOIN customers c USING (customer_id) JOIN regions r USING (region_id) "
        "WHERE o.channel = 'online' AND o.order_date >= DATE '2024-07-01' "
        "AND o.order_date < DATE '2024-08-01'",
        "region",
        {"field": "revenue", "aggregate": "sum"},
        limit=3,
    )
    question = "top 3 regions by total revenue from online orders in July 2024"
    result = account(question, filtered, catalog, "duckdb")
    assert result.blocking == []
    assert {"online", "july", "2024", "3"} <= set(result.used)


def test_other_unused_words_are_reported_in_the_notes(engine: Any) -> None:
    catalog = engine.catalog("demo")
    checked = check_plan(
        "total revenue by region, pretty please",
        REVENUE_BY_REGION.model_copy(deep=True, update={"provenance": Provenance(planner="rules")}),
        catalog,
        "duckdb",
    )
    assert checked.provenance is not None
    assert any("pretty" in note for note in checked.provenance.notes)


def test_the_wrong_measure_under_an_abbreviation_is_refused(engine: Any, shipments: Path) -> None:
    engine.connect("ship", str(shipments))
    catalog = engine.catalog("ship")
    wrong = plan(
        "SELECT vendor, shp_delay FROM shipments",
        "vendor",
        {"field": "shp_delay", "aggregate": "sum"},
    )
    with pytest.raises(AiserError) as caught:
        check_plan("average receiving delay by vendor", wrong, catalog, "duckdb")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert {"average", "receiving"} <= set(caught.value.details["unused"])
    assert "rcv_delay" in caught.value.details["suggestions"]
    right = plan(
        "SELECT vendor, rcv_delay FROM shipments",
        "vendor",
        {"field": "rcv_delay", "aggregate": "mean"},
    )
    assert check_plan(
        "average receiving delay by vendor", right, catalog, "duckdb"
    ).chart.title == ("Average of rcv_delay by vendor")


def test_the_rules_planner_reads_a_month_and_year_or_refuses(engine: Any, demo_path: Path) -> None:
    """Never drawn without it: the month and year filter the chart, or the plan is refused."""
    import duckdb

    try:
        answer = engine.ask("number of customers by segment in March 2021", "demo")
    except AiserError as refused:
        assert refused.code == "AISER-PLAN-UNSURE"
        return
    fields = answer.compiled.fields
    got = {r[fields["x"].alias]: r[fields["y"].alias] for r in answer.table.to_pylist()}
    con = duckdb.connect(str(demo_path), read_only=True)
    want = dict(
        con.sql(
            "SELECT segment, COUNT(*) FROM customers WHERE signup_date >= DATE '2021-03-01' "
            "AND signup_date < DATE '2021-04-01' GROUP BY segment"
        ).fetchall()
    )
    con.close()
    assert got == want


@pytest.mark.parametrize(
    ("spec", "title"),
    [
        (
            {"mark": "bar", "encoding": {"x": {"field": "region"}, "y": {"aggregate": "count"}}},
            "Count of rows by region",
        ),
        (
            {
                "mark": "line",
                "encoding": {
                    "x": {"field": "d", "timeUnit": "yearmonth"},
                    "y": {"field": "v", "aggregate": "mean"},
                },
            },
            "Average of v by d (month)",
        ),
        (
            {
                "mark": "bar",
                "limit": 5,
                "encoding": {
                    "x": {"field": "p"},
                    "y": {"field": "q", "aggregate": "sum"},
                    "color": {"field": "c"},
                },
            },
            "Top 5: Sum of q by p and c",
        ),
        ({"mark": "kpi", "encoding": {"y": {"field": "v", "aggregate": "max"}}}, "Maximum of v"),
    ],
)
def test_titles_describe_the_plan(spec: dict[str, Any], title: str) -> None:
    assert describe_plan(ChartPlan.model_validate({"sql": "SELECT 1", "chart": spec})) == title


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("freight cost for vendor v1 over time", {"freight", "cost"}),
        ("shipments for vendor v1 over time", set()),  # a plural names the rows counted
        ("number of shipments for vendor v1 by ship date", set()),
        ("vendor v1 over time", set()),
    ],
)
def test_a_count_nobody_asked_for_is_refused(
    engine: Any, shipments: Path, question: str, refused: set[str]
) -> None:
    """A quantity the schema lacks ("freight cost") is not drawn as a count of rows: no word
    asked to count, so the count would answer a different question."""
    engine.connect("ship", str(shipments))
    counted = plan(
        "SELECT ship_dt FROM shipments WHERE vendor = 'v1'",
        "ship_dt",
        {"aggregate": "count"},
        mark="line",
    )
    if refused:
        with pytest.raises(AiserError) as caught:
            check_plan(question, counted, engine.catalog("ship"), "duckdb")
        assert caught.value.code == "AISER-PLAN-UNSURE"
        assert refused <= set(caught.value.details["unused"])
    else:
        check_plan(question, counted, engine.catalog("ship"), "duckdb")
