"""LLM usage (store/usage.py): cost from a price table, budgets that refuse a call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.store.db import Store, open_store
from aiser_jupyter.engine.store.usage import check_budget, estimate_cost
from aiser_jupyter.errors import AiserError


@pytest.mark.parametrize(
    ("model", "prices", "expected"),
    [
        ("unknown-model", None, None),
        (None, None, None),
        ("llama3", {"llama*": (0, 0)}, 0.0),
        ("my-model", {"my-model": (10, 20)}, (1000 * 10 + 100 * 20) / 1e6),
        ("gpt-4o-mini", None, (1000 * 0.15 + 100 * 0.6) / 1e6),  # the default table
        ("gpt-4o-mini", {"gpt-4o-mini": (1, 1)}, 1100 / 1e6),  # the configured price wins
    ],
)
def test_cost_estimate_uses_the_configured_price_table(
    model: str | None, prices: dict[str, Any] | None, expected: float | None
) -> None:
    assert estimate_cost(model, 1000, 100, prices) == expected


def test_the_longest_matching_prefix_prices_a_model() -> None:
    prices = {"llama*": (1, 1), "llama3-70b*": (5, 5)}
    assert estimate_cost("llama3-70b-instruct", 1_000_000, 0, prices) == 5.0
    assert estimate_cost("llama2", 1_000_000, 0, prices) == 1.0


def _store_with_two_calls(tmp_path: Path) -> Store:
    store = open_store(EngineConfig(store_path=tmp_path / "b.sqlite"))
    for _ in range(2):
        store.add_usage(
            model="m",
            endpoint="e",
            prompt_tokens=50,
            completion_tokens=50,
            latency_ms=1,
            cost_usd=None,
        )
    return store


def test_no_budget_never_refuses(tmp_path: Path) -> None:
    store = _store_with_two_calls(tmp_path)
    check_budget(store, EngineConfig(store_path=store.path))


@pytest.mark.parametrize(
    ("budget", "kind"),
    [
        ({"budget_calls": 2}, "calls"),
        ({"budget_tokens": 200}, "tokens"),
        ({"budget_calls_per_minute": 2}, "per_minute"),
    ],
)
def test_a_spent_budget_refuses_the_next_call(
    tmp_path: Path, budget: dict[str, int], kind: str
) -> None:
    store = _store_with_two_calls(tmp_path)
    with pytest.raises(AiserError) as info:
        check_budget(store, EngineConfig(store_path=store.path, **budget))  # type: ignore[arg-type]
    assert info.value.code == "AISER-LLM-BUDGET"
    assert info.value.details["budget"] == kind


@pytest.mark.parametrize(
    "budget", [{"budget_calls": 3}, {"budget_tokens": 201}, {"budget_calls_per_minute": 3}]
)
def test_a_budget_with_room_lets_the_call_through(tmp_path: Path, budget: dict[str, int]) -> None:
    store = _store_with_two_calls(tmp_path)
    check_budget(store, EngineConfig(store_path=store.path, **budget))  # type: ignore[arg-type]
