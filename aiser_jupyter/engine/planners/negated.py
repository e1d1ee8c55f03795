"""A word under a negation that the plan leaves unused: "countries that got [no] US [aid]",
"employees who have [never] been [promoted]".

A negation turns the words after it into a condition on the rows (those without the thing);
a plan that left the thing unused counted every row, with or without it, and answers another
question — the word is a condition left out, never a word of no consequence.
"""

from __future__ import annotations

__all__ = ["NEGATING", "NEGATIONS", "negated", "opposite_of_used", "unprefixed"]

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
NEGATING = ("non-", "non", "un")
#: and the rarer ones, read only beside the very word they negate ("[in]active", "[dis]abled")
_OPPOSITE = (*NEGATING, "in", "dis")


def unprefixed(word: str, prefixes: tuple[str, ...] = NEGATING) -> str:
    """The word ``word`` negates by one of ``prefixes`` ("unmarried" → "married"), of at
    least four letters; "" when it negates none."""
    for prefix in prefixes:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4:
            return rest
    return ""


def opposite_of_used(word: str, used: dict[str, str]) -> bool:
    """Whether ``word`` is the opposite of a word the plan used ("married and [unmarried]"
    drawn for the married alone): the rows on the other side, left out."""
    rest = unprefixed(word, _OPPOSITE)
    return bool(rest) and used.get(rest) in _KEPT


#: what a used word was to the plan when its opposite is a side the plan did not draw
_KEPT = frozenset(["name", "value", "synonym"])
