"""A yes/no column named by the other side of its property: "public colleges" of a yes/no
``Private`` keeps Private = no; "private vs public" draws both sides, one group each. The
antonyms are plain English (:mod:`..opposites`); a prefix's opposite ("unmarried") is read by
:mod:`.flags`."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from ..opposites import forms, opposite
from .draft import Dim, Draft
from .flags import flag_value, property_words

__all__ = ["opposite_flags"]

#: words that set the two sides side by side ("private vs public", "public and private")
_BETWEEN = frozenset(["vs", "versus", "and", "or", "against"])
#: words that may stand between the two sides besides those ("of denied and of approved")
_JOINING = _BETWEEN | {"of", "the", "all"}


def opposite_flags(d: Draft) -> None:
    """Each free word that is the opposite of one flag's property: that flag's other side."""
    words = d.q.texts()
    for i, word in enumerate(words):
        others = opposite(word)
        if not others or not (d.q.free(i) or d.q.used.get(i) == "counted"):
            continue
        found = _flag_named(d, others)
        if found is None:
            continue
        table, column, name = found
        if any(x.column is column for x in d.dims):
            d.q.claim(i, i + 1, "grouping")  # "by urban/rural": both sides, grouped already
            continue
        own = _own_side(words, i, name)
        if own is not None:
            if not any(x.column is column for x in d.dims):
                lo, hi = min(i, own), max(i, own) + 1
                d.dims.append(Dim(table, column, words=(lo, hi), color=bool(d.dims)))
            for m in d.free():
                if m.lo <= own < m.hi:
                    d.take(m, "grouping")
            d.q.claim(min(i, own), max(i, own) + 1, "grouping")
            continue
        value = flag_value(column, False)
        if value is None:
            continue
        target = exp.column(column.name, table=table.name)
        d.where.append((table, exp.EQ(this=target, expression=exp.convert(value))))
        d.q.claim(i, i + 1, "flag")


def _flag_named(d: Draft, names: frozenset[str]) -> tuple[Table, Column, str] | None:
    """The one yes/no column, of the tables the question is about, named by one of ``names``
    alone (``Private``, ``is_urban``)."""
    tables = {id(t): t for t in d.tables() + [m.table for m in d.mentions]}
    pool = list(tables.values()) or list(d.catalog.tables)
    found = []
    for table in pool:
        for column in table.columns:
            said = property_words(column.name)
            if (
                len(said) == 1
                and said[0] in {f for n in names for f in forms(n)}
                and flag_value(column, True) is not None
            ):  # "denied" of a yes/no ``deny``
                found.append((table, column, said[0]))
    return found[0] if len(found) == 1 else None


def _own_side(words: list[str], i: int, name: str) -> int | None:
    """Where the flag's own word stands beside word ``i`` with "vs"/"and" between ("denied vs
    approved", "of denied and of approved"), or None."""
    for j in (i - 3, i - 2, i + 2, i + 3):
        if not 0 <= j < len(words) or name not in forms(words[j]):
            continue
        between = words[min(i, j) + 1 : max(i, j)]
        if any(w in _BETWEEN for w in between) and all(w in _JOINING for w in between):
            return j
    return None
