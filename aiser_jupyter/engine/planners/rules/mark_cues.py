"""Cues of the chart's form read beside the plan: a pie only of parts of a whole (counts and
sums, or a pie asked for by name), and lines per series along a calendar part when the
question asks for "one line per" series."""

from __future__ import annotations

import re

from .draft import Draft, calendar_part

__all__ = ["line_per_series", "parts_of_a_whole"]


def parts_of_a_whole(d: Draft) -> bool:
    """Whether the measure adds up to a whole a pie can split (counts, sums), not a level
    (an average share of students on a track by sector: two averages, no whole) — unless a
    pie is asked for by name, which is drawn as asked. The top N of the groups are no whole
    ("top 5 states by share of Mormons": a ranking, drawn as bars)."""
    if re.search(r"\b(?:pie|donut|doughnut)s?\b", d.q.joined()):
        return True
    if d.r.top is not None:
        return False
    return not d.measures or d.measures[0].agg in ("count", "sum", "distinct", None)


def line_per_series(d: Draft) -> bool:
    """ "… by month of the year, one line per city": series along a calendar part, each a
    line as asked."""
    return (
        len(d.dims) >= 2
        and calendar_part(d.dims[0].column) is not None
        and re.search(r"\bone line (?:per|for|each)\b", d.q.joined()) is not None
    )
