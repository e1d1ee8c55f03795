"""Dashboard filters: parameters declared once, bound to every chart's base query.

A filter names a column of the charts' base queries (``region``, ``order_date``).
It is applied by wrapping a chart's base query — never by editing its text::

    SELECT * FROM (<the plan's SQL>) AS aiser_filter WHERE region IN ('East', 'West')

The values become SQL literals through sqlglot (quoted for the source's
dialect), and the wrapped plan goes through the same guard and compiler as any
other plan. A chart whose base query does not return the column is left as is.
:mod:`.live` runs charts with a selection; this module only builds the SQL.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlglot import exp

from ...errors import error
from ..plan import ChartPlan
from ..sql.checked import GuardedPlan
from ..sql.guard import render

__all__ = ["MAX_VALUES", "Filter", "apply_filters", "year_range"]

#: Exported pages pre-aggregate each chart per filter value only up to this many values.
MAX_VALUES = 50
Value = str | int | float | bool


class Filter(BaseModel):
    """One dashboard-level filter, kept in the notebook's ``metadata.aiser.filters``."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="Identifier of the filter (letters, digits, underscores).")
    column: str = Field(description="A column returned by the charts' base queries.")
    kind: Literal["category", "date_range"] = "category"
    label: str | None = None
    values: list[Value] | None = Field(
        default=None, description="Category values to offer; found in the data if omitted."
    )

    @field_validator("name")
    @classmethod
    def _identifier(cls, value: str) -> str:
        if not re.match(r"^[A-Za-z][A-Za-z0-9_]{0,63}$", value):
            msg = "a filter name is letters, digits and underscores, starting with a letter"
            raise ValueError(msg)
        return value

    @property
    def title(self) -> str:
        return self.label or self.column.replace("_", " ").capitalize()


def _iso(value: Any, name: str) -> str:
    text = str(value).strip()
    try:
        (datetime if "T" in text or " " in text else date).fromisoformat(text)
    except ValueError:
        raise error(
            "AISER-PLAN-INVALID", f"Filter {name!r} needs ISO dates (YYYY-MM-DD), got {text[:40]!r}"
        ) from None
    return text


def _condition(flt: Filter, selected: Any, dialect: str) -> Any:
    column = exp.column(flt.column, quoted=True)
    if flt.kind == "category":
        if selected is None or selected == "":
            return None  # nothing selected means every value
        values = selected if isinstance(selected, (list, tuple)) else [selected]
        if not values:
            return None
        if not all(isinstance(v, Value) for v in values):
            msg = f"Filter {flt.name!r} selects values: text, numbers or true/false"
            raise error("AISER-PLAN-INVALID", msg)
        return column.isin(*[exp.convert(v) for v in values])
    if selected is None or selected == "":
        return None
    if not isinstance(selected, dict) or not set(selected) <= {"start", "end"}:
        msg = f'Filter {flt.name!r} is a date range: select {{"start": ISO date, "end": ISO date}}'
        raise error("AISER-PLAN-INVALID", msg)
    start, end = selected.get("start"), selected.get("end")
    parts: list[Any] = []
    if start:
        parts.append(
            column
            >= exp.cast(exp.Literal.string(_iso(start, flt.name)), exp.DataType.build("timestamp"))
        )
    if end:  # end is exclusive: [start, end)
        parts.append(
            column
            < exp.cast(exp.Literal.string(_iso(end, flt.name)), exp.DataType.build("timestamp"))
        )
    return exp.and_(*parts) if parts else None


def apply_filters(
    checked: GuardedPlan,
    filters: list[Filter],
    selection: dict[str, Any],
    *,
    columns: set[str] | None = None,
) -> ChartPlan:
    """``plan`` with its base query wrapped in a WHERE for every selected, applicable filter.

    Parameters
    ----------
    checked
        The chart's guarded plan (see :meth:`Engine.check`): its checked base query is
        wrapped, and the plan returned is guarded again when it runs.
    selection
        Filter name → a category value or list of values, or ``{"start": ISO, "end": ISO}``
        (end exclusive) for a date range; a missing or empty entry means "all".
    columns
        The base query's output columns (lower case); a filter whose column is not among
        them is skipped. ``None`` applies every selected filter.
    """
    conditions = []
    for flt in filters:
        if columns is not None and flt.column.lower() not in columns:
            continue
        condition = _condition(flt, selection.get(flt.name), checked.dialect)
        if condition is not None:
            conditions.append(condition)
    if not conditions:
        return checked.plan
    inner = checked.base().subquery("aiser_filter")
    wrapped = exp.select("*").from_(inner).where(exp.and_(*conditions))
    return checked.plan.model_copy(update={"sql": render(wrapped, checked.dialect)})


def year_range(year: int) -> dict[str, str]:
    """The date-range selection covering one calendar year."""
    return {"start": f"{year:04d}-01-01", "end": f"{year + 1:04d}-01-01"}
