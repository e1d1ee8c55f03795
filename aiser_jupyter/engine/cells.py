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

from .plan import ChartPlan, ChartSpec, Provenance

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
    """The plan in a cell body (SQL with a ``-- chart:`` line, or plan JSON), else None."""
    text = body.strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return None
        if not isinstance(data, dict) or "sql" not in data or "chart" not in data:
            return None
        return ChartPlan.model_validate(data)
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
    chart = ChartSpec.model_validate(json.loads(meta["chart"]))
    provenance = None
    if any(k in meta for k in ("question", "planner", "model")):
        provenance = Provenance(
            planner=meta.get("planner") or "user",
            model=meta.get("model"),
            question=meta.get("question"),
        )
    return ChartPlan(sql="\n".join(sql_lines).strip(), chart=chart, provenance=provenance)
