"""Drive a real ``aiser-jupyter mcp`` process with the official MCP client (stdio or HTTP).

The server runs from this checkout (``PYTHONPATH``) with the tests' own cache folder;
HTTP servers listen on a free loopback port with a bearer token.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

ROOT = Path(__file__).resolve().parent.parent


def server_env(**extra: str) -> dict[str, str]:
    """What the server process needs: this checkout, the tests' cache, the PATH (chromium)."""
    env = {
        "PYTHONPATH": str(ROOT),
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "AISER_CACHE_DIR": os.environ["AISER_CACHE_DIR"],
        "AISER_DATA_DIR": os.environ["AISER_DATA_DIR"],
    }
    env.update(extra)
    return env


def server_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "aiser_jupyter.cli", "mcp", *args]


@asynccontextmanager
async def stdio_session(
    args: list[str], env: dict[str, str], *, message_handler: Any = None
) -> AsyncIterator[ClientSession]:
    command = server_command(*args)
    params = StdioServerParameters(command=command[0], args=command[1:], env=env)
    async with (
        stdio_client(params) as (read, write),
        ClientSession(read, write, message_handler=message_handler) as session,
    ):
        await session.initialize()
        yield session


@dataclass
class HttpServer:
    port: int
    token: str
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/mcp"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def http_server(args: list[str], env: dict[str, str]) -> Iterator[HttpServer]:
    """A server process on a free port with a random token; stopped on exit."""
    port, token = free_port(), secrets.token_urlsafe(24)
    process = subprocess.Popen(
        server_command(*args, "--http", str(port)), env={**env, "AISER_MCP_TOKEN": token}
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        else:
            raise RuntimeError(f"the MCP server did not listen (exit status {process.poll()})")
        yield HttpServer(port, token, process)
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@asynccontextmanager
async def http_session(
    server: HttpServer, *, token: str | None = None, message_handler: Any = None
) -> AsyncIterator[ClientSession]:
    headers = {"Authorization": f"Bearer {token or server.token}"}
    try:
        from mcp.client.streamable_http import streamable_http_client
    except ImportError:  # mcp < 1.25 names it streamablehttp_client (deprecated since)
        from mcp.client.streamable_http import streamablehttp_client

        transport = streamablehttp_client(server.url, headers=headers)
    else:
        client = httpx.AsyncClient(headers=headers, timeout=httpx.Timeout(30, read=300))
        transport = streamable_http_client(server.url, http_client=client)
    async with (
        transport as (read, write, _),
        ClientSession(read, write, message_handler=message_handler) as session,
    ):
        await session.initialize()
        yield session
