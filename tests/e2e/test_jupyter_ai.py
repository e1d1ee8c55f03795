"""Jupyter AI 3 beside this project's JupyterLab, driven by Chromium.

- The **Aiser** persona (our ``jupyter_ai.personas`` entry point) answers a chat message
  with an interactive plotly chart, from a source of ``.jupyter/aiser.json``.
- **Jupyternaut** uses ``aiser-jupyter mcp`` from ``.jupyter/mcp_settings.json``: a local
  OpenAI-compatible stand-in for the model (no network, no key) asks for ``ask_chart``,
  and the tool's answer reaches the model.

Jupyter AI is not part of the test extra (its server extensions would run in every lab
test), so these tests run where it is installed (``pip install 'aiser-jupyter[jupyter-ai]'``,
plus ``jupyter-ai[jupyternaut]`` for the second) and are skipped elsewhere.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from browser import ARTIFACTS, CHROMIUM, TOKEN, launch, running_lab

pytest.importorskip("jupyter_ai_persona_manager", reason="Jupyter AI 3 is not installed")
if not Path(CHROMIUM).exists():
    pytest.skip(f"needs Debian's chromium at {CHROMIUM}", allow_module_level=True)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]


class FakeModel:
    """An OpenAI-compatible chat endpoint: first it calls ``ask_chart``, then it answers
    with the text of the tool's result. Every request it gets is kept."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                owner.requests.append(body)
                results = [m for m in body["messages"] if m["role"] == "tool"]
                if results:
                    delta = {"role": "assistant", "content": f"Tool said: {_content(results[-1])}"}
                    finish = "stop"
                else:
                    call = {
                        "name": "ask_chart",
                        "arguments": json.dumps({"question": "number of orders by channel"}),
                    }
                    delta = {"role": "assistant", "tool_calls": [{"index": 0, "id": "c1", "type": "function", "function": call}]}  # fmt: skip
                    finish = "tool_calls"
                chunks = [
                    {"choices": [{"index": 0, "delta": delta, "finish_reason": None}]},
                    {"choices": [{"index": 0, "delta": {}, "finish_reason": finish}]},
                ]
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for chunk in chunks:
                    chunk.update(id="x", object="chat.completion.chunk", created=0, model="m")
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.write(b"data: [DONE]\n\n")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"


def _content(message: dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return str(content)


@pytest.fixture(scope="module")
def model() -> Iterator[FakeModel]:
    fake = FakeModel()
    yield fake
    fake.server.shutdown()


@pytest.fixture(scope="module")
def lab(
    tmp_path_factory: pytest.TempPathFactory, demo_path: Path, sqlite_shop: Path, model: FakeModel
) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("jai")
    home = tmp_path_factory.mktemp("jai-home")
    dot = root / ".jupyter"
    dot.mkdir()
    (dot / "aiser.json").write_text(json.dumps({"sources": {"shop": "${AISER_TEST_SHOP}"}}))
    server_env = {
        "PYTHONPATH": str(ROOT),
        "AISER_CACHE_DIR": os.environ["AISER_CACHE_DIR"],
        "AISER_DATA_DIR": os.environ["AISER_DATA_DIR"],
    }
    mcp = {
        "name": "aiser",
        "command": sys.executable,
        "args": ["-m", "aiser_jupyter.cli", "mcp", "--planner", "rules", "--root", str(root)],
        "env": [{"name": k, "value": v} for k, v in server_env.items()],
    }
    (dot / "mcp_settings.json").write_text(json.dumps({"mcp_servers": [mcp]}))
    config = home / "config"
    config.mkdir()
    (config / "jupyter_server_config.py").write_text(
        "c.PersonaManager.builtin_mcp_servers = []\n"
        'c.JupyternautExtension.initial_language_model = "openai/fake-model"\n'
        f'c.JupyternautExtension.model_parameters = {{"openai/fake-model": {{"api_base": "{model.url}", "api_key": "sk-fake"}}}}\n'
    )
    settings = root / ".lab-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')
    env = {
        **os.environ,
        **server_env,
        "AISER_TEST_SHOP": str(sqlite_shop),
        "JUPYTER_CONFIG_DIR": str(config),
        "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(root / ".lab-settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
        "LITELLM_LOCAL_MODEL_COST_MAP": "True",  # else litellm fetches a price list at import
    }
    options = ["--MCPExtensionApp.mcp_port=0"]  # Jupyter AI's own MCP server: any free port
    with running_lab(root, env, home / "lab.log", *options, wait=120) as url:
        yield url, root


def _chat(url: str, name: str) -> None:
    request = urllib.request.Request(
        f"{url}/api/contents/{name}?token={TOKEN}",
        method="PUT",
        data=json.dumps({"type": "file", "format": "text", "content": ""}).encode(),
        headers={"Content-Type": "application/json"},
    )
    urllib.request.urlopen(request, timeout=30)


def _send(lab: tuple[str, Path], chat: str, persona: str, text: str, wait_for: str) -> Any:
    """Open ``chat``, address ``persona``, send ``text``; the page once ``wait_for`` shows."""
    from playwright.sync_api import sync_playwright

    url, _ = lab
    _chat(url, chat)
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = launch(pw)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        try:
            page.goto(f"{url}/lab/tree/{chat}?reset&token={TOKEN}")
            box = page.locator("textarea[placeholder^='Type a chat message']:visible").first
            box.wait_for(timeout=90_000)
            page.get_by_text("No one").last.click()
            page.get_by_role("menuitem").filter(has_text=persona).first.click()
            box.click()
            box.fill(text)
            page.keyboard.press("Enter")
            page.locator(wait_for).first.wait_for(timeout=90_000)
            return page.locator(".jp-chat-messages-container, .jp-chat-messages").first.inner_text()
        except BaseException:
            page.screenshot(path=str(ARTIFACTS / f"jupyter-ai-{persona}.png"))
            raise
        finally:
            browser.close()


def test_the_aiser_persona_answers_with_an_interactive_chart(
    lab: tuple[str, Path], sqlite_shop: Path
) -> None:
    shown = _send(
        lab, "orders.chat", "Aiser", "shop: number of orders by channel", ".js-plotly-plot"
    )
    counts = (
        sqlite3.connect(sqlite_shop)
        .execute("SELECT channel, count(*) FROM orders GROUP BY channel ORDER BY 2 DESC")
        .fetchall()
    )
    assert f"highest {counts[0][1]:,} at channel {counts[0][0]}" in shown
    assert "Aiser.model = '<model>'" in shown  # engine text is escaped, not read as HTML
    # the chart is kept in the chat file as a plotly bundle of the same rows
    saved = json.loads((lab[1] / "orders.chat").read_text())
    bundles = [
        m["mime_model"]["data"]["application/vnd.plotly.v1+json"]
        for m in saved["messages"]
        if (m.get("mime_model") or {}).get("data")
    ]
    assert len(bundles) == 1
    trace = bundles[0]["data"][0]
    assert list(zip(_values(trace["x"]), _values(trace["y"]), strict=True)) == counts


def _values(array: Any) -> list[Any]:
    """A plotly JSON array: a list, or plotly's typed array ``{"dtype", "bdata"}``."""
    if isinstance(array, dict):
        import base64

        import numpy as np

        return np.frombuffer(base64.b64decode(array["bdata"]), array["dtype"]).tolist()
    return list(array)


def test_jupyternaut_calls_the_mcp_server_from_mcp_settings(
    lab: tuple[str, Path], model: FakeModel
) -> None:
    pytest.importorskip("jupyter_ai_jupyternaut", reason="needs jupyter-ai[jupyternaut]")
    shown = _send(lab, "naut.chat", "Jupyternaut", "how many orders per channel?", "text=Tool said")
    offered = {tool["function"]["name"] for tool in model.requests[0].get("tools", [])}
    assert {"list_sources", "ask_chart", "run_select"} <= offered
    answered = [_content(m) for r in model.requests for m in r["messages"] if m["role"] == "tool"]
    assert any("Count of rows by channel" in text for text in answered), answered
    images = [
        part
        for r in model.requests
        for m in r["messages"]
        if isinstance(m.get("content"), list)
        for part in m["content"]
        if isinstance(part, dict) and part.get("type") == "image_url"
    ]
    assert images and images[0]["image_url"]["url"].startswith("data:image/png;base64,iVBOR")
    assert "Tool said" in shown and "Count of rows by channel" in shown
