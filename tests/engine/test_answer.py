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


def test_a_layout_change_before_the_figure_is_made_is_displayed_too(engine):
    a = answer(engine, BY_DAY)
    a.update_layout(height=321, meta={"aiser_zoom": True})
    shown = a._repr_mimebundle_()[PLOTLY_MIME]["layout"]
    assert shown["height"] == 321 and shown["meta"] == {"aiser_zoom": True}
    assert a.figure.layout.height == 321  # the figure made afterwards has it as well


def test_the_sql_is_what_ran_and_rows_count_the_plotted_rows(engine):
    a = answer(engine, BY_DAY)
    assert a.sql == a.compiled_sql and "GROUP BY" in a.sql
    assert a.rows == len(a.df) == a.table.num_rows


def test_the_cell_reproduces_the_answer(engine):
    from aiser_jupyter.engine.cells import parse_plan_body

    a = answer(engine, BY_DAY)
    header, _, body = a.to_cell().partition("\n")
    assert header == "%%chart --db demo"
    again = engine.run_plan(parse_plan_body(body), "demo")
    assert again.df.equals(a.df)


def test_the_text_of_an_answer_says_what_it_is(engine):
    a = answer(engine, BY_DAY)
    assert repr(a) == f"<Answer line of {a.rows} rows from 'demo': {a.question!r}>"
