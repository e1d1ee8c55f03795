"""A comparison with something no number says: "regions with more than 20 death rates
[above] the national rate", "days closing [below] the open". The rule planner compares only
with numbers the question writes (and, in a few shapes, with a column or an average); when
the SQL compares with no such thing, the words after the comparison were left out and the
chart would keep rows by another condition — the word is a condition left out."""

from __future__ import annotations

import re

from .facts import Facts
from .versus import compared_alone

__all__ = ["compared_with_nothing", "comparison_left_out"]

#: words that compare with what follows them
_HEADS = frozenset(["above", "below", "exceeding", "exceeds", "exceed", "exceeded", "beyond"])
#: comparatives that compare with what follows "than"
_THAN = frozenset(
    ["more", "less", "greater", "fewer", "higher", "lower", "larger", "smaller", "bigger"]
)
#: words between a comparison and what it compares with
_DETERMINERS = frozenset(["the", "its", "their", "a", "an", "that", "this", "his", "her"])
_NUMERIC = re.compile(r"^[\d$.-]")


def compared_with_nothing(i: int, words: list[str], facts: Facts) -> bool:
    """Whether word ``i`` compares with words that hold no number, and the plan's SQL makes
    no comparison with anything but numbers written in it."""
    head = words[i] in _HEADS or (words[i] == "than" and i > 0 and words[i - 1] in _THAN)
    if not head or facts.compares_other:
        return False
    before = words[max(0, i - 2) : i]
    if any(_NUMERIC.match(w) for w in before) and before[-1:] in (["or"], ["and"]):
        return False  # "aged 30 or below": the number said before
    j = i + 1
    while j < len(words) and words[j] in _DETERMINERS:
        j += 1
    after = words[j : j + 3]
    if not after or any(_NUMERIC.match(w) for w in after):
        return False  # "above 40", "more than the 1990 level"
    later = words[j : j + 6]  # "below freezing (low under 32)": said again with its number
    again = set(later) & (_HEADS | {"under", "over", "than"})
    return not (again and any(_NUMERIC.match(w) for w in later))


#: comparatives said after their amount ("a full point [or more]", "5 minutes or less")
_POSTPOSED = _THAN | frozenset(["above", "below", "over", "under", "longer", "shorter"])


def postposed_left_out(i: int, words: list[str], facts: Facts) -> bool:
    """Word ``i`` is the comparative of "… or more" ("jumped by a full point [or more]") and
    the plan's SQL compares nothing: the bound was left out, and the chart keeps every row."""
    return (
        words[i] in _POSTPOSED
        and i > 1
        and words[i - 1] == "or"
        and words[i - 2] not in ("more", "less")  # "more or less": roughly, no bound
        and not (facts.compares or facts.compares_other)
        and not any(_NUMERIC.match(w) for w in words[max(0, i - 5) : i])  # "250,000 people or
    )  # more": a number the plan reads otherwise (as equal), explained or not by its own rules


def comparison_left_out(i: int, words: list[str], facts: Facts, why: str | None) -> bool:
    """Word ``i`` compares with what the plan does not: words that hold no number (when
    nothing else explains it), one side of "versus" drawn as one number, or the bound of
    "… or more" (:func:`postposed_left_out`)."""
    nothing = why in (None, "comparison") and compared_with_nothing(i, words, facts)
    return nothing or compared_alone(i, words, facts) or postposed_left_out(i, words, facts)
