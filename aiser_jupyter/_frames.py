"""The kernel's DataFrames as sources: ``%chart connect NAME df [other …]`` and the panel's list.

A connected variable is read again before every question (:class:`KernelFrames`), so a
frame the user re-binds or changes is what the next chart shows. Variable names are data:
they are looked up in the namespace, never evaluated, and become table names only through
DuckDB's quoting. Nothing here imports pandas or polars (a frame can only exist once its
library is imported).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .errors import AiserError, error

if TYPE_CHECKING:
    from .engine.core import Engine

__all__ = [
    "KernelFrames",
    "connect_variable",
    "connect_variables",
    "connected_alias",
    "frames",
    "holds_frames",
    "watch",
]

#: variable -> alias of the source the panel connected for it (checked before it is trusted)
_connected: dict[str, str] = {}
_watching: list[Any] = []


class KernelFrames:
    """Reads the kernel variables ``names`` (each becomes a table of that name)."""

    def __init__(self, namespace: dict[str, Any], names: Sequence[str]) -> None:
        self.namespace = namespace
        self.names = tuple(names)

    def __call__(self) -> dict[str, Any]:
        gone = [n for n in self.names if n not in self.namespace]
        if gone:
            msg = f"The variable {gone[0][:80]!r} is no longer defined in the kernel"
            raise error("AISER-SRC-FRAME", msg)
        return {name: self.namespace[name] for name in self.names}


def holds_frames(namespace: dict[str, Any], names: Sequence[str]) -> bool:
    """Whether every one of ``names`` is a variable holding a pandas, polars or Arrow table."""
    from .engine.sources.frame_data import frame_kind

    return bool(names) and all(frame_kind(namespace.get(n)) is not None for n in names)


def connect_variables(
    engine: Engine, namespace: dict[str, Any], alias: str, names: Sequence[str]
) -> Any:
    """``%chart connect ALIAS df [other …]``: the variables as tables of the source ``alias``."""
    return engine.connect(alias, KernelFrames(namespace, names))


def connect_variable(engine: Engine, namespace: dict[str, Any], name: str) -> str:
    """Connect the variable ``name`` (the panel's choice) and return its alias.

    The same variable again keeps its source (and catalog); an alias already used by
    another source is never replaced: the new one gets a suffix.
    """
    if not holds_frames(namespace, [name]):
        msg = f"{name[:80]!r} is not a variable holding a pandas, polars or Arrow table"
        raise error("AISER-SRC-FRAME", msg)
    alias = connected_alias(engine, name)
    if alias is not None:
        engine.use(alias)
        return alias
    taken = {s["alias"] for s in engine.sources()}
    stem = re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_")[:56] or "df"
    stem = stem if stem[0].isalpha() else f"df_{stem}"
    alias, n = stem, 2
    while alias in taken:
        alias, n = f"{stem}_{n}", n + 1
    connect_variables(engine, namespace, alias, [name])
    _connected[name] = alias
    return alias


def connected_alias(engine: Engine, name: str) -> str | None:
    """The alias of the source reading exactly the variable ``name``, if one is connected."""
    from .engine.sources.frames import FrameSource

    alias = _connected.get(name)
    if alias is None or alias not in {s["alias"] for s in engine.sources()}:
        return None
    try:
        source = engine.source(alias)
    except AiserError:
        return None
    reader = source.reader if isinstance(source, FrameSource) else None
    if isinstance(reader, KernelFrames) and reader.names == (name,):
        return alias
    return None


def frames(engine: Engine | None, namespace: dict[str, Any]) -> list[dict[str, Any]]:
    """The kernel's frames (name, kind, rows, columns) and the alias each is connected as."""
    from .engine.sources.frame_data import list_frames

    found = list_frames(namespace)
    for frame in found:
        frame["source"] = connected_alias(engine, frame["name"]) if engine is not None else None
    return found


def watch(shell: Any, push: Callable[[], None], sources: Callable[[], Any]) -> None:
    """After every cell, call ``push`` when the kernel's frames (names, kinds, shapes) or its
    connected ``sources()`` changed."""
    if _watching or shell is None or not hasattr(shell, "events"):
        return
    from .engine.sources.frame_data import list_frames

    last: list[Any] = [(list_frames(shell.user_ns), sources())]

    def after_cell(*_args: Any) -> None:
        try:
            now = (list_frames(shell.user_ns), sources())
            if now != last[0]:
                last[0] = now
                push()
        except Exception:  # telling the panel must never break a cell
            pass

    shell.events.register("post_run_cell", after_cell)
    _watching.append(after_cell)
