"""The user-facing notebooks execute, and their charts are plotly outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
PLOTLY = "application/vnd.plotly.v1+json"


@pytest.mark.slow
def test_quickstart_runs_and_every_chart_cell_has_a_plotly_output(demo_path, tmp_path):
    nb = nbformat.read(NOTEBOOKS / "quickstart.ipynb", as_version=4)
    NotebookClient(
        nb,
        timeout=180,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
        store_widget_state=False,
    ).execute()
    chart_cells = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith("%%chart")]
    assert len(chart_cells) >= 6
    for cell in chart_cells:
        kinds = [o.get("output_type") for o in cell.outputs]
        assert "error" not in kinds, cell.outputs
        assert any(PLOTLY in o.get("data", {}) for o in cell.outputs), cell.source
    size = len(nbformat.writes(nb))
    assert size < 1_500_000, (
        f"the executed quickstart is {size} bytes: plotly.js must not be embedded per chart"
    )
