"""Words whose place says they pick rows or groups. Two modifiers joined before the rows'
noun ("for [black] and [white] workers", "[union] or [non-union] members") pick rows (or two
groups of them); neither can be a word true of every row ("registered pets"), so a plan that
reads neither answers another question. The thing after "each level of" names the groups."""

from __future__ import annotations

from .words import instruction_words, is_content

__all__ = ["coordinated_modifier", "level_of"]

#: the words that join two modifiers of one noun
_JOINS = frozenset(["and", "or", "vs", "versus", "nor"])
#: what the noun after them is explained as: the rows of the plan
_ROWS = frozenset(["rows", "counted rows"])


def coordinated_modifier(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """Whether ``words[i]``, which the plan does not use, is one of two modifiers joined by
    "and"/"or"/"vs" right before the noun of the rows the plan reads, the other one unused
    too."""
    for first in (i, i - 2):
        if first < 0 or first + 3 >= len(words):
            continue
        second, head = first + 2, first + 3
        if (
            words[first + 1] in _JOINS
            and why_at.get(head) in _ROWS
            and first not in why_at
            and second not in why_at
            and all(_modifier(words[k]) for k in (first, second))
        ):
            return True
    return False


def _modifier(word: str) -> bool:
    return word.isalpha() and is_content(word) and word not in instruction_words()


def level_of(i: int, words: list[str]) -> bool:
    """ "at each level of [schooling]", "by levels of [X]": the thing whose values are the
    groups, after a grouping cue — unread, the grouping asked for is left out."""
    return (
        i >= 3
        and words[i - 1] == "of"
        and words[i - 2] in ("level", "levels")
        and words[i - 3] in ("by", "per", "each", "every", "across")
    )
