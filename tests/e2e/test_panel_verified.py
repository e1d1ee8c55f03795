"""The panel in a real JupyterLab, driven by Chromium: each answer says what it rests on, and
"Save as verified" makes the same question reuse its plan (issue 15)."""

from __future__ import annotations

from typing import Any

import pytest
from browser import ARTIFACTS, PANEL, TOKEN, Lab, ask_in_panel

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_save_as_verified_then_the_same_question_says_verified(lab: Lab, page: Any) -> None:
    page.goto(f"{lab.url}/lab/tree/quickstart.ipynb?token={TOKEN}", timeout=90_000)
    page.wait_for_selector(".jp-NotebookPanel", timeout=90_000)
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    page.click(f".jp-SideBar.jp-mod-right li[data-id='{PANEL[1:]}']")
    page.wait_for_selector(PANEL, state="visible")
    load = page.locator(f"{PANEL} .aiser-Panel-load")
    load.wait_for(timeout=60_000)
    load.click()
    page.wait_for_selector(f"{PANEL} textarea:not([disabled])", timeout=60_000)
    page.wait_for_selector(f"{PANEL} .aiser-Panel-source option[value='demo']", state="attached")

    ask_in_panel(page, "number of orders by status", charts=1)
    first = page.locator(f"{PANEL} .aiser-Turn-answer").last
    assert first.locator(".aiser-Turn-basis").inner_text() == "Inferred from the schema"
    first.locator(".aiser-Turn-verify").click()
    saved = first.locator(".aiser-Turn-saved")
    saved.wait_for(timeout=30_000)
    assert "as verified in aiser.semantic.yaml" in saved.inner_text()
    assert "number of orders by status" in (lab.root / "aiser.semantic.yaml").read_text()

    ask_in_panel(page, "Number of orders, by status?", charts=2)
    again = page.locator(f"{PANEL} .aiser-Turn-answer").last
    basis = again.locator(".aiser-Turn-basis")
    assert (
        basis.inner_text()
        == "Verified: reuses the checked plan of \u201cnumber of orders by status\u201d"
    )
    assert "aiser-mod-verified" in (basis.get_attribute("class") or "")
    assert again.locator(".aiser-Turn-verify").count() == 0
    page.locator(PANEL).screenshot(path=str(ARTIFACTS / "panel-verified.png"))
    (lab.root / "aiser.semantic.yaml").unlink()
