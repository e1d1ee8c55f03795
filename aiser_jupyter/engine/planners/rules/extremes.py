"""The step that reads a superlative before a level as the extreme of the rows in each
period: "lowest monthly median price each year" is the minimum over the months of each year,
not the year's average — the rows are already the months the words name."""

from __future__ import annotations

from .draft import Draft

__all__ = ["extreme_per_period"]


def extreme_per_period(d: Draft) -> None:
    """ "lowest monthly median price in Laredo each year", "highest daily temperature by
    month": one measure of a level (averaged by default, no "average" said), a free "lowest" /
    "highest" right before its words, and a time unit that groups the rows — the extreme of
    the rows in each period. A ranking ("the 5 cities with the lowest …") is a sort, not this."""
    if len(d.measures) != 1 or d.r.unit is None or d.r.top is not None:
        return
    if d.r.descending is not None or d.r.sort_words is not None:
        return
    m = d.measures[0]
    if m.agg != "mean" or m.column is None:
        return
    hit = next((h for h in d.terms if h.kind == "metric" and h.metric is not None), None)
    if hit is None or hit.metric is None or hit.metric.name != m.name or hit.agg is not None:
        return  # only a metric that averages by default; "average" said keeps the mean
    for agg in d.r.aggs:
        if agg.agg not in ("min", "max") or agg.strict or agg.implied:
            continue
        between = range(agg.hi, hit.lo)
        if not (0 <= hit.lo - agg.hi <= 1) or not all(d.q.free(i) for i in range(agg.i, agg.hi)):
            continue
        if any(not d.q.free(i) and not d.q.used[i].startswith("time unit") for i in between):
            continue
        m.agg = agg.agg
        d.q.claim(agg.i, agg.hi, f"aggregate {agg.agg}")
        return
