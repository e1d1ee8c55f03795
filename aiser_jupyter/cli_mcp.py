"""Serve the engine as MCP tools for agents (stdio, or HTTP on 127.0.0.1 with a token).

``aiser-jupyter mcp [--db ALIAS=URL ...] [--config FILE.json] [--root DIR] [--http PORT]``
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import secrets
import sys
from pathlib import Path

from .errors import error

__all__ = ["add_arguments", "run"]

TOKEN_ENV = "AISER_MCP_TOKEN"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the ``mcp`` subcommand's arguments."""
    parser.add_argument(
        "--db",
        action="append",
        default=[],
        metavar="ALIAS=URL",
        help="a source the tools may use, by alias (repeatable); ${VAR} is filled from "
        "this server's environment, so secrets stay out of the client's settings",
    )
    parser.add_argument(
        "--config",
        metavar="FILE.json",
        default=os.environ.get("AISER_MCP_CONFIG"),
        help='settings file {"sources": {"ALIAS": "URL"}, "root": "DIR", "demo": true} '
        "(env AISER_MCP_CONFIG)",
    )
    parser.add_argument(
        "--root",
        metavar="DIR",
        help="the only folder dashboards and exports are read from and written to "
        "(default: the current folder)",
    )
    parser.add_argument(
        "--no-demo", dest="demo", action="store_const", const=False, help="do not offer 'demo'"
    )
    parser.add_argument(
        "--http",
        metavar="PORT",
        type=int,
        help="serve streamable HTTP on 127.0.0.1:PORT/mcp instead of stdio; every request "
        f"needs 'Authorization: Bearer TOKEN' (TOKEN from {TOKEN_ENV} or --token-file, "
        "else generated and printed once)",
    )
    parser.add_argument("--token-file", metavar="FILE", help="file holding the HTTP bearer token")
    parser.add_argument("--planner", choices=("rules", "llm", "auto"), default="auto")
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="seconds a query may run (default 30)"
    )
    parser.add_argument("--no-image", dest="image", action="store_false", help="no PNG charts")


def run(args: argparse.Namespace) -> int:
    """Serve until stdin closes (stdio) or the process is interrupted (HTTP)."""
    from .engine.config import EngineConfig
    from .engine.figure.png import PngRenderer
    from .engine.workspace import Workspace, load_settings

    # jsonschema (which the MCP SDK imports) compiles the optional rfc3987-syntax package's
    # IRI grammar at import when it is installed, as in Jupyter environments: 1.7 of the
    # server's 2.5 s start, for a "format": "iri" check this server never runs (inputs are
    # checked by pydantic). Clients such as Jupyter AI start a stdio server per tool call.
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
    try:
        import anyio

        from .mcp_server import AiserMCP
    except ImportError as exc:
        msg = f"{exc.name or 'mcp'} is not installed"
        raise error("AISER-MCP-INSTALL", msg) from None

    settings = load_settings(args.config, args.db, root=args.root, demo=args.demo)
    token = _token(args) if args.http is not None else None
    config = EngineConfig(planner=args.planner, timeout=args.timeout)
    workspace = Workspace(settings, config)
    renderer = PngRenderer() if args.image else None
    server = AiserMCP(workspace, renderer=renderer, token=token, port=args.http or 8765)
    try:
        if args.http is None:
            anyio.run(server.run_stdio_async)
        else:
            anyio.run(_serve_http, server, args.http)
    except KeyboardInterrupt:
        pass
    finally:
        if renderer is not None:
            renderer.close()
        workspace.close()
    # Everything is closed; skip the interpreter's teardown of the SDK's thousands of
    # pydantic classes (1-1.4 s), which a stdio client waits for after every session.
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(ValueError, OSError):  # stdio's transport closed stdout
            stream.flush()
    os._exit(0)


async def _serve_http(server: object, port: int) -> None:
    import uvicorn

    app = server.streamable_http_app()  # type: ignore[attr-defined]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    print(f"aiser-jupyter mcp: http://127.0.0.1:{port}/mcp", file=sys.stderr, flush=True)
    await uvicorn.Server(config).serve()


def _token(args: argparse.Namespace) -> str:
    if args.token_file:
        try:
            token = Path(args.token_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            msg = f"The token file could not be read ({type(exc).__name__})"
            raise error("AISER-MCP-CONFIG", msg) from None
    else:
        token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        token = secrets.token_urlsafe(32)
        print(f"aiser-jupyter mcp: bearer token {token}", file=sys.stderr, flush=True)
    if len(token) < 16:
        raise error("AISER-MCP-CONFIG", "The HTTP bearer token must be at least 16 characters")
    return token
