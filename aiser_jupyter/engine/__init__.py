"""The engine: pure Python, no Jupyter imports. See :class:`~.core.Engine`."""

from __future__ import annotations

from typing import Any

__all__ = ["Answer", "Engine", "EngineConfig"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import core

        return getattr(core, name)
    msg = f"module 'aiser_jupyter.engine' has no attribute {name!r}"
    raise AttributeError(msg)
