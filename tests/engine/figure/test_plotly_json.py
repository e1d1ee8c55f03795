"""Figure JSON without plotly's validators (figure/plotly_json.py): typed arrays, compact
JSON, an HTML fallback."""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from aiser_jupyter.engine.figure.plotly_json import dumps, to_json, typed_array


def test_html_fallback_draws_with_pinned_plotly_js_and_escapes_the_data():
    from aiser_jupyter.engine.figure.plotly_json import html_fallback, plotly_cdn

    data = {"data": [{"type": "bar", "x": ["</script><script>alert(1)</script>"], "y": [1]}]}
    html = html_fallback(data, {})
    url, integrity = plotly_cdn()
    assert f'src="{url}" integrity="{integrity}"' in html
    assert "alert(1)</script>" not in html and "\\u003c/script\\u003e" in html
    import plotly

    assert plotly.offline.get_plotlyjs_version() in url


@pytest.mark.parametrize(
    ("values", "dtype", "short"),
    [
        ([1.5, -2.0, 3.25], "float64", "f8"),
        ([1.5, 2.0], "float32", "f4"),
        ([1, 2, 3], "int64", "i1"),  # narrowed as plotly.py narrows it
        ([1, 70_000], "int64", "i4"),
        ([1, 200], "uint64", "u1"),
        ([1, -5], "int32", "i4"),
    ],
)
def test_numbers_travel_as_typed_arrays_that_decode_to_the_values(
    values: list[float], dtype: str, short: str
) -> None:
    spec = typed_array(np.array(values, dtype=dtype))
    assert spec["dtype"] == short
    decoded = np.frombuffer(base64.b64decode(spec["bdata"]), dtype=np.dtype(short))
    assert decoded.tolist() == values


def test_a_table_of_numbers_keeps_its_shape() -> None:
    spec = typed_array(np.arange(6, dtype="float64").reshape(2, 3))
    assert spec["shape"] == "2, 3"


def test_int64_past_int32_and_text_stay_lists() -> None:
    assert typed_array(np.array([1, 2**40], dtype="int64")) == [1, 2**40]
    assert typed_array(np.array(["a", "b"])) == ["a", "b"]
    assert typed_array(np.array([], dtype="float64")) == []


def test_dates_are_iso_text_and_not_a_time_stays_nat() -> None:
    dates = np.array(["2024-02-29T10:00", "NaT"], dtype="datetime64[m]")
    assert typed_array(dates) == ["2024-02-29T10:00", "NaT"]


def test_a_figure_dict_becomes_plotlys_json() -> None:
    fig = {
        "data": [
            {"type": "bar", "x": np.array(["a", "b"]), "y": np.array([1.0, np.nan]), "name": None}
        ],
        "layout": {"xaxis": {"range": np.array([0.0, 1.0])}},
    }
    out = to_json(fig)
    assert out["data"][0]["x"] == ["a", "b"] and "name" not in out["data"][0]
    assert out["data"][0]["y"]["dtype"] == "f8"
    assert out["layout"]["xaxis"]["range"] == [0.0, 1.0]  # ranges are never typed arrays


def test_json_for_a_script_element_cannot_close_it() -> None:
    text = dumps({"title": "</script><script>alert(1)</script> & more"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"title": "</script><script>alert(1)</script> & more"}


def test_nan_is_refused_in_script_json() -> None:
    with pytest.raises(ValueError):
        dumps({"x": float("nan")})
