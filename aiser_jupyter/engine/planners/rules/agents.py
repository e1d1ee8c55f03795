"""The things that do what a table's name says: "the top 10 coffee importers" of
``coffee_imports(country, member, year, value)`` are its countries, ranked by their imports;
"vehicle producers" of ``mvprod`` its producing countries. An agent noun (-er, -or) made of
the measure's name word names the rows' one thing, not the number alone."""

from __future__ import annotations

import re

from ..lexicon import lemma
from ..table_measures import table_measures
from .draft import Dim, Draft, calendar_part

__all__ = ["agent_rows"]


def agent_rows(d: Draft) -> None:
    """A measure named by its table (:mod:`..table_measures`) through an agent noun, with no
    grouping yet: grouped by the table's one thing (its one text column besides the time)."""
    if d.dims or len(d.measures) != 1 or d.measures[0].column is None:
        return
    table, column = d.measures[0].table, d.measures[0].column
    if table_measures(d.catalog).get(table.name.lower()) is not column:
        return
    name = re.sub(r"[^a-z0-9]", "", table.name.lower())
    said = [m.hi - 1 for m in d.mentions if id(m) in d.used and m.column is column and m.hi > m.lo]
    if not any(_agent(d.q.words[i].text, name) for i in said):
        return
    things = [
        c
        for c in table.columns
        if c.semantic in ("geo", "nominal") and not calendar_part(c) and (c.distinct or 0) > 2
    ]
    if len(things) == 1:
        d.dims.append(Dim(table, things[0]))


def _agent(word: str, name: str) -> bool:
    """ "importers" of coffee_imports, "producers" of mvprod: the word less its -er/-or
    opens a part of the table's compact name (4 letters at least)."""
    base = lemma(word)
    if not base.endswith(("er", "or")) or not word.isalpha():
        return False
    stem = base[:-2].rstrip("e")
    return len(stem) >= 4 and stem[:4] in name and base not in name
