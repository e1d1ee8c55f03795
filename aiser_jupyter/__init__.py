"""aiser-jupyter: ask your database questions in Jupyter and get correct, interactive charts.

>>> from aiser_jupyter import Engine
>>> Engine().ask("total revenue by region").figure      # doctest: +SKIP

In a notebook: ``%load_ext aiser_jupyter`` then a ``%%chart`` cell with a question.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .engine.config import EngineConfig
from .errors import AiserError

__version__ = "0.1.0"
__all__ = ["AiserError", "Engine", "EngineConfig", "__version__"]

if TYPE_CHECKING:
    from .engine.core import Engine


def __getattr__(name: str) -> Any:
    # Lazy: `%load_ext aiser_jupyter` must not pay for the engine (sqlglot, pydantic, duckdb).
    if name == "Engine":
        from .engine.core import Engine

        return Engine
    msg = f"module 'aiser_jupyter' has no attribute {name!r}"
    raise AttributeError(msg)


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext aiser_jupyter``: register ``%%chart``/``%chart``/``%%aiser`` and the panel's comm target."""
    from ._magics import register_magics  # IPython's, imported only inside a shell

    register_magics(ipython)
    try:
        from ._comm import register
    except ImportError:  # the panel side is optional for terminal IPython
        return
    register(ipython)


def unload_ipython_extension(ipython: Any) -> None:
    """Nothing to undo beyond what IPython does itself."""


def _jupyter_labextension_paths() -> list[dict[str, str]]:
    return [{"src": "labextension", "dest": "aiser-jupyter"}]
