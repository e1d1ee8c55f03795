"""Planners: question + catalog → ChartPlan. ``rules`` (offline) and ``llm``."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from ...errors import error

if TYPE_CHECKING:
    from ..config import EngineConfig

__all__ = ["get_planner", "llm_configured"]

LLM_NOTICE = (
    "No LLM is configured, so the offline rules planner answered. To plan with a model, set "
    "%config Aiser.model = '<model>' (or AISER_MODEL) and OPENAI_API_KEY, plus OPENAI_BASE_URL for "
    "Ollama, vLLM, LM Studio or a gateway."
)
_cache: dict[str, Any] = {}
_told: set[int] = set()


def llm_configured(config: EngineConfig) -> bool:
    model = config.model or os.environ.get("AISER_MODEL")
    endpoint = (
        config.api_key
        or os.environ.get("OPENAI_API_KEY")
        or config.base_url
        or os.environ.get("OPENAI_BASE_URL")
    )
    return bool(model and endpoint)


def get_planner(name: str, config: EngineConfig, notices: list[str]) -> Any:
    """The planner called ``name`` ("rules", "llm" or "auto")."""
    if name == "auto":
        if llm_configured(config):
            name = "llm"
        else:
            if id(notices) not in _told:
                _told.add(id(notices))
                notices.append(LLM_NOTICE)
            name = "rules"
    if name == "rules":
        if "rules" not in _cache:
            # a planner's module only when it is asked for: the rules planner reads word lists
            from .rules.planner import RulesPlanner

            _cache["rules"] = RulesPlanner()
        return _cache["rules"]
    if name == "llm":
        endpoint = (
            config.api_key
            or os.environ.get("OPENAI_API_KEY")
            or config.base_url
            or os.environ.get("OPENAI_BASE_URL")
        )
        if not endpoint:  # with an endpoint, a missing model is found through its /v1/models
            raise error(
                "AISER-LLM-CONFIG",
                "The llm planner was asked for but no model or endpoint is configured",
            )
        from .llm.planner import LLMPlanner

        return LLMPlanner(config)
    raise error("AISER-PLAN-INVALID", f"Unknown planner {name!r}; use 'rules' or 'llm'")
