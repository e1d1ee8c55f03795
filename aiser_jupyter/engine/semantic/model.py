"""The semantic layer file as pydantic models: the contract, and the source of its JSON Schema.

One YAML file per project (``aiser.semantic.yaml`` beside the notebooks). ``sources`` maps
a source alias (or ``default``, used by every source without its own entry) to what the
people who know the data say about it: table and column descriptions and synonyms, metrics,
derived dimensions, joins, each table's time column, and verified questions with the plan
someone checked. :func:`schema_json` is the published JSON Schema
(``aiser.semantic.schema.json`` at the repository root, generated — do not edit).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from ..catalog.semantics import MetricAggregate
from ..plan import ChartPlan

__all__ = [
    "DEFAULT_KEY",
    "ColumnDoc",
    "DimensionDef",
    "JoinDef",
    "MetricDef",
    "SemanticFile",
    "SourceLayer",
    "TableDoc",
    "VerifiedQuestion",
    "schema_json",
]

#: The ``sources`` key whose entry every source without its own entry uses.
DEFAULT_KEY = "default"
_NAME = r"^[A-Za-z_][A-Za-z0-9_]{0,62}$"
_JOIN = re.compile(r"^\s*[^.=\s]+\.[^.=\s]+\s*=\s*[^.=\s]+\.[^.=\s]+\s*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _words(values: list[str]) -> list[str]:
    return [v for v in (x.strip() for x in values) if v]


Words = Annotated[list[str], AfterValidator(_words)]


class ColumnDoc(_Strict):
    """What a column means."""

    description: str | None = Field(default=None, max_length=2_000)
    synonyms: Words = Field(
        default_factory=list, description="Other words people use for this column."
    )


class TableDoc(_Strict):
    """What a table holds, its other names, its default date column and its columns."""

    description: str | None = Field(default=None, max_length=4_000)
    synonyms: Words = Field(default_factory=list)
    time_column: str | None = Field(
        default=None, description="The date column a question about time means by default."
    )
    columns: dict[str, ColumnDoc] = Field(default_factory=dict)


class MetricDef(_Strict):
    """A governed measure: a row-level SQL expression and how it is aggregated — or an
    aggregate expression itself (a ratio of two sums), with ``aggregate`` left out or
    ``custom``."""

    name: str = Field(pattern=_NAME, description="Letters, digits and underscores.")
    table: str = Field(description="The table whose rows the expression reads.")
    sql: str = Field(
        min_length=1,
        max_length=4_000,
        description=(
            "A row-level SQL expression over the table's columns, aggregated by 'aggregate'; "
            "or an aggregate expression such as 'SUM(volume) / NULLIF(SUM(sales), 0)' "
            "(a ratio of totals), used as it is for every group: then leave 'aggregate' out "
            "or write 'custom'."
        ),
    )
    aggregate: MetricAggregate | Literal["none"] | None = Field(
        default=None,
        description=(
            "How the rows' values combine (default sum); 'custom' (or 'none'): 'sql' is "
            "itself an aggregate expression."
        ),
    )
    filter: str | None = Field(
        default=None,
        max_length=4_000,
        description="A SQL condition: only rows where it holds count.",
    )
    synonyms: Words = Field(default_factory=list)
    description: str | None = Field(default=None, max_length=2_000)
    unit: str | None = Field(default=None, max_length=40, description="For example USD, %, kg.")
    format: str | None = Field(
        default=None, max_length=40, description="A d3-format string for the axis, e.g. ',.0f'."
    )


class DimensionDef(_Strict):
    """A derived column to group or filter by, from the table or a table joined to it."""

    name: str = Field(pattern=_NAME)
    table: str = Field(description="The table the dimension describes (the many side).")
    sql: str = Field(
        min_length=1,
        max_length=4_000,
        description="A SQL expression; columns of other tables are written table.column and reached through joins.",
    )
    synonyms: Words = Field(default_factory=list)
    description: str | None = Field(default=None, max_length=2_000)


class JoinDef(_Strict):
    """A join the catalog should use (it replaces any inferred join between the two tables)."""

    on: str = Field(description="table.column = other_table.column")
    role: str | None = Field(
        default=None, description="When two tables join several ways: the name of this way."
    )
    drop: bool = Field(default=False, description="Never join these columns (a wrong inference).")

    @field_validator("on")
    @classmethod
    def _shape(cls, value: str) -> str:
        if not _JOIN.match(value):
            msg = "write a join as table.column = other_table.column"
            raise ValueError(msg)
        return value


class VerifiedQuestion(_Strict):
    """A question whose plan a person checked; asked again, the plan is reused."""

    question: str = Field(min_length=1, max_length=2_000)
    plan: ChartPlan
    verified_by: str | None = Field(default=None, max_length=200)
    verified_at: datetime | date | str | None = None


class SourceLayer(_Strict):
    """Everything the file says about one source."""

    description: str | None = Field(default=None, max_length=4_000)
    tables: dict[str, TableDoc] = Field(default_factory=dict)
    metrics: list[MetricDef] = Field(default_factory=list)
    dimensions: list[DimensionDef] = Field(default_factory=list)
    joins: list[JoinDef] = Field(default_factory=list)
    verified: list[VerifiedQuestion] = Field(default_factory=list)

    @field_validator("joins", mode="before")
    @classmethod
    def _join_text(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"on": v} if isinstance(v, str) else v for v in value]
        return value


class SemanticFile(_Strict):
    """The whole file."""

    version: Literal[1] = 1
    sources: dict[str, SourceLayer] = Field(
        default_factory=dict,
        description=f"By source alias; '{DEFAULT_KEY}' serves every source without its own entry.",
    )

    def layer(self, alias: str) -> tuple[str, SourceLayer] | None:
        """The entry for ``alias`` (its own, else ``default``) and its key, or None."""
        for key in (alias, DEFAULT_KEY):
            if key in self.sources:
                return key, self.sources[key]
        return None


def schema_json() -> str:
    """The file's JSON Schema as text (what ``aiser.semantic.schema.json`` holds)."""
    schema = SemanticFile.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$comment": "Generated from aiser_jupyter.engine.semantic.model - do not edit.",
        **schema,
    }
    return json.dumps(schema, indent=2, sort_keys=False) + "\n"
