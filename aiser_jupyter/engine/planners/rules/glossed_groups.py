"""A grouping read only from words typed in parentheses, in a question that asks for no
grouping: "How many distinct congressional districts (state and district number) appear in
the data?" — the parentheses say what a district is, not that the answer is split by state.
Drawn as bars per state, the chart answers another question under this one's words. The
grouping is dropped; the words it was read from are left for the honesty check, which then
refuses the question unless the plan reads them otherwise."""

from __future__ import annotations

from .draft import Draft

__all__ = ["glossed_groups"]

#: words that ask for a grouping, in or out of parentheses ("number of flights (by carrier)")
_GROUPING = frozenset(
    [
        "by",
        "per",
        "each",
        "every",
        "across",
        "stacked",
        "grouped",
        "split",
        "broken",
        "breakdown",
        "vs",
        "versus",
        "compared",
        "compare",
        "against",
        "over",
        "pie",
        "distribution",
    ]
)


def glossed_groups(d: Draft) -> None:
    """Drop each grouping whose words all stand in parentheses when no word of the question
    asks for a grouping."""
    words = d.q.words
    if any(w.text in _GROUPING for w in words):
        return
    for dim in list(d.dims):
        if dim.words is None or dim.found:
            continue
        lo, hi = dim.words
        if hi > lo and all(words[i].paren for i in range(lo, hi)):
            d.dims.remove(dim)
