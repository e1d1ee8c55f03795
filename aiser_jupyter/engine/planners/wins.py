"""Tables of winners: ``boston_marathon(Event, Year, Champion, Country, Time)`` has a row per
win, named by its ``Champion`` (or ``Winner``). "Kenyan wins by event", "How many times has X
won?", "the first year a Kenyan won" count or read those rows: the words of winning say what
every row is, and no condition is left out. Also "how many [times]": the rows counted."""

from __future__ import annotations

from .facts import Facts
from .lexicon import split_name

__all__ = ["said_of_wins"]

#: words of winning, as the rows of a table of winners are said
_WIN_WORDS = frozenset(["win", "wins", "won", "winning", "victory", "victories"])
#: words after "how many times" that ask for a ratio, not a count of occasions
_RATIO = frozenset(["more", "larger", "bigger", "higher", "greater", "as", "smaller", "less"])
#: the name of the column that names a table's winners
_WINNER_NAMES = frozenset(["champion", "winner", "champions", "winners"])


def said_of_wins(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` says the rows of a table of winners the plan reads ("wins", "how
    many times has X won"), or is the "times" of "how many times" when the plan counts rows."""
    if words[i] == "times" and words[max(0, i - 2) : i] == ["how", "many"]:
        ratio = set(words[i + 1 : i + 4]) & _RATIO  # "how many times larger": a ratio
        return "count" in facts.aggregates and not ratio
    if words[i] not in _WIN_WORDS:
        return False
    if words[i] == "won" and "times" not in words[max(0, i - 6) : i]:
        return False  # "the first year a Kenyan [won]": which rows, said as a clause
    return any(
        set(split_name(c.name)) & _WINNER_NAMES for t in facts.read_tables() for c in t.columns
    )
