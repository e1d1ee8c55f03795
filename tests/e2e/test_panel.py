"""The chat panel in a real JupyterLab, driven by Chromium: ask, see a chart, insert it, follow up."""

from __future__ import annotations

import json
from typing import Any

import pytest
from browser import ARTIFACTS, PANEL, TOKEN, Lab, ask_in_panel, require_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow]
require_chromium()

SLOW_SQL = (  # a self-join of 150,000 rows: runs for many seconds unless stopped
    "SELECT a.product_id AS product, count(*) AS n FROM order_lines a "
    "JOIN order_lines b ON a.quantity >= b.quantity GROUP BY a.product_id"
)


def test_ask_in_the_panel_insert_the_cell_and_follow_up(lab: Lab, page: Any) -> None:
    page.goto(f"{lab.url}/lab/tree/quickstart.ipynb?token={TOKEN}", timeout=90_000)
    page.wait_for_selector(".jp-NotebookPanel", timeout=90_000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)

    page.click(f".jp-SideBar.jp-mod-right li[data-id='{PANEL[1:]}']")
    page.wait_for_selector(PANEL, state="visible")
    # A fresh kernel has not run `%load_ext` yet: the panel offers to load it.
    load = page.locator(f"{PANEL} .aiser-Panel-load")
    load.wait_for(timeout=60_000)
    page.locator(PANEL).screenshot(path=str(ARTIFACTS / "panel-load-extension.png"))
    load.click()
    page.wait_for_selector(f"{PANEL} textarea:not([disabled])", timeout=60_000)
    page.wait_for_selector(f"{PANEL} .aiser-Panel-source option[value='demo']", state="attached")
    examples = page.locator(f"{PANEL} .aiser-Panel-example")  # built from the demo's schema
    examples.first.wait_for(timeout=60_000)
    assert any("orders" in t for t in examples.all_inner_texts()), examples.all_inner_texts()

    ask_in_panel(page, "total revenue by region", charts=1)
    answer = page.locator(f"{PANEL} .aiser-Turn-answer").last
    assert "5 rows" in answer.locator(".aiser-Turn-meta").inner_text()
    assert "planner rules" in answer.locator(".aiser-Turn-meta").inner_text()
    answer.locator(".aiser-Turn-sql summary").click()
    assert "SELECT" in answer.locator(".aiser-Turn-sql pre").inner_text().upper()
    page.screenshot(path=str(ARTIFACTS / "panel-answer.png"))

    # Insert as cell: a %%chart cell below the active one, run, with a plot in the notebook.
    plots_before = page.locator(".jp-NotebookPanel .jp-OutputArea .js-plotly-plot").count()
    answer.locator(".aiser-Turn-insert").click()
    page.wait_for_function(
        f"document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea .js-plotly-plot').length > {plots_before}",
        timeout=90_000,
    )
    active = page.locator(
        ".jp-NotebookPanel .jp-Cell.jp-mod-active, .jp-NotebookPanel .jp-Cell.jp-mod-selected"
    )
    sources = page.locator(".jp-NotebookPanel .jp-CodeCell .jp-InputArea-editor").all_inner_texts()
    assert any(s.lstrip().startswith("%%chart") and "regions" in s for s in sources), sources
    assert active.count() >= 1
    page.screenshot(path=str(ARTIFACTS / "panel-inserted-cell.png"))

    # A follow-up refines the previous answer with the same engine.
    ask_in_panel(page, "as a pie chart", charts=2)
    pie = page.locator(f"{PANEL} .aiser-Turn-answer").last
    assert pie.locator(".js-plotly-plot .pielayer .slice").count() == 5
    page.locator(PANEL).screenshot(path=str(ARTIFACTS / "panel-follow-up.png"))

    # A question the planner cannot answer shows the error's code and sentence, no traceback.
    box = page.locator(f"{PANEL} textarea")
    box.fill("what is the meaning of life")
    box.press("Enter")
    error = page.locator(f"{PANEL} .aiser-Turn-error")
    error.wait_for(timeout=60_000)
    assert error.locator(".aiser-Turn-code").inner_text().startswith("AISER-")
    assert "Traceback" not in error.inner_text()

    # While a slow question runs the panel shows its stage and a Stop button that cancels it.
    box.fill(SLOW_SQL)
    box.press("Enter")
    stop = page.locator(f"{PANEL} .aiser-Panel-stop")
    stop.wait_for(state="visible", timeout=10_000)
    assert page.locator(f"{PANEL} .aiser-Turn-status").inner_text().endswith("…")
    page.locator(PANEL).screenshot(path=str(ARTIFACTS / "panel-working.png"))
    stop.click()
    cancelled = page.locator(
        f"{PANEL} .aiser-Turn-error .aiser-Turn-code", has_text="AISER-DB-CANCELLED"
    )
    cancelled.wait_for(timeout=20_000)
    stop.wait_for(state="hidden")

    # Add to dashboard: the chart lands in a dashboard notebook next to the quickstart.
    first = page.locator(f"{PANEL} .aiser-Turn-answer").first
    first.locator(".aiser-Turn-dashboard").click()
    page.locator(".jp-Dialog input").fill("sales.ipynb")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    saved = first.locator(".aiser-Turn-saved")
    saved.wait_for(timeout=30_000)
    assert "Added to sales.ipynb" in saved.inner_text(), saved.inner_text()
    board = json.loads((lab.root / "sales.ipynb").read_text())
    assert any("".join(c["source"]).startswith("%%chart") for c in board["cells"])

    # Dark theme: the panel and its charts follow JupyterLab's CSS variables.
    page.locator(".lm-MenuBar-item", has_text="Settings").click()
    page.locator(".lm-Menu-item", has_text="Theme").first.hover()
    page.get_by_role("menuitem", name="JupyterLab Dark", exact=True).click()
    page.wait_for_selector("body[data-jp-theme-light='false']", state="attached", timeout=30_000)
    page.wait_for_timeout(800)
    background = page.evaluate(
        f"getComputedStyle(document.querySelector('{PANEL}')).backgroundColor"
    )
    assert background not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"), background
    page.screenshot(path=str(ARTIFACTS / "panel-dark.png"))
    page.locator(PANEL).screenshot(path=str(ARTIFACTS / "panel-dark-panel.png"))

    # A kernel restart forgets `%load_ext`: the panel notices and offers to load it again.
    page.locator(".lm-MenuBar-item", has_text="Kernel").click()
    page.locator(".lm-Menu-item[data-command='kernelmenu:restart']").click()
    page.locator(".jp-Dialog .jp-mod-accept").click()
    page.locator(f"{PANEL} .aiser-Panel-load").wait_for(timeout=60_000)
    page.locator(f"{PANEL} .aiser-Panel-load").click()
    page.wait_for_selector(f"{PANEL} textarea:not([disabled])", timeout=60_000)

    # With no notebook open, the panel says what to do.
    page.locator(".lm-MenuBar-item", has_text="File").click()
    page.locator(".lm-Menu-item[data-command='filemenu:close-and-cleanup']").click()
    dialog = page.locator(".jp-Dialog")
    if dialog.count():
        dialog.locator(".jp-mod-accept, .jp-mod-warn").last.click()
    page.wait_for_selector(f"{PANEL}[data-state='no-notebook']", timeout=30_000)
    assert "Open a notebook" in page.locator(f"{PANEL} .aiser-Panel-notice").inner_text()
    page.locator(PANEL).screenshot(path=str(ARTIFACTS / "panel-no-notebook-dark.png"))
