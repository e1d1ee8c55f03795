"""``Aiser``: the traitlets settings shared by the magic and the panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from traitlets import TraitError
from traitlets.config import Config

from aiser_jupyter._config import Aiser


def test_traits_become_the_engine_config(tmp_path: Path) -> None:
    cfg = Config(
        {
            "Aiser": {
                "model": "m1",
                "base_url": "http://127.0.0.1:1/v1",
                "timeout": 7.5,
                "send_samples": False,
                "budget_calls": 3,
                "prices": {"m1": [1, 2]},
                "store_path": str(tmp_path / "s.sqlite"),
                "planner": "llm",
            }
        }
    )
    engine_config = Aiser(config=cfg).to_engine_config()
    assert (engine_config.model, engine_config.base_url, engine_config.llm_timeout) == (
        "m1",
        "http://127.0.0.1:1/v1",
        7.5,
    )
    assert engine_config.send_samples is False and engine_config.budget_calls == 3
    assert engine_config.prices == {"m1": (1.0, 2.0)}
    assert engine_config.store_path == tmp_path / "s.sqlite" and engine_config.planner == "llm"


def test_model_falls_back_to_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AISER_MODEL", "env-model")
    assert Aiser().to_engine_config().model == "env-model"
    assert Aiser(model="set").to_engine_config().model == "set"


def test_api_key_is_not_a_setting() -> None:
    assert "api_key" not in Aiser.class_trait_names()
    assert (
        Aiser().to_engine_config().api_key is None
    )  # the openai client reads OPENAI_API_KEY itself


def test_bad_values_are_refused() -> None:
    with pytest.raises(TraitError):
        Aiser(planner="magic")
    with pytest.raises(TraitError):
        Aiser(prices={"m": [1]})
