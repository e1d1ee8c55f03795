"""The user's path: ``%%chart --save`` into a notebook with their own cells, then ``export``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from aiser_jupyter.cli import main
from aiser_jupyter.engine.dashboards.dashboard import Dashboard

PLOTLY = "application/vnd.plotly.v1+json"


def user_cells(path: Path) -> list[str]:
    cells = json.loads(path.read_bytes())["cells"]
    return [json.dumps(c) for c in cells if "aiser" not in c.get("metadata", {})]


def test_save_then_rerun_then_export(shell: InteractiveShell, tmp_path: Path) -> None:
    path = tmp_path / "sales.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Mine"), nbformat.v4.new_code_cell("1 + 1")]
    nbformat.write(nb, path)
    before = user_cells(path)
    for cell in (
        f"%%chart --save {path} --width 12 --height 300\ntotal revenue by region",
        f"%%chart --save {path}\nnumber of orders per month",
    ):
        with capture_output():
            result = shell.run_cell(cell, store_history=False)
        assert result.success, result.error_in_exec
    board = Dashboard.open(path)
    charts = board.charts()
    assert [(c.width, c.height) for c in charts] == [(12, 300), (6, 420)]
    assert user_cells(path) == before
    # The saved cell re-runs on its own: the explicit plan, no planner involved.
    saved = nbformat.read(path, as_version=4).cells[-1].source
    assert saved.startswith("%%chart --db demo\n") and "\n-- chart: {" in saved
    with capture_output() as out:
        result = shell.run_cell(saved, store_history=False)
    assert result.success, result.error_in_exec
    assert any(PLOTLY in o.data for o in out.outputs)

    out_html = tmp_path / "sales.html"
    cli = [sys.executable, "-m", "aiser_jupyter.cli", "export", str(path)]
    done = subprocess.run([*cli, "-o", str(out_html)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"wrote {out_html} (2 charts")
    page = out_html.read_text()
    assert (
        page.count('class="card chart"') == 2 and "Sum of revenue by region" in page
    )  # the title says what was computed
    assert main(["export", str(path), "-o", str(tmp_path / "stored.html"), "--no-refresh"]) == 0
    assert user_cells(path) == before
