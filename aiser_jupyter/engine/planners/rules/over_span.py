"""A measure drawn over a short span: "adjusted close over December 2015" is a line along
that month, not the month's total and not a threshold ("over" compares no number to a month's
name). A line over a span of a few weeks is drawn by day, whatever the whole column covers."""

from __future__ import annotations

import re

from .question import Question
from .reading import MONTH_RE, YEAR_RE, Reading, TimeRange, claim, is_free

__all__ = ["read_over_span", "short_span_unit"]

#: the longest span (in days) drawn by day when no unit is asked for
_DAYS = 62


def read_over_span(q: Question, r: Reading) -> None:
    """ "[over] December 2015": a line over the month read already as a time range; not
    when an aggregate is asked for ("total volume over December 2015": one number)."""
    if r.over_time or r.unit is not None or r.aggs or r.mark not in (None, "line", "area"):
        return
    m = re.search(rf"\bover(?= (?:the month of )?{MONTH_RE},? (?:of )?{YEAR_RE}\b)", q.joined())
    if m is None or not is_free(q, m) or short_span_unit(r.ranges) is None:
        return
    r.over_time = True
    claim(q, m, "over time")


def short_span_unit(ranges: list[TimeRange]) -> str | None:
    """ "day" when a date range kept spans at most a couple of months, else None."""
    spans = [(t.hi - t.lo).days for t in ranges if t.lo is not None and t.hi is not None]
    return "day" if spans and min(spans) <= _DAYS else None
