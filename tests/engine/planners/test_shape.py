"""Chart shapes refused whatever the words say (planners/shape.py)."""

from __future__ import annotations

from typing import Any

import pytest

from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.planners.shape import one_point
from aiser_jupyter.errors import AiserError

SQL = "SELECT channel, revenue, quantity FROM order_lines JOIN orders USING (order_id)"


def _plan(**encoding: Any) -> ChartPlan:
    return ChartPlan.model_validate({"sql": SQL, "chart": {"mark": "point", "encoding": encoding}})


def test_two_totals_over_all_rows_are_one_point_and_refused() -> None:
    plan = _plan(
        x={"field": "quantity", "aggregate": "sum"}, y={"field": "revenue", "aggregate": "sum"}
    )
    with pytest.raises(AiserError) as refused:
        one_point(plan, "Sum of revenue against sum of quantity")
    assert refused.value.code == "AISER-PLAN-UNSURE" and "one point" in str(refused.value)


@pytest.mark.parametrize(
    "encoding",
    [
        {  # one point per channel
            "x": {"field": "quantity", "aggregate": "sum"},
            "y": {"field": "revenue", "aggregate": "sum"},
            "color": {"field": "channel"},
        },
        {"x": {"field": "quantity"}, "y": {"field": "revenue"}},  # every row a point
    ],
)
def test_a_scatter_of_groups_or_rows_is_drawn(encoding: dict[str, Any]) -> None:
    one_point(_plan(**encoding), "a scatter")  # no refusal
