"""Choosing a planner (planners/__init__.py): rules offline, the LLM when one is configured."""

from __future__ import annotations

import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.planners import LLM_NOTICE, get_planner, llm_configured
from aiser_jupyter.errors import AiserError


@pytest.fixture(autouse=True)
def no_llm_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AISER_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def test_the_rules_planner_is_made_once() -> None:
    first = get_planner("rules", EngineConfig(), [])
    assert first.name == "rules" and get_planner("rules", EngineConfig(), []) is first


def test_auto_without_an_llm_answers_with_rules_and_says_how_to_configure_one() -> None:
    notices: list[str] = []
    assert get_planner("auto", EngineConfig(), notices).name == "rules"
    get_planner("auto", EngineConfig(), notices)
    assert notices == [LLM_NOTICE]  # once per session's notices, not once per question


def test_auto_with_a_model_and_an_endpoint_is_the_llm() -> None:
    config = EngineConfig(model="m", base_url="http://127.0.0.1:9/v1")
    notices: list[str] = []
    planner = get_planner("auto", config, notices)
    assert planner.name == "llm" and notices == []


def test_the_llm_without_an_endpoint_is_a_coded_refusal() -> None:
    with pytest.raises(AiserError) as info:
        get_planner("llm", EngineConfig(model="m"), [])
    assert info.value.code == "AISER-LLM-CONFIG"


def test_an_unknown_planner_is_a_coded_refusal() -> None:
    with pytest.raises(AiserError) as info:
        get_planner("oracle", EngineConfig(), [])
    assert info.value.code == "AISER-PLAN-INVALID" and "'oracle'" in info.value.message


@pytest.mark.parametrize(
    ("config", "env", "configured"),
    [
        ({}, {}, False),
        ({"model": "m"}, {}, False),
        ({"api_key": "k"}, {}, False),
        ({"model": "m", "api_key": "k"}, {}, True),
        ({"model": "m", "base_url": "http://h/v1"}, {}, True),
        ({}, {"AISER_MODEL": "m", "OPENAI_API_KEY": "k"}, True),
        ({"model": "m"}, {"OPENAI_BASE_URL": "http://h/v1"}, True),
    ],
)
def test_an_llm_is_configured_by_a_model_and_an_endpoint(
    monkeypatch: pytest.MonkeyPatch, config: dict[str, str], env: dict[str, str], configured: bool
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert llm_configured(EngineConfig(**config)) is configured  # type: ignore[arg-type]
