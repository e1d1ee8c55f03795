"""The number a superlative or comparative names without naming a column ("the heaviest
animals": a weight; "older than 40": an age), chosen among a table's columns."""

from __future__ import annotations

from collections.abc import Iterable

from ...catalog.model import Column, Table
from ..lexicon import split_name

__all__ = ["implied_column"]


def implied_column(tables: Iterable[Table], nouns: tuple[str, ...]) -> tuple[Table, Column] | None:
    """The first table's number column named with one of ``nouns`` (weight, age). Of several
    such columns of one table, the one whose name or synonym is the noun alone ("weight" for
    ``bodywt``) wins over those a qualifier the question does not say narrows ("brain
    weight"); several qualified ones and none plain: which one is unsaid, so none."""
    said = set(nouns)
    for table in tables:
        found = [
            c
            for c in table.columns
            if c.semantic == "quantitative" and set(split_name(c.name)) & said
        ]
        plain = [c for c in found if _plain(c, said)]
        if plain:
            return table, plain[0]
        if len(found) == 1:
            return table, found[0]
        if found:
            return None
    return None


def _plain(column: Column, said: set[str]) -> bool:
    """The column is the noun itself: its name's words, or one of its synonyms, say nothing more."""
    names = [column.name, *column.synonyms]
    return any(set(words) <= said for words in (split_name(n) for n in names) if words)
