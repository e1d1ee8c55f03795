"""Numbers kept as text with missing-value markers ('130', 'null', 'NA', '').

A CSV loader that meets 'NA' among numbers keeps the whole column as text. The profile
finds such a column (every sampled value that is no marker is a number) and counts the
markers in the profiled rows; queries then read it as a number with the markers as NULL
(:mod:`..sql.markers`), so an average is taken over the values that are there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlglot import exp

from ...errors import AiserError
from ..config import Limits

if TYPE_CHECKING:
    from .model import CatalogSource, Column, Table

__all__ = ["MISSING_MARKERS", "find_markers", "is_text", "numbers_as_text"]

#: what spreadsheets, R, pandas and database exports write for a missing number
MISSING_MARKERS = ("", "null", "na", "n/a", "none", "nan", "-", ".", "#n/a", "nil")
_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")
#: '02139' keeps its leading zero: a code (ZIP, FIPS), not an amount
_CODE = re.compile(r"0\d")


def numbers_as_text(column: Column) -> bool:
    """Every sampled value that is no missing marker is a number (at least three of them)."""
    values = [
        v for v in column.samples if v is not None and str(v).strip().lower() not in MISSING_MARKERS
    ]
    if len(values) < 3:
        return False
    return all(
        isinstance(v, (int, float)) or _NUMBER.fullmatch(str(v).strip()) for v in values
    ) and not any(isinstance(v, str) and _CODE.match(v.strip()) for v in values)


def find_markers(source: CatalogSource, table: Table, column: Column) -> dict[str, int]:
    """The missing markers ``column`` holds and their rows, over a bounded sample."""
    from .profile import sampled

    d = source.dialect
    ident = exp.Column(this=exp.to_identifier(column.name, quoted=True))
    trimmed = exp.Lower(this=exp.Trim(this=ident.copy()))
    sample = sampled(source, table)
    query = (
        exp.select(ident, exp.alias_(exp.Count(this=exp.Star()), "n"))
        .from_(sample)
        .where(exp.In(this=trimmed, expressions=[exp.Literal.string(m) for m in MISSING_MARKERS]))
        .group_by(ident.copy())
        .limit(50)
    )
    try:
        rows = source.run(query.sql(d), Limits(max_rows=50, timeout=30)).to_pylist()
    except AiserError:
        return {}
    return {str(next(iter(r.values()))): int(r["n"]) for r in rows}


def is_text(column: Column) -> bool:
    """A column the database keeps as text (SQLite's declared TEXT, VARCHAR, STRING)."""
    kind = column.type.upper()
    return any(k in kind for k in ("CHAR", "TEXT", "STRING", "CLOB")) or not kind
