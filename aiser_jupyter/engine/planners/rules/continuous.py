"""Grouping by a number with many values: one point per row, or bins of it ("average qty by
amount", "one line per 1,000-mile distance band"); integer columns that number periods."""

from __future__ import annotations

from ...catalog.model import Column
from ..lexicon import split_name
from .bin_widths import binnable
from .derived import DerivedColumn
from .draft import Dim, Draft, Measure, calendar_part, is_identifier
from .value_shares import SHARE_TERM

__all__ = ["continuous_x", "elapsed"]


def continuous_x(d: Draft) -> None:
    """Grouping by a number with many values ("qty by amount"): one point per row, or bins of
    it when a count or an aggregate was asked ("average qty by amount")."""
    banded = _banded(d)
    if banded is not None:
        banded.binned, banded.bin_step = True, d.r.bin_step  # "in 10-year age groups"
        return
    if not d.dims or d.r.histogram or d.r.unit or d.having:
        return  # groups with a count compared ("ages with more than 200 arrests"): each value
    dim = d.dims[0]
    c = dim.column
    if (
        c.semantic != "quantitative"
        or calendar_part(c)
        or is_identifier(dim.table, c)
        or (c.distinct or 0) <= 50
        or _periods(c)
        or _counted_in_units(d, dim)
        or _codes(c)
    ):
        return
    m = d.measures[0] if d.measures else None
    if m is None or m.column is None:
        d.r.histogram = True
    elif m.explicit or d.r.mark == "bar" or share_of_rows(m):
        dim.binned = True
    elif len(d.dims) == 1:
        m.agg = None  # one point per row
        d.r.mark = d.r.mark or "point"


def share_of_rows(m: Measure) -> bool:
    """A share of rows with a value (:mod:`.value_shares`): each row's 0 or 1 is no point."""
    column = m.column
    return m.agg == "mean" and isinstance(column, DerivedColumn) and SHARE_TERM in column.term


def _counted_in_units(d: Draft, dim: Dim) -> bool:
    """An integer grouping after its unit ("by months of tenure", "by years of schooling"):
    one group per unit, as the question counts it."""
    if "int" not in dim.column.type.lower() or not dim.words or dim.words[0] < 2:
        return False
    before = dim.words[0]
    return d.q.used.get(before - 2) == "unit" and d.q.words[before - 1].text == "of"


#: at most this many whole numbers in a row are each a group of their own
CODES = 300


def _codes(c: Column) -> bool:
    """Whole numbers in a row from 0 or 1, each used ("school" 1 … 100, "age" 16 … 95): "average
    score by school" is one bar per school, never bins of school numbers; bins are said."""
    low, high, distinct = c.min, c.max, c.distinct or 0
    if "int" not in c.type.lower() or not isinstance(low, int) or not isinstance(high, int):
        return False
    return distinct <= CODES and distinct >= 0.9 * (high - low + 1)


#: the last word of an integer column's name that counts periods (pan_day: the day number)
_PERIOD_WORDS = frozenset(["day", "days", "week", "weeks", "month", "months", "hour", "hours"])


def _periods(c: Column) -> bool:
    """An integer column that numbers periods (days since an outbreak, weeks of a season):
    "tests per pandemic day" is one bar per day, never bins of days."""
    words = split_name(c.name, expand=False)
    return "int" in c.type.lower() and bool(words) and words[-1] in _PERIOD_WORDS


def elapsed(c: Column) -> bool:
    """Periods numbered past any calendar part (days 4 to 107 of an outbreak): a time line."""
    return _periods(c) and not calendar_part(c) and (c.distinct or 0) > 31


def _banded(d: Draft) -> Dim | None:
    """The grouping a stated width bins: the one named right after the width's words ("one
    line per [1,000-mile] distance band"), else the first; None when none is binnable."""
    if not d.dims or not d.r.bin_step or d.r.histogram:
        return None
    widths = [i for i, why in d.q.used.items() if why == "bins"]
    after = [x for x in d.dims if widths and x.words and x.words[0] == max(widths) + 1]
    dim = (after or d.dims)[0]
    return dim if binnable(dim) else None
