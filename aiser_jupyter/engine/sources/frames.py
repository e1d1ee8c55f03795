"""DataFrames as a source: pandas, polars and Arrow objects as tables of an in-memory DuckDB.

DuckDB scans the objects where they are (``con.register``): a pandas frame's columns are
read in place, a polars frame is handed over as Arrow without a copy (string views
included), an Arrow table is itself. The connection is sandboxed like every DuckDB
source — external access, replacement scans and extension loading off, configuration
locked once the frames are registered — and runs only single SELECT statements in
read-only transactions, so even SQL that slipped past the guard cannot read a file,
write a table or drop a frame's view.

A frame changes in the kernel: the variable is bound to a new object, or the object is
changed in place. :meth:`FrameSource.refresh` notices both before each question — by
identity, shape, column names and types, the addresses of the column buffers (pandas'
copy-on-write and polars give a changed column new memory) and a hash of a few rows
spread over the frame — and registers the frame again, so the next question sees the
new numbers and the engine rebuilds the catalog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

from ...errors import AiserError, error
from ..catalog.model import Join, Table
from ..config import Limits
from .duckdb_source import DuckDBSource
from .frame_data import fingerprint, frame_kind, frame_shape, scannable

__all__ = [
    "ANONYMOUS_KEPT",
    "FrameSource",
    "Frames",
    "anonymous_alias",
    "as_frames",
    "frame_tables",
    "frames_needed",
    "open_frames",
    "table_name",
]

#: what a frame source reads: tables by name, or a function returning them (re-read before
#: every question, so a kernel variable bound to a new frame is seen)
Frames = Mapping[str, Any] | Callable[[], Mapping[str, Any]]
MAX_NAME = 255
#: frame sources made for ``Engine.ask(source=df)`` kept open (each holds its frames)
ANONYMOUS_KEPT = 8


def as_frames(ref: object) -> dict[str, Any]:
    """``ref`` — a frame, or a mapping of frames by table name — as tables by name (a lone
    frame is the table ``df``)."""
    if frame_kind(ref) is not None:
        return {"df": ref}
    if isinstance(ref, Mapping):
        return dict(ref)
    msg = f"A source is an alias, a URL, a path, or DataFrames; a {type(ref).__name__} is none of them"
    raise error("AISER-SRC-FRAME", msg)


def open_frames(alias: str, target: object, *, limits: Limits | None = None) -> FrameSource:
    """A frame source named ``alias`` over ``target``: a frame (the table ``alias``), a mapping
    of frames by table name, or a function returning one (called before every question)."""
    if frame_kind(target) is not None:
        return FrameSource(alias, {alias: target}, limits=limits)
    if isinstance(target, Mapping):
        return FrameSource(alias, dict(target), limits=limits)
    if callable(target):
        return FrameSource(alias, target, limits=limits)
    return FrameSource(alias, as_frames(target), limits=limits)


def anonymous_alias(frames: Mapping[str, Any], taken: Mapping[str, Any]) -> str:
    """``df`` (one frame) or ``frames``, numbered past the aliases already ``taken``."""
    base = "df" if len(frames) == 1 else "frames"
    alias, n = base, 2
    while alias in taken:
        alias, n = f"{base}_{n}", n + 1
    return alias


def frames_needed(alias: str, tables: list[str]) -> str:
    """What a saved chart over DataFrames needs to run again (a dashboard keeps no data)."""
    names = ", ".join(repr(t) for t in tables[:6]) + (" …" if len(tables) > 6 else "")
    files = (
        f"--db {alias}={tables[0]}.parquet"
        if len(tables) == 1
        else f"--db {alias}=FOLDER with one TABLE.parquet per frame"
    )
    return (
        f"reads the kernel DataFrame(s) {names} as source {alias!r}, and a dashboard keeps "
        f"the alias only, never the data: run it in the notebook that defines them (%chart "
        f"connect {alias} …), or write each frame to Parquet (df.to_parquet('{tables[0]}.parquet')) "
        f"and pass {files}"
    )


def frame_tables(source: object) -> list[str]:
    """The table names a frame source reads (what a saved chart of it needs again), else none."""
    return source.tables if isinstance(source, FrameSource) else []


def table_name(name: object) -> str:
    """``name`` checked as a table name: any text DuckDB can quote (it is never formatted into SQL)."""
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME or "\x00" in name:
        shown = repr(name)[:60]
        msg = f"{shown} cannot name a table: use a non-empty name of at most {MAX_NAME} characters"
        raise error("AISER-SRC-FRAME", msg)
    return name


class FrameSource(DuckDBSource):
    """pandas, polars and Arrow frames as tables of a sandboxed in-memory DuckDB.

    Parameters
    ----------
    alias
        The source's name.
    frames
        Tables by name, or a function that returns them (called again before every
        question: the magic passes one that reads the kernel's variables).
    """

    select_only = True

    def __init__(
        self,
        alias: str,
        frames: Frames,
        *,
        limits: Limits | None = None,
        anonymous: bool = False,
    ) -> None:
        import duckdb

        from .base import validate_alias

        self.alias = validate_alias(alias)
        self.path = None
        self._views_file = None
        self._key = None
        self.joined = False
        self.refused = {}
        self.notice = None
        self._frames = frames
        self.anonymous = anonymous  #: made for ``Engine.ask(source=df)``, not connected by name
        self._seen: dict[str, tuple[Any, ...]] = {}
        self.kinds: dict[str, str] = {}
        self.shapes: dict[str, tuple[int, int]] = {}
        self.con = duckdb.connect(":memory:")
        self._lock = threading.Lock()
        try:
            self._register(self._current())
        except (AiserError, duckdb.Error, TypeError, ValueError) as exc:
            self._close_connection()
            if isinstance(exc, AiserError):
                raise
            msg = f"DuckDB cannot scan the frames of {alias}: {str(exc).splitlines()[0][:200]}"
            raise error("AISER-SRC-FRAME", msg) from None
        # trusted code registered the frames; now the sandbox, then the configuration is locked
        self._sandbox(limits or Limits(), [])

    @property
    def reader(self) -> Frames:
        """What the source reads: the frames by name, or the function that returns them."""
        return self._frames

    @property
    def tables(self) -> list[str]:
        """The table names, in the order given."""
        return list(self.kinds)

    def _current(self) -> dict[str, Any]:
        frames = self._frames() if callable(self._frames) else self._frames
        current: dict[str, Any] = {}
        for name, obj in frames.items():
            if frame_kind(obj) is None:
                msg = f"{str(name)[:80]!r} is no pandas, polars or Arrow table (it is {type(obj).__name__})"
                raise error("AISER-SRC-FRAME", msg)
            current[table_name(name)] = obj
        if not current:
            raise error("AISER-SRC-FRAME", f"{self.alias} has no frames to read")
        return current

    def _register(self, current: dict[str, Any]) -> None:
        """(Re-)register the frames whose fingerprint changed; drop the ones now gone."""
        for name in [n for n in self._seen if n not in current]:
            self.con.unregister(name)
            del self._seen[name], self.kinds[name], self.shapes[name]
        for name, obj in current.items():
            mark = fingerprint(obj)
            if self._seen.get(name) == mark:
                continue
            if name in self._seen:
                self.con.unregister(name)
            self.con.register(name, scannable(obj))
            self._seen[name] = mark
            self.kinds[name] = frame_kind(obj) or ""
            self.shapes[name] = frame_shape(obj)
        self.display = ", ".join(
            f"{name} ({self.kinds[name]} {r:,} × {c})" for name, (r, c) in self.shapes.items()
        )

    def refresh(self) -> bool:
        """Register again what changed in the kernel; True when the catalog must be rebuilt.

        A query running on another thread keeps the frames it started with: the refresh
        is then left to the next question.
        """
        current = self._current()
        if [*current] == [*self._seen] and all(
            fingerprint(obj) == self._seen[name] for name, obj in current.items()
        ):
            return False
        if not self._lock.acquire(blocking=False):
            return False
        try:
            self._register(current)
        finally:
            self._lock.release()
        return True

    def holds(self, frames: Mapping[str, Any]) -> bool:
        """Whether this source reads exactly ``frames`` (the same objects under the same names)."""
        if callable(self._frames):
            return False
        return [*frames] == [*self._frames] and all(frames[n] is self._frames[n] for n in frames)

    def describe(self) -> tuple[list[Table], list[Join]]:
        tables, joins = super().describe()
        for table in tables:
            table.kind = "table"  # registered as views, but to the user they are tables
        order = {name: i for i, name in enumerate(self.kinds)}
        return sorted(tables, key=lambda t: order.get(t.name, len(order))), joins
