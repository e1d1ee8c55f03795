"""A count column named after a grouping cue: "average sale price by number of bedrooms",
"pie of sales by number of bedrooms". ``Bedrooms`` holds each house's number of bedrooms;
after "by" its "number of" names the grouping, not a count (nor the column's sum) measured."""

from __future__ import annotations

from .draft import Draft
from .next_mention import next_mention

__all__ = ["grouped_count"]


def grouped_count(d: Draft, lo: int, hi: int) -> bool:
    """Whether the count words ``lo:hi`` ("number of") follow a grouping cue and name a
    column of numbers right after them; they are then claimed as the grouping's words."""
    if not lo or lo - 1 not in d.r.group_cues or d.q.words[lo - 1].text not in ("by", "per"):
        return False
    if d.r.top is not None or d.r.sort_words is not None:
        return False  # "top 5 users by number of ratings": ranked by a count
    m = next_mention(d, hi, limit=0)
    if m is None or m.lo != hi or m.column is None or m.column.semantic != "quantitative":
        return False
    d.r.counts.remove((lo, hi))
    for i in range(lo, hi):
        d.q.used.pop(i, None)
    d.q.claim(lo, hi, "grouping")
    d.r.group_cues.update(range(lo, hi))
    return True
