"""Zoom that re-queries: a tiny anywidget that hooks a reduced chart's plotly plot (adapter).

The chart itself stays an ordinary plotly mimetype output (it survives nbconvert, GitHub
and Voilà, and JupyterLab's plotly extension draws it offline). Beside it, this widget
has no view of its own and carries no plotly.js: its script finds the plot with the same
``layout.meta.aiser_zoom`` id, listens to ``plotly_relayout`` and asks the kernel for the
visible range; the kernel re-runs the plan restricted to that range (full resolution when
few points are left, reduced again otherwise) and sends back only the new traces. No data
is kept in Python between zooms.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import anywidget
import traitlets

from .engine.reduce.zoom import zoom_plan

if TYPE_CHECKING:
    from .engine.answer import Answer
    from .engine.core import Engine

__all__ = ["ZoomWidget", "show"]

_ESM = """
function findPlot(el, id) {
  const scope = el.closest('.jp-Cell, .cell, .jp-OutputArea, body') || document;
  const plots = [...scope.querySelectorAll('.js-plotly-plot')];
  return plots.find((p) => p.layout && p.layout.meta && p.layout.meta.aiser_zoom === id) || null;
}
function range(ev, axis) {
  if (ev[axis + 'axis.autorange']) return 'auto';
  const lo = ev[axis + 'axis.range[0]'] ?? (ev[axis + 'axis.range'] || [])[0];
  const hi = ev[axis + 'axis.range[1]'] ?? (ev[axis + 'axis.range'] || [])[1];
  return lo === undefined ? null : [lo, hi];
}
export default {
  render({ model, el }) {
    el.style.display = 'none';
    let plot = null, tries = 0, pending = 0;
    const hook = () => {
      plot = findPlot(el, model.get('zoom_id'));
      const Plotly = globalThis.Plotly;
      if (!plot || !Plotly || !plot.on) { if (tries++ < 100) setTimeout(hook, 200); return; }
      plot.on('plotly_relayout', (ev) => {
        const x = range(ev, 'x'), y = range(ev, 'y');
        if (x === null && y === null) return;
        pending += 1;
        model.send({ type: 'relayout', id: pending, x, y });
      });
      model.on('msg:custom', (msg) => {
        if (msg.type !== 'data' || msg.id !== pending) return;
        const layout = { ...plot.layout, annotations: msg.figure.layout.annotations || [] };
        if (msg.reset) { layout.xaxis = { ...layout.xaxis, autorange: true }; layout.yaxis = { ...layout.yaxis, autorange: true }; }
        Plotly.react(plot, msg.figure.data, layout, plot._context);
      });
    };
    hook();
  }
};
"""


class ZoomWidget(anywidget.AnyWidget):  # type: ignore[misc]
    """Re-runs ``answer``'s plan for the range the user zoomed to.

    Parameters
    ----------
    engine
        The engine that answered (it owns the source connection).
    answer
        A reduced line or scatter answer; its figure gets ``layout.meta.aiser_zoom``.
    """

    _esm = _ESM
    zoom_id = traitlets.Unicode("").tag(sync=True)

    def __init__(self, engine: Engine, answer: Answer, **kwargs: Any) -> None:
        super().__init__(zoom_id=uuid.uuid4().hex[:12], **kwargs)
        self._engine, self._plan, self._source = engine, answer.plan, answer.source
        self._types = {c: o.type for c, o in answer.compiled.fields.items()}
        answer.update_layout(meta={"aiser_zoom": self.zoom_id})
        self.on_msg(self._on_msg)

    def requery(self, x: Any, y: Any) -> dict[str, Any]:
        """The reply to a relayout: the figure (data + annotations) for the visible range."""
        reset = x in (None, "auto") and y in (None, "auto")
        xr = tuple(x) if isinstance(x, (list, tuple)) and len(x) == 2 else None
        yr = tuple(y) if isinstance(y, (list, tuple)) and len(y) == 2 else None
        if self._plan.chart.mark != "point":
            yr = None  # a line keeps every y of the visible x range
        checked = self._engine.check(self._plan, self._source)
        plan = self._plan if reset else zoom_plan(checked, xr, yr, types=self._types)
        answer = self._engine.run_plan(plan, self._source)
        figure = answer.plotly_json()
        return {
            "type": "data",
            "figure": {
                "data": figure["data"],
                "layout": {"annotations": figure["layout"].get("annotations", [])},
            },
            "rows": answer.rows,
            "reduction": answer.reduction.as_dict() if answer.reduction else None,
            "reset": reset,
        }

    def _on_msg(self, _widget: Any, content: dict[str, Any], _buffers: Any) -> None:
        if not isinstance(content, dict) or content.get("type") != "relayout":
            return
        try:
            reply = self.requery(content.get("x"), content.get("y"))
        except Exception as exc:  # a bad range must not break the kernel
            reply = {"type": "error", "message": str(exc)[:300]}
        self.send({**reply, "id": content.get("id")})


def show(engine: Engine, answer: Answer, *, zoom: bool = True) -> None:
    """Display ``answer``; a reduced line or scatter also gets a :class:`ZoomWidget`."""
    from IPython.display import display

    kinds = ("sample", "m4")
    if zoom and answer.reduction is not None and answer.reduction.kind in kinds:
        widget = ZoomWidget(engine, answer)
        display(answer, widget)
    else:
        display(answer)
