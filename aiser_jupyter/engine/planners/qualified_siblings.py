"""Columns told apart by one qualifier word: ``high_wind``, ``avg_wind``, ``low_wind``;
``max_temp``, ``min_temp``. "average daily wind speed" names the wind but picks the column by
its qualifier; a plan that reads ``high_wind`` while no word of the question says "high" (or
"highest", "max" …) drew one of several readings of the words, so it is refused, naming the
columns (:func:`.justified.unjustified` calls it for every planner)."""

from __future__ import annotations

from ..catalog.model import Catalog, Column, Table
from .lexicon import split_name

__all__ = ["unsaid_qualifiers"]

#: a qualifier of a column's name → the words that say it
_SAID_AS: dict[str, frozenset[str]] = {
    "high": frozenset(["high", "highest", "max", "maximum", "peak", "top"]),
    "max": frozenset(["high", "highest", "max", "maximum", "peak", "top"]),
    "low": frozenset(["low", "lowest", "min", "minimum", "bottom"]),
    "min": frozenset(["low", "lowest", "min", "minimum", "bottom"]),
    "avg": frozenset(["avg", "average", "mean", "typical"]),
    "mean": frozenset(["avg", "average", "mean", "typical"]),
    "median": frozenset(["median", "middle"]),
}


def _home(catalog: Catalog, column: Column) -> Table | None:
    return next((t for t in catalog.tables if any(c is column for c in t.columns)), None)


def _siblings(table: Table, column: Column, k: int, words: list[str]) -> list[Column]:
    """The columns of ``table`` named as ``column`` but for another qualifier at ``k``."""
    out = []
    for other in table.columns:
        theirs = [w.lower() for w in split_name(other.name, expand=False)]
        if other is column or len(theirs) != len(words) or theirs[k] not in _SAID_AS:
            continue
        if theirs[k] != words[k] and all(
            a == b for j, (a, b) in enumerate(zip(theirs, words, strict=True)) if j != k
        ):
            out.append(other)
    return out


def unsaid_qualifiers(
    said: set[str], columns: list[Column], catalog: Catalog
) -> list[tuple[str, str]]:
    """``(column, reason)`` for each column read whose qualifier no word of the question says
    while a sibling column differs only by another qualifier (``said``: the question's words
    and their lemmas)."""
    out: list[tuple[str, str]] = []
    for column in {id(c): c for c in columns}.values():
        table = _home(catalog, column)
        words = [w.lower() for w in split_name(column.name, expand=False)]
        if table is None:
            continue
        for k, word in enumerate(words):
            if word not in _SAID_AS or _SAID_AS[word] & said:
                continue
            siblings = _siblings(table, column, k, words)
            if siblings:
                names = ", ".join(c.name for c in siblings)
                out.append((column.name, f"no word says '{word}'; it may mean {names}"))
    return out
