"""Words of a question that say which rows or what share count, for the honesty check: unused,
the chart answers another question ("mortality of girls" drawn for both sexes, "more than half
of births" drawn without the comparison)."""

from __future__ import annotations

from .facts import Facts

__all__ = ["FRACTIONS", "SEXES", "keeps_a_sex"]

#: words for a number that a plan must use to answer the question
FRACTIONS = frozenset(["half", "halves", "twice", "thrice"])

#: nouns that keep one sex: unused, the chart counts both
SEXES = frozenset(["girls", "boys", "women", "men", "females", "males", "female", "male"])


def keeps_a_sex(facts: Facts) -> bool:
    """Whether the plan keeps rows of one sex (a value F/M/female/…, or a column named so)."""
    said = {s.lower() for s in facts.strings} | facts.names
    return bool(said & {"f", "m", "female", "male", "females", "males", "women", "men"})
