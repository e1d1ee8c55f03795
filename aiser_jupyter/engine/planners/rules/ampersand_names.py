"""A name typed with an ampersand: "S&P 500" of ``sp500``, "R&D" of ``randd``.

Schemas glue such a name's letters, with or without the "and" the ampersand stands for,
and with the number after it ("S&P 500" → ``sp500``). A column whose whole name is one of
those spellings is the one the words name — read before any step groups or measures, in
place of what the linker made of the letters."""

from __future__ import annotations

import re

from ..ampersand import glued_spellings
from .draft import Draft
from .link import Candidate, Mention

__all__ = ["ampersand_names", "ampersand_spellings"]

_AMP = re.compile(r"([a-z])&([a-z])(?:&([a-z]))?")


def ampersand_spellings(word: str, nxt: str) -> list[str]:
    """The glued spellings of an ampersand form ``word`` ("s&p") with the word after it
    (a number is glued on: "sp500"), longest first."""
    found = _AMP.fullmatch(word)
    if found is None:
        return []
    bare, said = glued_spellings("".join(g for g in found.groups() if g))
    number = nxt if nxt.isdigit() else ""
    return list(dict.fromkeys((bare + number, said + number, bare, said)))


def ampersand_names(d: Draft) -> None:
    """Put a column mention where an ampersand form spells a column's whole name."""
    words = d.q.words
    for w in words:
        nxt = words[w.i + 1].text if w.i + 1 < len(words) else ""
        for form in ampersand_spellings(w.text, nxt):
            hi = w.i + (2 if nxt and form.endswith(nxt) and nxt.isdigit() else 1)
            owners = [
                (t, c)
                for t in d.catalog.tables
                for c in t.columns
                if re.sub(r"[^a-z0-9]", "", c.name.lower()) == form
            ]
            if len(owners) != 1:
                continue
            table, column = owners[0]
            d.mentions = [m for m in d.mentions if m.hi <= w.i or m.lo >= hi]
            d.mentions.append(Mention(w.i, hi, [Candidate("column", table, column, score=1.05)]))
            break
