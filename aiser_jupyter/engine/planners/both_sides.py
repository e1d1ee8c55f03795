"""Both sides of a yes/no property asked for: "states with and without a shall-carry law",
"states with a helmet law and states without one" — a group per side of the property (the
flag column it names), not the rows where it holds; "without" is then no negation left out."""

from __future__ import annotations

from .facts import Facts
from .lexicon import lemma

__all__ = ["splits_in_two", "with_and_without"]

#: words that stand for the thing named on the other side ("states without one")
_PRONOUNS = frozenset(["one", "it", "them", "those", "that", "such"])


def with_and_without(words: list[str], lo: int, hi: int) -> tuple[int, int] | None:
    """The span of "with and without X" / "with X and (states) without one" around the
    words ``lo..hi-1`` that name X (from "with" to the end), or None."""
    for i in range(lo - 1, max(-1, lo - 8), -1):
        if words[i] != "with":
            continue
        if words[i + 1 : i + 3] in (["and", "without"], ["or", "without"]):
            return i, hi
        tail = words[hi : hi + 5]
        if tail[:1] in (["and"], ["or"]) and "without" in tail:
            j = hi + tail.index("without") + 1
            return i, j + (1 if words[j : j + 1] and words[j] in _PRONOUNS else 0)
        return None
    return None


def splits_in_two(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` is the "with" or "without" of a both-sides phrase whose property
    the plan groups by (a word of it names a field grouped by); or the "one" after that
    "without" ("states without one")."""
    if words[i] in _PRONOUNS and i > 0 and words[i - 1] == "without":
        i -= 1
    if words[i] not in ("with", "without") or not facts.grouped:
        return False
    starts = [j for j in range(max(0, i - 8), i + 1) if words[j] == "with"]
    for start in starts:
        for hi in range(start + 2, min(len(words), start + 10) + 1):
            span = with_and_without(words, hi - 1, hi)
            if span is None or not span[0] <= i < span[1]:
                continue
            said = {lemma(w) for w in words[span[0] : span[1]]} | set(words[span[0] : span[1]])
            if said & facts.group_names:
                return True
    return False
