"""Live filter controls re-run the dashboard's charts through the engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ipywidgets as w

from aiser_jupyter._dashboard_widgets import dashboard_controls
from aiser_jupyter.engine.dashboards.dashboard import Dashboard
from aiser_jupyter.engine.plan import ChartPlan

PLOTLY = "application/vnd.plotly.v1+json"
SQL = (
    "SELECT r.name AS region, o.order_date, ol.revenue FROM order_lines ol JOIN orders o ON ol.order_id = o.order_id "
    "JOIN customers c ON o.customer_id = c.customer_id JOIN regions r ON c.region_id = r.region_id"
)


def xs(out: w.Output) -> list[Any]:
    return list(out.outputs[0]["data"][PLOTLY]["data"][0]["x"])


def test_filter_controls_rerun_the_charts(tmp_path: Path, engine: Any) -> None:
    board = Dashboard.open(tmp_path / "d.ipynb", create=True)
    board.add_chart(
        ChartPlan.model_validate(
            {
                "sql": SQL,
                "chart": {
                    "mark": "bar",
                    "encoding": {
                        "x": {"field": "region", "sort": "ascending"},
                        "y": {"field": "revenue", "aggregate": "sum"},
                    },
                },
            }
        ),
        "demo",
    )
    board.set_filters(
        [
            {"name": "region", "column": "region"},
            {"name": "when", "column": "order_date", "kind": "date_range"},
        ]
    )
    board.save()
    before = (tmp_path / "d.ipynb").read_bytes()
    box = dashboard_controls(tmp_path / "d.ipynb", engine=engine)
    _title, controls, grid = box.children
    dropdown, dates = controls.children
    (out,) = grid.children
    assert xs(out) == ["Central", "East", "North", "South", "West"]
    dropdown.value = "East"
    assert xs(out) == ["East"]
    dropdown.value = ""
    assert len(xs(out)) == 5
    assert isinstance(dates.children[0], w.DatePicker)
    assert (tmp_path / "d.ipynb").read_bytes() == before
