"""Malformed dashboard metadata is refused with a code when the notebook is read (issue 13, 12).

A dashboard's ``aiser`` metadata is a file's content: a width that is not a number,
NaN in a stored figure, a plan that is not a plan, filters, layout or notes of the
wrong shape used to surface as Python exceptions (``AISER-INTERNAL`` in the CLI).
The pydantic models of ``dashmeta`` check it at the boundary: every case below is
``AISER-DASH-INVALID`` (or ``AISER-SRC-STORED`` for a source) from ``Dashboard.open``,
from ``export_html`` with and without refresh, and from the live filter controls.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from crafted import FIGURE, REGION_PLAN, chart_cell, crafted_notebook

from aiser_jupyter.engine.dashboards import Dashboard
from aiser_jupyter.engine.export import export_html
from aiser_jupyter.errors import AiserError

NAN = float("nan")


def deep(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = [value]
    return value


def board(cells: list[dict[str, Any]] | None = None, **meta: Any) -> dict[str, Any]:
    """A crafted case: the chart cells and the notebook-level metadata to write."""
    return {"cells": cells or [chart_cell()], "meta": {"version": 1, **meta} if meta else None}


CASES: dict[str, tuple[dict[str, Any], str]] = {
    "width-text": (board(layout=[{"id": "c1", "width": "wide"}]), "AISER-DASH-INVALID"),
    "width-nan": (board(layout=[{"id": "c1", "width": NAN}]), "AISER-DASH-INVALID"),
    "width-fraction": (board(layout=[{"id": "c1", "width": 6.5}]), "AISER-DASH-INVALID"),
    "height-list": (board([chart_cell(layout={"height": [1]})]), "AISER-DASH-INVALID"),
    "height-infinite": (board([chart_cell(layout={"height": float("inf")})]), "AISER-DASH-INVALID"),
    "figure-nan": (
        board([chart_cell(figure={"data": [{"y": [1, NAN]}], "layout": {}})]),
        "AISER-DASH-INVALID",
    ),
    "figure-deep": (
        board([chart_cell(figure={"data": deep(200), "layout": {}})]),
        "AISER-DASH-INVALID",
    ),
    "plan-not-object": (board([chart_cell(plan="SELECT 1")]), "AISER-DASH-INVALID"),
    "plan-no-chart": (board([chart_cell(plan={"sql": "SELECT 1"})]), "AISER-DASH-INVALID"),
    "plan-bad-mark": (
        board([chart_cell(plan={**REGION_PLAN, "chart": {"mark": "evil", "encoding": {}}})]),
        "AISER-DASH-INVALID",
    ),
    "plan-sql-number": (
        board([chart_cell(plan={**REGION_PLAN, "sql": 42})]),
        "AISER-DASH-INVALID",
    ),
    "plan-nan-step": (
        board(
            [
                chart_cell(
                    plan={
                        "sql": "SELECT 1 AS a",
                        "chart": {
                            "mark": "histogram",
                            "encoding": {"x": {"field": "a", "bin": {"step": NAN}}},
                        },
                    }
                )
            ]
        ),
        "AISER-DASH-INVALID",
    ),
    "filters-not-list": (board(filters={"name": "x"}), "AISER-DASH-INVALID"),
    "filter-bad-name": (
        board(filters=[{"name": "x'; DROP", "column": "region"}]),
        "AISER-DASH-INVALID",
    ),
    "filter-bad-kind": (
        board(filters=[{"name": "f", "column": "region", "kind": "sql"}]),
        "AISER-DASH-INVALID",
    ),
    "filter-extra-key": (
        board(filters=[{"name": "f", "column": "region", "sql": "DROP TABLE x"}]),
        "AISER-DASH-INVALID",
    ),
    "layout-not-list": (board(layout="c1"), "AISER-DASH-INVALID"),
    "layout-entry-number": (board(layout=[1, 2]), "AISER-DASH-INVALID"),
    "layout-entry-no-id": (board(layout=[{"width": 3}]), "AISER-DASH-INVALID"),
    "notes-number": (board([chart_cell(notes=7)]), "AISER-DASH-INVALID"),
    "notes-objects": (board([chart_cell(notes=[{"x": 1}])]), "AISER-DASH-INVALID"),
    "title-object": (board([chart_cell(title={"t": 1})]), "AISER-DASH-INVALID"),
    "board-title-list": (board(title=["a"]), "AISER-DASH-INVALID"),
    "board-meta-text": ({"cells": [chart_cell()], "meta": "dashboard"}, "AISER-DASH-INVALID"),
    "duplicate-ids": (board([chart_cell("c1"), chart_cell("c1")]), "AISER-DASH-INVALID"),
    "id-number": (board([chart_cell(7)]), "AISER-DASH-INVALID"),  # type: ignore[arg-type]
    "rows-text": (board([chart_cell(rows="many")]), "AISER-DASH-INVALID"),
    "source-url": (board([chart_cell(source="sqlite:////etc/x.db")]), "AISER-SRC-STORED"),
    "source-path": (board([chart_cell(source="../shop.duckdb")]), "AISER-SRC-STORED"),
    "source-env": (board([chart_cell(source="${HOME}")]), "AISER-SRC-STORED"),
    "source-number": (board([chart_cell(source=5)]), "AISER-DASH-INVALID"),
}


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
