"""Arrow columns to numpy and back without importing pandas.

pyarrow imports pandas (0.15–0.25 s) the first time it converts from or to Python or
numpy objects (``pa.array``, ``to_numpy``, ``take`` with a list), to check for pandas
inputs. The first chart in a fresh kernel would pay that for a few hundred plotted rows.
These helpers read and build Arrow buffers directly (fixed-width numbers, dates and
times; text through ``to_pylist``), so a chart imports pandas only when the user asks for
``answer.df``. Tested equal to pyarrow's own conversions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa

__all__ = ["indices", "strings", "to_numpy"]

_NUMBERS = {
    "int8": "int8",
    "int16": "int16",
    "int32": "int32",
    "int64": "int64",
    "uint8": "uint8",
    "uint16": "uint16",
    "uint32": "uint32",
    "uint64": "uint64",
    "halffloat": "float16",
    "float": "float32",
    "double": "float64",
}


def _valid(chunk: pa.Array) -> np.ndarray:
    import numpy as np

    bits = np.frombuffer(chunk.buffers()[0], dtype=np.uint8)
    unpacked = np.unpackbits(bits, bitorder="little")
    return unpacked[chunk.offset : chunk.offset + len(chunk)].astype(bool)


def _chunk(chunk: pa.Array, base: str, view: str | None) -> np.ndarray:
    import numpy as np

    dtype = np.dtype(base)
    if len(chunk) == 0:
        data = np.empty(0, dtype=dtype)
    else:
        data = np.frombuffer(
            chunk.buffers()[1], dtype=dtype, count=len(chunk), offset=chunk.offset * dtype.itemsize
        )
    if view is not None:
        data = data.astype(view) if view == "datetime64[D]" else data.view(view)
    if chunk.null_count:
        valid = _valid(chunk)
        if data.dtype.kind in "iu":
            data = data.astype("float64")
        else:
            data = data.copy()
        data[~valid] = np.datetime64("NaT") if data.dtype.kind in "mM" else np.nan
    return data


def to_numpy(column: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """``column`` as numpy like ``to_numpy(zero_copy_only=False)``: numbers (NaN for nulls;
    integers with nulls as floats), dates and timestamps as datetime64 (NaT for nulls),
    anything else as an object array of Python values."""
    import numpy as np
    import pyarrow as pa

    t = column.type
    name = str(t)
    if name in _NUMBERS:
        base, view = _NUMBERS[name], None
    elif pa.types.is_timestamp(t):
        base, view = "int64", f"datetime64[{t.unit}]"
    elif pa.types.is_duration(t):
        base, view = "int64", f"timedelta64[{t.unit}]"
    elif pa.types.is_date32(t):
        base, view = "int32", "datetime64[D]"
    elif pa.types.is_date64(t):
        base, view = "int64", "datetime64[ms]"
    else:
        out = np.empty(len(column), dtype=object)
        out[:] = column.to_pylist()
        return out
    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    parts = [_chunk(c, base, view) for c in chunks]
    if not parts:
        return np.empty(0, dtype=view or base)
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def strings(values: list[str | None]) -> pa.Array:
    """A string Arrow array of ``values`` (None for null)."""
    import numpy as np
    import pyarrow as pa

    encoded = [b"" if v is None else v.encode() for v in values]
    offsets = np.zeros(len(values) + 1, dtype=np.int32)
    np.cumsum([len(b) for b in encoded], out=offsets[1:])
    validity = None
    nulls = sum(v is None for v in values)
    if nulls:
        bits = np.packbits(np.array([v is not None for v in values]), bitorder="little")
        validity = pa.py_buffer(bits.tobytes())
    return pa.StringArray.from_buffers(
        len(values),
        pa.py_buffer(offsets.tobytes()),
        pa.py_buffer(b"".join(encoded)),
        validity,
        nulls,
    )


def indices(positions: Any) -> pa.Array:
    """An int64 Arrow array of row positions (for ``Table.take``)."""
    import numpy as np
    import pyarrow as pa

    data = np.ascontiguousarray(positions, dtype=np.int64)
    return pa.Array.from_buffers(pa.int64(), len(data), [None, pa.py_buffer(data.tobytes())])
