"""Both sides of a yes/no column said as a pair of opposite words before its name: "with vs
without the law", "before vs after the seat belt law", "with or without health insurance".

Read word by word, "without" negates the flag and "the law" keeps its rows: a chart of the
months without the law under a title that compares them with the months under it. The pair
asks for both sides: the flag becomes a grouping (the colour beside one already read).
"""

from __future__ import annotations

from ..other_side import side_pair
from .draft import Dim, Draft
from .flag_values import flag_value

__all__ = ["paired_sides"]

#: words that may stand between the pair and the flag's name ("without [the] law")
_FILLERS = frozenset(["the", "a", "an", "their", "its", "any"])


def paired_sides(d: Draft) -> None:
    """A pair of opposite words ("with vs without") right before a yes/no column's name:
    grouped by that column."""
    words = d.q.texts()
    for i in range(len(words) - 3):
        if not d.q.free(i) or not side_pair(words, i):
            continue
        after = i + 3
        while after < len(words) and words[after] in _FILLERS:
            after += 1
        for m in d.free():
            column = m.column
            if m.kind != "column" or column is None or not after <= m.lo <= after + 3:
                continue
            if flag_value(column, True) is None or any(x.column is column for x in d.dims):
                continue
            d.dims.append(Dim(m.table, column, words=(i, m.hi), color=bool(d.dims)))
            d.take(m, "grouping")
            d.q.claim(i, i + 3, "compared sides")
            return
