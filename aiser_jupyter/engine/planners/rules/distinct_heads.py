"""What "how many different …" counts apart: the column the noun phrase's head names.

"How many different industry categories are there?" counts the distinct values of
``category``; a modifier no column could refine ("industry") stands between the word for
"different" and the head (the honesty check reports it, :mod:`..modifiers`). "How many
different pet names does each species have?" counts the distinct values of ``animal_name``:
the head "names" is the plural of the last word of the column's name, and "pet" names the
table the column belongs to. A head naming no column, or two columns equally, is left to the
other rules (a noun naming the rows keeps a count of rows).
"""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from ..modifiers import free_modifier
from ..roles import is_identifier
from .draft import Draft, calendar_part
from .link import Candidate, Mention

__all__ = ["counted_key", "distinct_head"]

#: the words for "different" that may stand before the noun phrase
_APART = frozenset(["different", "distinct", "unique", "separate"])


def distinct_head(d: Draft, hi: int) -> Mention | None:
    """The mention of the column counted apart after "how many" ending at ``hi``, when a word
    for "different" follows it and the phrase's head names one text or identifier column."""
    i = hi
    while i < len(d.q) and d.q.words[i].text in _APART:
        i += 1
    if i == hi:
        return None
    table_said = _mention_at(d, i, "table")
    start = table_said.hi if table_said is not None else i
    # at most one modifier no column refines: "different [industry] categories"
    for head in (start, start + 1):
        if head >= len(d.q) or (head > start and not _free_word(d, start)):
            break
        found = _column_head(d, head, table_said)
        if found is not None:
            if table_said is not None:
                d.take(table_said, "table of the counted column")
            return found
    return None


def _mention_at(d: Draft, i: int, kind: str) -> Mention | None:
    return next(
        (m for m in d.mentions if m.lo == i and m.kind == kind and id(m) not in d.used), None
    )


def _free_word(d: Draft, i: int) -> bool:
    """A word no mention covers that could filter nothing: a modifier of the head after it."""
    if not d.q.free(i) or any(m.lo <= i < m.hi for m in d.mentions):
        return False
    return free_modifier(d.q.words[i].text, d.catalog, kind_of=True)


def _column_head(d: Draft, i: int, table_said: Mention | None) -> Mention | None:
    """The text or identifier column word ``i`` names: a linked column mention starting
    there, or the plural of the last word of one column's name (``names`` of animal_name)."""
    linked = _mention_at(d, i, "column")
    if linked is not None:
        col = linked.column
        if linked.hi == i + 1 and col is not None and _countable(linked.table, col):
            return linked
        return None
    if any(m.lo <= i < m.hi for m in d.mentions) or not d.q.free(i):
        return None
    word = d.q.words[i].text
    if lemma(word) == word or not word.endswith("s"):
        return None  # "how many different name …": only a plural head is counted apart
    tables = [table_said.table] if table_said is not None else d.catalog.tables
    if len(tables) != 1:
        return None
    found = [
        c
        for c in tables[0].columns
        if (parts := split_name(c.name)) and parts[-1] == lemma(word) and _countable(tables[0], c)
    ]
    if len(found) != 1:
        return None
    m = Mention(i, i + 1, [Candidate("column", tables[0], found[0], None, 0.9)])
    d.mentions.append(m)
    return m


def _countable(table: Table, column: Column) -> bool:
    """A column whose values are things counted apart: a text, a place, an identifier, or a
    calendar part ("how many distinct survey years": the years the rows fall in)."""
    return (
        column.semantic in ("nominal", "geo")
        or is_identifier(table, column)
        or calendar_part(column) is not None
    )


def counted_key(table: Table, said: list[str]) -> Column | None:
    """The identifier "different <said>" counts: the key named like the words (``movieId``
    for "different movies" in a table of ratings, beside ``userId``), else the table's own."""
    nouns = {lemma(w) for w in said}
    named = [
        c
        for c in table.columns
        if c.semantic == "key" and (words := split_name(c.name)) and words[0] in nouns
    ]
    if len(named) == 1:
        return named[0]
    if len(table.primary_key) == 1:
        return table.column(table.primary_key[0])
    return next((c for c in table.columns if c.semantic == "key"), None)
