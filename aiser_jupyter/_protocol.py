"""Messages between the JupyterLab panel and the kernel (DESIGN §3.2).

These pydantic models are the contract: ``_comm`` validates every incoming
message against :data:`REQUEST` before acting on it, and
``labextension/src/protocol.ts`` is generated from :func:`protocol_json_schema`
by ``scripts/gen_protocol_ts.py`` (a test fails when it is stale).

Every message is ``{"v": 1, "id": <request id>, "type": ...}``; replies carry
the id of the request they answer.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from .engine.plan import ChartPlan
from .errors import AiserError, error

__all__ = [
    "MAX_MESSAGE_BYTES",
    "MAX_NESTING",
    "PROTOCOL_VERSION",
    "REPLY_MODELS",
    "REQUEST",
    "REQUEST_MODELS",
    "AnswerReply",
    "AskRequest",
    "ConnectRequest",
    "ErrorReply",
    "FrameInfo",
    "HistoryItem",
    "HistoryReply",
    "HistoryRequest",
    "InterruptRequest",
    "SaveRequest",
    "SavedReply",
    "SourceInfo",
    "SourcesReply",
    "SourcesRequest",
    "StatusReply",
    "nesting",
    "protocol_json_schema",
    "read_request",
]

PROTOCOL_VERSION = 1
#: Larger incoming messages are refused unread.
MAX_MESSAGE_BYTES = 64 * 1024
#: Deeper incoming messages are refused unread (requests are 2 levels deep).
MAX_NESTING = 16
ALIAS_PATTERN = r"^[A-Za-z][A-Za-z0-9_]{0,63}$"

RequestId = Annotated[
    str, Field(min_length=1, max_length=128, description="Chosen by the panel; echoed in replies.")
]


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")

    v: Literal[1] = 1
    id: RequestId


# ---------------------------------------------------------------- panel -> kernel
class AskRequest(_Message):
    """Answer a question (or chart a SELECT) with a chart; follow-ups refine the last answer."""

    type: Literal["ask"]
    question: str = Field(min_length=1, max_length=8000)
    source: str | None = Field(
        default=None,
        pattern=ALIAS_PATTERN,
        description="Alias of a connected source (never a URL or a path); null = current.",
    )


class SourcesRequest(_Message):
    """List the kernel's connected sources."""

    type: Literal["sources"]


class HistoryRequest(_Message):
    """List the conversation so far (the questions and their plans)."""

    type: Literal["history"]


class SaveRequest(_Message):
    """Add the answer of the ask ``target`` to a dashboard notebook (created if missing)."""

    type: Literal["save"]
    target: RequestId
    dashboard: str = Field(
        min_length=7,
        max_length=1024,
        pattern=r"\.ipynb$",
        description="Path of the dashboard notebook, relative to the kernel's working directory.",
    )
    title: str | None = Field(default=None, max_length=300)


class ConnectRequest(_Message):
    """Connect the kernel variable ``frame`` (a pandas, polars or Arrow table) as a source.

    The reply is a ``sources`` reply in which the new source is the current one.
    """

    type: Literal["connect"]
    frame: str = Field(
        min_length=1,
        max_length=255,
        description="Name of a kernel variable listed in a sources reply's frames (never evaluated).",
    )


class InterruptRequest(_Message):
    """Stop the ``ask`` whose id is ``target``; that ask then gets an ``error`` reply."""

    type: Literal["interrupt"]
    target: RequestId


class VerifyRequest(_Message):
    """Add the question and plan of the ask ``target`` to the semantic layer file's verified
    questions (``aiser.semantic.yaml`` in use, or in the kernel's working folder)."""

    type: Literal["verify"]
    target: RequestId


Request = Annotated[
    AskRequest
    | SourcesRequest
    | HistoryRequest
    | InterruptRequest
    | SaveRequest
    | ConnectRequest
    | VerifyRequest,
    Field(discriminator="type"),
]
#: Validates any incoming message.
REQUEST: TypeAdapter[
    AskRequest
    | SourcesRequest
    | HistoryRequest
    | InterruptRequest
    | SaveRequest
    | ConnectRequest
    | VerifyRequest
] = TypeAdapter(Request)
REQUEST_MODELS: tuple[type[_Message], ...] = (
    AskRequest,
    SourcesRequest,
    HistoryRequest,
    InterruptRequest,
    SaveRequest,
    ConnectRequest,
    VerifyRequest,
)


# ---------------------------------------------------------------- kernel -> panel
class _Reply(BaseModel):
    model_config = ConfigDict(extra="forbid")

    v: Literal[1] = 1
    id: str | None = Field(description="The request's id; null when the request had none.")


class StatusReply(_Reply):
    """Progress of an ``ask``: ``planning``, ``querying``, ``rendering``."""

    type: Literal["status"] = "status"
    stage: str


class AnswerReply(_Reply):
    """The chart that answers an ``ask``."""

    type: Literal["answer"] = "answer"
    question: str
    source: str = Field(description="Alias of the source that was queried.")
    plan: ChartPlan
    figure: dict[str, Any] = Field(description="Plotly figure JSON (data, layout).")
    rows: int = Field(description="Number of plotted rows.")
    sql: str = Field(description="The SQL that ran in the database.")
    cell: str = Field(
        description="Source of a %%chart cell that reproduces the answer without an LLM."
    )
    notices: list[str] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict, description="Milliseconds per stage.")


class ErrorReply(_Reply):
    """A refusal or failure: a stable code and one sentence naming the fix."""

    type: Literal["error"] = "error"
    code: str
    message: str


class SavedReply(_Reply):
    """The answer was added to the dashboard."""

    type: Literal["saved"] = "saved"
    dashboard: str = Field(description="The dashboard's path, as requested.")
    chart: str = Field(description="Id of the chart's cell in the dashboard.")


class VerifiedReply(_Reply):
    """The question and its plan are now a verified question of the semantic layer file."""

    type: Literal["verified"] = "verified"
    question: str
    file: str = Field(description="The semantic layer file's name.")


class SourceInfo(BaseModel):
    alias: str
    dialect: str
    url: str = Field(description="Display form, secrets masked.")
    current: bool = False


class FrameInfo(BaseModel):
    """A pandas, polars or Arrow table held by a kernel variable."""

    name: str = Field(description="The variable's name.")
    kind: Literal["pandas", "polars", "arrow"]
    rows: int
    columns: int
    source: str | None = Field(
        default=None, description="Alias of the source reading this variable, if connected."
    )


class SourcesReply(_Reply):
    """The connected sources and the kernel's frames; sent unasked (id null) when the
    frames change after a cell ran."""

    type: Literal["sources"] = "sources"
    sources: list[SourceInfo]
    frames: list[FrameInfo] = Field(
        default_factory=list, description="DataFrames in the kernel that can be connected."
    )
    capabilities: list[str] = Field(
        default_factory=list,
        description="Optional request types this kernel also handles (e.g. 'save').",
    )
    examples: list[str] = Field(
        default_factory=list,
        description="Questions about the current source, built from its schema; each one the "
        "rule planner answers as meant.",
    )


class HistoryItem(BaseModel):
    question: str
    plan: ChartPlan


class HistoryReply(_Reply):
    type: Literal["history"] = "history"
    items: list[HistoryItem]


REPLY_MODELS: tuple[type[_Reply], ...] = (
    StatusReply,
    AnswerReply,
    ErrorReply,
    SourcesReply,
    HistoryReply,
    SavedReply,
    VerifiedReply,
)


def nesting(value: Any, limit: int = MAX_NESTING) -> int:
    """How deep ``value`` nests lists and objects, counted without recursion (stops past ``limit``)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, (dict, list, tuple)):
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            break
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children)
    return deepest


def read_request(msg: Any) -> tuple[str | None, Any]:
    """The id and the validated request of a comm message, or the id (when it has a usable
    one) and the coded error that refuses it: too deep or too large messages are refused
    before anything reads them, and validation names the first problem in one sentence."""
    import json

    content = msg.get("content") if isinstance(msg, dict) else None
    data = content.get("data") if isinstance(content, dict) else None
    request_id = data.get("id") if isinstance(data, dict) else None
    request_id = request_id if isinstance(request_id, str) and 0 < len(request_id) <= 128 else None
    if nesting(data) > MAX_NESTING:  # before anything recurses into it
        text = f"A message nested more than {MAX_NESTING} levels deep was refused"
        return request_id, error("AISER-PROTO-INVALID", text)
    try:
        size = len(json.dumps(data, ensure_ascii=False, default=str).encode())
    except (TypeError, ValueError, RecursionError):
        size = MAX_MESSAGE_BYTES + 1
    if size > MAX_MESSAGE_BYTES:
        text = f"A message of {size} bytes was refused (limit {MAX_MESSAGE_BYTES})"
        return request_id, error("AISER-PROTO-TOO-LARGE", text)
    try:
        return request_id, REQUEST.validate_python(data)
    except ValidationError as exc:
        return request_id, _protocol_error(exc)


def _protocol_error(exc: ValidationError) -> AiserError:
    """A sentence for the first problem of a message that failed validation."""
    problems = exc.errors(include_url=False)
    first = problems[0] if problems else {"type": "", "loc": (), "msg": "invalid", "input": None}
    kind, loc = first["type"], tuple(first["loc"])
    if kind == "union_tag_invalid" or loc[-1:] == ("v",):
        given = first["input"].get("type") if kind == "union_tag_invalid" else None
        what = f"message type {given!r}" if given else "protocol version"
        return error("AISER-PROTO-UNKNOWN", f"The kernel does not understand this {what}")
    if kind == "union_tag_not_found":
        return error("AISER-PROTO-INVALID", "The message has no 'type'")
    if not loc:
        return error("AISER-PROTO-INVALID", "The message is not a JSON object")
    where = ".".join(str(p) for p in loc[1:]) or "message"
    return error("AISER-PROTO-INVALID", f"Field {where!r}: {first['msg']}")


def protocol_json_schema() -> dict[str, Any]:
    """One JSON Schema whose ``$defs`` hold every message model (input to the TS generator).

    Requests are described as the kernel validates them (defaults optional), replies as
    the kernel serializes them (every field present).
    """
    from pydantic.json_schema import models_json_schema

    pairs = [(m, "validation") for m in REQUEST_MODELS] + [
        (m, "serialization") for m in REPLY_MODELS
    ]
    _, schema = models_json_schema(pairs, ref_template="#/$defs/{model}")  # type: ignore[arg-type]
    requests = {m.__name__ for m in REQUEST_MODELS}
    for name, definition in schema["$defs"].items():
        if name not in requests:  # replies are dumped whole: every key is present, maybe null
            definition["required"] = list(definition.get("properties", {}))
    return schema
