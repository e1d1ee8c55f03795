"""A number a plan holds at another scale than the question says it: "10 million viewers" on
a column kept in millions (10), "more than 30% of residents are …" on a column kept as a
fraction (0.3)."""

from __future__ import annotations

__all__ = ["held_scaled"]

_PERCENT = frozenset(["percent", "pct"])
_VERBS = frozenset(["are", "were", "is", "was"])


def held_scaled(number: float, i: int, words: list[str], numbers: set[float]) -> bool:
    """Whether ``number`` (``words[i]``) is among the plan's ``numbers`` scaled: by thousands,
    millions or billions, or as a fraction when it is a percent ("30 percent"; "30% of
    residents are", whose sign the words leave out)."""
    if 1 < number <= 100 and number / 100 in numbers and _percent(i, words):
        return True
    return any(number >= scale and number / scale in numbers for scale in (1e3, 1e6, 1e9))


def _percent(i: int, words: list[str]) -> bool:
    after = words[i + 1 : i + 6]
    if after[:1] and after[0] in _PERCENT:
        return True
    return after[:1] == ["of"] and any(w in _VERBS for w in after[2:])
