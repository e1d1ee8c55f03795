"""Chart payloads (figure/payload.py): typed arrays keep big charts small; a hard byte cap
thins the figure and says so."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan

SCATTER = {"mark": "point", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}}
LINE = {"mark": "line", "encoding": {"x": {"field": "ts"}, "y": {"field": "amount"}}}


def _engine(big: Path, **config: object) -> Iterator[Engine]:
    eng = Engine(EngineConfig(planner="rules", use_cache=False, **config))  # type: ignore[arg-type]
    eng.connect("big", str(big))
    yield eng
    eng.close()


@pytest.fixture()
def engine(big: Path) -> Iterator[Engine]:
    yield from _engine(big)


def run(engine: Engine, chart: dict[str, object]) -> Any:
    plan = ChartPlan.model_validate({"sql": "SELECT * FROM sales", "chart": chart})
    return engine.run_plan(plan, "big")


@pytest.mark.parametrize(
    "chart",
    [
        SCATTER,
        LINE,
        {
            "mark": "point",
            "encoding": {
                "x": {"field": "amount"},
                "y": {"field": "qty"},
                "color": {"field": "category"},
            },
        },
    ],
)
def test_figures_stay_under_64_kb_with_binary_arrays(
    engine: Engine, chart: dict[str, object]
) -> None:
    data = json.loads(run(engine, chart).figure.to_json())
    assert len(json.dumps(data)) <= 65_536
    assert all(isinstance(trace["x"], dict) and "bdata" in trace["x"] for trace in data["data"])
    assert "template" in data["layout"] and len(json.dumps(data["layout"]["template"])) < 1_000


def test_the_byte_cap_thins_the_figure_and_says_so(big: Path) -> None:
    for eng in _engine(big, max_figure_bytes=16_384, max_points=4_000):
        answer = run(eng, SCATTER)
        size = len(answer.figure.to_json())
        assert size <= 16_384
        assert any("16,384-byte cap" in n for n in answer.notices)
