"""The column a number's unit names: "countries with more than 100 million people" compares
the population — "people" is what a population column counts (the generic lexicon's
synonyms), and no other number is named beside it, or only parts of it ("200,000 people"
is the total population, not the adult or the white population)."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import SYNONYMS, lemma, split_name
from .draft import Draft
from .implied import whole_of
from .reading import Compare

__all__ = ["column_of_unit"]

#: units said of only one kind of number, and the words that name that number
_MEASURED_IN = {"degree": ("temperature", "temp")}


def column_of_unit(d: Draft, cmp: Compare) -> tuple[Table, Column] | None:
    """The one quantitative column, in the tables the question names, whose name the unit
    word right after the number is, or is a generic synonym of ("people" → population); of several,
    the one that is all of it (``poptotal``)."""
    i = next(
        (k for k in (cmp.hi - 1, cmp.number_i + 1) if d.q.used.get(k) == "unit"), cmp.hi
    )  # "100 million [people]", "26 [miles] or more"
    if i >= len(d.q) or d.q.used.get(i) != "unit":
        return None
    word = d.q.words[i].text
    tables = list({id(m.table): m.table for m in d.mentions}.values()) or list(d.catalog.tables)
    return _named_by(word, tables)


def _named_by(word: str, tables: list[Table]) -> tuple[Table, Column] | None:
    """The one quantitative column of ``tables`` the word names, or the one that is all of it."""
    said = {
        part
        for table in tables
        for column in table.columns
        for part in split_name(column.name)
        if word in SYNONYMS.get(part, ())
        or lemma(word) in SYNONYMS.get(part, ())
        or lemma(word) == lemma(part)  # "26 miles or more" of a column Miles
        or part in _MEASURED_IN.get(lemma(word), ())  # "over 30 degrees": a temperature
    }
    found = [
        (table, column)
        for table in tables
        for column in table.columns
        if column.semantic == "quantitative" and said & set(split_name(column.name))
    ]
    if len(found) == 1:
        return found[0]
    whole = whole_of([c for _, c in found], said)
    return next(((t, c) for t, c in found if c is whole), None)
