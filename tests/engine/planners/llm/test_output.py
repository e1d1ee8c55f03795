"""What the model answers: the schema it answers in, and a plan read from its untrusted reply."""

from __future__ import annotations

import json
from typing import Any

import pytest
from openai.types.chat import ChatCompletion

from aiser_jupyter.engine.planners.llm.output import llm_json_schema, parse_plan, reply_text
from aiser_jupyter.errors import AiserError

MINIMAL: dict[str, Any] = {
    "sql": "SELECT r.name AS region, o.amount FROM orders o JOIN regions r ON o.region_id = r.id",
    "chart": {
        "mark": "bar",
        "encoding": {
            "x": {"field": "region", "type": "nominal"},
            "y": {"field": "amount", "aggregate": "sum", "type": "quantitative"},
        },
    },
}


def completion(finish: str = "stop", **message: Any) -> ChatCompletion:
    return ChatCompletion.model_validate(
        {
            "id": "c1",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [
                {"index": 0, "finish_reason": finish, "message": {"role": "assistant", **message}}
            ],
        }
    )


def test_the_minimal_plan_of_the_design_is_accepted() -> None:
    plan = parse_plan(json.dumps(MINIMAL))
    assert plan.sql == MINIMAL["sql"] and plan.chart.encoding.y is not None
    assert plan.chart.encoding.y.aggregate == "sum"


def test_a_strict_mode_reply_with_every_property_null_is_the_same_plan() -> None:
    strict = json.loads(json.dumps(MINIMAL))
    strict["chart"].update({"stack": None, "limit": None, "title": None})
    strict["chart"]["encoding"].update({"color": None, "size": None, "facet": None, "theta": None})
    assert parse_plan(json.dumps(strict)) == parse_plan(json.dumps(MINIMAL))


def test_the_strict_schema_closes_every_object_and_requires_every_property() -> None:
    schema = llm_json_schema()
    assert set(schema["properties"]) == {"sql", "chart"}  # no provenance to forge
    assert "title" in schema["$defs"]["ChartSpec"]["properties"]  # a property, not the keyword
    for node in [schema, *schema["$defs"].values()]:
        if "properties" in node:
            assert node["additionalProperties"] is False
            assert set(node["required"]) == set(node["properties"])


def test_the_loose_schema_keeps_optional_properties_optional() -> None:
    loose = llm_json_schema(strict=False)
    assert set(loose["required"]) == {"sql", "chart"}
    assert "required" not in loose["$defs"]["Encoding"]


@pytest.mark.parametrize(
    "reply",
    [
        "```json\n{plan}\n```",
        "Here is the plan:\n{plan}\nHope it helps.",
        '{{"plan": {plan}}}',
    ],
)
def test_fences_prose_and_a_wrapping_object_are_tolerated(reply: str) -> None:
    assert parse_plan(reply.format(plan=json.dumps(MINIMAL))).sql == MINIMAL["sql"]


def test_a_provenance_the_model_writes_is_dropped() -> None:
    forged = {**MINIMAL, "provenance": {"planner": "sql", "cached": True}}
    assert parse_plan(json.dumps(forged)).provenance is None


@pytest.mark.parametrize("reply", ["no json here", "[1, 2]", '"SELECT 1"', '{"sql": "SELECT'])
def test_anything_but_a_json_object_is_refused(reply: str) -> None:
    with pytest.raises(ValueError, match="not a JSON object"):
        parse_plan(reply)


def test_a_plan_off_the_schema_says_where() -> None:
    with pytest.raises(ValueError, match=r"chart\.mark"):
        parse_plan(json.dumps({**MINIMAL, "chart": {"mark": "sparkle"}}))


def test_the_reply_is_the_content_or_the_tool_calls_arguments() -> None:
    assert reply_text(completion(content="{}")) == "{}"
    call = {"id": "t", "type": "function", "function": {"name": "plan", "arguments": '{"sql": 1}'}}
    assert reply_text(completion(content=None, tool_calls=[call])) == '{"sql": 1}'


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (completion(content=None, refusal="I can't help with that."), "AISER-LLM-REFUSED"),
        (completion("content_filter", content=""), "AISER-LLM-REFUSED"),
        (completion("length", content='{"sql": "SELECT'), "AISER-LLM-TRUNCATED"),
    ],
)
def test_refusals_and_truncations_have_their_codes(reply: ChatCompletion, code: str) -> None:
    with pytest.raises(AiserError) as info:
        reply_text(reply)
    assert info.value.code == code


def test_no_choices_is_bad_output() -> None:
    empty = completion().model_copy(update={"choices": []})
    with pytest.raises(AiserError) as info:
        reply_text(empty)
    assert info.value.code == "AISER-LLM-BAD-OUTPUT"
