"""Columns told apart by one qualifier word: ``high_wind``, ``avg_wind``, ``low_wind``;
``max_temp``, ``min_temp``. "average daily wind speed" names the wind but picks the column by
its qualifier; a plan that reads ``high_wind`` while no word of the question says "high" (or
"highest", "max" …) drew one of several readings of the words, so it is refused, naming the
columns (:func:`.justified.unjustified` calls it for every planner)."""

from __future__ import annotations

import re

from ..catalog.model import Catalog, Column, Table
from .lexicon import ABBREVIATIONS, abbreviates, lemma, split_name

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


#: qualifiers that are the default reading of the bare name ("population" of pop_total)
_DEFAULT = frozenset(["total", "all", "overall", "tot", "combined", "sum"])


def _said(word: str, said: set[str], ordered: list[str]) -> bool:
    """Whether a word of a column's name is said: as typed, as its lemma or its full form,
    as the start of a word ("vis" of "visibility") or its consonants ("hwy"), in its parts ("under5" of "under 5"), or
    as the initials of words said one after another ("hf" of "human freedom")."""
    if word in said or ABBREVIATIONS.get(word, "") in said or lemma(word) in said:
        return True
    if len(word) >= 3 and any(w.startswith(word) or abbreviates(word, w) for w in said):
        return True  # "vis" of "visibility", "hwy" of "highway"
    parts = re.findall(r"[a-z]+|\d+", word)
    if len(parts) > 1 and all(p in said for p in parts):
        return True
    n = len(word)
    return 2 <= n <= 4 and any(
        "".join(w[:1] for w in ordered[i : i + n]) == word for i in range(len(ordered) - n + 1)
    )


def _siblings(
    table: Table, column: Column, k: int, words: list[str], *, any_word: bool = False
) -> list[Column]:
    """The columns of ``table`` named as ``column`` but for another qualifier at ``k`` (one
    of the words of :data:`_SAID_AS`, or with ``any_word`` any word)."""
    out = []
    for other in table.columns:
        theirs = [w.lower() for w in split_name(other.name, expand=False)]
        if other is column or len(theirs) != len(words):
            continue
        if not any_word and theirs[k] not in _SAID_AS:
            continue
        if theirs[k] != words[k] and all(
            a == b for j, (a, b) in enumerate(zip(theirs, words, strict=True)) if j != k
        ):
            out.append(other)
    return out


def unsaid_qualifiers(
    ordered: list[str], columns: list[Column], catalog: Catalog
) -> list[tuple[str, str]]:
    """``(column, reason)`` for each column read whose qualifier no word of the question says
    while a sibling column differs only by another qualifier (``ordered``: the question's
    words in order)."""
    said = {*ordered, *(lemma(w) for w in ordered)}
    out: list[tuple[str, str]] = []
    for column in {id(c): c for c in columns}.values():
        table = _home(catalog, column)
        words = [w.lower() for w in split_name(column.name, expand=False)]
        if table is None:
            continue
        for k, word in enumerate(words):
            if word in _SAID_AS and not _SAID_AS[word] & said:
                siblings = _siblings(table, column, k, words)
            elif (
                word not in _SAID_AS
                and column.semantic == "quantitative"
                and _unsaid_word(word, k, words, (said, ordered))
            ):  # "anomaly" of temp_anomaly, land_anomaly, ocean_anomaly: which one, unsaid
                siblings = _siblings(table, column, k, words, any_word=True)
                siblings = [
                    c
                    for c in siblings
                    if c.semantic == "quantitative" and not _said(_word_at(c, k), said, ordered)
                ]
            else:
                continue
            if siblings:
                names = ", ".join(c.name for c in siblings)
                out.append((column.name, f"no word says '{word}'; it may mean {names}"))
        if (kinds := _unsaid_kinds(table, column, words, (said, ordered))) and not any(
            name == column.name for name, _ in out
        ):
            names = ", ".join(c.name for c in kinds)
            out.append((column.name, f"no word says '{words[0]}'; it may mean {names}"))
    return out


def _unsaid_kinds(
    table: Table, column: Column, words: list[str], question: tuple[set[str], list[str]]
) -> list[Column]:
    """Other 0/1 columns of ``table`` whose names end in the same head as ``column``'s (a
    0/1 itself), when the head is said and no word before it in any of them is (``Desktop_applications_developer``
    beside ``Web_developer``, ``Mobile_developer``: "how many developers" names none)."""
    said, ordered = question
    if not _flag(column) or len(words) < 2 or not _said(words[-1], said, ordered):
        return []
    if any(_said(w, said, ordered) for w in words[:-1]):
        return []
    out = []
    for other in table.columns:
        theirs = [w.lower() for w in split_name(other.name, expand=False)]
        if other is column or not _flag(other) or len(theirs) < 2:
            continue
        if theirs[-1] == words[-1] and not any(_said(w, said, ordered) for w in theirs[:-1]):
            out.append(other)
    return out


def _unsaid_word(word: str, k: int, words: list[str], question: tuple[set[str], list[str]]) -> bool:
    """Word ``k`` of a column's name is a qualifier left unsaid while the rest is said."""
    said, ordered = question
    rest = [w for j, w in enumerate(words) if j != k]
    return (
        len(words) >= 2
        and k < len(words) - 1  # a qualifier before the head; "score" of ef_score is the head
        and word not in _DEFAULT
        and not word.isdigit()
        and not _said(word, said, ordered)
        and all(_said(w, said, ordered) for w in rest)
    )


def _word_at(column: Column, k: int) -> str:
    return split_name(column.name, expand=False)[k].lower()


def _flag(column: Column) -> bool:
    """A 0/1 number: whether the row is of one kind (``Web_developer``)."""
    return column.semantic == "quantitative" and (column.distinct or 99) <= 2
