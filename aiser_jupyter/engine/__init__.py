"""The engine: pure Python, no Jupyter imports. See :class:`~.core.Engine`."""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["Answer", "Engine", "EngineConfig"]

#: where each public name lives; imported on first use (``import aiser_jupyter.engine`` stays light)
_HOMES = {"Answer": ".answer", "Engine": ".core", "EngineConfig": ".config"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name], __name__), name)
    msg = f"module 'aiser_jupyter.engine' has no attribute {name!r}"
    raise AttributeError(msg)
