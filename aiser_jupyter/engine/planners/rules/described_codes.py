"""A grouping by a column of short codes beside the column that spells them out: "vehicles
by drive type" over ``drive_sys`` ('A', 'R', 'F' …) and ``drive_desc`` ('All Wheel Drive',
'2-Wheel Drive, Rear' …), "by fuel type" over ``fuel_usage`` and ``fuel_usage_desc``. The
bars are the same groups either way; the description labels them as a reader says them.
Only a sibling named like the code (its first word, then ``desc``, ``description`` or
``label``), as many values as the code, and longer — and only when the question did not
spell the code's own words ("by drive sys")."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import split_name
from .draft import Draft

__all__ = ["described_codes"]

#: last words of a column that spells out another column's codes
_SPELLED = frozenset(["desc", "description", "descr", "label"])
#: the longest a code is, on average, in characters
_CODE_LENGTH = 4


def described_codes(d: Draft) -> None:
    """Label each grouping by a code column with its description column."""
    for dim in d.dims:
        if dim.unit is not None or dim.binned or dim.column.semantic != "nominal":
            continue
        said = set(d.q.texts(*dim.words)) if dim.words else set()
        sibling = _description(dim.table, dim.column)
        if sibling is not None and not (said & (_own_words(dim.column) - _own_words(sibling))):
            dim.column = sibling


def _own_words(column: Column) -> set[str]:
    return set(split_name(column.name, expand=False)) | set(split_name(column.name))


def _description(table: Table, code: Column) -> Column | None:
    words = split_name(code.name, expand=False)
    if not words or words[-1] in _SPELLED or _length(code) > _CODE_LENGTH:
        return None
    for column in table.columns:
        other = split_name(column.name, expand=False)
        if (
            column is not code
            and len(other) >= 2
            and other[0] == words[0]
            and other[-1] in _SPELLED
            and column.semantic == "nominal"
            and code.distinct is not None
            and column.distinct == code.distinct
            and _length(column) > 2 * _length(code)
        ):
            return column
    return None


def _length(column: Column) -> float:
    values = [str(v) for v in column.samples if v is not None]
    return sum(map(len, values)) / len(values) if values else 0.0
