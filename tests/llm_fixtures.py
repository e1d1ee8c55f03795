"""Fixtures around :class:`fake_llm.FakeLLM`, a real OpenAI-compatible HTTP server on
127.0.0.1 with scripted answers that records every request, so the tests drive the real
``openai`` client over real HTTP. Registered for every test in tests/conftest.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_llm import FakeLLM

__all__ = ["REVENUE_BY_REGION", "llm_config", "llm_engine", "llm_server", "make_engine"]

#: The minimal plan of DESIGN §2, adapted to the demo's tables.
REVENUE_BY_REGION = {
    "sql": "SELECT r.name AS region, l.revenue FROM order_lines l JOIN orders o ON l.order_id = o.order_id "
    "JOIN customers c ON o.customer_id = c.customer_id JOIN regions r ON c.region_id = r.region_id",
    "chart": {
        "mark": "bar",
        "encoding": {
            "x": {"field": "region", "type": "nominal"},
            "y": {"field": "revenue", "aggregate": "sum", "type": "quantitative"},
        },
    },
}


@pytest.fixture()
def llm_server() -> Iterator[FakeLLM]:
    server = FakeLLM()
    yield server
    server.close()


@pytest.fixture()
def llm_config(llm_server: FakeLLM, tmp_path: Path) -> Any:
    from aiser_jupyter.engine.config import EngineConfig

    return EngineConfig(
        planner="llm",
        model="test-model",
        base_url=llm_server.url,
        api_key="sk-test-SECRETKEY",
        llm_timeout=5,
        store_path=tmp_path / "aiser.sqlite",
    )


@pytest.fixture()
def llm_engine(llm_config: Any, demo_path: Path) -> Iterator[Any]:
    from aiser_jupyter.engine.core import Engine

    engine = Engine(llm_config)
    yield engine
    engine.close()


@pytest.fixture()
def make_engine(llm_config: Any, demo_path: Path) -> Iterator[Callable[..., Any]]:
    """Engines with ``llm_config`` changed by keyword; all closed at the end (one DuckDB instance per file)."""
    from dataclasses import replace

    from aiser_jupyter.engine.core import Engine

    made: list[Any] = []

    def make(**changes: Any) -> Any:
        for engine in made:  # DuckDB shares one locked instance per file within a process
            engine.close()
        made.append(Engine(replace(llm_config, **changes)))
        return made[-1]

    yield make
    for engine in made:
        engine.close()
