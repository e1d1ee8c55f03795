"""Zoom re-queries (issue 8): zooming a reduced line in a notebook brings the range at full resolution."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from browser import ARTIFACTS, TOKEN, Lab, require_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow]
require_chromium()

ROWS = 200_000

#: the first plot's trace: points drawn and the x range they span (ms since epoch)
TRACE_JS = """() => {
  const gd = document.querySelector('.jp-Notebook .js-plotly-plot');
  const t = gd && gd._fullData && gd._fullData[0];
  if (!t || !t._length) return null;
  const ms = (v) => typeof v === 'number' ? v : Date.parse(String(v).trim().replace(' ', 'T').slice(0, 23) + 'Z');
  const xs = Array.from(t.x, ms);
  return {n: t._length, lo: Math.min(...xs), hi: Math.max(...xs), first: String(t.x[0]),
          zoomable: !!(gd.layout.meta || {}).aiser_zoom};
}"""


def _notebook(root: Path) -> str:
    db = root / "zoom.duckdb"
    con = duckdb.connect(str(db))
    con.execute(f"""CREATE TABLE ticks AS SELECT TIMESTAMP '2024-01-01' + INTERVAL (i) MINUTE AS ts,
                    sin(i / 500.0) * 100 + (hash(i) % 100) / 10.0 AS price FROM range({ROWS}) t(i)""")
    con.close()
    # one cell: %load_ext then the chart (no race between two cells and a starting kernel)
    source = f"%load_ext aiser_jupyter\nget_ipython().run_cell_magic('chart', '--db {db}', 'SELECT ts, price FROM ticks')"
    cells = [source]
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "source": c,
                "outputs": [],
                "execution_count": None,
            }
            for c in cells
        ],
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (root / "zoom.ipynb").write_text(json.dumps(nb))
    return "zoom.ipynb"


def test_zooming_a_reduced_line_requeries_the_visible_range(lab: Lab, page: Any) -> None:
    name = _notebook(lab.root)
    page.goto(f"{lab.url}/lab/tree/{name}?token={TOKEN}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
    page.get_by_text("Python 3 (ipykernel) | Idle").wait_for(timeout=90_000)
    page.locator(".jp-Notebook .jp-Cell").first.click()
    page.keyboard.press("Shift+Enter")
    try:
        page.wait_for_function(f"({TRACE_JS})() !== null", timeout=120_000)
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "zoom-failure.png"))
        raise
    before = page.evaluate(TRACE_JS)
    assert before["lo"] == before["lo"], before  # not NaN: the x values read as dates
    assert before["zoomable"] and before["n"] <= 2_600  # reduced: M4 of 200,000 points
    # a window of 1/100 of the time axis: 2,000 rows, fewer than the point budget
    span = before["hi"] - before["lo"]
    lo, hi = before["lo"] + span * 0.40, before["lo"] + span * 0.41
    page.evaluate(
        """([lo, hi]) => {
             const gd = document.querySelector('.jp-Notebook .js-plotly-plot');
             const iso = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
             return (globalThis.Plotly || window.Plotly).relayout(gd, {'xaxis.range': [iso(lo), iso(hi)]});
           }""",
        [lo, hi],
    )
    page.wait_for_function(
        f"""() => {{ const t = ({TRACE_JS})(); return t && t.lo >= {lo} - 60000 && t.hi <= {hi} + 60000; }}""",
        timeout=60_000,
    )
    after = page.evaluate(TRACE_JS)
    shown_before = round((hi - lo) / span * before["n"])
    # every row of the window (one a minute), far more than the reduced chart had there
    assert after["n"] >= 0.95 * (hi - lo) / 60_000
    assert after["n"] > 5 * max(shown_before, 1)
