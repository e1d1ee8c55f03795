"""Charts whose shape answers nothing asked, refused whatever the words say."""

from __future__ import annotations

from ...errors import error
from ..catalog.model import Catalog
from ..plan import ChartPlan
from .contradiction import no_contradiction
from .few_bins import too_few_bins
from .kept_value import no_aggregate_of_kept_value
from .one_slice import no_one_slice_pie
from .own_count import no_distinct_of_own_column, picked_columns
from .self_count import no_count_per_key, no_self_distinct
from .stored_counts import no_stored_count_by_its_things
from .text_numbers import no_text_numbers

__all__ = ["answerable_shape", "no_column_twice", "one_point"]


def answerable_shape(plan: ChartPlan, catalog: Catalog, dialect: str, understood: str) -> None:
    """Refuse, whatever the words say, a plan whose shape answers nothing: one point of two
    totals, a text column compared with a number, or a filter that contradicts itself."""
    one_point(plan, understood)
    no_column_twice(plan, dialect, understood)
    no_self_distinct(plan, dialect, understood)
    no_count_per_key(plan, catalog, dialect, understood)
    no_distinct_of_own_column(plan, catalog, dialect, understood)
    no_stored_count_by_its_things(plan, catalog, dialect, understood)
    no_text_numbers(plan.sql, catalog, dialect, understood)
    no_contradiction(plan.sql, dialect, understood)
    no_aggregate_of_kept_value(plan, dialect, understood)
    too_few_bins(plan, catalog, dialect, understood)
    no_one_slice_pie(plan, dialect, understood)  # "what fraction of AB patients …"


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


def no_column_twice(plan: ChartPlan, dialect: str, understood: str) -> None:
    """Refuse a chart whose x and y are one column read the same way ("urban % on x, cases on
    y" drawn as UrbanPop against itself): a diagonal line answers nothing asked."""
    x, y = plan.chart.encoding.x, plan.chart.encoding.y
    if x is None or y is None or not x.field or not y.field or x.bin or y.bin:
        return
    if x.aggregate != y.aggregate:
        return  # the lowest and the highest of one column: two numbers
    picked = picked_columns(plan.sql, dialect)
    a, b = picked.get(x.field.lower()), picked.get(y.field.lower())
    if a is None or b is None:
        return
    if (a.table.lower(), a.name.lower()) == (b.table.lower(), b.name.lower()):
        msg = (
            f"I understood {understood!r}: the same column {a.name} on both axes, which answers "
            "nothing asked. Name the two numbers to compare"
        )
        raise error("AISER-PLAN-UNSURE", msg, understood=understood)
