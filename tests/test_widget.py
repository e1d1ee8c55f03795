"""Zoom that re-queries: a relayout message from the page brings the visible range at full resolution."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.widget import ZoomWidget

ROWS = 50_000


class Recording(ZoomWidget):
    """The real widget; it also keeps what it sends to the page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.sent: list[dict[str, Any]] = []
        super().__init__(*args, **kwargs)

    def send(self, content: dict[str, Any], buffers: Any = None) -> None:
        self.sent.append(content)
        super().send(content, buffers)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path: Path = tmp_path_factory.mktemp("zoom") / "zoom.duckdb"
    con = duckdb.connect(str(path))
    con.execute(f"""CREATE TABLE s AS SELECT i AS id, TIMESTAMP '2024-01-01' + INTERVAL (i) MINUTE AS ts,
                    ((hash(i) % 1000) / 10.0)::DOUBLE AS v, ((hash(i * 3) % 1000) / 10.0)::DOUBLE AS w
                    FROM range({ROWS}) t(i)""")
    con.close()
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    eng.connect("zoom", str(path))
    yield eng
    eng.close()


def relayout(widget: ZoomWidget, **content: Any) -> dict[str, Any]:
    """Deliver a custom message exactly as the front end's ``model.send`` does."""
    widget._handle_msg(
        {
            "content": {
                "data": {"method": "custom", "content": {"type": "relayout", "id": 1, **content}}
            },
            "buffers": [],
        }
    )
    return widget.sent[-1]  # type: ignore[attr-defined, no-any-return]


def test_zooming_a_line_requeries_the_range_at_full_resolution(engine: Engine) -> None:
    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT * FROM s",
            "chart": {"mark": "line", "encoding": {"x": {"field": "ts"}, "y": {"field": "v"}}},
        }
    )
    answer = engine.run_plan(plan, "zoom")
    assert answer.reduction is not None and answer.reduction.kind == "m4"
    widget = Recording(engine, answer)
    assert answer.figure.layout.meta["aiser_zoom"] == widget.zoom_id
    reply = relayout(widget, x=["2024-01-01 10:00:00", "2024-01-02 10:00:00.25"], y=None)
    assert reply["type"] == "data" and reply["id"] == 1
    assert reply["rows"] == 24 * 60 + 1 and reply["reduction"] is None  # every point of the day
    trace = reply["figure"]["data"][0]
    assert isinstance(trace["y"], dict) and "bdata" in trace["y"]  # binary typed arrays


def test_zooming_a_scatter_filters_both_axes_and_samples_again_if_needed(engine: Engine) -> None:
    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT * FROM s",
            "chart": {"mark": "point", "encoding": {"x": {"field": "v"}, "y": {"field": "w"}}},
        }
    )
    widget = Recording(engine, engine.run_plan(plan, "zoom"))
    wide = relayout(widget, x=[0, 100], y=[0, 50])
    assert wide["reduction"]["kind"] == "sample" and wide["reduction"]["total"] < ROWS
    narrow = relayout(widget, x=[10, 12], y=[10, 12])
    assert narrow["reduction"] is None and 0 < narrow["rows"] < 2_500
    back = relayout(widget, x="auto", y="auto")
    assert back["reset"] and back["reduction"]["total"] == ROWS


def test_a_malformed_range_is_an_error_reply_not_sql(engine: Engine) -> None:
    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT * FROM s",
            "chart": {"mark": "line", "encoding": {"x": {"field": "ts"}, "y": {"field": "v"}}},
        }
    )
    widget = Recording(engine, engine.run_plan(plan, "zoom"))
    reply = relayout(widget, x=["2024-01-01'; DROP TABLE s; --", "2024-01-02"])
    assert reply["type"] == "error"


def test_the_widget_state_carries_no_plotly_js(engine: Engine) -> None:
    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT * FROM s",
            "chart": {"mark": "point", "encoding": {"x": {"field": "v"}, "y": {"field": "w"}}},
        }
    )
    widget = Recording(engine, engine.run_plan(plan, "zoom"))
    state = widget.get_state()
    assert len(str(state)) < 5_000


def test_big_table_settings_reach_the_engine_through_config() -> None:
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets import TraitError

    from aiser_jupyter._kernel import configured, get_engine, reset

    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "aiser_jupyter")
    get_engine(ip)
    try:
        ip.run_line_magic("config", "Aiser.max_points = 800")
        ip.run_line_magic("config", "Aiser.zoom = False")
        ip.run_line_magic("config", "Aiser.reduce = False")
        ip.run_line_magic("config", "Aiser.max_figure_bytes = 200_000")
        cfg = get_engine(ip).config
        assert (cfg.max_points, cfg.zoom, cfg.reduce, cfg.max_figure_bytes) == (
            800,
            False,
            False,
            200_000,
        )
        with pytest.raises(TraitError, match="1 MB"):
            settings = configured()
            assert settings is not None
            settings.max_figure_bytes = 5_000_000
    finally:
        reset()
