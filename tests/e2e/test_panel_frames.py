"""The panel's source picker lists the kernel's DataFrames, connects the one chosen, and charts
it with DuckDB's numbers; it follows the frames the notebook's cells create and change."""

from __future__ import annotations

import json
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from browser import ARTIFACTS, PANEL, TOKEN, Lab, ask_in_panel

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SETUP = """%load_ext aiser_jupyter
%config Aiser.planner = 'rules'
import numpy as np, pandas as pd, polars as pl, pyarrow as pa
def make(seed):
    rng = np.random.default_rng(seed)
    return pd.DataFrame({"channel": rng.choice(["web", "store", "phone"], 2000),
                         "amount": np.round(rng.random(2000) * 100, 2)})
sales = make(5)
pl_sales = pl.from_pandas(make(6))
arrow_sales = pa.Table.from_pandas(make(7), preserve_index=False)
"""
FRAMES = {"sales": ("pandas", 5), "pl_sales": ("polars", 6), "arrow_sales": ("arrow", 7)}
PICKER = f"{PANEL} .aiser-Panel-source"


def make(seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "channel": rng.choice(["web", "store", "phone"], 2000),
            "amount": np.round(rng.random(2000) * 100, 2),
        }
    )


def by_channel(frame: Any) -> dict[str, float]:
    con = duckdb.connect()
    con.register("t", frame)
    rows = con.sql("SELECT channel, SUM(amount) FROM t GROUP BY 1").fetchall()
    con.close()
    return {str(k): float(v) for k, v in rows}


def plotted(tab: Any) -> dict[str, float]:
    """The last answer's bars, as plotly.js holds them."""
    pairs = tab.evaluate(
        f"""() => {{
        const plots = document.querySelectorAll('{PANEL} .aiser-Turn-answer .js-plotly-plot');
        const trace = plots[plots.length - 1]._fullData[0];  // typed arrays decoded
        return Array.from(trace.x).map((x, i) => [String(x), Number(trace.y[i])]);
    }}"""
    )
    return {x: y for x, y in pairs}


def run_in_notebook(tab: Any, code: str) -> None:
    """Type ``code`` into a new cell at the end of the notebook and run it."""
    tab.locator(".jp-NotebookPanel .jp-Cell").last.click()
    tab.keyboard.press("Escape")
    tab.keyboard.press("b")  # a new cell below, in command mode
    tab.keyboard.press("Enter")  # edit it (typed in command mode, the code would be shortcuts)
    tab.wait_for_timeout(300)
    tab.keyboard.type(code)
    tab.keyboard.press("Shift+Enter")
    tab.wait_for_selector(
        ".jp-Notebook-ExecutionIndicator[data-status='idle']", state="attached", timeout=60_000
    )


def test_the_picker_lists_connects_and_follows_the_kernels_dataframes(lab: Lab, page: Any) -> None:
    try:
        _picker_flow(lab, page)
    except BaseException:
        page.screenshot(path=str(ARTIFACTS / "panel-frames-failure.png"))
        raise


def _accept_kernel_choice(tab: Any) -> None:
    """Take the notebook's own kernel if JupyterLab asks for one: on a loaded machine the first
    kernel start can time out, and JupyterLab then shows its "Select Kernel" dialog."""
    dialog = tab.locator(".jp-Dialog", has_text="Select Kernel")
    try:
        dialog.wait_for(timeout=3_000)
    except Exception:
        return
    dialog.locator(".jp-mod-accept").click()
    dialog.wait_for(state="detached", timeout=30_000)
    tab.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)


def _picker_flow(server: Lab, tab: Any) -> None:
    notebook = {
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "source": SETUP,
                "outputs": [],
                "execution_count": None,
            }
        ],
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (server.root / "frames.ipynb").write_text(json.dumps(notebook))
    tab.goto(f"{server.url}/lab/tree/frames.ipynb?token={TOKEN}", timeout=90_000)
    tab.wait_for_selector(".jp-NotebookPanel", timeout=90_000)
    tab.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    _accept_kernel_choice(tab)
    prompt = tab.locator(".jp-NotebookPanel .jp-Cell").first.locator(".jp-InputPrompt")
    for _ in range(5):  # a cell run before the kernel is connected is dropped: run it again
        tab.locator(".jp-NotebookPanel .jp-Cell").first.click()
        tab.keyboard.press("Control+Enter")  # the setup cell: the extension and three frames
        try:
            tab.wait_for_function(
                "el => /\\[\\d+\\]/.test(el.textContent)",
                arg=prompt.element_handle(),
                timeout=20_000,
            )
            break
        except Exception:
            continue
    assert "[1]" in prompt.inner_text(), prompt.inner_text()

    tab.click(f".jp-SideBar.jp-mod-right li[data-id='{PANEL[1:]}']")
    tab.wait_for_selector(f"{PANEL} textarea:not([disabled])", timeout=60_000)
    for name in FRAMES:
        tab.wait_for_selector(f"{PICKER} option[value='frame:{name}']", state="attached")
    label = tab.locator(f"{PICKER} option[value='frame:sales']").inner_text()
    assert label == "sales (2,000 × 2)"
    tab.locator(PANEL).screenshot(path=str(ARTIFACTS / "panel-frames-picker.png"))

    for n, (name, (kind, seed)) in enumerate(FRAMES.items(), start=1):
        tab.select_option(PICKER, value=f"frame:{name}")
        tab.wait_for_function(
            f"document.querySelector(\"{PICKER}\").value === '{name}'", timeout=30_000
        )
        ask_in_panel(tab, "total amount by channel", charts=n)
        data = make(seed)
        frame = {
            "pandas": data,
            "polars": pl.from_pandas(data),
            "arrow": pa.Table.from_pandas(data),
        }[kind]
        want = by_channel(frame)
        got = plotted(tab)
        assert got.keys() == want.keys()
        assert [got[k] for k in want] == pytest.approx([want[k] for k in want], rel=1e-9)
    tab.locator(PANEL).screenshot(path=str(ARTIFACTS / "panel-frames-answer.png"))

    # A cell that creates a frame: the picker lists it without being asked.
    run_in_notebook(tab, "later = sales.head(10)")
    tab.wait_for_selector(f"{PICKER} option[value='frame:later']", state="attached", timeout=30_000)
    assert tab.locator(f"{PICKER} option[value='frame:later']").inner_text() == "later (10 × 2)"

    # A cell that changes a frame: the next question on it has the new numbers.
    tab.select_option(PICKER, value="frame:sales")
    tab.wait_for_function(f"document.querySelector(\"{PICKER}\").value === 'sales'")
    run_in_notebook(tab, "sales.loc[sales['channel'] == 'web', 'amount'] = 0.0")
    ask_in_panel(tab, "total amount by channel", charts=len(FRAMES) + 1)
    changed = make(5)
    changed.loc[changed["channel"] == "web", "amount"] = 0.0
    got = plotted(tab)
    assert got["web"] == 0.0
    assert got["store"] == pytest.approx(by_channel(changed)["store"], rel=1e-9)
