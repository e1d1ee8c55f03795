"""The ``%%chart`` cell that reproduces a plan without an LLM.

The cell body is the plan's SQL, readable as SQL, with the chart spec and the
provenance in ``-- key: value`` comment lines::

    %%chart --db demo
    -- question: total revenue by region
    -- planner: rules
    SELECT regions.name AS region, order_lines.revenue
    FROM order_lines JOIN ...
    -- chart: {"mark": "bar", "encoding": {"x": {"field": "region"}, ...}}

A body of plan JSON (``{"sql": …, "chart": …}``) is accepted as well.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import ValidationError

from ..errors import error
from .plan import ChartPlan, ChartSpec, Provenance

T = TypeVar("T")

__all__ = ["parse_plan_body", "plan_cell"]

_META = re.compile(r"^--\s*(question|planner|model|chart):\s?(.*)$")


def plan_cell(plan: ChartPlan, source: str) -> str:
    """Source of a ``%%chart`` cell whose body is the explicit plan (SQL + chart spec)."""
    lines = [f"%%chart --db {shlex.quote(source)}"]
    p = plan.provenance
    if p is not None:
        for key, value in (("question", p.question), ("planner", p.planner), ("model", p.model)):
            if value:
                lines.append(f"-- {key}: {' '.join(str(value).split())}")
    lines.append(plan.sql.strip())
    spec = plan.chart.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    lines.append(f"-- chart: {json.dumps(spec, ensure_ascii=False)}")
    return "\n".join(lines)


def parse_plan_body(body: str) -> ChartPlan | None:
    """The plan in a cell body (SQL with a ``-- chart:`` line, or plan JSON), else None.

    A body that is meant as a plan but is not a valid one is ``AISER-PLAN-INVALID``.
    """
    text = body.strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            return None
        if not isinstance(data, dict) or "sql" not in data or "chart" not in data:
            return None
        return _validated(ChartPlan.model_validate, data)
    meta: dict[str, str] = {}
    sql_lines = []
    for line in text.splitlines():
        match = _META.match(line.strip())
        if match and match[1] not in meta:
            meta[match[1]] = match[2].strip()
        else:
            sql_lines.append(line)
    if "chart" not in meta:
        return None
    try:
        spec = json.loads(meta["chart"])
    except (json.JSONDecodeError, RecursionError):
        raise error("AISER-PLAN-INVALID", "The '-- chart:' line is not JSON") from None
    chart = _validated(ChartSpec.model_validate, spec)
    provenance = None
    if any(k in meta for k in ("question", "planner", "model")):
        provenance = Provenance(
            planner=meta.get("planner") or "user",
            model=meta.get("model"),
            question=meta.get("question"),
        )
    return ChartPlan(sql="\n".join(sql_lines).strip(), chart=chart, provenance=provenance)


def _validated(validate: Callable[[Any], T], data: Any) -> T:
    try:
        return validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "plan"
        msg = f"The plan in the cell is not valid: {where}: {first['msg']}"
        raise error("AISER-PLAN-INVALID", msg) from None
