"""Whether a number compared with a column can split its rows, and the number as the
column holds it ("10 million viewers" on a column kept in millions)."""

from __future__ import annotations

import math

from ...catalog.model import Column, Table
from ...catalog.profile import SAMPLE_ROWS
from ..lexicon import names_a_place
from .reading import Compare

__all__ = ["can_split", "in_range"]


def in_range(column: Column, cmp: Compare, rows: int = 1) -> float | int:
    """ "10 million viewers" on a column kept in millions: the number as the column holds it
    (``rows``: how many rows a sum compared may add up)."""
    value = cmp.value
    if cmp.scaled_from is not None:
        try:
            hi = float(column.max) * rows if column.max is not None else None
        except (TypeError, ValueError):
            hi = None
        if hi is not None and value > hi * 10 and cmp.scaled_from <= hi * 10:
            value = cmp.scaled_from
    return int(value) if float(value).is_integer() else value


def can_split(table: Table, column: Column, cmp: Compare) -> bool:
    """Whether ``column op value`` may keep some rows and not others, as far as the column's
    profiled range tells: a number beyond every value ("rank under 30" where ranks run 1 to
    13) or a date compared with a plain number compares something else."""
    if column.semantic == "temporal":
        return False  # a date is kept by a time range ("since 2010"), not compared with 30
    if "int" in column.type.lower() and names_a_place(column.name):
        return False  # "more than 40% minority" is no bound on a county's code
    try:
        lo = float(column.min) if column.min is not None else None
        hi = float(column.max) if column.max is not None else None
    except (TypeError, ValueError):
        return True
    if lo is None or hi is None or not (math.isfinite(lo) and math.isfinite(hi)):
        return True
    exact = bool(table.row_count) and (table.row_count or 0) <= SAMPLE_ROWS
    if not exact:
        lo, hi = lo - (hi - lo), hi + (hi - lo)  # the range of a sample: only roughly the table's
    value = float(in_range(column, cmp))
    if cmp.between:  # "between 10 and 20" where values end at 15: the pair still splits them
        return value <= hi if cmp.op == ">=" else value >= lo
    if exact and ((cmp.op == ">" and value >= hi) or (cmp.op == "<" and value <= lo)):
        return False  # "series with more than 10 …" where series end at 10
    return lo <= value <= hi
