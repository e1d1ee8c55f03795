"""A value of the grouped column said of all the rows: "number of [municipalities] by type",
"average land area by [municipality] type" of a ``csd_type`` that holds 'municipality' beside
'town' and 'city'. The chart groups by that column, one bar per kind; the word names every
row, of every kind (:func:`.rules.values._genus` reads it so), and is no value left out."""

from __future__ import annotations

from .facts import Facts
from .lexicon import lemma
from .words import value_index

__all__ = ["KINDS", "names_the_grouped"]

#: the words of a column's name that say its values are kinds ("municipality [type]")
KINDS = frozenset(["type", "kind", "category", "class", "sort", "group", "tier", "status"])


def names_the_grouped(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` is a value of a column the plan groups by, said in the plural or
    before a word of that column's name."""
    if facts.catalog is None:
        return False
    values = value_index(facts.catalog)
    word = words[i]
    held = values.get(word, set()) | values.get(lemma(word), set())
    if not held & facts.group_fields:
        return False
    after = lemma(words[i + 1]) if i + 1 < len(words) else ""
    return lemma(word) != word or (after in KINDS and after in facts.group_names)
