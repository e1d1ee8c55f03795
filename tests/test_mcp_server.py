"""``aiser-jupyter mcp`` driven by the official MCP client, over stdio and over HTTP.

Each test talks to a real server process (started here) exactly as an agent would:
tools are listed with the schemas of their pydantic models, a question on the demo
data comes back with the rows the database computes and a PNG, hostile SQL gets the
guard's code, a source the server was not configured with is never opened, HTTP
needs the token, and cancelling a call stops its query in the database.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import anyio
import duckdb
import httpx
import pytest
from mcp import ClientSession
from mcp.shared.exceptions import McpError
from mcp.types import (
    CallToolResult,
    CancelledNotification,
    CancelledNotificationParams,
    ClientNotification,
    EmbeddedResource,
    ImageContent,
    ProgressNotification,
    ServerNotification,
)
from mcp_client import HttpServer, http_server, http_session, server_env, stdio_session
from pngfile import decode_png

from aiser_jupyter import _mcp_models as models
from aiser_jupyter._protocol import AskRequest

pytestmark = pytest.mark.slow

TOOLS = {
    "list_sources": models.ListSourcesInput,
    "describe_source": models.DescribeInput,
    "ask_chart": models.AskInput,
    "run_select": models.SelectInput,
    "save_chart": models.SaveInput,
    "export_dashboard": models.ExportInput,
}
#: Allowed by the guard, and hours of work for DuckDB (60 000 x 60 000 x 5 000 rows).
SLOW_SQL = (
    "SELECT a.channel, count(*) AS n FROM orders a, orders b, customers c "
    "WHERE a.order_id + b.order_id + c.customer_id > 0 GROUP BY a.channel"
)
REVENUE_BY_REGION = """
    SELECT r.name AS region, sum(l.revenue) AS revenue
    FROM order_lines l JOIN orders o USING (order_id) JOIN customers c USING (customer_id)
    JOIN regions r USING (region_id) GROUP BY r.name ORDER BY revenue DESC"""

Connect = Callable[..., AbstractAsyncContextManager[ClientSession]]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The server's working folder (dashboards and exports may go here only)."""
    return tmp_path_factory.mktemp("mcp-root")


def _args(root: Path) -> list[str]:
    return ["--planner", "rules", "--root", str(root), "--timeout", "600"]


@pytest.fixture(scope="module")
def http(workdir: Path, demo_path: Path) -> Iterator[HttpServer]:
    with http_server(_args(workdir), server_env()) as server:
        yield server


@pytest.fixture(params=["stdio", "http"])
def connect(request: pytest.FixtureRequest, workdir: Path, demo_path: Path) -> Connect:
    """``connect(message_handler=None)``: a client session with a fresh stdio server, or
    with the module's HTTP server."""
    if request.param == "stdio":
        return lambda **kw: stdio_session(_args(workdir), server_env(), **kw)
    server = request.getfixturevalue("http")
    return lambda **kw: http_session(server, **kw)


def _run(scenario: Callable[[], Any]) -> Any:
    return anyio.run(scenario)


def _text(result: CallToolResult) -> str:
    return "\n".join(getattr(block, "text", "") for block in result.content)


def _refusal(result: CallToolResult) -> str:
    """The project's code of a tool error (also the first word of its text)."""
    assert result.isError, _text(result)[:300]
    code = result.structuredContent["code"]
    assert result.content[0].text.startswith(f"{code}: ")
    return str(code)


def test_the_tools_are_listed_with_the_input_schemas_of_their_models(connect: Connect) -> None:
    async def scenario() -> list[Any]:
        async with connect() as session:
            return (await session.list_tools()).tools

    tools = {tool.name: tool for tool in _run(scenario)}
    assert set(tools) == set(TOOLS)
    for name, model in TOOLS.items():
        assert tools[name].inputSchema == model.model_json_schema()
    ask = tools["ask_chart"].inputSchema["properties"]
    panel = AskRequest.model_json_schema()["properties"]
    for key in ("minLength", "maxLength"):
        assert ask["question"][key] == panel["question"][key]
    assert ask["source"]["anyOf"][0]["pattern"] == panel["source"]["anyOf"][0]["pattern"]
    assert "ChartPlan" in tools["save_chart"].inputSchema["$defs"]
    assert tools["run_select"].annotations.readOnlyHint is True
    assert tools["save_chart"].annotations.readOnlyHint is False


def test_a_question_on_the_demo_data_gets_the_rows_the_database_computes_and_a_png(
    connect: Connect, demo_path: Path
) -> None:
    async def scenario() -> CallToolResult:
        async with connect() as session:
            return await session.call_tool("ask_chart", {"question": "total revenue by region"})

    result = _run(scenario)
    assert not result.isError, _text(result)
    data = result.structuredContent
    con = duckdb.connect(str(demo_path), read_only=True)
    expected = [(region, float(total)) for region, total in con.sql(REVENUE_BY_REGION).fetchall()]
    assert [(r, pytest.approx(v)) for r, v in data["rows"]] == expected
    # the SQL it reports is the SQL that ran: its plotted columns give the same rows (beside
    # them, the columns that decide an 'Other' bar within the same statement)
    ran = con.sql(data["sql"])
    at = [ran.columns.index(c) for c in data["columns"]]
    assert [(row[at[0]], float(row[at[1]])) for row in ran.fetchall()] == [
        (r, pytest.approx(v)) for r, v in expected
    ]
    assert data["columns"] == ["region", "revenue"] and data["mark"] == "bar"
    assert expected[0][0] in data["summary"] and expected[-1][0] in data["summary"]
    assert result.content[0].text == data["summary"]
    images = [b for b in result.content if isinstance(b, ImageContent)]
    # when drawing fails the answer says why in its notices: show them (seen once under load)
    assert len(images) == 1 and images[0].mimeType == "image/png", data["notices"]
    width, height, scanlines = decode_png(base64.b64decode(images[0].data))
    assert (width, height) == (800, 500)
    assert len(set(scanlines)) > 16, "the PNG is blank"
    (figure,) = [b.resource for b in result.content if isinstance(b, EmbeddedResource)]
    assert figure.mimeType == "application/vnd.plotly.v1+json"
    trace = json.loads(figure.text)["data"][0]
    assert list(trace["x"]) == [region for region, _ in expected]


def test_an_answer_without_image_or_plotly_json_is_data_only(http: HttpServer) -> None:
    async def scenario() -> CallToolResult:
        async with http_session(http) as session:
            arguments = {"question": "number of orders by channel", "image": False, "plotly": False}
            return await session.call_tool("ask_chart", arguments)

    result = _run(scenario)
    assert [type(block).__name__ for block in result.content] == ["TextContent", "TextContent"]
    assert json.loads(result.content[1].text) == result.structuredContent
    assert result.structuredContent["rows"][0][0] == "Online"


#: (tool, argument, SQL an agent might send, the guard's code)
HOSTILE = [
    ("run_select", "sql", "DROP TABLE orders", "AISER-SQL-NOT-SELECT"),
    ("run_select", "sql", "SELECT * FROM read_csv('/etc/passwd')", "AISER-SQL-FUNCTION"),
    ("run_select", "sql", "SELECT 1 AS a; SELECT 2 AS b", "AISER-SQL-MULTIPLE"),
    ("run_select", "sql", "SELECT * FROM pg_catalog.pg_user", "AISER-SQL-TABLE"),
    ("ask_chart", "question", "SELECT * FROM duckdb_settings()", "AISER-SQL-FUNCTION"),
    ("ask_chart", "question", "ATTACH '/tmp/x.duckdb' AS x", "AISER-SQL-NOT-SELECT"),
    ("save_chart", "question", "COPY orders TO '/tmp/orders.csv'", "AISER-SQL-NOT-SELECT"),
]


def test_hostile_sql_gets_the_guards_code(connect: Connect) -> None:
    async def scenario() -> tuple[list[CallToolResult], CallToolResult]:
        async with connect() as session:
            refused = [
                await session.call_tool(tool, {argument: sql, "dashboard": "hostile.ipynb"})
                if tool == "save_chart"
                else await session.call_tool(tool, {argument: sql})
                for tool, argument, sql, _ in HOSTILE
            ]
            after = await session.call_tool(
                "run_select", {"sql": "SELECT count(*) AS n FROM orders"}
            )
            return refused, after

    refused, after = _run(scenario)
    assert [_refusal(result) for result in refused] == [code for *_, code in HOSTILE]
    assert after.structuredContent["rows"] == [[60000]]  # the server and the table are fine


def test_a_source_the_server_was_not_configured_with_is_never_opened(
    connect: Connect, tmp_path: Path
) -> None:
    planted = tmp_path / "planted.duckdb"
    calls = [
        ("ask_chart", {"question": "count of orders", "source": f"duckdb:///{planted}"}),
        ("run_select", {"sql": "SELECT 1 AS x", "source": str(planted)}),
        ("describe_source", {"source": "${HOME}"}),
        ("run_select", {"sql": "SELECT 1 AS x", "url": f"duckdb:///{planted}"}),
        ("ask_chart", {"question": "count of orders", "source": "warehouse"}),
    ]

    async def scenario() -> list[CallToolResult]:
        async with connect() as session:
            return [await session.call_tool(name, args) for name, args in calls]

    codes = [_refusal(result) for result in _run(scenario)]
    assert codes == ["AISER-MCP-ARGS"] * 4 + ["AISER-MCP-SOURCE"]
    assert not planted.exists()  # DuckDB would have created it on connect


def test_http_refuses_a_missing_or_wrong_token(http: HttpServer) -> None:
    hello = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
    with httpx.Client(timeout=30) as client:
        assert client.post(http.url, json=hello).status_code == 401
        wrong = {"Authorization": "Bearer " + "x" * 32}
        assert client.post(http.url, json=hello, headers=wrong).status_code == 401
        spoofed = {"Authorization": f"Bearer {http.token}", "Host": "evil.example"}
        assert client.post(http.url, json=hello, headers=spoofed).status_code == 421

    async def scenario() -> None:
        async with http_session(http, token="y" * 32) as session:
            await session.list_tools()

    with pytest.raises(BaseException) as info:
        _run(scenario)
    assert "401" in repr(info.value)


@pytest.mark.parametrize(("tool", "argument"), [("run_select", "sql"), ("ask_chart", "question")])
def test_cancelling_a_call_stops_its_query_in_the_database(
    connect: Connect, tool: str, argument: str
) -> None:
    progress: list[tuple[Any, str]] = []

    async def on_message(message: Any) -> None:
        if isinstance(message, ServerNotification) and isinstance(
            message.root, ProgressNotification
        ):
            progress.append((message.root.params.progressToken, message.root.params.message or ""))

    async def ignore(*_: Any) -> None:
        pass

    async def scenario() -> tuple[BaseException | None, float, CallToolResult]:
        outcome: dict[str, Any] = {}
        async with connect(message_handler=on_message) as session:

            async def slow() -> None:
                try:
                    outcome["result"] = await session.call_tool(
                        tool, {argument: SLOW_SQL}, progress_callback=ignore
                    )
                except McpError as exc:
                    outcome["error"] = exc

            async with anyio.create_task_group() as tasks:
                tasks.start_soon(slow)
                # "querying 1 s": the query has run in the database for a second
                with anyio.fail_after(120):
                    while not any(m.startswith("querying ") for _, m in progress):
                        await anyio.sleep(0.05)
                # the 1.x client sends no cancel by itself; the progress token is the request id
                request = progress[-1][0]
                cancel = CancelledNotification(
                    params=CancelledNotificationParams(requestId=request, reason="test")
                )
                await session.send_notification(ClientNotification(cancel))
                sent = anyio.current_time()
            # the same server answers the next query: the slow one no longer holds DuckDB
            after = await session.call_tool(
                "run_select", {"sql": "SELECT count(*) AS n FROM orders"}
            )
            return outcome.get("error"), anyio.current_time() - sent, after

    cancelled, waited, after = _run(scenario)
    assert isinstance(cancelled, McpError) and "cancel" in str(cancelled).lower()
    assert after.structuredContent["rows"] == [[60000]]
    assert waited < 60  # uncancelled, the query would run for the server's 600 s timeout


def test_dashboards_are_written_inside_the_working_folder_only(
    connect: Connect, workdir: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.ipynb"
    (workdir / "escape").symlink_to(tmp_path, target_is_directory=True)

    async def scenario() -> list[CallToolResult]:
        async with connect() as session:
            return [
                await session.call_tool(
                    "save_chart",
                    {"dashboard": "sales.ipynb", "question": "number of orders by channel"},
                ),
                await session.call_tool(
                    "export_dashboard", {"dashboard": "sales.ipynb", "out": "sales.html"}
                ),
                await session.call_tool(
                    "save_chart", {"dashboard": str(outside), "question": "number of orders"}
                ),
                await session.call_tool(
                    "save_chart", {"dashboard": "../outside.ipynb", "question": "number of orders"}
                ),
                await session.call_tool(
                    "save_chart", {"dashboard": "escape/outside.ipynb", "question": "orders"}
                ),
                await session.call_tool(
                    "export_dashboard", {"dashboard": "sales.ipynb", "out": "escape/out.html"}
                ),
            ]

    try:
        saved, exported, *refused = _run(scenario)
    finally:
        (workdir / "escape").unlink()
    assert not saved.isError and not exported.isError, _text(saved) + _text(exported)
    notebook = json.loads((workdir / "sales.ipynb").read_text())
    chart = saved.structuredContent["chart"]
    assert any(c.get("metadata", {}).get("aiser", {}).get("id") == chart for c in notebook["cells"])
    page = (workdir / "sales.html").read_text()
    assert exported.structuredContent["html"] == "sales.html" and "Online" in page
    assert [_refusal(r) for r in refused] == ["AISER-DASH-PATH"] * 4
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.postgres
def test_a_configured_password_never_reaches_the_client(pg_server: Any) -> None:
    url = pg_server.url(password="${AISER_TEST_MCP_PW}")
    env = server_env(AISER_TEST_MCP_PW=pg_server.password)
    args = ["--planner", "rules", "--no-demo", "--no-image", "--db", f"shop={url}"]

    async def scenario() -> list[CallToolResult]:
        async with stdio_session(args, env) as session:
            return [
                await session.call_tool("list_sources", {}),
                await session.call_tool("describe_source", {"source": "shop"}),
                await session.call_tool("ask_chart", {"question": "number of orders by channel"}),
                await session.call_tool("run_select", {"sql": "SELECT nope FROM orders"}),
            ]

    listed, described, asked, failed = _run(scenario)
    assert listed.structuredContent["sources"] == [
        {"alias": "shop", "dialect": "postgres", "available": True}
    ]
    assert "orders" in {t["name"] for t in described.structuredContent["tables"]}
    assert not asked.isError and asked.structuredContent["rows"]
    assert _refusal(failed).startswith("AISER-")
    for result in (listed, described, asked, failed):
        dumped = _text(result) + json.dumps(result.structuredContent)
        assert pg_server.password not in dumped and pg_server.user + ":" not in dumped
