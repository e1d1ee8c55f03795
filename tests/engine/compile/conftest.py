"""The compile stage's tests share one rules engine per module on the demo database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def engine(demo_path: Path) -> Iterator[Engine]:
    """One engine per module: compiling reads its catalog, which profiling fills once."""
    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    yield eng
    eng.close()
