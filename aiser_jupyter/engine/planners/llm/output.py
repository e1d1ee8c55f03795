"""What the model answers: the schema it answers in, and a plan read from its reply.

The reply is untrusted input: :func:`parse_plan` accepts a JSON object only (code
fences, a wrapping ``{"plan": …}`` and strict mode's nulls tolerated) and validates it
as a :class:`~aiser_jupyter.engine.plan.ChartPlan`; the guard and the compiler check it
after that.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from pydantic import ValidationError

from ....errors import error
from ...plan import ChartPlan, plan_json_schema

__all__ = ["llm_json_schema", "parse_plan", "reply_text"]

_DROP_KEYS = {"title", "default", "description"}  # the system prompt explains the fields
_UNSUPPORTED = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}


def llm_json_schema(strict: bool = True) -> dict[str, Any]:
    """The ChartPlan schema the model answers with (no provenance).

    With ``strict``, every object lists all its properties as required (optional
    ones made nullable) and forbids others, as OpenAI's strict mode demands; the
    planner drops the nulls before validating, so plain plans stay valid.
    """
    schema = copy.deepcopy(plan_json_schema())
    schema["properties"].pop("provenance", None)
    schema["$defs"].pop("Provenance", None)

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(n) for n in node]
        if not isinstance(node, dict):
            return node
        out = {
            k: ({n: walk(p) for n, p in v.items()} if k in ("properties", "$defs") else walk(v))
            for k, v in node.items()
            if k not in _DROP_KEYS and not (strict and k in _UNSUPPORTED)
        }
        if strict and out.get("type") == "object" and "properties" in out:
            required = set(node.get("required", []))
            for name, prop in out["properties"].items():
                if name not in required and not _nullable(prop):
                    out["properties"][name] = {"anyOf": [prop, {"type": "null"}]}
            out["required"] = list(out["properties"])
            out["additionalProperties"] = False
        return out

    return dict(walk(schema))


def _nullable(prop: dict[str, Any]) -> bool:
    return prop.get("type") == "null" or any(p.get("type") == "null" for p in prop.get("anyOf", []))


def _drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_nulls(v) for v in value]
    return value


def parse_plan(text: str) -> ChartPlan:
    """A :class:`ChartPlan` from a model's text; ``ValueError`` says what is wrong with it."""
    stripped = re.sub(r"^\s*```(?:json)?\s*|\s*```\s*$", "", text.strip())
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError:
        start, end = stripped.find("{"), stripped.rfind("}")
        try:
            data = json.loads(stripped[start : end + 1]) if 0 <= start < end else None
        except json.JSONDecodeError:
            data = None
        if data is None:
            msg = "the answer is not a JSON object"
            raise ValueError(msg) from None
    if isinstance(data, dict) and "plan" in data and "sql" not in data:
        data = data["plan"]  # some models wrap the object
    if not isinstance(data, dict):
        msg = "the answer is not a JSON object"
        raise ValueError(msg)
    data = _drop_nulls(data)
    data.pop("provenance", None)
    try:
        return ChartPlan.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'plan'}: {e['msg']}" for e in exc.errors()[:5]
        )
        msg = f"the plan does not match the schema ({problems})"
        raise ValueError(msg) from None


def reply_text(completion: Any) -> str:
    choices = getattr(completion, "choices", None) or []
    if not choices:
        raise error("AISER-LLM-BAD-OUTPUT", "The model endpoint returned no choices")
    choice = choices[0]
    message = choice.message
    if getattr(message, "refusal", None) or choice.finish_reason == "content_filter":
        said = (getattr(message, "refusal", None) or "content filter")[:200]
        raise error("AISER-LLM-REFUSED", f"The model declined: {said}")
    if choice.finish_reason == "length":
        raise error(
            "AISER-LLM-TRUNCATED",
            "The model's answer hit the token limit before the plan was complete",
        )
    calls = getattr(message, "tool_calls", None) or []
    for call in calls:
        function = getattr(call, "function", None)
        if function is not None and function.arguments:
            return str(function.arguments)
    return str(message.content or "")
