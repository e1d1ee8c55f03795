"""A grouping read only from words typed in parentheses, in a question that asks for no
grouping: "How many distinct congressional districts (state and district number) appear in
the data?" — the parentheses say what a district is, not that the answer is split by state.
Drawn as bars per state, the chart answers another question under this one's words. The
grouping is dropped; the words it was read from are left for the honesty check, which then
refuses the question unless the plan reads them otherwise."""

from __future__ import annotations

from .draft import Draft
from .one_value_group import SPLIT_WORDS

__all__ = ["glossed_groups"]

#: chart words that ask for a split besides those of :data:`.one_value_group.SPLIT_WORDS`
_FORMS = frozenset(
    [
        "stacked",
        "grouped",
        "broken",
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
    if d.r.group_cues or any(w.text in SPLIT_WORDS or w.text in _FORMS for w in words):
        return
    for dim in list(d.dims):
        if dim.words is None or dim.found:
            continue
        lo, hi = dim.words
        if hi > lo and all(words[i].paren for i in range(lo, hi)):
            d.dims.remove(dim)
