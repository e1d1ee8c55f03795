"""A comparison asked for and a single number drawn: "average distance for employees who left
versus those who stayed" drawn as one average of everyone.

"versus", "vs", "compared with", "compare" ask for two or more things side by side; a plan
that draws one number (no grouping, no series, one value) compares nothing, so the words are
not instructions it followed: a condition it left out (the two sides), which changes the answer.
"""

from __future__ import annotations

from .facts import Facts

__all__ = ["compared_alone"]

_VERSUS = frozenset(["versus", "vs", "compare", "compares", "comparing", "comparison"])


def compared_alone(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` asks for a comparison where the plan draws one number."""
    word = words[i].rstrip(".")
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word not in _VERSUS and not (word == "compared" and nxt in ("with", "to")):
        return False
    return facts.mark == "kpi" and not (facts.group_fields or facts.grouped)
