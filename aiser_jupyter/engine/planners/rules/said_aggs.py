"""An aggregate word no measure took, beside the number a default measure picks: "NYSE
composite yearly average" names the index by its table, not its column, so no step bound
"average" to it — the default measure takes it (a mean, not the sum amounts default to).
An aggregate word a comparison follows ("averaged more than 800") is a condition's, not
the measure's."""

from __future__ import annotations

from .draft import Draft
from .link import Mention

__all__ = ["said_aggregate"]

#: how far from the measure's words an aggregate word may stand
_NEAR = 3
#: words after an aggregate that make it a comparison's ("averaged more than 800")
_COMPARED = frozenset(
    ["more", "less", "fewer", "above", "below", "over", "under", "at", "greater", "higher", "lower"]
)

#: superlatives of how many, which say a count ("most ratings"), not an aggregate of a number
_COUNTED = frozenset(["most", "fewest", "least"])


def said_aggregate(d: Draft, m: Mention) -> str | None:
    """The aggregate of a free, strict aggregate word within three words of ``m`` (claimed),
    or None."""
    for a in d.r.aggs:
        if not a.strict or a.agg not in ("mean", "median", "sum", "max", "min"):
            continue
        if not all(d.q.free(i) for i in range(a.i, a.hi)):
            continue
        near = m.hi <= a.i <= m.hi + _NEAR or m.lo - _NEAR <= a.hi <= m.lo
        if not near or set(d.q.texts(a.i, a.hi)) & _COUNTED:
            continue  # "most ratings any movie received": a count, not the ratings' maximum
        if set(d.q.texts(a.hi, a.hi + 1) + d.q.texts(m.hi, m.hi + 3)) & _COMPARED:
            continue  # "average … score was below 8": the groups' average compared
        d.q.claim(a.i, a.hi, "aggregate")
        return a.agg
    return None
