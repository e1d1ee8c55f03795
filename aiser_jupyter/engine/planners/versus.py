"""A comparison asked for and a single number drawn: "average distance for employees who left
versus those who stayed" drawn as one average of everyone.

"versus", "vs", "compared with", "compare" ask for two or more things side by side; a plan
that draws one number (no grouping, no series, one value) compares nothing, so the words are
not instructions it followed: a condition it left out (the two sides), which changes the answer.
"""

from __future__ import annotations

from .facts import Facts
from .lexicon import lemma
from .table_only import table_only_words

__all__ = ["compared_alone", "other_axis"]

_VERSUS = frozenset(["versus", "vs", "compare", "compares", "comparing", "comparison"])


def compared_alone(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` asks for a comparison where the plan draws one number."""
    word = words[i].rstrip(".")
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word not in _VERSUS and not (word == "compared" and nxt in ("with", "to")):
        return False
    return facts.mark == "kpi" and not (facts.group_fields or facts.grouped)


def other_axis(
    i: int, words: list[str], why_at: dict[int, str], used: dict[str, str], facts: Facts
) -> bool:
    """Whether ``words[i]`` is in the phrase after "against" / "vs": what the other axis is,
    no word of it read ("vs debt-to-income [ratio]" is the ratio's name, read; "vs House
    [seat] change" of a table ``midterms_house``: "House" names the table, no axis)."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if words[j] in ("against", "vs", "versus"):
            return words[i] not in words[:j]  # "staff not billed vs [staff] billed": both sides
        why = why_at.get(j) or used.get(words[j])
        if why == "name" and lemma(words[j]) in table_only_words(facts):
            continue
        if why not in (None, "instruction", "rows") or words[j] in (",", "for", "by"):
            return False
    return False
