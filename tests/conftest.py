"""Shared fixtures: an isolated cache directory and a demo engine."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Every test process uses its own cache (demo DB, metadata store), never the user's.
_CACHE = Path(os.environ.setdefault("AISER_CACHE_DIR", str(Path(__file__).parent.parent / ".test-cache")))
os.environ.setdefault("AISER_DATA_DIR", str(_CACHE / "data"))
for _var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AISER_MODEL"):
    os.environ.pop(_var, None)


@pytest.fixture(scope="session")
def demo_path() -> Path:
    from aiser_jupyter.engine.demo import ensure_demo

    return ensure_demo()


@pytest.fixture()
def engine(demo_path: Path) -> Iterator[object]:
    from aiser_jupyter.engine.core import Engine, EngineConfig

    eng = Engine(EngineConfig(planner="rules", use_cache=False))
    yield eng
    eng.close()
