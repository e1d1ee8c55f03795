import datetime as dt
from decimal import Decimal

import numpy as np
import pytest

from aiser_jupyter.engine.jsonvalue import json_value


@pytest.mark.parametrize(
    ("given", "want"),
    [
        (None, None),
        (True, True),
        (3, 3),
        ("x", "x"),
        (1.5, 1.5),
        (float("nan"), None),
        (float("inf"), None),
        (b"\x00", None),
        (Decimal("2.50"), 2.5),
        (np.int64(7), 7),
        (np.float64("nan"), None),
        (dt.date(2024, 1, 2), "2024-01-02"),
        (dt.datetime(2024, 1, 2, 3, 4), "2024-01-02T03:04:00"),
    ],
)
def test_scalars_become_json_values(given, want):
    assert json_value(given) == want
