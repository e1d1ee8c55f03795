"""Outcome words of general English and the value a two-valued column stores for them.

Analysts ask "how many were killed", "deaths of unbelted drivers", "occupants who died" of
a table whose column ``dead`` holds ``alive`` / ``dead``: the word names a value by
derivation, not by spelling. The derivations are a small table of general English
(``data/outcomes.tsv``); a word names a value only where a column of exactly two values
holds it — then the other value is certain too ("unbelted" → the value that is not
``belted``). Nothing here is fuzzy: a word the table does not list names no value.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from ..catalog.model import Catalog, Column, Table
from .facts import Facts

__all__ = ["derivations", "held_words", "outcome_use", "outcome_values"]


@cache
def derivations() -> dict[str, tuple[str, bool]]:
    """word -> (stored value, whether the word names the *other* value)."""
    text = resources.files(__package__).joinpath("data/outcomes.tsv").read_text()
    found: dict[str, tuple[str, bool]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        word, value, sign = line.split("\t")
        found[word] = (value, sign == "-")
    return found


#: outcomes whose two values a column may store by their initials alone (A/D: alive/dead)
_PAIRS = {"dead": "alive", "alive": "dead"}


def _initials(value: str, two: list[str]) -> str | None:
    """The initial a column of two one-letter values stores for the outcome ``value`` (its
    first stored form), when the other letter is its opposite's initial (``A``/``D``)."""
    first = value.split("|")[0]
    opposite = _PAIRS.get(first)
    if opposite is None or any(len(v) != 1 for v in two):
        return None
    return first[0] if {v.lower() for v in two} == {first[0], opposite[0]} else None


def _two_values(column: Column) -> list[str] | None:
    """The two stored strings of a two-valued text column, or None."""
    values = [v for v in column.samples if isinstance(v, str)]
    if column.distinct != 2 or len(set(values)) != 2:
        return None
    return sorted(set(values))


def outcome_values(
    word: str, catalog: Catalog, tables: set[str] | None = None
) -> list[tuple[Table, Column, Any]]:
    """The values ``word`` names by derivation, as ``(table, column, value)``: only in columns
    of exactly two values (of ``tables``, lower-case names, when given)."""
    derived = derivations().get(word.lower())
    if derived is None:
        return []
    value, other = derived
    found: list[tuple[Table, Column, Any]] = []
    for table in catalog.tables:
        if tables is not None and table.name.lower() not in tables:
            continue
        for column in table.columns:
            two = _two_values(column)
            forms = set(value.split("|"))
            if two is not None and (initial := _initials(value, two)) is not None:
                kept = [v for v in two if (v.lower() == initial) != other]
                found.append((table, column, kept[0]))  # status 'D' of A/D: "died"
                continue
            if two is None or not forms & {v.lower() for v in two}:
                continue
            kept = [v for v in two if (v.lower() in forms) != other]
            found.append((table, column, kept[0]))
    return found


#: a link no stronger than this (a general synonym of a column's name) holds its word weakly
_WEAK = 0.6


def held_words(
    spans: dict[tuple[int, int], list[Any]], words: list[str], catalog: Catalog
) -> set[int]:
    """The indexes of the words a link holds: all but a single word linked only by a general
    synonym ("died" of a column ``death``) that names an outcome's value in the catalog ('D'
    of a status of A/D, :func:`outcome_values`), which may then take it."""
    return {
        i
        for (lo, hi), found in spans.items()
        if hi - lo > 1
        or max(c.score for c in found) > _WEAK + 1e-9
        or not outcome_values(words[lo], catalog)
        for i in range(lo, hi)
    }


def outcome_use(word: str, sql: str, facts: Facts) -> str | None:
    """ "value" when the plan keeps a value ``word`` names by derivation ("killed" with
    ``dead = 'dead'``) or groups by its column; "left out" when such a value is in the plan's
    tables but not kept (the chart counts everyone, not the killed); None when the word names
    no value there."""
    if facts.catalog is None:
        return None
    found = outcome_values(word, facts.catalog, facts.tables)
    if not found:
        return None
    grouped = {f.lower() for f in facts.group_fields}
    for _, column, value in found:
        kept = rf"\b{re.escape(column.name)}\W*\s*(=|IN\s*\()\s*'{re.escape(str(value))}'"
        if re.search(kept, sql, re.IGNORECASE) or column.name.lower() in grouped:
            return "value"
    return "left out"
