"""Debian's Chromium for the browser tests: where it is and how it starts on these machines.

No test downloads a browser. The flags keep Chromium off the network it cannot reach
(background networking, component updates, sync, QUIC) and working as root in a container.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def launch(playwright: Any) -> Any:
    """A headless Chromium browser from Debian's package."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
