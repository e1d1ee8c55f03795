"""The semantic layer file an engine uses, re-read when it changes on disk."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .load import Loaded, load_file, semantic_path

if TYPE_CHECKING:
    from ..catalog.model import Catalog

__all__ = ["SemanticLayer"]


class SemanticLayer:
    """Which file is in use (:func:`~.load.semantic_path`), loaded, applied to catalogs.

    Parameters
    ----------
    path
        A file to use; None finds ``$AISER_SEMANTIC`` or ``./aiser.semantic.yaml``.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        off: bool = False,
        from_config: bool = False,
    ) -> None:
        self.explicit = Path(path).expanduser() if path else None
        self.from_config = from_config  #: follows EngineConfig.semantic_path (not %chart semantic)
        self.off = off  #: use no file at all (benchmarks without --semantic, semantic init)
        self._stamp: tuple[str, int, int] | None = None
        self._loaded: Loaded | None = None
        self._applied: dict[str, tuple[tuple[int, str, str], Catalog]] = {}

    def path(self) -> Path | None:
        """The file in use now, or None."""
        return None if self.off else semantic_path(self.explicit)

    def loaded(self) -> Loaded | None:
        """The file validated (read again when its size or time changed), or None when there
        is none; ``AISER-SEM-*`` when it is named but missing or invalid."""
        path = self.path()
        if path is None:
            self._stamp = self._loaded = None
            return None
        try:
            st = path.stat()
            stamp = (str(path.resolve()), st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if stamp is None or stamp != self._stamp:
            self._loaded = load_file(path)
            self._stamp = stamp
        return self._loaded

    def apply(self, catalog: Catalog, alias: str) -> Catalog:
        """``catalog`` (of the source ``alias``) with the file applied; the same object while
        neither changes, so caches keyed by its fingerprint stay warm."""
        from .apply import apply_layer

        loaded = self.loaded()
        if loaded is None:
            return catalog
        key = (id(catalog), catalog.fingerprint, loaded.digest)
        hit = self._applied.get(alias)
        if hit is not None and hit[0] == key:
            return hit[1]
        applied = apply_layer(catalog, loaded, alias)
        self._applied[alias] = (key, applied)
        return applied

    def forget(self) -> None:
        """Drop what was read (the next use reads the file again)."""
        self._stamp = self._loaded = None
        self._applied.clear()
