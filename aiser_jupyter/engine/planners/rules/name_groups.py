"""Groupings said inside a table's name: "number of accidents by region" links the words to
the table ``accidents_by_region`` (or ``accidents.byRegionYr``) as one name, yet "by region"
still asks for a bar per region. The words after "by" in such a span that name a category
column of that table group by it, and so do the words listed right after the span ("by
region and year"); without this the chart would draw one total, the groups asked for
silently dropped."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from ..roles import CALENDAR_NAMES, calendar_part
from .draft import Dim, Draft

__all__ = ["grouped_in_name"]

#: words that list one more grouping after another ("by region and year")
_LISTING = frozenset(["and", ","])


def _category(table: Table, word: str) -> Column | None:
    """The category column (or date part) of ``table`` whose name has the word ``word``."""
    said = lemma(word)
    for c in table.columns:
        part = calendar_part(c)
        if part is not None and CALENDAR_NAMES.get(said) == part:
            return c  # "year" of ``fyear``
        if (c.semantic in ("nominal", "geo") or part) and said in {
            lemma(w) for w in split_name(c.name)
        }:
            return c
    return None


def _group(d: Draft, table: Table, j: int) -> bool:
    """Group by the column of ``table`` the word ``j`` names; whether it names one."""
    column = _category(table, d.q.words[j].text)
    if column is None:
        return False
    if all(x.column is not column for x in d.dims):
        d.dims.append(Dim(table, column, words=(j, j + 1)))
    return True


def grouped_in_name(d: Draft) -> None:
    """Add a grouping for each word after "by" inside a table mention's span that names a
    category column of that table, and for such words listed right after it (see the module)."""
    for m in d.mentions:
        if m.kind != "table" or not m.cands or m.cands[0].kind != "table":
            continue
        table = m.cands[0].table
        words = d.q.texts(m.lo, m.hi)
        if "by" not in words[1:]:
            continue
        start = m.lo + words.index("by") + 1
        if not any([_group(d, table, j) for j in range(start, m.hi)]):
            continue
        j = m.hi
        while j + 1 < len(d.q) and d.q.words[j].text in _LISTING:
            if not _group(d, table, j + 1):
                break
            for x in d.mentions:
                if x.lo == j + 1 and id(x) not in d.used:
                    d.take(x, "grouping")
            j += 2
