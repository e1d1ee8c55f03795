"""A word under a negation that the plan leaves unused: "countries that got [no] US [aid]",
"employees who have [never] been [promoted]".

A negation turns the words after it into a condition on the rows (those without the thing);
a plan that left the thing unused counted every row, with or without it, and answers another
question — the word is a condition left out, never a word of no consequence.
"""

from __future__ import annotations

__all__ = ["NEGATIONS", "negated", "opposite_of_used"]

NEGATIONS = frozenset(["no", "not", "without", "never", "none", "nor", "neither", "non"])
#: words that end the reach of a negation: another clause or item begins
_BREAKS = frozenset(
    ["and", "or", "but", "who", "which", "that", "where", "when", "than", "by", "vs", "versus"]
)
#: how many words before the unused word a negation may stand ("no US foreign [aid]")
_REACH = 3


def negated(i: int, words: list[str]) -> bool:
    """Whether ``words[i]`` follows a negation within a few words of the same clause."""
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        word = words[j]
        if word in NEGATIONS or word.endswith("n't"):
            return True
        if word in _BREAKS or not word[:1].isalnum():
            return False
    return False


#: prefixes that make a word the opposite of another: "unmarried", "non-smokers", "nonunion"
_OPPOSITE = ("un", "non-", "non", "in", "dis")


def opposite_of_used(word: str, used: dict[str, str]) -> bool:
    """Whether ``word`` is the opposite of a word the plan used ("married and [unmarried]"
    drawn for the married alone): the rows on the other side, left out."""
    for prefix in _OPPOSITE:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and used.get(rest) in _KEPT:
            return True
    return False


#: what a used word was to the plan when its opposite is a side the plan did not draw
_KEPT = frozenset(["name", "value", "synonym"])
