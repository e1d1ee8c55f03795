"""An aggregate word, a noun for the rows, then a number: "total observation weight",
"average item price" — the rows whose number is aggregated, and the aggregate governs the
number all the same."""

from __future__ import annotations

from ..lexicon import lemma
from ..words import ROW_NOUNS
from .draft import Draft
from .link import Mention

__all__ = ["modified_number"]


def modified_number(d: Draft, hi: int) -> Mention | None:
    """The number named right after a free, unlinked row noun at ``hi`` (None: none)."""
    if hi + 1 >= len(d.q) or not d.q.free(hi):
        return None
    word = d.q.words[hi]
    if lemma(word.text) not in ROW_NOUNS or any(x.lo <= hi < x.hi for x in d.mentions):
        return None
    m = next((x for x in d.mentions if x.lo == hi + 1 and id(x) not in d.used), None)
    if m is None or m.kind != "column" or m.column is None:
        return None
    return m if m.column.semantic == "quantitative" else None
