"""Superlatives of an adjective read the other way round: "the oldest model year" is the
smallest year, "the fastest pace" the fewest minutes per mile (:mod:`.explain`)."""

from __future__ import annotations

from .adjectives import SPEED_WORDS, adjective_nouns, takes_time
from .facts import Facts

__all__ = ["of_dates", "of_time_taken"]


def of_time_taken(i: int, words: list[str], facts: Facts) -> bool:
    """ "the fastest pace": the least of a time taken, which a column's name says it is, or
    the words after the adjective ("the fastest net [time]")."""
    agg = SPEED_WORDS.get(words[i].lower())
    if agg not in facts.aggregates:
        return False
    return "time" in words[i + 1 : i + 4] or any(takes_time(c.name) for c in facts.read_columns())


def of_dates(i: int, words: list[str], facts: Facts) -> bool:
    """ "oldest [model] year": an age word said of a year or date after it (the smallest year)."""
    if adjective_nouns(words[i]) != ("age",) or not facts.aggregates & {"max", "min"}:
        return False
    return any(w in ("year", "years", "date", "dates") for w in words[i + 1 : i + 5])
