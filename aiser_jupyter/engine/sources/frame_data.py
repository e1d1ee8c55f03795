"""What a DataFrame is to the engine: its kind and shape, how DuckDB reads it without a copy,
and how a change to it is noticed (:func:`fingerprint`).

Nothing here imports pandas, polars or pyarrow at module level: a frame can only exist
once its library is imported, and :func:`frame_kind` looks for it in ``sys.modules``.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Mapping
from typing import Any

__all__ = [
    "PROBE_ROWS",
    "fingerprint",
    "frame_kind",
    "frame_shape",
    "list_frames",
    "probe_positions",
    "scannable",
]

#: rows hashed per frame to notice a change made in place (spread over the whole frame)
PROBE_ROWS = 64


def frame_kind(obj: object) -> str | None:
    """``"pandas"``, ``"polars"`` or ``"arrow"`` for a table the source can scan, else None.

    Imports nothing: a pandas frame can only exist when pandas is already imported.
    """
    root = type(obj).__module__.partition(".")[0]
    module = sys.modules.get(root) if root in ("pandas", "polars", "pyarrow") else None
    if module is None:
        return None
    if root == "pandas" and isinstance(obj, module.DataFrame):
        return "pandas"
    if root == "polars" and isinstance(obj, module.DataFrame):
        return "polars"
    if root == "pyarrow" and isinstance(obj, (module.Table, module.RecordBatch)):
        return "arrow"
    return None


def frame_shape(obj: Any) -> tuple[int, int]:
    """(rows, columns) of a frame, without reading its data."""
    if frame_kind(obj) == "arrow":
        return int(obj.num_rows), int(obj.num_columns)
    rows, columns = obj.shape
    return int(rows), int(columns)


def list_frames(namespace: Mapping[Any, Any]) -> list[dict[str, Any]]:
    """The frames among ``namespace``'s values: name, kind, rows, columns (sorted by name).

    Names starting with ``_`` (IPython's output history ``_``, ``_3``…) are left out.
    """
    found = []
    for name, value in list(namespace.items()):
        if not isinstance(name, str) or name.startswith("_"):
            continue
        kind = frame_kind(value)
        if kind is not None:
            rows, columns = frame_shape(value)
            found.append({"name": name, "kind": kind, "rows": rows, "columns": columns})
    return sorted(found, key=lambda f: f["name"])


def scannable(obj: Any) -> Any:
    """What DuckDB registers for ``obj``: the same data, never a copy of it.

    pandas: the frame itself, or — when its labels are not plain unique strings or its
    index carries data (named, or not integers) — a frame sharing its columns with the
    index as columns (pandas ≥ 3 shares; copy-on-write keeps the user's frame apart).
    polars: its Arrow form at the newest compatibility level (string views, zero copy).
    Arrow: a table (a record batch is wrapped, not copied).
    """
    kind = frame_kind(obj)
    if kind == "polars":
        import polars as pl

        return obj.to_arrow(compat_level=pl.CompatLevel.newest())
    if kind == "arrow":
        import pyarrow as pa

        return obj if isinstance(obj, pa.Table) else pa.Table.from_batches([obj])
    flat = obj.reset_index() if _index_has_data(obj.index) else obj
    labels = [_label(c) for c in flat.columns]
    if labels != list(flat.columns):
        flat = flat.set_axis(labels, axis=1)
    return flat


def _index_has_data(index: Any) -> bool:
    named = any(n is not None for n in index.names)
    return named or index.nlevels > 1 or index.dtype.kind not in "iu"


def _label(label: Any) -> str:
    if isinstance(label, tuple):
        return "_".join(str(part) for part in label if str(part))
    return label if isinstance(label, str) else str(label)


def fingerprint(obj: Any) -> tuple[Any, ...]:
    """What changes when ``obj`` changes: identity, shape, columns, buffers, a few rows.

    Reads the columns' buffer addresses and :data:`PROBE_ROWS` rows, as bytes where
    they are numbers: about 0.1-0.3 ms per question whatever the row count (``bench/frames.py``).
    """
    kind = frame_kind(obj)
    if kind == "arrow":
        return (id(obj),)  # Arrow data is immutable
    rows, _ = frame_shape(obj)
    positions = probe_positions(rows)
    digest = hashlib.blake2b(digest_size=16)
    columns: tuple[Any, ...]
    if kind == "polars":
        arrow = scannable(obj)
        columns = tuple(zip(obj.columns, map(str, obj.dtypes), strict=True))
        buffers = tuple(_arrow_addresses(col) for col in arrow.columns)
        if rows:
            digest.update(obj[positions].hash_rows(seed=0).to_numpy().tobytes())
        return (id(obj), rows, columns, buffers, digest.hexdigest())
    columns = tuple(zip(map(repr, obj.columns), map(str, obj.dtypes), strict=True))
    index = obj.index
    arrays: list[Any] = []  # one value per row each
    levels: list[Any] = []
    if type(index).__name__ == "RangeIndex":  # .array would materialize it
        columns += (("index", index.start, index.stop, index.step),)
    elif index.nlevels > 1:  # a MultiIndex: its codes and levels, as they are
        columns += (("index", repr(index.names)),)
        arrays += index.codes
        levels += [level.array for level in index.levels]
    else:
        columns += (("index", repr(index.names), str(index.dtype)),)
        arrays.append(index.array)
    arrays += [col.array for _, col in obj.items()]
    buffers = tuple(_pandas_address(array) for array in [*arrays, *levels])
    if rows:
        for array in arrays:
            digest.update(_probe_bytes(array, positions))
    return (id(obj), rows, columns, buffers, digest.hexdigest())


def probe_positions(rows: int) -> list[int]:
    """The rows :func:`fingerprint` hashes: :data:`PROBE_ROWS` spread evenly, first and last included."""
    if rows <= PROBE_ROWS:
        return list(range(rows))
    step = (rows - 1) / (PROBE_ROWS - 1)
    return [round(i * step) for i in range(PROBE_ROWS)]


def _arrow_addresses(column: Any) -> tuple[int, ...]:
    return tuple(
        buffer.address if buffer is not None else 0
        for chunk in column.chunks
        for buffer in chunk.buffers()
    )


def _pandas_address(array: Any) -> Any:
    """Where a pandas column's (or index's) array keeps its data, read without converting it.

    The attributes are pandas' own (stable since pandas 1.x); an array of another kind
    counts by its identity, and the hashed rows still see changes to its values.
    """
    if hasattr(array, "__array_interface__"):  # a MultiIndex's codes
        return _numpy_address(array)
    if hasattr(array, "_pa_array"):  # Arrow-backed (pandas 3's default str)
        return _arrow_addresses(array._pa_array)
    if hasattr(array, "codes"):  # categorical: codes and categories
        return (_numpy_address(array.codes), _pandas_address(array.categories.array))
    if hasattr(array, "_ndarray"):  # numpy-backed, datetimes
        return _numpy_address(array._ndarray)
    if hasattr(array, "_data") and hasattr(array, "_mask"):  # nullable Int64, boolean...
        return (_numpy_address(array._data), _numpy_address(array._mask))
    return id(array)  # masked and other extension arrays: the array object


def _probe_bytes(array: Any, positions: list[int]) -> bytes:
    """The values of ``array`` at ``positions``, as bytes (numbers as they are stored)."""
    if hasattr(array, "__array_interface__"):
        return bytes(array[positions].tobytes())
    if hasattr(array, "_pa_array"):
        return repr(array._pa_array.take(positions).to_pylist()).encode()
    if hasattr(array, "codes"):
        return bytes(array.codes[positions].tobytes())
    values = getattr(array, "_ndarray", None)
    if values is not None and values.dtype.kind != "O":
        return bytes(values[positions].tobytes())
    if hasattr(array, "_data") and hasattr(array, "_mask"):
        return bytes(array._data[positions].tobytes() + array._mask[positions].tobytes())
    return repr(array.take(positions).tolist()).encode()


def _numpy_address(array: Any) -> int:
    return int(array.__array_interface__["data"][0])
