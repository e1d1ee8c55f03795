"""An Answer (answer.py): the figure a user changes is the one displayed."""

from __future__ import annotations

from aiser_jupyter.engine.figure.build import PLOTLY_MIME
from aiser_jupyter.engine.plan import ChartPlan

ORDERS = "SELECT o.order_date, o.channel, l.revenue FROM orders o JOIN order_lines l ON l.order_id = o.order_id"
BY_DAY = {
    "mark": "line",
    "encoding": {
        "x": {"field": "order_date", "timeUnit": "day"},
        "y": {"field": "revenue", "aggregate": "sum"},
        "color": {"field": "channel"},
    },
}


def answer(engine, chart):
    return engine.run_plan(ChartPlan.model_validate({"sql": ORDERS, "chart": chart}), "demo")


def test_a_changed_figure_is_what_is_displayed(engine):
    a = answer(engine, BY_DAY)
    a.figure.update_layout(title_text="Mine")
    assert a._repr_mimebundle_()[PLOTLY_MIME]["layout"]["title"]["text"] == "Mine"
