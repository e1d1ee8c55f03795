"""An aggregate word, a modifier no column refines, then a number: "average [trading]
volume", "total [registered] capacity" — the aggregate governs the number all the same.

The honesty check reports the modifier as not used (:mod:`..modifiers`); here it only keeps
the aggregate word from falling on nothing, which left the number summed by default.
"""

from __future__ import annotations

from collections.abc import Callable

from ..modifiers import free_modifier
from .draft import Draft
from .link import Mention

__all__ = ["number_of_after", "number_past_modifier", "owner_number"]


def number_past_modifier(d: Draft, hi: int) -> Mention | None:
    """The number named right after a free modifier at ``hi`` (see :func:`.free_modifier`)."""
    if hi + 1 >= len(d.q) or not d.q.free(hi):
        return None
    if any(x.lo <= hi < x.hi for x in d.mentions):
        return None
    if not free_modifier(d.q.words[hi].text, d.catalog):
        return None
    return _number(d, lambda x: x.lo == hi + 1)


def owner_number(d: Draft, hi: int) -> Mention | None:
    """The number named in the possessive right before an aggregate word ending at ``hi``
    that no name follows: "Mobil's average daily return" of a table of returns, one column
    per stock — the return asked is Mobil's own."""
    at = hi - 2
    if at < 0 or not d.q.words[at].possessive:
        return None
    return _number(d, lambda x: x.hi == at + 1)


def number_of_after(d: Draft, hi: int) -> Mention | None:
    """The number named after "of" past free words that name nothing, right after an
    aggregate word ending at ``hi``: "average daily return of the CRSP index" — the words
    before "of" say what kind of number it is."""
    for k in range(hi, min(hi + 3, len(d.q))):
        if d.q.words[k].text == "of":
            break
        if any(x.lo <= k < x.hi for x in d.mentions) or not d.q.words[k].text.isalpha():
            return None
    else:
        return None
    j = k + 1 + (k + 1 < len(d.q) and d.q.words[k + 1].text == "the")
    m = _number(d, lambda x: x.lo == j) if k > hi else None
    if m is None or any(x.lo == m.hi and x.kind == "column" for x in d.mentions):
        return None  # "average freedom of expression score": one name, read as it goes on
    return m


def _number(d: Draft, at: Callable[[Mention], bool]) -> Mention | None:
    """The first unused mention ``at`` says is the one, when it names a column of numbers."""
    m = next((x for x in d.mentions if at(x) and id(x) not in d.used), None)
    if m is None or m.kind != "column" or m.column is None:
        return None
    return m if m.column.semantic == "quantitative" else None
