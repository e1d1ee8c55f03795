"""The plan: what to query and how to draw it — data, never code.

:class:`ChartPlan` is the single contract between planners (rules or LLM), the
guard, the compiler, the figure builder, dashboards and the panel. Its JSON Schema
(:func:`plan_json_schema`) is the LLM's structured-output schema and the source
of the panel's TypeScript types. The chart vocabulary is a subset of Vega-Lite's.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "AGGREGATES",
    "CHANNELS",
    "MARKS",
    "TIME_UNITS",
    "Bin",
    "ChartPlan",
    "ChartSpec",
    "Encoding",
    "FieldDef",
    "Provenance",
    "plan_json_schema",
]

Mark = Literal["bar", "line", "area", "point", "arc", "histogram", "heatmap", "box", "table", "kpi"]
MARKS: tuple[str, ...] = Mark.__args__  # type: ignore[attr-defined]
MARK_ALIASES = {
    "scatter": "point",
    "circle": "point",
    "dot": "point",
    "points": "point",
    "pie": "arc",
    "donut": "arc",
    "doughnut": "arc",
    "column": "bar",
    "bars": "bar",
    "rect": "heatmap",
    "boxplot": "box",
    "indicator": "kpi",
    "number": "kpi",
    "lines": "line",
    "tick": "point",
    "square": "point",
}

FieldType = Literal["nominal", "ordinal", "quantitative", "temporal"]
Aggregate = Literal["count", "sum", "mean", "median", "min", "max", "distinct"]
AGGREGATES: tuple[str, ...] = Aggregate.__args__  # type: ignore[attr-defined]
AGGREGATE_ALIASES = {
    "avg": "mean",
    "average": "mean",
    "total": "sum",
    "valid": "count",
    "count_distinct": "distinct",
    "countdistinct": "distinct",
    "distinct_count": "distinct",
    "nunique": "distinct",
    "minimum": "min",
    "maximum": "max",
}
TimeUnit = Literal[
    "year",
    "quarter",
    "month",
    "week",
    "day",
    "date",
    "weekday",
    "hour",
    "yearmonthdatehours",
    "minute",
    "yearquarter",
    "yearmonth",
    "yearweek",
    "yearmonthdate",
    "monthofyear",
    "dayofmonth",
]
TIME_UNITS: tuple[str, ...] = TimeUnit.__args__  # type: ignore[attr-defined]
TIME_UNIT_ALIASES = {
    "yearmonthday": "yearmonthdate",
    "days": "day",
    "months": "month",
    "years": "year",
    "dayofweek": "weekday",
    "dow": "weekday",
    "weeks": "week",
    "quarters": "quarter",
    "hours": "hour",
}
SortSpec = Literal["ascending", "descending", "x", "y", "-x", "-y", "color", "-color"]
CHANNELS = ("x", "y", "color", "size", "facet", "theta", "detail")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Bin(_Model):
    """Binning of a quantitative field (histograms, heatmaps)."""

    maxbins: int | None = Field(
        default=None, ge=2, le=1000, description="Upper bound on the number of bins."
    )
    step: float | None = Field(default=None, gt=0, description="Exact bin width.")


class FieldDef(_Model):
    """One encoding channel: which column, and how it is aggregated or binned."""

    field: str | None = Field(
        default=None,
        description="A column of the plan's SQL result. May be omitted only with aggregate 'count' (COUNT(*)).",
    )
    type: FieldType | None = Field(
        default=None, description="Vega-Lite measurement type; inferred if omitted."
    )
    aggregate: Aggregate | None = None
    bin: bool | Bin | None = None
    timeUnit: TimeUnit | None = None
    sort: SortSpec | list[str] | None = Field(
        default=None,
        description="'ascending'/'descending' by this field, '-y' etc. by another channel, or an explicit order of values.",
    )
    title: str | None = None
    format: str | None = Field(
        default=None,
        max_length=40,
        pattern=r"^[$,.%+\-#0-9a-zA-Z~ ()]*$",
        description="A d3-format string for this channel's numbers on the axis, e.g. ',.0f' or '$,.2f'.",
    )

    @field_validator("aggregate", mode="before")
    @classmethod
    def _aggregate_alias(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().lower()
            return AGGREGATE_ALIASES.get(value, value)
        return value

    @field_validator("timeUnit", mode="before")
    @classmethod
    def _time_unit_alias(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().lower().replace("_", "")
            return TIME_UNIT_ALIASES.get(value, value)
        return value

    @field_validator("sort", mode="before")
    @classmethod
    def _sort_alias(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
            lowered = value.lower()
            return {"asc": "ascending", "desc": "descending"}.get(lowered, lowered)
        return value

    @model_validator(mode="after")
    def _needs_field(self) -> FieldDef:
        if self.field is None and self.aggregate != "count":
            msg = "a channel needs 'field' unless its aggregate is 'count'"
            raise ValueError(msg)
        return self


class Encoding(_Model):
    x: FieldDef | None = None
    y: FieldDef | None = None
    color: FieldDef | None = None
    size: FieldDef | None = None
    facet: FieldDef | None = None
    theta: FieldDef | None = None
    detail: FieldDef | None = Field(
        default=None, description="Group by this field without a visual channel (shown on hover)."
    )

    def channels(self) -> dict[str, FieldDef]:
        """The channels that are set, in a fixed order."""
        return {name: fd for name in CHANNELS if (fd := getattr(self, name)) is not None}


class ChartSpec(_Model):
    """A declarative chart over the columns of the plan's SQL result."""

    mark: Mark
    encoding: Encoding = Field(default_factory=Encoding)
    stack: Literal["zero", "normalize", "grouped"] | bool | None = Field(
        default=None,
        description="For bars/areas with a color channel: stacked (zero/true), normalized, or side by side (grouped/false).",
    )
    limit: int | None = Field(
        default=None,
        ge=1,
        le=100_000,
        description="Keep only the first N groups after sorting (top-N).",
    )
    title: str | None = None

    @field_validator("mark", mode="before")
    @classmethod
    def _mark_alias(cls, value: Any) -> Any:
        if isinstance(value, dict):  # Vega-Lite allows {"type": "bar", ...}
            value = value.get("type")
        if isinstance(value, str):
            value = value.strip().lower()
            return MARK_ALIASES.get(value, value)
        return value


class Provenance(_Model):
    """Who made the plan and at what cost."""

    planner: str = "user"
    model: str | None = None
    question: str | None = None
    schema_fingerprint: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_ms: float | None = None
    cached: bool = False
    notes: list[str] = Field(
        default_factory=list, description="What the planner assumed, in words for the user."
    )
    kind: Literal["verified", "semantic", "inferred"] | None = Field(
        default=None,
        description="verified: a verified question's plan; semantic: built from the semantic layer's metrics/dimensions; inferred: from the schema alone.",
    )
    verified: str | None = Field(default=None, description="The verified question reused.")
    semantic: list[str] = Field(
        default_factory=list, description="The semantic layer's metrics and dimensions used."
    )

    def basis(self) -> str | None:
        """One line for the user: what the answer rests on (None when not known)."""
        if self.kind == "verified":
            return f"verified: reuses the checked plan of {self.verified!r}"
        if self.kind == "semantic":
            return "from the semantic layer: " + ", ".join(self.semantic)
        if self.kind == "inferred":
            return "inferred from the schema (no verified question or semantic layer entry)"
        return None


class ChartPlan(_Model):
    """One read-only SELECT (the base query) plus a chart spec over its columns."""

    sql: str = Field(
        description="One read-only SELECT over the source's tables: joins, filters, derived columns."
    )
    chart: ChartSpec
    provenance: Provenance | None = None

    def fields(self) -> list[str]:
        """Every column the chart refers to."""
        return [fd.field for fd in self.chart.encoding.channels().values() if fd.field]


def plan_json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`ChartPlan` (for the LLM and the TypeScript types)."""
    return ChartPlan.model_json_schema()
