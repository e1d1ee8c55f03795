"""The MCP tools' inputs: pydantic models whose JSON Schemas are the tools' input schemas.

They are built from the project's own contracts: a source is an alias with the panel's
pattern (:data:`~aiser_jupyter._protocol.ALIAS_PATTERN`, never a URL or a path), a
question is bounded like the panel's :class:`~aiser_jupyter._protocol.AskRequest`, a
dashboard path like its :class:`~aiser_jupyter._protocol.SaveRequest`, a chart type is
a :data:`~aiser_jupyter.engine.plan.Mark` and a plan is a
:class:`~aiser_jupyter.engine.plan.ChartPlan`. Unknown arguments are refused.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.fields import FieldInfo

from ._protocol import ALIAS_PATTERN, AskRequest, SaveRequest
from .engine.plan import ChartPlan, Mark
from .engine.sql.guard import MAX_SQL_CHARS

__all__ = [
    "TOOLS",
    "AskInput",
    "DescribeInput",
    "ExportInput",
    "ListSourcesInput",
    "SaveInput",
    "SelectInput",
    "ToolInput",
]


def _like(model: type[BaseModel], name: str, **overrides: Any) -> Any:
    """A field with the constraints of ``model``'s field ``name`` (description etc. replaced)."""
    return FieldInfo.merge_field_infos(model.model_fields[name], **overrides)


def _source() -> Any:
    return Field(
        default=None,
        pattern=ALIAS_PATTERN,
        description="Alias of a configured source, as list_sources gives it (never a URL "
        "or a path); default: the first configured source.",
    )


class ToolInput(BaseModel):
    """The arguments of one tool; the class docstring is the tool's description."""

    model_config = ConfigDict(extra="forbid")
    writes: ClassVar[bool] = False  #: the tool writes files (in the working folder)


class ListSourcesInput(ToolInput):
    """List the configured sources (alias, dialect) and whether each opens."""


class DescribeInput(ToolInput):
    """Tables, columns (type, kind, distinct values, range, samples) and joins with the
    evidence for each, of one source."""

    source: str | None = _source()
    table: str | None = Field(
        default=None,
        min_length=1,
        max_length=256,
        description="Describe only this table (for big schemas); default: every table.",
    )


class AskInput(ToolInput):
    """Answer a question with a chart: the plan, the SQL that ran, the plotted rows, a
    summary, the chart as a PNG image and its plotly JSON."""

    question: str = _like(
        AskRequest,
        "question",
        description="The question in plain words (e.g. 'total revenue by region'), or one "
        "SELECT statement to chart as it is.",
    )
    source: str | None = _source()
    mark: Mark | None = Field(default=None, description="Force a chart type; default: chosen.")
    max_rows: int = Field(
        default=50, ge=1, le=1000, description="Most plotted rows to return as data."
    )
    image: bool = Field(default=True, description="Include the chart as a PNG image.")
    plotly: bool = Field(
        default=True,
        description="Include the chart's plotly JSON (a few KB, at most 64 KB) as an embedded "
        "resource, for a client that draws it.",
    )


class SelectInput(ToolInput):
    """Run one read-only SELECT through the SQL guard and return its rows (bounded)."""

    sql: str = Field(
        min_length=1,
        max_length=MAX_SQL_CHARS,
        description="One read-only SELECT over the source's tables; it runs only after the "
        "SQL guard accepts it, with its LIMIT clamped to max_rows.",
    )
    source: str | None = _source()
    max_rows: int = Field(default=100, ge=1, le=1000, description="Most rows to return.")


class SaveInput(ToolInput):
    """Answer a question (or run a plan) and add the chart to a dashboard notebook in the
    server's working folder."""

    writes: ClassVar[bool] = True
    dashboard: str = _like(
        SaveRequest,
        "dashboard",
        description="Path of the dashboard notebook (.ipynb) inside the server's working "
        "folder; created if missing.",
    )
    source: str | None = _source()
    question: str | None = _like(
        AskRequest, "question", default=None, description="Answer this question and save the chart."
    )
    plan: ChartPlan | None = Field(
        default=None,
        description="Or save this plan (the 'plan' of an ask_chart result), checked again.",
    )
    title: str | None = _like(
        SaveRequest, "title", description="Title of the chart on the dashboard."
    )

    @model_validator(mode="after")
    def _one_chart(self) -> SaveInput:
        if (self.question is None) == (self.plan is None):
            msg = "give either 'question' or 'plan' (exactly one)"
            raise ValueError(msg)
        return self


class ExportInput(ToolInput):
    """Write a dashboard notebook as one self-contained HTML file in the working folder."""

    writes: ClassVar[bool] = True
    dashboard: str = _like(
        SaveRequest,
        "dashboard",
        description="Path of the dashboard notebook inside the working folder.",
    )
    out: str = Field(
        min_length=6,
        max_length=1024,
        pattern=r"\.html$",
        description="Path of the HTML file to write inside the working folder.",
    )
    refresh: bool = Field(
        default=True,
        description="Run every chart again on its source (else use the results the notebook stores).",
    )


#: Tool name -> its input model, in the order the tools are listed.
TOOLS: dict[str, type[ToolInput]] = {
    "list_sources": ListSourcesInput,
    "describe_source": DescribeInput,
    "ask_chart": AskInput,
    "run_select": SelectInput,
    "save_chart": SaveInput,
    "export_dashboard": ExportInput,
}
