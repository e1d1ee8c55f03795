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
