"""Which of several calendar columns of one table a question means: ``Yr.Sold``,
``Year.Built``, ``Year.Remod.Add`` and ``Garage.Yr.Blt`` all hold years. The only one, else
the one a word of the question names ("sold in 2009", "per year sold"); when none or several
are named, the plain one (``year`` beside ``yearVeh``: the rows' own year), else the question
must say, and no column is guessed."""

from __future__ import annotations

from ...catalog.model import Column
from ..lexicon import split_name
from .draft import Draft

__all__ = ["one_named"]


def one_named(d: Draft, columns: list[Column]) -> Column | None:
    if len(columns) == 1:
        return columns[0]
    said = {w.text for w in d.q.words} | {w.lemma for w in d.q.words}
    hits = {
        id(c): len(said & (set(split_name(c.name)) | set(split_name(c.name, expand=False))))
        for c in columns
    }
    best = max(hits.values())
    named = [c for c in columns if hits[id(c)] == best]
    if best and len(named) == 1:
        return named[0]
    bare = [c for c in named if len(split_name(c.name)) == 1]
    return bare[0] if len(bare) == 1 else None  # ``year`` beside ``yearVeh``: the rows' own
