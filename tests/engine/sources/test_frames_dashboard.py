"""A dashboard chart over DataFrames keeps the alias and the frames' names, never their data;
export says what it needs and works once the frame is given back (live or as Parquet)."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.dashboards.dashboard import Dashboard, save_answer
from aiser_jupyter.engine.dashboards.export import export_html
from aiser_jupyter.errors import AiserError

MARKER = "NOT-IN-ANY-CHART-5d1e"


@pytest.fixture()
def sales() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "channel": ["web", "store", "web", "phone", "store", "web"],
            "amount": [10.0, 20.0, 30.0, 5.0, 7.5, 2.5],
            "note": [MARKER] * 6,  # a column no chart uses: it must not reach the notebook
        }
    )


@pytest.fixture()
def board(tmp_path: Path, sales: pd.DataFrame) -> Iterator[tuple[Path, Engine]]:
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("shop", {"sales": sales})
    answer = engine.ask("total amount by channel", "shop")
    path = tmp_path / "board.ipynb"
    save_answer(path, answer)
    yield path, engine
    engine.close()


def test_the_notebook_holds_the_alias_and_frame_names_not_the_data(
    board: tuple[Path, Engine],
) -> None:
    path, _ = board
    text = path.read_text()
    assert MARKER not in text
    (chart,) = Dashboard.open(path).charts()
    assert chart.source == "shop" and chart.frames == ["sales"]
    (note,) = [n for n in chart.notes if "DataFrame" in n]
    assert "--db shop=sales.parquet" in note and "to_parquet" in note
    cells = json.loads(text)["cells"]
    assert all("pickle" not in "".join(c["source"]).lower() for c in cells)


def test_export_without_the_frame_says_it_is_needed(
    board: tuple[Path, Engine], tmp_path: Path
) -> None:
    path, _ = board
    with pytest.raises(AiserError) as info:
        export_html(path, tmp_path / "out.html", engine=Engine())
    assert info.value.code == "AISER-SRC-UNKNOWN"
    assert "DataFrame" in info.value.message and "--db shop=sales.parquet" in info.value.message


def test_export_from_the_live_engine_reruns_on_the_frame(
    board: tuple[Path, Engine], tmp_path: Path, sales: pd.DataFrame
) -> None:
    path, engine = board
    sales.loc[sales["channel"] == "phone", "amount"] = 1000.0
    report = export_html(path, tmp_path / "live.html", engine=engine)
    assert report.charts == 1
    (chart,) = _exported(tmp_path / "live.html")
    (trace,) = chart["variants"][""]["data"]
    plotted = dict(zip(_values(trace["x"]), _values(trace["y"]), strict=True))
    assert plotted == {"phone": 1000.0, "store": 27.5, "web": 42.5}


def _values(column: Any) -> list[Any]:
    """A figure column as values (plotly.js typed arrays are base64 bytes)."""
    if isinstance(column, dict):
        return np.frombuffer(base64.b64decode(column["bdata"]), dtype=column["dtype"]).tolist()
    return list(column)


def _exported(page: Path) -> list[dict[str, Any]]:
    text = page.read_text()
    start = text.index('id="aiser-data">') + len('id="aiser-data">')
    data: dict[str, Any] = json.loads(text[start : text.index("</script>", start)])
    return list(data["charts"])


def test_the_cli_exports_with_the_frame_given_as_parquet(
    board: tuple[Path, Engine], tmp_path: Path, sales: pd.DataFrame
) -> None:
    path, _ = board
    sales.to_parquet(tmp_path / "sales.parquet")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "aiser_jupyter.cli",
            "export",
            str(path),
            "-o",
            str(tmp_path / "page.html"),
            "--db",
            f"shop={tmp_path / 'sales.parquet'}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "page.html").stat().st_size > 10_000
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "aiser_jupyter.cli",
            "export",
            str(path),
            "-o",
            str(tmp_path / "x.html"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode != 0
    assert "AISER-SRC-UNKNOWN" in missing.stderr + missing.stdout
    assert "sales.parquet" in missing.stderr + missing.stdout
