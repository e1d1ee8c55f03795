"""The JupyterLab server and the Chromium page the panel and zoom tests drive."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import ARTIFACTS, Lab, launch, running_lab

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory, demo_path: Path) -> Iterator[Lab]:
    """A JupyterLab server on a temp root holding the quickstart notebook."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copy(ROOT / "notebooks" / "quickstart.ipynb", root / "quickstart.ipynb")
    news = (
        root
        / ".settings"
        / "@jupyterlab"
        / "apputils-extension"
        / "notification.jupyterlab-settings"
    )
    news.parent.mkdir(parents=True)
    news.write_text('{"fetchNews": "false"}')  # no "Jupyter news?" toast over the panel
    env = {
        **os.environ,
        "AISER_CACHE_DIR": str(demo_path.parent),
        "JUPYTERLAB_SETTINGS_DIR": str(root / ".settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(root / ".workspaces"),
    }
    with running_lab(root, env, root / "lab.log") as url:
        yield Lab(url, root)


@pytest.fixture()
def page(lab: Lab) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = launch(pw)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        try:
            yield page
        except BaseException:
            page.screenshot(path=str(ARTIFACTS / "panel-failure.png"))
            raise
        finally:
            browser.close()
        assert not [e for e in errors if "aiser" in e.lower()], errors
