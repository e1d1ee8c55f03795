"""LLM usage: an estimated cost per call from a configurable price table, and budgets.

Usage rows live in the metadata store (:mod:`.store`); budgets count the rows of
this process's session (:data:`~.store.SESSION`) and refuse with ``AISER-LLM-BUDGET``.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...errors import error
from .db import SESSION

if TYPE_CHECKING:
    from ..config import EngineConfig
    from .db import Store

__all__ = ["DEFAULT_PRICES", "check_budget", "estimate_cost"]


#: Default estimate, USD per million (prompt, completion) tokens; ``EngineConfig.prices`` overrides.
#: These are estimates for display, not billing: configure your own with ``Aiser.prices``.
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.5, 10.0),
    "gpt-4o-mini": (0.15, 0.6),
    "gpt-4.1": (2.0, 8.0),
    "gpt-4.1-mini": (0.4, 1.6),
    "gpt-4.1-nano": (0.1, 0.4),
}


def estimate_cost(
    model: str | None,
    prompt_tokens: int | None,
    completion_tokens: int | None,
    prices: Mapping[str, Any] | None = None,
) -> float | None:
    """Estimated USD cost of one call, or None when the model has no price.

    ``prices`` maps a model name (or a prefix ending in ``*``) to
    ``(usd_per_million_prompt_tokens, usd_per_million_completion_tokens)``.
    """
    if not model:
        return None
    table = {**DEFAULT_PRICES, **(prices or {})}
    price = table.get(model)
    if price is None:
        prefixes = [k for k in table if k.endswith("*") and model.startswith(k[:-1])]
        price = table[max(prefixes, key=len)] if prefixes else None
    if price is None:
        return None
    rate_in, rate_out = (float(price[0]), float(price[1]))
    return round(((prompt_tokens or 0) * rate_in + (completion_tokens or 0) * rate_out) / 1e6, 8)


def check_budget(store: Store, config: EngineConfig) -> None:
    """Raise ``AISER-LLM-BUDGET`` when one more call would exceed a configured budget."""
    limits = (config.budget_calls, config.budget_tokens, config.budget_calls_per_minute)
    if all(v is None for v in limits):
        return
    if config.budget_calls is not None or config.budget_tokens is not None:
        total = store.usage(SESSION)["total"]
        if config.budget_calls is not None and total["calls"] >= config.budget_calls:
            raise error(
                "AISER-LLM-BUDGET",
                f"This session already made {total['calls']} LLM calls "
                f"(budget: {config.budget_calls})",
                budget="calls",
            )
        used = total["prompt_tokens"] + total["completion_tokens"]
        if config.budget_tokens is not None and used >= config.budget_tokens:
            raise error(
                "AISER-LLM-BUDGET",
                f"This session already used {used} LLM tokens (budget: {config.budget_tokens})",
                budget="tokens",
            )
    if config.budget_calls_per_minute is not None:
        recent = store.usage(SESSION, since=time.time() - 60)["total"]["calls"]
        if recent >= config.budget_calls_per_minute:
            raise error(
                "AISER-LLM-BUDGET",
                f"{recent} LLM calls in the last minute "
                f"(budget: {config.budget_calls_per_minute} per minute)",
                budget="per_minute",
            )
