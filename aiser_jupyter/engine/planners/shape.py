"""Charts whose shape answers nothing asked, refused whatever the words say."""

from __future__ import annotations

from ...errors import error
from ..plan import ChartPlan

__all__ = ["one_point"]


def one_point(plan: ChartPlan, understood: str) -> None:
    """Refuse a scatter of two aggregates over all rows: one point answers nothing asked."""
    enc = plan.chart.encoding
    channels = enc.channels()
    if (
        plan.chart.mark == "point"
        and enc.x is not None
        and enc.y is not None
        and enc.x.aggregate
        and enc.y.aggregate
        and all(f.aggregate for f in channels.values())
    ):
        msg = (
            f"I understood {understood!r}: two totals over all rows, which is one point, not a "
            "chart. Ask for one of them, or by a category (for example '... by year')"
        )
        raise error("AISER-PLAN-UNSURE", msg, understood=understood)
