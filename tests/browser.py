"""Debian's Chromium for the browser tests: where it is and how it starts on these machines.

No test downloads a browser. The flags keep Chromium off the network it cannot reach
(background networking, component updates, sync, QUIC) and working as root in a container.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple

import pytest

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "aiser-panel-test"  #: the JupyterLab server's token (tests/e2e/conftest.py)
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def launch(playwright: Any) -> Any:
    """A headless Chromium browser from Debian's package."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)


class Lab(NamedTuple):
    """A running JupyterLab server (the ``lab`` fixture of tests/e2e/conftest.py)."""

    url: str
    root: Path


def require_chromium() -> None:
    """Skip the calling test module without Chromium; in CI a missing one is a failure."""
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing: scripts/system-deps.sh installs it", pytrace=False)
    pytest.skip(
        f"needs Debian's chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True
    )


#: the chat panel's element
PANEL = "#aiser-jupyter-panel"


def ask_in_panel(page: Any, question: str, charts: int) -> None:
    """Type ``question`` into the panel and wait until ``charts`` answers (or an error) show."""
    box = page.locator(f"{PANEL} textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(
        f"document.querySelectorAll('{PANEL} .aiser-Turn-answer .js-plotly-plot, {PANEL} .aiser-Turn-error').length >= {charts}",
        timeout=90_000,
    )
    errors = page.locator(f"{PANEL} .aiser-Turn-error")
    assert errors.count() == 0, errors.first.inner_text()
