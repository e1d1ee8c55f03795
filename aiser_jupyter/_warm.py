"""Warm the first chart: import what it needs in the background once ``%load_ext`` has finished.

``%load_ext`` itself imports nothing heavy (a guarded budget of 150 ms). The first chart
would otherwise pay ~0.5 s of imports (pyarrow, pandas, numpy, plotly, duckdb, the
planner's word lists); a daemon thread started after the ``%load_ext`` cell returns does
that while the user types. Imports are safe across threads (per-module import locks), so
a chart asked before warming ends just waits for the modules still loading.
Opt out with ``%config Aiser.warm = False``.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from ._kernel import configured

__all__ = ["MODULES", "schedule", "warm"]

#: what the first chart imports, heaviest first
MODULES = (
    "pyarrow",
    "duckdb",
    "numpy",
    "aiser_jupyter.engine.core",
    "aiser_jupyter.engine.compile.query",
    "aiser_jupyter.engine.reduce.reductions",
    "aiser_jupyter.engine.execute",
    "aiser_jupyter.engine.figure.build",
    "aiser_jupyter.engine.figure.payload",
    "aiser_jupyter.engine.planners.sql",
    "aiser_jupyter.engine.catalog.profile",
    "aiser_jupyter.engine.planners.rules.planner",
    "sqlglot.dialects.duckdb",
)

_started: list[threading.Thread] = []


def warm(modules: tuple[str, ...] = MODULES) -> None:
    """Import ``modules``; a missing optional one is skipped (the chart will say what to install)."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # warming must never break the kernel
            continue
    try:  # the SRI hash of plotly.js for the HTML fallback (reads the 4.8 MB bundle once)
        from .engine.figure.plotly_json import plotly_cdn

        plotly_cdn()
    except Exception:
        pass


def schedule(ipython: Any) -> None:
    """Start :func:`warm` in a daemon thread after the current cell (``%load_ext``) ends."""
    if _started or ipython is None or not hasattr(ipython, "events"):
        return

    def after_cell(*_args: Any) -> None:
        ipython.events.unregister("post_run_cell", after_cell)
        config = getattr(ipython, "config", None)
        aiser = config.get("Aiser", {}) if config is not None else {}
        settings = configured()  # %config Aiser.warm = False after %load_ext
        if aiser.get("warm", True) is False or _started or not getattr(settings, "warm", True):
            return
        thread = threading.Thread(target=warm, name="aiser-warm", daemon=True)
        _started.append(thread)
        thread.start()

    ipython.events.register("post_run_cell", after_cell)
