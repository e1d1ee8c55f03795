"""Debian's Chromium for the browser tests: where it is and how it starts on these machines;
and the JupyterLab server they drive (``running_lab``).

No test downloads a browser. The flags keep Chromium off the network it cannot reach
(background networking, component updates, sync, QUIC) and working as root in a container.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
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


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_lab(
    root: Path, env: dict[str, str], log_path: Path, *options: str, wait: float = 90
) -> Iterator[str]:
    """A JupyterLab server on ``root`` (token ``TOKEN``, no news, no update check, ``options``
    added), its output in ``log_path``; yields its URL once it answers, stops it after."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={TOKEN}",
        f"--ServerApp.root_dir={root}",
        *options,
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    with log_path.open("wb") as log:
        proc = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + wait
        try:
            while True:
                assert proc.poll() is None, log_path.read_text(errors="replace")[-3000:]
                try:
                    urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2)
                    break
                except OSError:
                    assert time.monotonic() < deadline, f"JupyterLab did not start in {wait:g} s"
                    time.sleep(0.5)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
