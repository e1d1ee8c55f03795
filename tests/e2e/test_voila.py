"""A dashboard notebook renders in Voilà: its chart cells re-run from their explicit plans."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from browser import CHROMIUM, free_port, launch

from aiser_jupyter.engine.dashboards.dashboard import Dashboard
from aiser_jupyter.engine.plan import ChartPlan

pytestmark = [pytest.mark.browser, pytest.mark.slow]

VOILA = Path(sys.executable).with_name("voila")
SQL = (
    "SELECT r.name AS region, o.channel, ol.revenue FROM order_lines ol JOIN orders o ON ol.order_id = o.order_id "
    "JOIN customers c ON o.customer_id = c.customer_id JOIN regions r ON c.region_id = r.region_id"
)


def wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("voila exited before serving")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    pytest.fail("voila did not start in time")


@pytest.mark.skipif(
    not VOILA.exists() or not Path(CHROMIUM).exists(), reason="needs voila and /usr/bin/chromium"
)
def test_dashboard_renders_in_voila(tmp_path: Path, demo_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    board = Dashboard.open(tmp_path / "sales.ipynb", create=True, title="Sales")
    board.add_text("# Sales by region")
    for x in ("region", "channel"):
        plan = ChartPlan.model_validate(
            {
                "sql": SQL,
                "chart": {
                    "mark": "bar",
                    "title": f"Revenue by {x}",
                    "encoding": {"x": {"field": x}, "y": {"field": "revenue", "aggregate": "sum"}},
                },
            }
        )
        board.add_chart(plan, "demo")  # no stored output: Voilà must run the cells
    board.save()
    port = free_port()
    env: dict[str, Any] = {**os.environ, "AISER_CACHE_DIR": str(demo_path.parent)}
    proc = subprocess.Popen(
        [str(VOILA), "sales.ipynb", "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port, proc)
        with sync_playwright() as pw:
            browser = launch(pw)
            try:
                page = browser.new_page(viewport={"width": 1200, "height": 900})
                page.goto(f"http://127.0.0.1:{port}/", timeout=90_000)
                page.wait_for_function(
                    "document.querySelectorAll('.js-plotly-plot').length >= 2", timeout=90_000
                )
                assert page.locator(".js-plotly-plot").count() == 2
                assert "Sales by region" in page.inner_text("body")
                assert "Traceback" not in page.inner_text("body")
                artifacts = Path(__file__).resolve().parents[2] / "test-artifacts"
                artifacts.mkdir(exist_ok=True)
                page.screenshot(path=str(artifacts / "voila-dashboard.png"), full_page=True)
            finally:
                browser.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
