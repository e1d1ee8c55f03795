"""What a chart of groups kept by a comparison of their aggregate shows: "which series
averaged more than 8 million viewers" shows each series' average, not a count of its rows."""

from __future__ import annotations

from ...catalog.model import Column
from .draft import Draft, Measure
from .grain_words import of_rows

__all__ = ["shows_compared"]


def shows_compared(d: Draft, column: Column) -> bool:
    """Whether the aggregate compared on ``column`` is what the chart should show: the measure
    is a count of rows no word asked for, or ``column`` itself at an aggregate no word said
    ("years that averaged more than 9.2 million barrels": the yearly average, not the total)."""
    if len(d.measures) != 1:
        return False
    m = d.measures[0]
    counted = m.agg == "count" and m.column is None and not d.r.counts and not d.counted_rows
    return counted or (m.column is column and (not m.explicit or _row_extreme(d, m)))


def _row_extreme(d: Draft, m: Measure) -> bool:
    """ "months in which the daily maximum temperature averaged more than 25": the aggregate
    said after a grain adjective of the table's own rows (one row a day) is each row's number,
    so the chart shows the aggregate compared (the monthly average), not a maximum of maxima."""
    return any(a.agg == m.agg and of_rows(d, a, m.table) for a in d.r.aggs)
