"""A number compared that is also one side of "A vs B": "years of education vs wage for
people making over $5,000 a week" keeps the rows above 5,000 *and* draws the wage along an
axis — the comparison reads the column, but leaves its words to the axis."""

from __future__ import annotations

from .draft import Draft
from .link import Mention
from .reading import Compare

__all__ = ["compared_takes"]


def compared_takes(d: Draft, mention: Mention, cmp: Compare) -> bool:
    """Whether a comparison on ``mention``'s column takes its words: not when they are free,
    stand right beside a "vs" (a side of the scatter asked) and apart from the comparison
    ("wage for people making over …"; "population under 15" is the comparison's own)."""
    if id(mention) in d.used:
        return False
    beside = any(hi == mention.lo or mention.hi == lo for lo, hi in d.r.versus)
    return not (beside and cmp.lo - mention.hi >= 2)
