"""The store's engine hooks (store/hooks.py): history written in the background."""

from __future__ import annotations

from pathlib import Path

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.store.db import open_store


def test_rules_questions_reach_the_history_in_the_background(
    tmp_path: Path, demo_path: Path
) -> None:
    from aiser_jupyter.engine.core import Engine
    from aiser_jupyter.engine.store.hooks import _flush_pending

    config = EngineConfig(planner="rules", store_path=tmp_path / "meta.sqlite")
    engine = Engine(config)
    engine.ask("total revenue by region")
    _flush_pending()
    engine.close()
    history = open_store(config).history()
    assert history[0]["question"] == "total revenue by region" and history[0]["source"] == "demo"
