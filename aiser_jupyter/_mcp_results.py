"""What the MCP tools send back: results, coded errors, progress, and the HTTP token check."""

from __future__ import annotations

import base64
import contextlib
import hmac
import itertools
import json
import math
from collections.abc import Callable
from typing import Any

import anyio.from_thread
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.fastmcp import Context
from mcp.types import (
    CallToolResult,
    EmbeddedResource,
    ImageContent,
    TextContent,
    TextResourceContents,
)
from pydantic import ValidationError

from .engine.jsonvalue import json_value
from .errors import AiserError, error

__all__ = ["Token", "args_error", "failure", "figure_block", "png_block", "reporter", "success"]

Report = Callable[[str], None]
PLOTLY_MIME = "application/vnd.plotly.v1+json"


def _json(value: Any) -> str:
    return json.dumps(value, default=json_value, ensure_ascii=False, allow_nan=False)


def _finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float (at any depth) as ``None``: JSON has none."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def success(data: dict[str, Any], *blocks: Any, summary: str | None = None) -> CallToolResult:
    """``data`` as structured content and as JSON text (for clients that read text only);
    a NaN or infinite number in it is sent as null."""
    data = _finite(data)
    text = [TextContent(type="text", text=summary)] if summary else []
    return CallToolResult(
        content=[*text, TextContent(type="text", text=_json(data)), *blocks],
        structuredContent=data,
    )


def failure(exc: AiserError) -> CallToolResult:
    """A tool error: ``CODE: message. Hint`` as text, the code and message as data."""
    return CallToolResult(
        content=[TextContent(type="text", text=exc.text)],
        structuredContent=exc.to_dict(),
        isError=True,
    )


def args_error(exc: ValidationError) -> AiserError:
    """What is wrong with the arguments, by name (the values themselves are not echoed)."""
    problems = [
        f"{'.'.join(str(p) for p in e['loc'])[:60] or 'arguments'}: {e['msg']}"
        for e in exc.errors(include_url=False, include_input=False)[:3]
    ]
    return error("AISER-MCP-ARGS", "; ".join(problems))


def png_block(png: bytes) -> ImageContent:
    return ImageContent(type="image", data=base64.b64encode(png).decode(), mimeType="image/png")


def figure_block(figure: dict[str, Any]) -> EmbeddedResource:
    """The chart's plotly JSON as an embedded resource (a client may render it)."""
    contents = TextResourceContents(
        uri="aiser://chart/figure.json", mimeType=PLOTLY_MIME, text=_json(figure)
    )
    return EmbeddedResource(type="resource", resource=contents)


def reporter(ctx: Context) -> Report:  # type: ignore[type-arg]
    """A ``report(stage)`` for worker threads: each call is one progress notification."""
    steps = itertools.count(1)

    def report(stage: str) -> None:
        with contextlib.suppress(Exception):  # no loop, or the call is over: progress is moot
            anyio.from_thread.run(ctx.report_progress, next(steps), None, stage)

    return report


class Token(TokenVerifier):
    """Accepts exactly one bearer token (compared in constant time)."""

    def __init__(self, token: str) -> None:
        self._token = token.encode()

    async def verify_token(self, token: str) -> AccessToken | None:
        if hmac.compare_digest(token.encode(), self._token):
            return AccessToken(token=token, client_id="aiser-local", scopes=[])
        return None
