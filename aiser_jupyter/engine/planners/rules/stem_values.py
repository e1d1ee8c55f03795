"""Values in analysts' words over the free words of a question: "herbivores" for the stored
``herbi``, "rodents" for ``Rodentia`` (:mod:`..stems`), as candidates below exact ones."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ...catalog.model import Column, Table
from ..linker import Linker
from ..stems import MIN_VALUE, MIN_WORD
from .question import Question

__all__ = ["CATEGORIES", "STEM_SCORE", "stem_values"]

#: a value matched by a longer or inflected form of it ("herbivores" for herbi): below exact
STEM_SCORE = 0.8


def stem_values(
    q: Question, lk_: Linker, spans: Mapping[tuple[int, int], Sequence[Any]], taken: set[int]
) -> list[tuple[int, Table, Column, Any]]:
    """ "herbivores" → ``herbi``, "rodents" → ``Rodentia``: a free word no name or value takes
    (not in ``spans`` or ``taken``), that is a longer or inflected form of a stored value
    (:mod:`..stems`); as ``(word index, table, column, value)``."""
    from ..row_forms import shares_a_stem
    from ..stems import named_values, stem_matches
    from ..words import instruction_words

    singles = _single_values(lk_)
    found: list[tuple[int, Table, Column, Any]] = []
    for w in q.words:
        if (
            w.i in taken
            or (w.i, w.i + 1) in spans
            or not (q.free(w.i) or q.used.get(w.i) == "counted")
            or w.quoted
            or w.text in instruction_words()
            or w.lemma in instruction_words()
        ):
            continue
        other = shares_a_stem(w.text, singles)  # "banks" of Banking, "insurers" of Insurance
        keys = stem_matches(w.text, singles) or ([other] if other else [])
        for key in keys or named_values(w.text, singles):  # "swimmers" of Swim
            for table, column, value in singles[key]:
                found.append((w.i, table, column, value))
        if not any(i == w.i for i, *_ in found):
            found += _abbreviated(q, w.i, spans, singles)
    return found


#: words that set two values of one column side by side ("drivers versus passengers")
_JOINS = (
    ["and"],
    ["or"],
    ["versus"],
    ["vs"],
    ["against"],
    ["compared", "with"],
    ["compared", "to"],
)


def _abbreviated(
    q: Question,
    i: int,
    spans: Mapping[tuple[int, int], Sequence[Any]],
    singles: dict[str, list[tuple[Table, Column, Any]]],
) -> list[tuple[int, Table, Column, Any]]:
    """ "drivers versus passengers" of ``occRole`` in driver, pass: a word set beside a
    value of a column, whose singular begins with another value of that column (stored
    abbreviated, "pass"; even when that is an English word, the sibling settles the column)."""
    base = q.words[i].lemma
    if len(base) < MIN_WORD or not base.isalpha():
        return []
    columns = []
    for join in _JOINS:
        n = len(join)
        for j in (i - n - 1, i + n + 1):
            lo, hi = (j + 1, i) if j < i else (i + 1, j)
            if 0 <= j < len(q.words) and q.texts(lo, hi) == join:
                columns += [c.column for c in spans.get((j, j + 1), ()) if c.kind == "value"]
    out = []
    for value, found in singles.items():
        if len(value) < MIN_VALUE or value == base or not base.startswith(value):
            continue
        out += [(i, t, c, v) for t, c, v in found if any(c is x for x in columns)]
    return out


#: a compound stored clipped to its first letter ("B_Ball", "W_Polo")
_CLIPPED = re.compile(r"[A-Za-z]_[A-Za-z]{3,}")
#: a column with more values than this holds names of things, not categories
CATEGORIES = 50


def _single_values(lk_: Linker) -> dict[str, list[tuple[Table, Column, Any]]]:
    """The one-word values of a linker's category columns, as stored (lower case), found once
    per linker (kept with it, never by ``id()``: an id outlives its linker)."""
    if "single values" not in lk_.memo:
        out: dict[str, list[tuple[Table, Column, Any]]] = {}
        for found in lk_.values.values():
            for table, column, value in found:
                if (
                    isinstance(value, str)
                    and (value.isalpha() or _CLIPPED.fullmatch(value) is not None)
                    and 0 < (column.distinct or CATEGORIES + 1) <= CATEGORIES
                ):
                    out.setdefault(value.lower(), []).append((table, column, value))
        lk_.memo["single values"] = out
    singles: dict[str, list[tuple[Table, Column, Any]]] = lk_.memo["single values"]
    return singles
