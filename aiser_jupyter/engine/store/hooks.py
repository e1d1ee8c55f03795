"""What the engine asks of the metadata store: cached plans, history, the usage summary.

Kept apart from :mod:`.store` (the database itself) so the engine's hot path only
touches the store through these few functions, each of which never lets a broken
metadata file stop a chart.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..plan import ChartPlan
from .db import SESSION, Store, open_store

if TYPE_CHECKING:
    from ..config import EngineConfig

__all__ = ["lookup_plan", "remember_plan", "usage_summary"]

log = logging.getLogger(__name__)


def _safe_store(config: EngineConfig) -> Store | None:
    try:
        return open_store(config)
    except Exception as exc:  # a broken metadata DB must not stop answering
        log.warning("aiser metadata store unavailable: %s", type(exc).__name__)
        return None


def lookup_plan(
    config: EngineConfig, key: str | None, *, refresh: bool = False
) -> ChartPlan | None:
    """The plan cached under ``key`` (a planner's own cache key), or ``None``.

    ``None`` too without a key, with ``refresh`` (the fresh plan then replaces the
    cached one) or when the cache is switched off (``use_cache``).
    """
    if key is None or refresh or not config.use_cache:
        return None
    store = _safe_store(config)
    data = store.get_plan(key) if store else None
    if data is None:
        return None
    try:
        plan = ChartPlan.model_validate(data)
    except ValueError:
        return None
    if plan.provenance is not None:
        plan.provenance.cached = True
    return plan


def remember_plan(
    config: EngineConfig,
    key: str | None,
    question: str,
    source: str,
    plan: ChartPlan,
    *,
    cached: bool = False,
) -> None:
    """Put a fresh plan in the cache (when ``key`` and ``use_cache``) and the question in the history.

    Without a key (a planner that caches nothing) nothing waits for the write, so it runs
    in the background: the first chart of a session does not pay for opening the store.
    """
    if not config.use_cache:
        key = None
    if key is None:
        worker = threading.Thread(
            target=_remember,
            args=(config, key, question, source, plan, cached),
            daemon=True,
            name="aiser-history",
        )
        _PENDING.append(worker)
        worker.start()
        return
    _remember(config, key, question, source, plan, cached)


_PENDING: list[threading.Thread] = []
_WRITES = threading.Lock()


@atexit.register
def _flush_pending() -> None:
    """Let background history writes finish (briefly) when the process exits."""
    deadline = time.monotonic() + 2.0
    for worker in list(_PENDING):
        worker.join(max(0.0, deadline - time.monotonic()))


def _remember(
    config: EngineConfig, key: str | None, question: str, source: str, plan: Any, cached: bool
) -> None:
    with _WRITES:
        _write_plan(config, key, question, source, plan, cached)
    if threading.current_thread() in _PENDING:
        _PENDING.remove(threading.current_thread())


def _write_plan(
    config: EngineConfig, key: str | None, question: str, source: str, plan: Any, cached: bool
) -> None:
    store = _safe_store(config)
    if store is None:
        return
    data = plan.model_dump(mode="json", exclude_none=True)
    prov = plan.provenance
    try:
        if key and not cached:
            store.put_plan(key, question, prov.model if prov else None, data)
        store.add_history(
            question,
            source,
            data,
            planner=prov.planner if prov else None,
            model=prov.model if prov else None,
        )
    except Exception as exc:
        log.warning("aiser metadata store write failed: %s", type(exc).__name__)


def usage_summary(config: EngineConfig) -> str:
    """Plain text for ``%chart usage``: this session's LLM calls, tokens and estimated cost."""
    store = _safe_store(config)
    if store is None:
        return "LLM usage is unavailable: the metadata store could not be opened."

    def line(label: str, row: Mapping[str, Any]) -> str:
        cost = f", est. ${row['cost_usd']:.4f}" if row.get("cost_usd") is not None else ""
        latency = f", mean {row['latency_ms']:.0f} ms" if row.get("latency_ms") is not None else ""
        return (
            f"{label}: {row['calls']} calls, {row['prompt_tokens']:,} prompt + "
            f"{row['completion_tokens']:,} completion tokens{cost}{latency}"
        )

    session, overall = store.usage(SESSION), store.usage(None)
    lines = [line("This session", session["total"])]
    lines += [line(f"  {m['model'] or '?'}", m) for m in session["models"]]
    lines.append(line("All sessions", overall["total"]))
    budgets = {
        "calls": config.budget_calls,
        "tokens": config.budget_tokens,
        "calls per minute": config.budget_calls_per_minute,
    }
    if any(v is not None for v in budgets.values()):
        lines.append(
            "Budgets: " + ", ".join(f"{k} {v}" for k, v in budgets.items() if v is not None)
        )
    lines.append(f"(store: {store.path})")
    return "\n".join(lines)
