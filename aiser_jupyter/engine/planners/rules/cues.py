"""The words a grouping cue ("by", "per", "for each") governs: the column, table or role
named after it, with only gap words between."""

from __future__ import annotations

from .draft import Draft
from .link import Mention

__all__ = ["after_cue"]

#: word kinds that may stand between a grouping cue and its column ("by the customer's nation")
GAP = frozenset(
    ["the", "a", "an", "their", "its", "each", "every", "different", "various", "individual", "of"]
)


def after_cue(d: Draft, cue: int) -> Mention | None:
    """The mention the grouping cue at word ``cue`` names (None: a value, or nothing)."""
    i = cue + 1
    while i < len(d.q) and i - cue <= 4:
        if i in d.r.group_cues:
            i += 1
            continue
        m = next((m for m in d.mentions if m.lo == i and id(m) not in d.used), None)
        if m is not None and m.kind == "value":
            return _named_after_value(d, m)
        if m is not None:
            return m
        if d.q.words[i].text not in GAP:
            return None
        i += 1
    return None


def _named_after_value(d: Draft, value: Mention) -> Mention | None:
    """ "by hurricane category": a value of one column ('hurricane' of status) right before
    another column of its table names that column's groups, within the rows the value keeps
    (the value stays free for the filters)."""
    nxt = next((x for x in d.mentions if x.lo == value.hi and id(x) not in d.used), None)
    if (
        nxt is None
        or nxt.kind != "column"
        or nxt.table is not value.table
        or nxt.column is value.column
    ):
        return None
    return nxt
