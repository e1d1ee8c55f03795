"""Which big charts are reduced, and how (reduce/reductions.py): small results and charts
with reduction switched off are left as they are (the row cap then says so)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.plan import ChartPlan

SCATTER = {"mark": "point", "encoding": {"x": {"field": "amount"}, "y": {"field": "qty"}}}


def run(engine: Engine, chart: dict[str, object], sql: str = "SELECT * FROM sales") -> Any:
    return engine.run_plan(ChartPlan.model_validate({"sql": sql, "chart": chart}), "big")


def test_small_tables_are_not_reduced(big_engine: Engine) -> None:
    answer = run(big_engine, SCATTER, "SELECT * FROM sales WHERE id < 1000")
    assert answer.reduction is None and answer.rows == 1000


def test_reduction_can_be_switched_off(big: Path) -> None:
    eng = Engine(
        EngineConfig(planner="rules", use_cache=False, reduce=False, max_figure_bytes=1_048_576)
    )
    eng.connect("big", str(big))
    try:
        answer = run(eng, SCATTER)
        assert answer.reduction is None and answer.rows == 5_000
        assert any("first 5,000 rows" in n for n in answer.notices)
    finally:
        eng.close()
