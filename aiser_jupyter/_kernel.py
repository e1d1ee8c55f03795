"""The kernel's one engine and its settings, shared by every adapter that runs in the kernel.

``%%chart`` (:mod:`._magics`), the panel's comm (:mod:`._comm`), the live dashboard
controls (:mod:`._dashboard_widgets`) and the warm-up thread (:mod:`._warm`) all reach the
same :class:`~aiser_jupyter.engine.core.Engine` — same sources, conversation and
``%config Aiser`` settings — through :func:`get_engine`; no adapter keeps its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._config import Aiser
    from .engine.core import Engine

__all__ = ["configured", "get_engine", "reset"]

_engine: Engine | None = None
_settings: Aiser | None = None


def get_engine(shell: Any = None) -> Engine:
    """The kernel's one engine, made on first use, with the current ``%config Aiser`` applied."""
    global _engine, _settings
    # Lazy: `%load_ext` registers the magic without importing the engine (see _warm.py).
    from ._config import Aiser
    from .engine.core import Engine

    if _settings is None:
        _settings = Aiser(parent=shell) if shell is not None else Aiser()
        if shell is not None and _settings not in shell.configurables:
            shell.configurables.append(_settings)
    config = _settings.to_engine_config()
    if _engine is None:
        _engine = Engine(config)
    elif _engine.config != config:
        _engine.config = config
    return _engine


def configured() -> Aiser | None:
    """The ``Aiser`` settings object once an adapter has made the engine, else ``None``."""
    return _settings


def reset() -> None:
    """Close the engine and forget the settings: the next :func:`get_engine` starts afresh."""
    global _engine, _settings
    if _engine is not None:
        _engine.close()
    _engine = _settings = None
