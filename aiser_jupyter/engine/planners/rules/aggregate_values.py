"""An aggregate word that is also a stored value ("average" of a health rating): which it is.

A survey's self-rated health holds 'poor', 'average', 'good', 'excellent'. In "average
hospital stays by health" the word asks for a mean of the number that follows; in "people in
average health" or "health rated average" it is the rating. The word is read as the
aggregate when a number's name follows it (a few unknown words apart: "average family
income") and no word before it makes it a value ("in", "as", "rated").
"""

from __future__ import annotations

from typing import Any, Protocol

from .question import Question


class _Spanned(Protocol):
    """A mention's words and candidates (:class:`.link.Mention`, which links through here)."""

    lo: int
    hi: int
    cands: list[Any]


__all__ = ["AGGREGATE_WORDS", "asks_an_aggregate"]

#: aggregate words that name a column only when a column has exactly that name
AGGREGATE_WORDS = frozenset(
    ["total", "sum", "average", "mean", "count", "number", "amount", "maximum", "minimum", "median"]
)


#: words of a mean that a rating scale also stores as a level
_MEAN_WORDS = frozenset(["average", "mean", "median"])

#: words before a value said as one ("in average health", "rated as average", "is average")
_VALUE_BEFORE = frozenset(
    ["in", "as", "is", "are", "was", "were", "be", "being", "been", "rated", "rate", "rates",
     "rating", "say", "says", "said", "called", "reported", "reporting", "of"]
)  # fmt: skip


def asks_an_aggregate(q: Question, m: _Spanned, every: list[Any]) -> bool:
    """Whether the one word of ``m``, a word of a mean, asks for the mean of the number named
    right after it ("average [hospital] stays", "average number of visits", "average family
    [income]") rather than naming a stored level."""
    if m.hi - m.lo != 1 or q.words[m.lo].text not in _MEAN_WORDS:
        return False
    if m.lo and q.words[m.lo - 1].text in _VALUE_BEFORE:
        return False  # "in average health", "rated average"
    columns = {id(c.column) for c in m.cands if c.kind == "value"}
    j = m.hi
    if j + 1 < len(q) and q.words[j].text == "number" and q.words[j + 1].text == "of":
        return True  # "average number of doctor visits"
    for k in range(j, min(j + 3, len(q))):
        nxt = next((x for x in every if x.lo == k and x is not m), None)
        if nxt is None:
            continue  # "average [family] income": a word that names nothing
        if any(id(c.column) in columns for c in nxt.cands if c.column is not None):
            return False  # "average health": the rating's own column
        return any(
            c.kind != "value" and c.column is not None and c.column.semantic == "quantitative"
            for c in nxt.cands
        )
    return False
