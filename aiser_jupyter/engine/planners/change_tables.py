"""Tables of changes: ``us_change(Quarter, Consumption, Income, …)`` holds each quarter's change
in consumption, not its level. An analyst says "consumption growth", "change in income": the
word of change is the table's own, read with the number's name."""

from __future__ import annotations

from ..catalog.model import Table
from .facts import Facts
from .lexicon import lemma, split_name

__all__ = ["CHANGE_VERBS", "change_verb", "holds_changes", "said_change"]

#: name words of a table (or a column) whose numbers are changes from one period to the next
_CHANGE_NAMES = frozenset(["change", "changes", "growth", "chg", "delta", "diff", "pct_change"])
#: words an analyst says after a number's name for its change
_CHANGE_WORDS = frozenset(["growth", "change", "changes"])


#: verbs of a change, and the sign they keep: "quarters when consumption [fell]": below 0
_DOWN = ["fell", "fall", "falls", "dropped", "drop", "drops", "shrank", "shrink", "shrunk",
         "declined", "decline", "declines", "contracted", "decreased", "decrease"]  # fmt: skip
_UP = ["rose", "rise", "rises", "rising", "grew", "grow", "grows", "growing", "increased",
       "increase", "expanded", "climbed"]  # fmt: skip
CHANGE_VERBS = {**dict.fromkeys(_DOWN, "<"), **dict.fromkeys(_UP, ">")}


def holds_changes(table: Table) -> bool:
    """Whether ``table``'s name says its numbers are changes (``us_change``, ``gdp_growth``)."""
    return bool(set(split_name(table.name, expand=False)) & _CHANGE_NAMES)


def said_change(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` is "growth" or "change" right after the name of a number the plan
    measures, of a table of changes ("consumption [growth]" of ``us_change.Consumption``)."""
    if words[i] not in _CHANGE_WORDS or i == 0 or lemma(words[i - 1]) not in facts.measure_names:
        return False
    return any(holds_changes(t) for t in facts.read_tables())


def change_verb(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` is a verb of change said right after the name of a number of a
    table of changes, and the plan keeps that number's sign ("consumption [fell]": < 0)."""
    if words[i] not in CHANGE_VERBS or i == 0 or not facts.compares:
        return False
    if lemma(words[i - 1]) not in facts.names and words[i - 1] not in facts.names:
        return False
    return 0.0 in facts.numbers and any(holds_changes(t) for t in facts.read_tables())
