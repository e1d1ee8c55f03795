"""``aiser-jupyter mcp``: the engine as MCP tools for agents (stdio, or HTTP on loopback).

A thin adapter over :class:`~aiser_jupyter.engine.workspace.Workspace`: each tool
validates its arguments with its pydantic model (:mod:`._mcp_models`: the JSON Schema,
the description and whether it writes files all come from the model), runs one
workspace method in a worker thread and turns the result into MCP content
(:mod:`._mcp_results`). Refusals are tool errors whose text is the project's
``AISER-…`` code and sentence; a bug is ``AISER-INTERNAL`` with no detail. Long calls
report progress, and a cancelled call cancels its database query.

Built on the official SDK's 1.x API (``mcp>=1.24,<2``): Jupyter AI 3 pins it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.to_thread
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from mcp.types import CallToolResult, ToolAnnotations
from mcp.types import Tool as MCPTool
from pydantic import AnyHttpUrl, ValidationError

from . import _mcp_models as models
from ._mcp_results import (
    Report,
    Token,
    args_error,
    failure,
    figure_block,
    png_block,
    reporter,
    success,
)
from .engine.figure.png import PngRenderer
from .engine.report import answer_record
from .engine.sources.base import cancellable
from .engine.workspace import Workspace
from .errors import AiserError, error

__all__ = ["AiserMCP"]

log = logging.getLogger("aiser_jupyter.mcp")
INSTRUCTIONS = """Charts and data from the databases this server was configured with.
Every query passes a SQL guard (one read-only SELECT over known tables, allow-listed
functions) and runs under time and row limits. Start with list_sources and
describe_source; ask_chart answers a question in words (or charts a SELECT) with the
SQL that ran, the plotted rows, a PNG and the plotly JSON; run_select returns rows of
a SELECT; save_chart and export_dashboard write notebooks and HTML in the server's
working folder. Sources are named by alias only."""


class AiserMCP(FastMCP):
    """The MCP server: the workspace's methods as tools (see :data:`._mcp_models.TOOLS`).

    Parameters
    ----------
    workspace
        The configured sources and working folder.
    renderer
        Draws the PNG of a chart; None: charts come without an image.
    token, port
        For HTTP: the bearer token every request must carry, and the loopback port.
    """

    def __init__(
        self,
        workspace: Workspace,
        *,
        renderer: PngRenderer | None = None,
        token: str | None = None,
        port: int = 8765,
    ) -> None:
        auth: dict[str, Any] = {}
        if token is not None:
            base = AnyHttpUrl(f"http://127.0.0.1:{port}")
            resource = AnyHttpUrl(f"http://127.0.0.1:{port}/mcp")
            auth = {
                "token_verifier": Token(token),
                "auth": AuthSettings(issuer_url=base, resource_server_url=resource),
            }
        super().__init__(
            "aiser-jupyter",
            instructions=INSTRUCTIONS,
            host="127.0.0.1",  # also turns on the SDK's DNS-rebinding check (Host header)
            port=port,
            log_level="WARNING",
            **auth,
        )
        self.workspace = workspace
        self.renderer = renderer
        self._run: dict[str, Callable[[Any, Report], Awaitable[CallToolResult]]] = {
            "list_sources": self._sources,
            "describe_source": self._describe,
            "ask_chart": self._ask,
            "run_select": self._select,
            "save_chart": self._save,
            "export_dashboard": self._export,
        }

    async def list_tools(self) -> list[MCPTool]:
        return [
            MCPTool(
                name=name,
                description=" ".join((model.__doc__ or "").split()),
                inputSchema=model.model_json_schema(),
                annotations=ToolAnnotations(
                    readOnlyHint=not model.writes, destructiveHint=False, openWorldHint=False
                ),
            )
            for name, model in models.TOOLS.items()
        ]

    async def call_tool(self, name: str, arguments: dict[str, Any]) -> CallToolResult:  # type: ignore[override]
        try:
            model = models.TOOLS.get(name)
            if model is None:
                raise error("AISER-MCP-ARGS", f"There is no tool named {name[:60]!r}")
            try:
                args = model.model_validate(arguments or {})
            except ValidationError as exc:
                raise args_error(exc) from None
            return await self._run[name](args, reporter(self.get_context()))
        except AiserError as exc:
            return failure(exc)
        except Exception as exc:
            log.exception("tool %s failed", name)
            return failure(error("AISER-INTERNAL", f"Unexpected {type(exc).__name__} in {name}"))

    async def _work(self, fn: Callable[[Report], Any], report: Report) -> Any:
        """``fn(report)`` in a worker thread; cancelling the call cancels its queries."""
        stop = threading.Event()

        def run() -> Any:
            with cancellable(stop):
                return fn(report)

        try:
            return await anyio.to_thread.run_sync(run, abandon_on_cancel=True)
        except anyio.get_cancelled_exc_class():
            stop.set()  # the worker's query is cancelled in the database and the thread ends
            raise

    # ------------------------------------------------------------------ tools
    async def _sources(self, args: models.ListSourcesInput, report: Report) -> CallToolResult:
        return success({"sources": await self._work(lambda _: self.workspace.sources(), report)})

    async def _describe(self, args: models.DescribeInput, report: Report) -> CallToolResult:
        return success(
            await self._work(lambda _: self.workspace.describe(args.source, args.table), report)
        )

    async def _ask(self, args: models.AskInput, report: Report) -> CallToolResult:
        def work(status: Report) -> tuple[dict[str, Any], dict[str, Any]]:
            answer = self.workspace.ask(
                args.question, args.source, mark=args.mark, on_status=status
            )
            return answer_record(answer, max_rows=args.max_rows), answer.plotly_json()

        if args.image and self.renderer is not None:
            self.renderer.warm()  # the first browser starts while the question is answered
        record, figure = await self._work(work, report)
        image = []
        if args.image and self.renderer is not None:
            try:
                image.append(
                    png_block(await self._work(lambda _: self._draw(figure, report), report))
                )
            except AiserError as exc:  # the rows and the plotly JSON stand without the image
                record["notices"].append(exc.text)
        plotly = [figure_block(figure)] if args.plotly else []
        return success(record, *image, *plotly, summary=record["summary"])

    def _draw(self, figure: dict[str, Any], report: Report) -> bytes:
        assert self.renderer is not None
        report("drawing")
        return self.renderer.render(figure)

    async def _select(self, args: models.SelectInput, report: Report) -> CallToolResult:
        def work(status: Report) -> dict[str, Any]:
            return self.workspace.select(
                args.sql, args.source, max_rows=args.max_rows, on_status=status
            )

        return success(await self._work(work, report))

    async def _save(self, args: models.SaveInput, report: Report) -> CallToolResult:
        def work(status: Report) -> dict[str, Any]:
            ws = self.workspace
            ws.path(args.dashboard, ".ipynb")  # refused before anything runs if outside
            if args.plan is not None:
                answer = ws.run_plan(args.plan, args.source, on_status=status)
            else:
                answer = ws.ask(args.question or "", args.source, on_status=status)
            return ws.save(answer, args.dashboard, title=args.title)

        return success(await self._work(work, report))

    async def _export(self, args: models.ExportInput, report: Report) -> CallToolResult:
        def work(_: Report) -> dict[str, Any]:
            done = self.workspace.export(args.dashboard, args.out, refresh=args.refresh)
            html = self.workspace.relative(done.path.resolve())
            return {"html": html, "charts": done.charts, "bytes": done.bytes, "notes": done.notes}

        return success(await self._work(work, report))
