"""A list in parentheses read in part: "how patients left the list (transplant, death,
withdrawal, censored)" kept to the two words read as values drops the others' rows — each
unread member is a value left out, as any value the plan does not keep."""

from __future__ import annotations

import re

from .words import instruction_words, is_content

__all__ = ["unread_member"]

_PARENS = re.compile(r"\(([^()]*)\)")
_ITEMS = re.compile(r"\s*(?:,|/|;|…|\.\.\.|\bor\b|\band\b)\s*")


def unread_member(i: int, words: list[str], question: str, why_at: dict[int, str]) -> bool:
    """Whether ``words[i]``, unexplained, is an item of a parenthesised list of two or more
    items of which another was read as a value."""
    from .facts import question_words

    for group in _PARENS.findall(question):
        items = [item for item in _ITEMS.split(group) if item.strip()]
        inside = question_words(group)
        if len(items) < 2 or not inside:
            continue
        for start in _starts(words, inside):
            span = range(start, start + len(inside))
            if (
                i in span
                and any(why_at.get(k) == "value" for k in span)
                and is_content(words[i])
                and words[i] not in instruction_words()
            ):
                return True
    return False


def _starts(words: list[str], run: list[str]) -> list[int]:
    n = len(run)
    return [k for k in range(len(words) - n + 1) if words[k : k + n] == run]
