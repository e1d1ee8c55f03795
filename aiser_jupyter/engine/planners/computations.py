"""Computations a question asks for that the plan does not make: "cumulative revenue by
month", "running total", "moving average", "year over year growth", "the difference in
revenue between 2023 and 2024".

The rule planner draws sums, counts and averages per group; it does not take a running
total along an axis, a moving window, or the change from one period to the next. Drawn
without them, the chart shows the monthly sums under the user's "cumulative" — a different
question's answer that looks right. So such a word, when the plan computes nothing of the
kind, is a measure left out and the plan is refused. A word that names a column the plan
reads (``pop_growth``, a ``change`` column) is a name, explained as names are; a
difference the plan does compute (``high - low``) explains "difference".
"""

from __future__ import annotations

from .change_tables import said_change
from .facts import Facts
from .lexicon import lemma
from .words import is_content

__all__ = ["COMPUTING", "computation_left_out"]

#: a change between periods or things, which the plan would have to subtract
_CHANGES = frozenset(
    ["growth", "increase", "decrease", "decline", "difference", "delta", "yoy", "gain", "drop"]
)
#: windows along an axis: "running total", "moving average", "rolling mean"
_WINDOWS = {
    "running": frozenset(["total", "sum", "count", "tally", "average", "mean"]),
    "moving": frozenset(["average", "mean", "sum", "total", "median"]),
    "rolling": frozenset(["average", "mean", "sum", "total", "median"]),
}


#: words that ask for a computation, never a modifier no column refines
COMPUTING = frozenset(
    [*_CHANGES, *_WINDOWS, "cumulative", "cumulatively", "accumulated", "each", "every"]
)


def computation_left_out(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` asks for a change or a running or moving figure the plan does not
    compute (see the module)."""
    word, base = words[i], lemma(words[i])
    if base in facts.names or word in facts.names or said_change(i, words, facts):
        return False  # a column's own word ("growth" of pop_growth), or its table's (us_change)
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word in _WINDOWS and nxt in _WINDOWS[word]:
        return True
    if word in ("cumulative", "cumulatively", "accumulated"):
        # "cumulative deaths (by country)" is their total; along a time axis, a running total
        return bool(facts.units or facts.parts)
    if base == "change" and _period_over_period(words):
        return True  # "month over month revenue [change]": drawn as the monthly totals
    if base in _CHANGES and not _modifies(nxt):  # "the [growth] index" names an index
        return not (facts.arithmetic or facts.divides)
    return word in ("each", "every") and _top_in_each(i, words, facts)


def _period_over_period(words: list[str]) -> bool:
    """ "month over month", "year over year", "week-over-week": a change between periods."""
    units = ("day", "week", "month", "quarter", "year")
    return any(
        words[k] in units and words[k + 1] == "over" and words[k + 2] == words[k]
        for k in range(len(words) - 2)
    )


def _modifies(nxt: str) -> bool:
    """The word after a change word is a noun it modifies ("growth index", "growth stocks"),
    other than the rate of the change itself ("growth rate")."""
    return nxt.isalpha() and is_content(nxt) and lemma(nxt) not in ("rate", "percent")


#: words of a ranking that keeps the first N ("top 3 products … in each region")
_RANKS = frozenset(["top", "bottom", "best", "worst", "highest", "lowest", "largest", "smallest"])


def _top_in_each(i: int, words: list[str], facts: Facts) -> bool:
    """ "the top 3 products by revenue [in each] region": the first N within each group,
    which a plan keeping the first N of all its groups does not compute."""
    if i == 0 or words[i - 1] not in ("in", "for", "within") or not facts.ranks_top:
        return False
    before = words[:i]
    return any(
        w in _RANKS and k + 1 < len(before) and before[k + 1].isdigit()
        for k, w in enumerate(before)
    )
