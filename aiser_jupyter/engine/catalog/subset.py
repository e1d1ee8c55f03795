"""A dimension that classifies only some of the facts: ``eurostat_codes(country, cat)`` lists
56 European countries, ``coffee_imports(country, year, value)`` the whole world's.

The containment check of :mod:`.joins` asks that the many side's values be found on the
unique side; here most of them are not, yet the join is what an analyst means by "EU
countries" (an inner join: the countries the dimension classifies). Such a key is accepted
when the names say both columns hold the same kind of thing — the same name, the same after a
table prefix, or the name of the other table (not a word any table may use, as ``name``,
``code`` or ``type``) — when both hold names (text with letters: no numbers, years, flags or
numeric codes, whose values coincide by chance), and when the values both hold are many and a
large share of the smaller of the two sets. The evidence says how much each side covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Column

__all__ = [
    "MIN_PART_FOUND",
    "MIN_PART_SHARE",
    "Overlap",
    "covers_part",
    "may_cover_part",
    "part_evidence",
]

#: distinct values both columns hold, at least: a few shared names may be chance
MIN_PART_FOUND = 10
#: share of the smaller of the two sets of values that both hold, at least
MIN_PART_SHARE = 0.4
#: the kinds of candidate whose column names say the values are of one kind
_NAMED_ALIKE = ("name", "same name", "prefix")
#: column names that any table may use for its own things: they say nothing of the kind
_ANY_TABLE = frozenset(
    [
        "name",
        "names",
        "title",
        "label",
        "description",
        "desc",
        "code",
        "id",
        "key",
        "type",
        "kind",
        "category",
        "class",
        "group",
        "status",
        "value",
        "text",
        "comment",
        "comments",
        "note",
        "notes",
    ]
)
_PREFIX = re.compile(r"^[a-z]{1,3}_(.{3,})$")


@dataclass(frozen=True)
class Overlap:
    """Distinct values counted by a join check."""

    n: int  #: the many side's sampled values
    found: int  #: of those, keys of the unique side
    keys: int  #: the unique side's keys


def may_cover_part(kind: str, column: Column, ref_column: Column) -> bool:
    """Whether the unique side may be a dimension over part of ``column``'s values: the two
    are named as one kind of thing and both hold names (worth counting the keys)."""
    name = column.name.lower()
    match = _PREFIX.match(name)
    return (
        kind in _NAMED_ALIKE
        and (match[1] if match else name) not in _ANY_TABLE
        and _holds_names(column)
        and _holds_names(ref_column)
    )


def covers_part(overlap: Overlap) -> bool:
    """Whether the values both sides hold are many, and much of the smaller side."""
    smaller = min(overlap.n, overlap.keys)
    return overlap.found >= MIN_PART_FOUND and overlap.found >= MIN_PART_SHARE * smaller


def part_evidence(kind: str, names: tuple[str, str], overlap: Overlap) -> str:
    """``same name: 49 of 56 eurostat_codes.country found in coffee_imports.country (of its
    144 sampled values; joined, only those are kept)``."""
    column, ref = names
    return (
        f"{kind}: {overlap.found:,} of {overlap.keys:,} {ref} found in {column} "
        f"(of its {overlap.n:,} sampled values; joined, only those are kept)"
    )


def _holds_names(column: Column) -> bool:
    """Text values with letters in them (``Germany``, ``DE``), sampled: not numbers kept as
    text (``'01'``, ``'1999'``)."""
    values = [v for v in column.samples if v is not None]
    return bool(values) and all(isinstance(v, str) and re.search(r"[A-Za-z]", v) for v in values)
