"""What a dashboard notebook may hold under ``"aiser"`` metadata, checked when it is read.

A dashboard is a file someone may have sent you, so its metadata is untrusted input.
These pydantic models are the boundary: :func:`check_board` runs on every notebook
:class:`~.dashboards.Dashboard` reads, and anything that does not match — a width
that is not a number, NaN in a stored figure, a plan that is not a plan, filters,
layout or notes of the wrong shape — is refused with ``AISER-DASH-INVALID`` naming the
cell and the field, before anything uses it. A chart's source must be an alias of a
source the user connects (``AISER-SRC-STORED`` otherwise): a notebook never names a
URL, a path or ``${VAR}`` to open. :class:`ChartRef` and :class:`TextRef` are what
:meth:`~.dashboards.Dashboard.items` gives back once a notebook passed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ...errors import AiserError, error
from ..plan import ChartPlan
from ..sources.refs import is_alias, stored_source_error
from .filters import Filter
from .nbfile import stored_figure

__all__ = [
    "DEFAULT_HEIGHT",
    "DEFAULT_WIDTH",
    "GRID_COLUMNS",
    "BoardMeta",
    "ChartMeta",
    "ChartRef",
    "TextRef",
    "chart_height",
    "chart_meta",
    "chart_width",
    "check_board",
    "check_json",
    "new_chart_meta",
]

#: Deepest nesting accepted in stored metadata and figures (plotly JSON is ~6 deep).
MAX_DEPTH = 64
GRID_COLUMNS = 12
DEFAULT_WIDTH = 6
DEFAULT_HEIGHT = 420


class _Meta(BaseModel):
    model_config = ConfigDict(extra="allow")  # keys of later versions are kept, not used


class Size(_Meta):
    width: int | None = None
    height: int | None = None


class LayoutEntry(Size):
    id: str = Field(min_length=1, max_length=128)


class BoardMeta(_Meta):
    """``metadata.aiser`` of the notebook: title, grid, filters."""

    version: int = 1
    columns: int = 12
    title: str | None = None
    layout: list[LayoutEntry] = Field(default_factory=list)
    filters: list[Filter] = Field(default_factory=list)


class ChartMeta(_Meta):
    """``metadata.aiser`` of a chart cell: the plan, the source alias, its last result."""

    kind: Literal["chart"]
    id: str = Field(min_length=1, max_length=128)
    plan: ChartPlan
    source: str = "demo"
    title: str | None = None
    layout: Size = Field(default_factory=Size)
    sql: str | None = None
    rows: int | None = None
    refreshed: str | None = None
    notes: list[str] = Field(default_factory=list)
    #: table names of the kernel DataFrames the chart read (the frames are never stored)
    frames: list[Annotated[str, Field(max_length=255)]] = Field(default_factory=list, max_length=64)


class OtherMeta(_Meta):
    """``metadata.aiser`` of a text or setup cell."""

    kind: Literal["text", "setup"]
    id: str = Field(min_length=1, max_length=128)
    layout: Size = Field(default_factory=Size)


def check_json(value: Any, where: str) -> None:
    """Refuse NaN/Infinity and nesting deeper than :data:`MAX_DEPTH` (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            msg = f"{where} is nested more than {MAX_DEPTH} levels deep"
            raise error("AISER-DASH-INVALID", msg)
        if isinstance(item, float) and not math.isfinite(item):
            raise error("AISER-DASH-INVALID", f"{where} holds {item}, which is not a JSON number")
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)


def _invalid(exc: ValidationError, where: str) -> AiserError:
    first = exc.errors(include_url=False)[0]
    field = ".".join(str(p) for p in first["loc"]) or "value"
    return error("AISER-DASH-INVALID", f"{where}: field {field!r}: {first['msg']}")


def chart_meta(info: dict[str, Any], where: str) -> ChartMeta:
    """A chart cell's metadata, validated; its source must be an alias."""
    check_json(info, where)
    try:
        meta = ChartMeta.model_validate(info)
    except ValidationError as exc:
        raise _invalid(exc, where) from None
    if not is_alias(meta.source):
        stored = stored_source_error(meta.source)
        raise error("AISER-SRC-STORED", f"{where}: {stored.message}")
    return meta


def check_board(meta: Any, cells: list[dict[str, Any]], name: str) -> BoardMeta:
    """Validate the notebook's and the owned cells' ``aiser`` metadata (refuse, never repair).

    ``cells`` are the owned cells (``metadata.aiser.kind`` is chart, text or setup).
    """
    if meta is not None and not isinstance(meta, dict):
        raise error("AISER-DASH-INVALID", f"{name}: the dashboard metadata is not an object")
    check_json(meta or {}, f"{name}, dashboard metadata,")
    try:
        board = BoardMeta.model_validate(meta or {})
    except ValidationError as exc:
        raise _invalid(exc, f"{name}, dashboard metadata") from None
    seen: set[str] = set()
    for cell in cells:
        info = cell["metadata"]["aiser"]
        key = info.get("id")
        where = f"{name}, cell {str(key)[:64]!r}"
        if not isinstance(key, str) or key in seen:
            raise error("AISER-DASH-INVALID", f"{where}: each dashboard cell needs its own text id")
        seen.add(key)
        if info.get("kind") == "chart":
            chart_meta(info, where)
            figure = stored_figure(cell)
            if figure is not None:
                check_json(figure, f"{where}, stored figure,")
            continue
        check_json(info, where)
        try:
            OtherMeta.model_validate(info)
        except ValidationError as exc:
            raise _invalid(exc, where) from None
    return board


# ----------------------------------------------------------------------------- written
def chart_width(value: int | None, default: int = DEFAULT_WIDTH) -> int:
    """A grid width in columns, 1 to :data:`GRID_COLUMNS` (``default`` when unset)."""
    return default if value is None else max(1, min(GRID_COLUMNS, int(value)))


def chart_height(value: int | None) -> int:
    """A chart height in pixels, 120 to 2000 (:data:`DEFAULT_HEIGHT` when unset)."""
    return DEFAULT_HEIGHT if value is None else max(120, min(2000, int(value)))


def new_chart_meta(
    plan: ChartPlan,
    alias: str,
    *,
    title: str | None,
    layout: dict[str, int],
    sql: str | None = None,
    rows: int | None = None,
) -> dict[str, Any]:
    """The ``metadata.aiser`` of a new chart cell; with ``sql``, the result of the run it shows.

    An untitled chart is titled by the question it answers, capitalised.
    """
    question = " ".join(((plan.provenance.question if plan.provenance else None) or "").split())
    asked = question[:1].upper() + question[1:120] if question else None
    info: dict[str, Any] = {
        "kind": "chart",
        "plan": plan.model_dump(mode="json", exclude_none=True),
        "source": alias,
        "title": title or plan.chart.title or asked,
        "layout": layout,
    }
    if sql is not None:
        refreshed = datetime.now(timezone.utc).isoformat(timespec="seconds")
        info.update(sql=sql, rows=rows, refreshed=refreshed)
    return info


# ----------------------------------------------------------------------------- read back
@dataclass
class ChartRef:
    """A chart of a dashboard: its cell id, plan, source alias and layout."""

    id: str
    plan: ChartPlan
    source: str
    title: str | None = None
    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT
    sql: str | None = None  #: the compiled SQL of the last run, if known
    figure: dict[str, Any] | None = None  #: the stored figure JSON of the last run, if any
    notes: list[str] = field(default_factory=list)
    frames: list[str] = field(default_factory=list)  #: DataFrames it read (by table name)
    kind: Literal["chart"] = "chart"


@dataclass
class TextRef:
    """A markdown text block of a dashboard."""

    id: str
    markdown: str
    width: int = GRID_COLUMNS
    kind: Literal["text"] = "text"
