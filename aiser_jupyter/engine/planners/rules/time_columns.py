"""The column a time unit runs along ("per year", "by month", "over time"): a date column
the question names, a calendar column of that part, or the date column of the table measured
(:func:`.groups.time_axis`)."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..units import UNIT_WORDS
from .draft import Draft, calendar_part
from .link import Mention
from .month_series import part_columns
from .near_tables import nearest_tables
from .numbered_units import numbered_unit
from .part_dates import composed_date
from .which_year import one_named

__all__ = ["time_column"]

#: the calendar parts a time unit may run along
_UNIT_PARTS = {
    "year": ("year",),
    "yearquarter": ("quarter",),
    "quarter": ("quarter",),
    "yearmonth": ("month",),
    "month": ("month",),
    "weekday": ("weekday",),
    "hour": ("hour",),
    "day": ("day",),
    "decade": ("year",),
}


def time_column(d: Draft, unit: str | None) -> tuple[Table, Column, Mention | None] | None:
    """The column a time unit runs along: a named date column, a calendar column of that part
    ("per year" on an integer ``year``), or the date column of the measured table."""
    if (made := composed_date(d, unit)) is not None:
        return (*made, None)  # "daily returns" of year, month, day: each date, not day 1…31
    parts = _UNIT_PARTS.get(unit or "", ())
    near = {id(t): k for k, t in enumerate(nearest_tables(d))}
    for m in d.free():  # a date column the question names ("by ship date")
        dated = [
            c
            for c in m.cands
            if c.kind == "column"
            and c.column is not None
            and (c.column.semantic == "temporal" or (calendar_part(c.column) in parts and parts))
            and _holds(c.column, unit)
        ]
        tied = [c for c in dated if c.score >= dated[0].score] if dated else []
        if tied and any(c.column and c.column.semantic != "temporal" for c in tied):
            tied = tied[:1]  # a calendar column named: the linker's first
        if tied:  # "over [time]" of two tables' dates: the one nearest the measure
            c = min(tied, key=lambda c: near.get(id(c.table), len(near)))
            if (own := _own_part(d, m, {id(x.table) for x in dated}, parts)) is not None:
                return own  # "the worst [years] for measles" of measles.time
            return (c.table, c.column, m) if c.column is not None else None
    for table in nearest_tables(d):
        of_part = part_columns(d, table, parts[0]) if parts else []
        column = one_named(d, of_part) if of_part else None
        if of_part and (column or not any(c.semantic == "temporal" for c in table.columns)):
            return (table, column, None) if column is not None else None  # the one named
        # … none named among YearBuilt, YearSold beside the dates of sale: the dates' year
        declared = table.column(table.time_column) if table.time_column else None
        if declared is not None and declared.semantic == "temporal" and unit not in _TIMES_OF_DAY:
            return table, declared, None  # the semantic layer's time column of this table
        temporal = [c for c in table.columns if c.semantic == "temporal" and _holds(c, unit)]
        if temporal:
            return table, temporal[0], None  # the table's first date column
        if not parts and unit is None:
            years = [c for c in table.columns if calendar_part(c) == "year"]
            if years:
                return table, years[0], None
        if (counted := numbered_unit(d, table, unit)) is not None:
            return table, counted, None  # "per day" along a day number (``day``, ``pan_day``)
    return None


#: units that need a time of day, so a TIME or TIMESTAMP column
_TIMES_OF_DAY = ("hour", "yearmonthdatehours", "minute")


def _holds(column: Column, unit: str | None) -> bool:
    """Whether ``column`` holds ``unit``: a time of day lives only in a TIME or TIMESTAMP column
    ("by hour of the day" of days that stayed below 15 degrees: never a DATE's hour 0)."""
    return (
        unit not in _TIMES_OF_DAY
        or column.semantic != "temporal"
        or "time" in (column.type.lower())
    )


def _own_part(
    d: Draft, m: Mention, named: set[int], parts: tuple[str, ...]
) -> tuple[Table, Column, Mention] | None:
    """The measured table's own calendar column of the part asked, when a bare unit word
    ("years") names only other tables' year columns (``Year`` beside ``measles(time, value)``):
    the unit runs along the rows measured, no join."""
    own = [d.measures[0].table] if d.measures else nearest_tables(d)[:1]
    if not own or id(own[0]) in named or not parts or d.q.texts(m.lo, m.hi)[-1] not in UNIT_WORDS:
        return None
    columns = [c for c in own[0].columns if calendar_part(c) == parts[0]]
    return (own[0], columns[0], m) if len(columns) == 1 else None
