import pytest
from pydantic import ValidationError

from aiser_jupyter.engine.plan import ChartPlan, plan_json_schema

MINIMAL = {
    "sql": "SELECT r.name AS region, o.amount FROM orders o JOIN regions r ON o.region_id = r.id",
    "chart": {
        "mark": "bar",
        "encoding": {
            "x": {"field": "region", "type": "nominal"},
            "y": {"field": "amount", "aggregate": "sum", "type": "quantitative"},
        },
    },
}


def test_the_minimal_plan_of_the_design_validates_as_it_is():
    plan = ChartPlan.model_validate(MINIMAL)
    assert plan.chart.mark == "bar"
    assert plan.chart.encoding.y is not None and plan.chart.encoding.y.aggregate == "sum"
    assert plan.fields() == ["region", "amount"]


@pytest.mark.parametrize(
    ("given", "mark"),
    [("scatter", "point"), ("pie", "arc"), ("Donut", "arc"), ({"type": "line"}, "line")],
)
def test_common_mark_names_are_accepted(given, mark):
    data = {**MINIMAL, "chart": {**MINIMAL["chart"], "mark": given}}
    assert ChartPlan.model_validate(data).chart.mark == mark


@pytest.mark.parametrize(
    ("given", "want"),
    [("avg", "mean"), ("average", "mean"), ("count_distinct", "distinct"), ("SUM", "sum")],
)
def test_aggregate_aliases_normalise(given, want):
    data = {
        **MINIMAL,
        "chart": {"mark": "bar", "encoding": {"y": {"field": "amount", "aggregate": given}}},
    }
    assert ChartPlan.model_validate(data).chart.encoding.y.aggregate == want


def test_a_channel_without_field_needs_count():
    with pytest.raises(ValidationError, match="field"):
        ChartPlan.model_validate(
            {**MINIMAL, "chart": {"mark": "bar", "encoding": {"y": {"aggregate": "sum"}}}}
        )
    plan = ChartPlan.model_validate(
        {**MINIMAL, "chart": {"mark": "bar", "encoding": {"y": {"aggregate": "count"}}}}
    )
    assert plan.chart.encoding.y.field is None


def test_unknown_keys_and_marks_are_refused():
    with pytest.raises(ValidationError):
        ChartPlan.model_validate({**MINIMAL, "python": "import os"})
    with pytest.raises(ValidationError):
        ChartPlan.model_validate({**MINIMAL, "chart": {"mark": "sankey", "encoding": {}}})


def test_json_schema_describes_sql_and_chart():
    schema = plan_json_schema()
    assert set(schema["required"]) == {"sql", "chart"}
    assert "FieldDef" in schema["$defs"] and "ChartSpec" in schema["$defs"]


def test_a_plan_cell_round_trips_and_reads_as_sql():
    from aiser_jupyter.engine.cells import parse_plan_body, plan_cell
    from aiser_jupyter.engine.plan import Provenance

    plan = ChartPlan.model_validate(MINIMAL).model_copy(
        update={"provenance": Provenance(planner="rules", question="revenue\nby region")}
    )
    cell = plan_cell(plan, "demo")
    header, _, body = cell.partition("\n")
    assert header == "%%chart --db demo"
    assert "SELECT r.name AS region" in body.splitlines()[2]
    again = parse_plan_body(body)
    assert again.sql == plan.sql and again.chart == plan.chart
    assert again.provenance.question == "revenue by region" and again.provenance.planner == "rules"
    assert parse_plan_body("SELECT 1") is None
    assert parse_plan_body('{"sql": "SELECT 1", "chart": {"mark": "kpi"}}').chart.mark == "kpi"
