"""Possessives: "Trump's vote share", "Green's vote share" — the owner's words are part of
the name of the number that follows (``trumpshare``), not a yes/no column to filter on
(``trumpw``) nor a second number to draw."""

from __future__ import annotations

from ..lexicon import split_name
from .draft import Draft

__all__ = ["owners"]


def owners(d: Draft) -> None:
    """A column mention typed with "'s" whose words the name of the column named right after
    it holds: those words name that column; they are taken, never read on their own."""
    for m in d.free():
        if m.kind != "column" or not d.q.words[m.hi - 1].possessive:
            continue
        after = next((x for x in d.mentions if m.hi <= x.lo <= m.hi + 2), None)
        if after is None or after.column is None or after.kind != "column":
            continue
        owned = set(split_name(after.column.name))
        name = after.column.name.lower()
        if all(w in owned or (len(w) > 2 and w in name) for w in d.q.texts(m.lo, m.hi)):
            d.take(m, "owner")
