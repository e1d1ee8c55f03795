"""Malformed dashboard metadata is refused with a code when the notebook is read (issue 13, 12).

A dashboard's ``aiser`` metadata is a file's content: a width that is not a number,
NaN in a stored figure, a plan that is not a plan, filters, layout or notes of the
wrong shape used to surface as Python exceptions (``AISER-INTERNAL`` in the CLI).
The pydantic models of ``dashmeta`` check it at the boundary: every case below is
``AISER-DASH-INVALID`` (or ``AISER-SRC-STORED`` for a source) from ``Dashboard.open``,
from ``export_html`` with and without refresh, and when appending to the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from crafted import FIGURE, chart_cell, crafted_notebook
from crafted import METADATA_CASES as CASES

from aiser_jupyter.engine.dashboards.dashboard import Dashboard
from aiser_jupyter.engine.dashboards.export import export_html
from aiser_jupyter.errors import AiserError


def write_case(tmp_path: Path, name: str) -> Path:
    case, _ = CASES[name]
    return crafted_notebook(tmp_path / f"{name}.ipynb", case["cells"], case["meta"], allow_nan=True)


@pytest.mark.parametrize("name", sorted(CASES))
def test_malformed_metadata_is_refused_with_a_code(tmp_path: Path, name: str, engine: Any) -> None:
    path = write_case(tmp_path, name)
    before = path.read_bytes()
    code = CASES[name][1]
    for attempt in (
        lambda: Dashboard.open(path),
        lambda: export_html(path, tmp_path / "r.html", engine=engine),
        lambda: export_html(path, tmp_path / "s.html", refresh=False),
        lambda: Dashboard.open(path).add_text("more"),  # appending too: never on a bad file
    ):
        with pytest.raises(AiserError) as info:
            attempt()
        assert info.value.code == code, f"{name}: {info.value.text}"
        assert "Traceback" not in info.value.text
    assert path.read_bytes() == before
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "s.html").exists()


def test_well_formed_metadata_still_opens_and_exports(tmp_path: Path, engine: Any) -> None:
    path = crafted_notebook(
        tmp_path / "ok.ipynb",
        [chart_cell(layout={"width": 12, "height": 300}, notes=["a note"], title="Mine")],
        {
            "version": 1,
            "title": "OK",
            "layout": [{"id": "c1", "width": 40, "height": 5}],  # out of range: clamped
            "filters": [{"name": "region", "column": "region"}],
        },
    )
    (ref,) = Dashboard.open(path).charts()
    assert (ref.width, ref.height, ref.title, ref.notes) == (12, 120, "Mine", ["a note"])
    assert ref.figure == FIGURE
    report = export_html(path, tmp_path / "ok.html", engine=engine)
    assert report.charts == 1 and report.figures > 1  # the region filter was pre-computed
