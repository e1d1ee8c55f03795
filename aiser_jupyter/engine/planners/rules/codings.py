"""A grouping's coding said in parentheses: "by gender (female = 1)", "by smoker (1 = yes)".
The equality tells how the column's values read; it keeps no rows. Read as a filter, it
would leave one of the two groups the question asks for."""

from __future__ import annotations

from .draft import Draft
from .link import Mention
from .question import Word

__all__ = ["coding_note"]


def coding_note(d: Draft, m: Mention, w: Word) -> bool:
    """Whether the number ``w`` after the column ``m``, both in parentheses, says the coding
    of a column the draft groups by; the number is then claimed as that coding."""
    if not (w.paren and d.q.words[m.hi - 1].paren) or m.column is None:
        return False
    if not any(x.column is m.column for x in d.dims):
        return False
    d.q.claim(w.i, w.i + 1, "coding")
    return True
