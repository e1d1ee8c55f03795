"""Live dashboard filters: which charts a filter applies to, the values it offers, and the
dashboard re-run with a selection — each through the engine (guard first), never the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...errors import AiserError
from ..compile.basecols import base_columns
from ..plan import ChartPlan
from ..sql.checked import GuardedPlan
from .filters import MAX_VALUES, Filter, apply_filters

if TYPE_CHECKING:
    from ..answer import Answer
    from ..core import Engine
    from .dashboard import ChartRef, Dashboard

__all__ = ["applies", "filter_values", "run_dashboard"]


def _base_columns(checked: GuardedPlan, engine: Engine, source: str) -> set[str]:
    catalog = engine.catalog(source)
    return {name.lower() for name in base_columns(checked.base(), catalog, checked.dialect)}


def applies(flt: Filter, plan: ChartPlan, engine: Engine, source: str) -> bool:
    """Whether ``plan``'s base query (checked by the guard first) returns the filter's column."""
    return flt.column.lower() in _base_columns(engine.check(plan, source), engine, source)


def filter_values(
    flt: Filter, plan: ChartPlan, engine: Engine, source: str, *, limit: int = MAX_VALUES
) -> list[Any] | None:
    """The filter's values in the data of ``plan``'s base query (``None`` past ``limit``).

    A category filter gives its distinct values; a date range gives the years it spans
    (offered as whole-year ranges in exported pages).
    """
    if flt.kind == "category" and flt.values is not None:
        return list(flt.values) if len(flt.values) <= limit else None
    x: dict[str, Any] = {"field": flt.column, "sort": "ascending"}
    if flt.kind == "date_range":
        x["timeUnit"] = "year"
    probe = ChartPlan.model_validate(
        {
            "sql": plan.sql,
            "chart": {
                "mark": "bar",
                "limit": limit + 1,
                "encoding": {"x": x, "y": {"aggregate": "count"}},
            },
        }
    )
    table = engine.run_plan(probe, source).table
    if table.num_rows > limit:
        return None
    values = table.column(0).to_pylist()
    if flt.kind == "date_range":
        return [int(getattr(v, "year", None) or str(v)[:4]) for v in values if v is not None]
    return [v.item() if hasattr(v, "item") else v for v in values if v is not None]


def run_dashboard(
    board: Dashboard, engine: Engine, selection: dict[str, Any]
) -> list[tuple[ChartRef, Answer | AiserError]]:
    """Re-run every chart of ``board`` with the dashboard filters set to ``selection``.

    Each chart gets its :class:`Answer`, or the :class:`AiserError` that stopped it
    (one failing chart does not stop the others). This is what live filter controls call.
    """
    filters = [Filter.model_validate(f) for f in board.filters]
    results: list[tuple[ChartRef, Answer | AiserError]] = []
    for ref in board.charts():
        try:
            checked = engine.check(ref.plan, ref.source)
            columns = _base_columns(checked, engine, ref.source)
            plan = apply_filters(checked, filters, selection, columns=columns)
            results.append((ref, engine.run_plan(plan, ref.source)))
        except AiserError as exc:
            results.append((ref, exc))
    return results
