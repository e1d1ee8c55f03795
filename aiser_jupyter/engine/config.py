"""The engine's plain settings, at the bottom of every import: :class:`EngineConfig` (what the
traitlets ``Aiser`` class builds) and the :class:`Limits` generated SQL runs under."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["EngineConfig", "Limits"]


@dataclass(frozen=True)
class Limits:
    """Resource limits applied to generated SQL."""

    max_rows: int = 10_000
    timeout: float | None = 30.0
    memory_limit: str | None = "4GB"
    threads: int | None = None
    max_bytes: int | None = 256_000_000  #: result size cap (Arrow bytes) -> AISER-DB-TOO-LARGE
    #: called about once a second while a query runs longer than a second, with the percentage
    #: done (DuckDB) or None, and the seconds elapsed
    on_progress: Callable[[float | None, float], None] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class EngineConfig:
    """Plain engine settings; the traitlets ``Aiser`` class builds one of these."""

    default_source: str = "demo"
    planner: str = "auto"  #: "auto" (llm if configured, else rules), "rules" or "llm"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    llm_timeout: float = 60.0
    send_samples: bool = True
    max_rows: int = 5_000  #: rows a chart may bring into Python
    timeout: float | None = 30.0  #: seconds per query
    memory_limit: str | None = "4GB"
    threads: int | None = None
    store_path: Path | None = (
        None  #: metadata DB (plan cache, history, usage); None = default location
    )
    use_cache: bool = True
    # LLM usage (see store.py): prices in USD per million (prompt, completion) tokens by model
    # (a name or a prefix ending in "*"); budgets per session/minute, None = unlimited.
    prices: dict[str, tuple[float, float]] | None = None
    budget_calls: int | None = None
    budget_tokens: int | None = None
    budget_calls_per_minute: int | None = None
    llm_max_tokens: int = 2_000  #: completion token cap per LLM call
    # Big data (see reduce.py): reduce in SQL, cap the figure JSON.
    reduce: bool = True  #: sample scatters, M4 long lines, top-N + Other for many categories
    max_points: int = 2_500  #: points a reduced scatter/line shows
    max_categories: int = 50  #: bars (pie slices: 12) before the rest become "Other"
    max_figure_bytes: int = 65_536  #: hard cap on one chart's figure JSON (up to 1 MB)
    zoom: bool = (
        True  #: in a notebook, zooming a reduced line/scatter re-queries the range (widget.py)
    )
    #: the semantic layer file; None = $AISER_SEMANTIC, else ./aiser.semantic.yaml if present
    semantic_path: Path | None = None

    @property
    def limits(self) -> Limits:
        return Limits(
            max_rows=self.max_rows,
            timeout=self.timeout,
            memory_limit=self.memory_limit,
            threads=self.threads,
        )
