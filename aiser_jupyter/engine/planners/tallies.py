"""Count columns: a column named by a count word alone (``count``, ``n``, ``Freq``) holding
whole numbers of at least 0 is each row's number of things — cases of a disease in a state
and a year, people of an age group. "how many cases", "number of polio cases" over such a
table is the sum of that column. Shared by the rules planner (which sums it) and the honesty
account (which reads the count words and the counted noun as that sum)."""

from __future__ import annotations

from ..catalog.model import Column, Table
from .facts import Facts
from .lexicon import lemma, split_name
from .roles import calendar_part

__all__ = [
    "TALLY_NAMES",
    "clips_people",
    "counts_of_things",
    "named_count",
    "sums_a_tally",
    "tally_column",
]

#: a column's whole name when it is each row's number of things, whatever else the table holds
TALLY_NAMES = frozenset(["count", "counts", "cnt", "n", "freq", "frequency"])


def counts_of_things(column: Column) -> bool:
    """Whether ``column`` can hold each row's number of things: whole numbers of at least 0,
    no part of a date."""
    return (
        "int" in column.type.lower()
        and calendar_part(column) is None
        and isinstance(column.min, (int, float))
        and column.min >= 0
    )


def _tally_named(column: Column) -> bool:
    words = split_name(column.name, expand=False)
    return len(words) == 1 and words[0] in TALLY_NAMES


def tally_column(table: Table) -> Column | None:
    """The one column of ``table`` named by a count word alone that holds whole numbers of
    at least 0; None when there is none, or several."""
    found = [c for c in table.columns if _tally_named(c) and counts_of_things(c)]
    return found[0] if len(found) == 1 and len(table.columns) > 1 else None


def sums_a_tally(facts: Facts) -> bool:
    """Whether the plan sums a table's count column (see the module)."""
    if "sum" not in facts.aggregates or facts.catalog is None:
        return False
    for table_name, column_name in facts.columns:
        table = facts.catalog.table(table_name)
        tally = tally_column(table) if table is not None else None
        if tally is not None and tally.name.lower() == column_name:
            return True
    return False


def named_count(i: int, words: list[str], facts: Facts) -> bool:
    """ "core [count]", "thread [count]": word ``i`` is a count word after the name of a
    column of the plan that holds each row's number of those things (``cores``), so the
    words name that column (its maximum, its average), not a count of rows."""
    if words[i] not in ("count", "counts") or i == 0 or facts.catalog is None:
        return False
    thing = lemma(words[i - 1])
    for column in facts.read_columns():
        if not counts_of_things(column):
            continue
        named = split_name(column.name, expand=False)
        if len(named) == 1 and lemma(named[0]) == thing:
            return True
    return False


def clips_people(word: str, name: str) -> bool:
    """Whether ``name`` (a column's one-word name) is the clipped form of an adjective said
    as a noun for people ("the unemployed" of ``unemploy``, "the insured" of ``insur``):
    five letters or more, the word ending in -ed and longer by one to three letters."""
    return (
        word.endswith("ed")
        and len(name) >= 5
        and word.startswith(name)
        and (0 < len(word) - len(name) <= 3)
    )
