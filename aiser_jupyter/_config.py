"""``Aiser``: the one traitlets configurable shared by the magic and the panel.

``%config Aiser.model = "gpt-4o-mini"`` applies to both; :meth:`Aiser.to_engine_config`
turns the traits into the engine's plain, frozen :class:`EngineConfig`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from traitlets import Bool, Dict, Float, Int, List, TraitError, Unicode, validate
from traitlets.config import Configurable

from .engine.config import EngineConfig

__all__ = ["Aiser"]


class Aiser(Configurable):
    """Settings of aiser-jupyter (``%config Aiser``)."""

    model = Unicode(
        None, allow_none=True, help="LLM model name (env AISER_MODEL); unset → rules planner."
    ).tag(config=True)
    base_url = Unicode(
        None, allow_none=True, help="OpenAI-compatible endpoint (default: OPENAI_BASE_URL)."
    ).tag(config=True)
    planner = Unicode("auto", help="'auto' (llm if configured, else rules), 'rules' or 'llm'.").tag(
        config=True
    )
    timeout = Float(60.0, help="Seconds to wait for the LLM.").tag(config=True)
    send_samples = Bool(True, help="Send a few sample values per column to the LLM.").tag(
        config=True
    )
    default_source = Unicode("demo", help="Source used when none is given.").tag(config=True)
    max_rows = Int(5_000, help="Most rows a chart brings into Python.").tag(config=True)
    query_timeout = Float(30.0, help="Seconds a query may run.").tag(config=True)
    memory_limit = Unicode(
        "4GB", allow_none=True, help="DuckDB memory limit for generated SQL."
    ).tag(config=True)
    threads = Int(0, help="DuckDB threads for generated SQL (0 = DuckDB's default).").tag(
        config=True
    )
    use_cache = Bool(True, help="Reuse cached plans for the same question and schema.").tag(
        config=True
    )
    # LLM usage: the key itself is never a trait (it would end up in notebooks): use OPENAI_API_KEY.
    max_tokens = Int(2_000, help="Most completion tokens per LLM call.").tag(config=True)
    prices = Dict(
        value_trait=List(Float(), minlen=2, maxlen=2),
        key_trait=Unicode(),
        help="USD per million [prompt, completion] tokens by model name (or 'prefix*'), for cost estimates.",
    ).tag(config=True)
    budget_calls = Int(
        None, allow_none=True, help="Most LLM calls per session (None = no limit)."
    ).tag(config=True)
    budget_tokens = Int(
        None, allow_none=True, help="Most LLM tokens per session (None = no limit)."
    ).tag(config=True)
    budget_calls_per_minute = Int(None, allow_none=True, help="Most LLM calls per minute.").tag(
        config=True
    )
    store_path = Unicode(
        None, allow_none=True, help="Metadata DB file (default: the Jupyter data dir)."
    ).tag(config=True)
    # Big tables (issue 8): reduce in SQL, cap the figure, zoom re-queries.
    reduce = Bool(
        True, help="Sample big scatters, M4-reduce long lines, top-N + Other for many bars."
    ).tag(config=True)
    max_points = Int(2_500, help="Points a reduced scatter or line shows.").tag(config=True)
    max_categories = Int(50, help="Bars (pie slices: 12) before the rest become 'Other'.").tag(
        config=True
    )
    max_figure_bytes = Int(
        65_536, help="Hard cap on one chart's figure JSON in bytes (4 KB to 1 MB)."
    ).tag(config=True)
    zoom = Bool(True, help="Zooming a reduced line/scatter re-queries the visible range.").tag(
        config=True
    )
    warm = Bool(
        True, help="Import what the first chart needs in the background after %load_ext."
    ).tag(config=True)

    @validate("max_points", "max_categories")
    def _check_positive(self, proposal: Any) -> int:
        if proposal["value"] < 1:
            msg = f"Aiser.{proposal['trait'].name} must be at least 1"
            raise TraitError(msg)
        return int(proposal["value"])

    @validate("max_figure_bytes")
    def _check_figure_bytes(self, proposal: Any) -> int:
        if not 4_096 <= proposal["value"] <= 1_048_576:
            msg = "Aiser.max_figure_bytes must be between 4096 and 1048576 (1 MB)"
            raise TraitError(msg)
        return int(proposal["value"])

    @validate("planner")
    def _check_planner(self, proposal: Any) -> str:
        if proposal["value"] not in ("auto", "rules", "llm"):
            msg = f"Aiser.planner must be 'auto', 'rules' or 'llm', not {proposal['value']!r}"
            raise TraitError(msg)
        return str(proposal["value"])

    def to_engine_config(self) -> EngineConfig:
        return EngineConfig(
            default_source=self.default_source,
            planner=self.planner,
            model=self.model or os.environ.get("AISER_MODEL") or None,
            base_url=self.base_url or None,
            llm_timeout=self.timeout,
            send_samples=self.send_samples,
            max_rows=self.max_rows,
            timeout=self.query_timeout,
            memory_limit=self.memory_limit,
            threads=self.threads or None,
            use_cache=self.use_cache,
            llm_max_tokens=self.max_tokens,
            prices={k: (float(v[0]), float(v[1])) for k, v in self.prices.items()} or None,
            budget_calls=self.budget_calls,
            budget_tokens=self.budget_tokens,
            budget_calls_per_minute=self.budget_calls_per_minute,
            store_path=Path(self.store_path).expanduser() if self.store_path else None,
            reduce=self.reduce,
            max_points=self.max_points,
            max_categories=self.max_categories,
            max_figure_bytes=self.max_figure_bytes,
            zoom=self.zoom,
        )
