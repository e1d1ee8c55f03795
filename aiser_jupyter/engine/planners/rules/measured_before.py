"""A comparison after an aggregate of a number: "the average daily volume was above 3 billion
shares" — the noun after the number ("shares") is the number's unit, not rows counted (as in
"more than 3100 orders"); the comparison is on the aggregate."""

from __future__ import annotations

from .draft import Draft
from .reading import Compare

__all__ = ["aggregate_before"]


def aggregate_before(d: Draft, cmp: Compare) -> bool:
    """Whether a strict aggregate word ("average", "total") up to 5 words before ``cmp`` is
    followed by a number a column holds, both before the comparison."""
    for a in d.r.aggs:
        if not a.strict or not cmp.lo - 5 <= a.i < cmp.lo:
            continue
        if any(
            a.hi <= m.lo
            and m.hi <= cmp.lo
            and m.column is not None
            and m.column.semantic == "quantitative"
            for m in d.mentions
        ):
            return True
    return False
