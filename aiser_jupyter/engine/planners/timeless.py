"""'over time' said of a plan with no time in it: "Ottawa's population over [time]" drawn as
one number (the latest year's column) answers another question; the word is no instruction
the plan follows."""

from __future__ import annotations

from .facts import Facts

__all__ = ["OVER", "timeless"]

#: the words before "time" that ask for it along an axis ("over time")
OVER = frozenset(["over", "through", "across"])


def timeless(word: str, i: int, words: list[str], facts: Facts) -> bool:
    """ "Ottawa's population over [time]" drawn as one number: no time axis of any kind."""
    over = word == "time" and i > 0 and words[i - 1] in OVER
    return over and not (facts.units or facts.parts or facts.years or _dated(facts))


def _dated(facts: Facts) -> bool:
    """Whether the plan reads a date or time column (a time axis drawn as stored)."""
    if facts.catalog is None:
        return False
    for name, column in facts.columns:
        table = facts.catalog.table(name)
        found = table.column(column) if table is not None else None
        if found is not None and found.semantic == "temporal":
            return True
    return False
