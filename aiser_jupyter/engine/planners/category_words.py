"""A word that picks a kind of the rows a plan reads, which the data files under a category
it spells otherwise: "average order value for [enterprise] customers" where ``customers``
has a ``segment`` of Corporate, Small Business and Consumer. The plan read every customer
and the chart answered another question; the word names a kind of customer that a category
column of that table could hold, so leaving it out changes the answer (a condition)."""

from __future__ import annotations

from ..catalog.model import Table
from .facts import Facts
from .lexicon import lemma, split_name
from .stems import stem_matches
from .words import is_content

__all__ = ["unread_category"]

#: the most values a column may hold to be a category the rows are filed under
_FEW = 20


def unread_category(i: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """Whether ``words[i]`` (a noun or an adjective no part of the plan explains) stands right
    before the plural noun of a table the plan reads, whose rows a category column the plan
    neither groups nor filters by could file under it (see the module)."""
    if i + 1 >= len(words) or not is_content(words[i]) or facts.catalog is None:
        return False
    if not words[i].isalpha() or words[i].endswith(("ed", "ing")):
        return False  # "[registered] dogs", "[selling] products": a participle, no kind
    if stem_matches(words[i], facts.names):
        return False  # "repeat guests" of is_repeated_guest: a name the plan reads
    nxt = words[i + 1]
    if why_at.get(i + 1) != "name" or lemma(nxt) == nxt:
        return False
    table = next(
        (
            t
            for t in facts.catalog.tables
            if t.name.lower() in facts.tables and lemma(nxt) in split_name(t.name)
        ),
        None,
    )
    return table is not None and _has_unread_category(table, facts)


def _has_unread_category(table: Table, facts: Facts) -> bool:
    """Whether ``table`` has a text column of a few values that the plan does not read."""
    own = table.name.lower()
    return any(
        column.semantic == "nominal"
        and 1 < (column.distinct or 0) <= _FEW
        and (own, column.name.lower()) not in facts.columns
        for column in table.columns
    )
