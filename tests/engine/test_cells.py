"""Plan cells (cells.py): a plan written as a %%chart cell, read back as the same plan."""

from aiser_jupyter.engine.cells import parse_plan_body, plan_cell
from aiser_jupyter.engine.plan import ChartPlan, Provenance

PLAN = {
    "sql": "SELECT r.name AS region, o.amount FROM orders o JOIN regions r ON o.region_id = r.id",
    "chart": {
        "mark": "bar",
        "encoding": {
            "x": {"field": "region", "type": "nominal"},
            "y": {"field": "amount", "aggregate": "sum", "type": "quantitative"},
        },
    },
}


def test_a_plan_cell_round_trips_and_reads_as_sql():
    plan = ChartPlan.model_validate(PLAN).model_copy(
        update={"provenance": Provenance(planner="rules", question="revenue\nby region")}
    )
    cell = plan_cell(plan, "demo")
    header, _, body = cell.partition("\n")
    assert header == "%%chart --db demo"
    assert "SELECT r.name AS region" in body.splitlines()[2]
    again = parse_plan_body(body)
    assert again.sql == plan.sql and again.chart == plan.chart
    assert again.provenance.question == "revenue by region" and again.provenance.planner == "rules"


def test_a_plain_select_is_not_a_plan_body():
    assert parse_plan_body("SELECT 1") is None


def test_a_json_plan_is_a_plan_body():
    assert parse_plan_body('{"sql": "SELECT 1", "chart": {"mark": "kpi"}}').chart.mark == "kpi"
