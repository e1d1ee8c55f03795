"""The ``%%chart`` cell that reproduces a plan without an LLM."""

from __future__ import annotations

import json
import shlex

from .plan import ChartPlan, Provenance

__all__ = ["parse_plan_body", "plan_cell"]


def plan_cell(plan: ChartPlan, source: str) -> str:
    """Source of a ``%%chart`` cell whose body is the explicit plan (SQL + chart spec)."""
    kept = None
    if plan.provenance is not None:
        p = plan.provenance
        kept = Provenance(planner=p.planner, model=p.model, question=p.question)
    explicit = plan.model_copy(update={"provenance": kept})
    body = json.dumps(
        explicit.model_dump(mode="json", exclude_none=True, exclude_defaults=True), indent=1
    )
    return f"%%chart --db {shlex.quote(source)}\n{body}"


def parse_plan_body(body: str) -> ChartPlan | None:
    """The plan in a cell body that is plan JSON, else None."""
    text = body.strip()
    if not text.startswith("{"):
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    if not isinstance(data, dict) or "sql" not in data or "chart" not in data:
        return None
    return ChartPlan.model_validate(data)
