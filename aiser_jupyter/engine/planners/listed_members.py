"""A list in parentheses read in part: "how patients left the list (transplant, death,
withdrawal, censored)" kept to the two words read as values drops the others' rows — each
unread member is a value left out, as any value the plan does not keep."""

from __future__ import annotations

import re
from functools import lru_cache

from .words import instruction_words, is_content

__all__ = ["unread_member"]

_PARENS = re.compile(r"\(([^()]*)\)")
_ITEMS = re.compile(r"\s*(?:,|/|;|…|\.\.\.|\bor\b|\band\b)\s*")


def unread_member(i: int, words: list[str], question: str, why_at: dict[int, str]) -> bool:
    """Whether ``words[i]``, unexplained, is an item of a parenthesised list of two or more
    items of which another was read as a value."""
    if not is_content(words[i]) or words[i] in instruction_words():
        return False
    return any(
        i in span and any(why_at.get(k) == "value" for k in span)
        for span in _lists(question, tuple(words))
    )


@lru_cache(maxsize=64)
def _lists(question: str, words: tuple[str, ...]) -> tuple[range, ...]:
    """Where in ``words`` each parenthesised list of two items or more stands (found once per
    question, not once per word asked about)."""
    from .facts import question_words

    out: list[range] = []
    for group in _PARENS.findall(question):
        inside = question_words(group)
        if len([item for item in _ITEMS.split(group) if item.strip()]) < 2 or not inside:
            continue
        n = len(inside)
        out += [
            range(k, k + n) for k in range(len(words) - n + 1) if list(words[k : k + n]) == inside
        ]
    return tuple(out)
