"""Superlatives read from the word's form: "longest", "oldest", "cheapest", "best".

A superlative before the words of a measure asks for its largest or smallest value ("the
longest tenure" is the maximum of the years at the company); one the plan leaves unused
means the plan took another aggregate, or none, and answers another question. The few
listed in :data:`.words.SUPERLATIVES` are the common ones; :func:`is_superlative` knows
every adjective's superlative form from the English inflection tables.
"""

from __future__ import annotations

from functools import lru_cache

from .facts import Facts

__all__ = ["is_superlative", "unranked"]

#: superlative in form, but a quantity word ("at least 3", "the most orders")
_NOT = frozenset(["most", "least"])


@lru_cache(maxsize=4096)
def is_superlative(word: str) -> bool:
    """Whether ``word`` is an adjective's superlative ("longest", "eldest", "worst")."""
    if word in _NOT or not word.isalpha() or len(word) < 4 or not word.endswith(("est", "st")):
        return False
    from lemminflect import getAllLemmas, getInflection

    for base in getAllLemmas(word).get("ADJ", ()):
        if base != word and word in getInflection(base, "JJS"):
            return True
    return False


#: superlatives listed as instruction words, which only a ranking or an extreme explains
_RANKS = frozenset(["fewest", "worst", "best"])


def unranked(word: str, facts: Facts) -> bool:
    """ "[fewest] deaths" of a plan that neither sorts, takes an extreme nor compares."""
    return word in _RANKS and not (
        facts.sorted or facts.aggregates & {"max", "min"} or facts.compares
    )
