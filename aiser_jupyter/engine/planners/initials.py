"""A word a column name's one-letter piece stands for: "female" of the ``F`` in ``lifeExpF``
("average female life expectancy"), "male" of the ``m`` in ``wage_m`` — said right before
another word of that name, the word is the name's, not a word the chart left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import FUNCTION_WORDS, lemma, split_name

if TYPE_CHECKING:
    from .facts import Facts

__all__ = ["initial_of_name"]


def initial_of_name(word: str, i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``word`` (at ``i`` of ``words``) starts with the one letter a read column's
    name holds as its first or last piece, and the next word is another piece of that name."""
    if len(word) < 3 or not word.isalpha() or word in FUNCTION_WORDS or i + 1 >= len(words):
        return False
    after = lemma(words[i + 1])
    for column in _read_names(facts):
        parts = split_name(column, expand=False)
        letters = [p for p in parts if len(p) == 1 and p.isalpha()]
        if len(parts) < 2 or len(letters) != 1 or letters[0] not in (parts[0], parts[-1]):
            continue
        if letters[0] == word[0] and (after in parts or after in split_name(column)):
            return True
    return False


def _read_names(facts: Facts) -> list[str]:
    """The read columns' names as the catalog spells them (``lifeExpF``, not lower-cased)."""
    out: list[str] = []
    for table, column in sorted(facts.columns):
        found = facts.catalog.table(table) if facts.catalog is not None else None
        col = found.column(column) if found is not None else None
        out.append(col.name if col is not None else column)
    return out
