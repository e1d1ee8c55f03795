"""Arrow ↔ numpy without pandas: equal to pyarrow's own conversions."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow as pa
import pytest

from aiser_jupyter.engine.figure.arrowcols import indices, strings, to_numpy

COLUMNS = [
    pa.array([1, 2, 3], type=pa.int64()),
    pa.array([1, None, 3], type=pa.int32()),
    pa.array([-5, 0, 7], type=pa.int8()),
    pa.array([1, 2, None], type=pa.uint16()),
    pa.array([1.5, None, float("nan")], type=pa.float64()),
    pa.array([1.5, 2.5], type=pa.float32()),
    pa.array(
        [dt.datetime(2024, 1, 1, 12), None, dt.datetime(1969, 12, 31)], type=pa.timestamp("us")
    ),
    pa.array([dt.datetime(2024, 1, 1, 12)], type=pa.timestamp("ns")),
    pa.array([dt.datetime(2024, 1, 1, 12)], type=pa.timestamp("s")),
    pa.array([dt.date(2024, 2, 29), None, dt.date(1900, 1, 1)], type=pa.date32()),
    pa.array([dt.date(2024, 2, 29)], type=pa.date64()),
    pa.array([dt.timedelta(seconds=5), None], type=pa.duration("ms")),
    pa.array(["a", None, "ünï"], type=pa.string()),
    pa.array([True, None, False]),
    pa.array([], type=pa.float64()),
]


def _same(ours: np.ndarray, theirs: np.ndarray) -> None:
    assert ours.dtype == theirs.dtype
    if ours.dtype.kind in "fmM":
        np.testing.assert_array_equal(ours, theirs)  # NaN/NaT compare equal here
    else:
        assert ours.tolist() == theirs.tolist()


@pytest.mark.parametrize("array", COLUMNS, ids=lambda a: str(a.type))
def test_to_numpy_equals_pyarrow(array: pa.Array) -> None:
    _same(to_numpy(array), array.to_numpy(zero_copy_only=False))
    chunked = pa.chunked_array([array, array.slice(1)], type=array.type)  # offsets, two chunks
    _same(to_numpy(chunked), chunked.to_numpy())
    if len(array) > 1:
        _same(to_numpy(array.slice(1)), array.slice(1).to_numpy(zero_copy_only=False))


@pytest.mark.parametrize(
    "values", [["Jan", "Feb"], [None, "Other (3 more)", "ünï", ""], [], [None]]
)
def test_strings_equal_pa_array(values: list[str | None]) -> None:
    ours = strings(values)
    assert ours.equals(pa.array(values, type=pa.string()))
    ours.validate(full=True)


def test_indices_take_rows() -> None:
    table = pa.table({"a": [10, 20, 30, 40]})
    assert table.take(indices([3, 0, 2])).column("a").to_pylist() == [40, 10, 30]
    assert table.take(indices(np.array([], dtype=int))).num_rows == 0
