"""The MCP tools' input models: what an agent may send, and what it is refused.

An agent sees these models as the tools' JSON Schemas; a wrong argument is refused
before anything runs (``aiser-jupyter mcp`` turns the refusal into AISER-MCP-ARGS).
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from aiser_jupyter import _mcp_models as models
from aiser_jupyter._protocol import AskRequest
from aiser_jupyter.engine.plan import ChartPlan

PLAN: dict[str, Any] = {
    "sql": "SELECT region, revenue FROM sales",
    "chart": {"mark": "bar", "encoding": {"x": {"field": "region"}, "y": {"field": "revenue"}}},
}


def refused(model: type[models.ToolInput], **args: Any) -> list[str]:
    """The argument names the model refuses ``args`` for."""
    with pytest.raises(ValidationError) as info:
        model.model_validate(args)
    return [".".join(str(p) for p in e["loc"]) for e in info.value.errors()]


def test_every_tool_has_a_description_and_a_closed_schema() -> None:
    for name, model in models.TOOLS.items():
        schema = model.model_json_schema()
        assert model.__doc__ and model.__doc__.strip(), name
        assert schema.get("additionalProperties") is False, name


def test_an_unknown_argument_is_refused() -> None:
    assert refused(models.AskInput, question="revenue by region", limit=5) == ["limit"]


@pytest.mark.parametrize("source", ["postgresql://u:pw@host/db", "/etc/passwd", "../demo", ""])
def test_a_source_is_an_alias_never_a_url_or_a_path(source: str) -> None:
    assert refused(models.AskInput, question="revenue by region", source=source) == ["source"]
    assert models.AskInput(question="revenue by region", source="shop_2").source == "shop_2"


def test_a_question_is_bounded_like_the_panels() -> None:
    longest = AskRequest.model_fields["question"].metadata
    too_long = "x" * (max(getattr(m, "max_length", 0) or 0 for m in longest) + 1)
    assert refused(models.AskInput, question=too_long) == ["question"]
    with pytest.raises(ValidationError):
        AskRequest(question=too_long)


def test_max_rows_stays_within_its_bounds() -> None:
    assert refused(models.SelectInput, sql="SELECT 1", max_rows=0) == ["max_rows"]
    assert refused(models.SelectInput, sql="SELECT 1", max_rows=1001) == ["max_rows"]
    assert models.SelectInput(sql="SELECT 1").max_rows == 100


def test_a_chart_type_is_one_the_engine_draws() -> None:
    assert refused(models.AskInput, question="revenue", mark="radar") == ["mark"]
    assert models.AskInput(question="revenue", mark="line").mark == "line"


def test_save_takes_exactly_one_of_a_question_and_a_plan() -> None:
    assert refused(models.SaveInput, dashboard="board.ipynb")
    both = refused(models.SaveInput, dashboard="board.ipynb", question="revenue", plan=PLAN)
    assert both
    by_plan = models.SaveInput(dashboard="board.ipynb", plan=PLAN)
    assert isinstance(by_plan.plan, ChartPlan) and by_plan.question is None


def test_a_saved_plan_is_checked_like_any_plan() -> None:
    bad = {**PLAN, "chart": {"mark": "radar", "encoding": {"x": {"field": "region"}}}}
    assert refused(models.SaveInput, dashboard="board.ipynb", plan=bad)[0].startswith("plan")


def test_an_export_writes_an_html_file() -> None:
    assert refused(models.ExportInput, dashboard="board.ipynb", out="board.ipynb") == ["out"]
    assert models.ExportInput(dashboard="board.ipynb", out="board.html").refresh is True


def test_only_the_tools_that_write_files_say_so() -> None:
    writers = {name for name, model in models.TOOLS.items() if model.writes}
    assert writers == {"save_chart", "export_dashboard"}
