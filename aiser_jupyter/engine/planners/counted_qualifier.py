"""A thing counted by the first word of a column's name: "number of [houses] sold" drawn as
the distinct values of ``House.Style``. The word names what the column qualifies (the
house), not what it holds (its style): the chart would count styles under the user's
"houses"."""

from __future__ import annotations

from .facts import Facts
from .lexicon import lemma, split_name

__all__ = ["counted_by_qualifier"]

#: last words of a column that hold an attribute of the thing its first word names (a house's
#: style), not the thing (``business_name``, ``countries_and_areas`` name the things)
_ATTRIBUTES = frozenset(
    [
        "type", "style", "kind", "class", "category", "condition", "quality", "status",
        "group", "level", "size", "shape", "color", "colour", "grade", "rating", "form",
    ]
)  # fmt: skip


def counted_by_qualifier(i: int, words: list[str], facts: Facts) -> bool:
    """Whether plural ``words[i]`` is only the leading word of the text column the plan
    counts apart, whose last word the question does not say."""
    if "distinct" not in facts.aggregates or facts.catalog is None:
        return False
    word = words[i]
    base = lemma(word)
    if base == word:
        return False  # "number of distinct [house] styles": a singular qualifier, said with it
    said = {lemma(w) for w in words}
    for column in facts.read_columns():
        if column.semantic not in ("nominal", "geo"):
            continue
        parts = [lemma(p) for p in split_name(column.name)]
        if len(parts) < 2 or parts[0] != base or base in parts[1:] or parts[-1] in said:
            continue
        if parts[-1] in _ATTRIBUTES:
            return True
    return False
