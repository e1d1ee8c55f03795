"""Values listed in parentheses after a grouping name what the groups are, not rows kept:
"average age by role (driver or passenger)" is one bar per role, not the drivers' rows."""

from __future__ import annotations

from ..listed import JOINERS, LABELS, names_value
from .draft import Draft
from .link import Mention

__all__ = ["listed_values"]


def listed_values(d: Draft) -> None:
    """Take the values of a grouped column typed in parentheses right after the words
    naming that column as labels of its groups (no filter)."""
    words = d.q.words
    grouped = {id(x.column) for x in d.dims}
    for head in d.mentions:
        if head.kind != "column" or id(head.column) not in grouped:
            continue
        lo = head.hi
        while lo < len(words) and not words[lo].paren and words[lo].text in LABELS:
            lo += 1  # "by party identification [label] (Strong Democrat … Strong Republican)"
        if lo >= len(words) or not words[lo].paren or words[head.hi - 1].paren:
            continue
        hi = lo
        while hi < len(words) and words[hi].paren:
            hi += 1
        inside = [m for m in d.free() if lo <= m.lo < hi]
        if not _a_list(d, head, inside, lo, hi):
            continue
        for m in inside:
            d.take(m, "label")
        d.q.claim(head.hi, hi, "label")


def _a_list(d: Draft, head: Mention, inside: list[Mention], lo: int, hi: int) -> bool:
    """Whether words ``lo..hi-1`` list two values or more of ``head``'s column (one named
    at least; the others words its values abbreviate: "passenger" of ``pass``)."""
    if not any(m.kind == "value" and m.column is head.column for m in inside):
        return False
    if any(not (m.kind == "value" and m.column is head.column) for m in inside):
        return False
    if sum(d.q.words[i].text not in JOINERS for i in range(lo, hi)) < 2:
        return False  # "by role (drivers)": one value, the rows kept
    named = {i for m in inside for i in range(m.lo, m.hi)}
    held = {str(v).lower() for v in head.column.samples} if head.column is not None else set()
    for i in range(lo, hi):
        w = d.q.words[i]
        if i in named or w.text in JOINERS:
            continue
        if not d.q.free(i) or not names_value(w.text, held):
            return False  # "(drivers only)", "(excluding buses)": rows kept or dropped
    return True
