"""An aggregate word, a modifier no column refines, then a number: "average [trading]
volume", "total [registered] capacity" — the aggregate governs the number all the same.

The honesty check reports the modifier as not used (:mod:`..modifiers`); here it only keeps
the aggregate word from falling on nothing, which left the number summed by default.
"""

from __future__ import annotations

from ..modifiers import free_modifier
from .draft import Draft
from .link import Mention

__all__ = ["number_past_modifier"]


def number_past_modifier(d: Draft, hi: int) -> Mention | None:
    """The number named right after a free modifier at ``hi`` (see :func:`.free_modifier`)."""
    if hi + 1 >= len(d.q) or not d.q.free(hi):
        return None
    if any(x.lo <= hi < x.hi for x in d.mentions):
        return None
    if not free_modifier(d.q.words[hi].text, d.catalog, kind_of=True):  # "[county] rate"
        return None
    m = next((x for x in d.mentions if x.lo == hi + 1 and id(x) not in d.used), None)
    if m is None or m.kind != "column" or m.column is None:
        return None
    return m if m.column.semantic == "quantitative" else None
