"""Live dashboard filters as ipywidgets controls that re-run the charts (a thin adapter).

The engine does the work (:func:`aiser_jupyter.engine.dashboards.live.run_dashboard`); this
module only builds the controls, reads their values and shows the results.
"""

from __future__ import annotations

import html
import os
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ._kernel import get_engine
from .engine.dashboards.dashboard import Dashboard
from .engine.dashboards.filters import Filter
from .engine.dashboards.live import applies, filter_values, run_dashboard
from .engine.figure.build import mimebundle
from .errors import AiserError

if TYPE_CHECKING:
    import ipywidgets

    from .engine.core import Engine

__all__ = ["dashboard_controls"]


def _control(flt: Any, values: list[Any] | None) -> tuple[Any, Any]:
    """A widget for one filter and a function reading its selection."""
    import ipywidgets as w

    label = flt.title
    if flt.kind == "date_range":
        start, end = w.DatePicker(description=f"{label} from"), w.DatePicker(description="to")

        def read_range() -> dict[str, str] | None:
            if start.value is None and end.value is None:
                return None
            stop = (
                end.value + timedelta(days=1) if isinstance(end.value, date) else None
            )  # inclusive end
            return {
                "start": start.value.isoformat() if start.value else None,
                "end": stop.isoformat() if stop else None,
            }

        return w.HBox([start, end]), read_range
    if values is None:  # too many values for a list: type them
        text = w.Text(description=label, placeholder="comma-separated values")
        return text, lambda: [v.strip() for v in text.value.split(",") if v.strip()] or None
    dropdown = w.Dropdown(
        description=label, options=[("All", "")] + [(str(v), v) for v in values], value=""
    )
    return dropdown, lambda: None if dropdown.value == "" else [dropdown.value]


def _show(out: Any, result: Any) -> None:
    if isinstance(result, AiserError):
        data = {"text/plain": result.text}
    else:
        data = mimebundle(result.plotly_json())
        data.pop("text/html", None)  # the plotly mimetype renders in JupyterLab and Voilà
    out.outputs = ({"output_type": "display_data", "data": data, "metadata": {}},)


def dashboard_controls(
    path: str | os.PathLike[str], *, engine: Engine | None = None
) -> ipywidgets.VBox:
    """The dashboard at ``path`` as a live grid of its charts under its filter controls.

    Changing a control re-runs every chart it applies to through the engine (guard
    and all); the file is not changed.
    """
    import ipywidgets as w

    if engine is None:
        engine = get_engine()
    board = Dashboard.open(path)
    charts = board.charts()
    controls, readers = [], {}
    for flt in (Filter.model_validate(f) for f in board.filters):
        hit = next((ref for ref in charts if applies(flt, ref.plan, engine, ref.source)), None)
        if hit is None:
            continue
        values = filter_values(flt, hit.plan, engine, hit.source) if flt.kind == "category" else []
        widget, readers[flt.name] = _control(flt, values)
        controls.append(widget)
    outputs = [
        w.Output(layout=w.Layout(grid_column=f"span {ref.width}", min_height=f"{ref.height}px"))
        for ref in charts
    ]

    def refresh(*_: Any) -> None:
        selection = {name: read() for name, read in readers.items()}
        for (_ref, result), out in zip(
            run_dashboard(board, engine, selection), outputs, strict=True
        ):
            _show(out, result)

    for widget in controls:
        for leaf in getattr(widget, "children", None) or (widget,):
            leaf.observe(refresh, names="value")
    refresh()
    grid = w.GridBox(
        outputs,
        layout=w.Layout(grid_template_columns="repeat(12, minmax(0, 1fr))", grid_gap="12px"),
    )
    title = w.HTML(f"<h2>{html.escape(board.title)}</h2>")
    box = w.VBox([title, w.HBox(controls, layout=w.Layout(flex_flow="row wrap")), grid])
    box.refresh = refresh  # type: ignore[attr-defined]
    return box
