"""Column profiles (catalog/profile.py): row counts, cardinality, ranges and the frequent
values the planner matches."""

from __future__ import annotations

from pathlib import Path

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine


def test_profiling_keeps_frequent_values_for_the_planner(big: Path) -> None:
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    eng.connect("big", str(big))
    table = eng.catalog("big").table("sales")
    assert table is not None and table.row_count == 100_000
    category = table.column("category")
    assert category is not None and category.distinct == 12
    assert sorted(category.samples) == sorted(f"cat_{i}" for i in range(12))
    eng.close()
