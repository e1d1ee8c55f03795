"""A yes/no column named as what is shared out — "the proportion of is_full_time", "the share
of full-time staff", "the breakdown of is_active" — is split into its two sides (one slice
each), not a filter on its true side: a proportion needs both parts."""

from __future__ import annotations

from .draft import Dim, Draft
from .flags import flag_value

__all__ = ["flag_shares"]

#: nouns that ask how a whole divides into parts
_SHARE_WORDS = frozenset(["proportion", "proportions", "share", "shares", "breakdown", "split"])
_SKIPPED = frozenset(["the", "a", "an", "of"])


def flag_shares(d: Draft) -> None:
    """Group by a flag column whose mention follows "proportion of"/"share of" (the noun
    before it, with "of" and articles in between), when nothing else groups the rows."""
    if d.dims:
        return
    for m in d.free():
        column = m.column
        if column is None or m.kind != "column" or flag_value(column, True) is None:
            continue
        i = m.lo - 1
        while i >= 0 and d.q.words[i].text in _SKIPPED:
            i -= 1
        if i < 0 or i == m.lo - 1 or d.q.words[i].text not in _SHARE_WORDS:
            continue
        if d.q.words[i + 1].text != "of":
            continue
        d.dims.append(Dim(m.table, column, words=(m.lo, m.hi)))
        d.take(m, "grouping")
        if d.q.free(i):
            d.q.claim(i, i + 1, "share")
        for other in d.free():  # the same flag named again ("and the amount of is_full_time")
            if other.column is column and other.kind == "column":
                d.take(other, "grouping")
        return
