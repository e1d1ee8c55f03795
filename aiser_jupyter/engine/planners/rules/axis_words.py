"""The axis marks of a question's text ("birth rate (x) against death rate (y)", "x: price"):
where they are, and which words are the marks' own letters (:mod:`.axis_marks` reads them)."""

from __future__ import annotations

import re

from .question import tokenize

__all__ = ["axis_marks", "mark_letters"]

#: a mark after the words it names: "A (x)", "A on the x axis", "A along x", "A as the y-axis"
_AFTER = re.compile(
    r"\(\s*(?:on |along )?(?:the )?([xy])(?:[- ]?axis)?\s*\)"
    r"|\b(?:on|along|as) (?:the )?([xy])(?:[- ]?axis|\b(?= *(?:,|;|\)|\band\b|$)))",
    re.IGNORECASE,
)
#: a mark before the words it names: "x: A", "x = A", "the x axis is A", "y-axis showing A"
_BEFORE = re.compile(
    r"\b([xy])\s*[:=]"
    r"|\b([xy])[- ]?axis:?\s+(?:is |as |shows |showing |represents |for |of )?",
    re.IGNORECASE,
)


def axis_marks(text: str) -> list[tuple[str, int, bool]]:
    """The axes ``text`` marks: (``"x"`` or ``"y"``, the index of the word next to the words it
    names, whether those words come before it)."""
    marks: list[tuple[str, int, bool]] = []
    taken: list[tuple[int, int]] = []
    for m in _AFTER.finditer(text):
        marks.append(((m[1] or m[2]).lower(), len(tokenize(text[: m.start()])), True))
        taken.append(m.span())
    for m in _BEFORE.finditer(text):
        if any(lo <= m.start() < hi for lo, hi in taken):
            continue
        marks.append(((m[1] or m[2]).lower(), len(tokenize(text[: m.end()])), False))
    return marks


def mark_letters(text: str) -> frozenset[int]:
    """The words of ``text`` that are a mark's letter: the "y" of "T-bill rate (y)" names an
    axis, never a column called ``y``."""
    at: set[int] = set()
    for pattern in (_AFTER, _BEFORE):
        for m in pattern.finditer(text):
            group = 1 if m.start(1) >= 0 else 2
            at.add(len(tokenize(text[: m.start(group)])))
    return frozenset(at)
