"""The grain a date column is stored at: a quarterly series' dates (2005-03-01, 2005-06-01 …)
are one per quarter already, and are drawn by their own values — a truncation would move each
to the quarter's first day, and label the chart with dates the data does not hold."""

from __future__ import annotations

from datetime import date

from ..catalog.model import Column
from .facts import Facts

__all__ = [
    "FEW_DATES",
    "at_own_grain",
    "calendar_unit",
    "coarser_or_same",
    "grouped_at_own_grain",
    "span_of",
    "stored_unit",
    "taken_every",
]

#: at most this many distinct dates are drawn as they are: 30 years of quarters, 10 of months
FEW_DATES = 120
#: units of a year a date column may be stored at, and how many of them a year holds
_PER_YEAR = {"yearquarter": 4, "yearmonth": 12}


def at_own_grain(column: Column, unit: str | None) -> bool:
    """Whether ``column`` holds one date per ``unit`` already (a quarterly series stored as
    2005-03-01, 2005-06-01 …): drawn by its own values, its dates keep their labels, where a
    truncation would move each to the quarter's first day."""
    if unit == "yearweek":
        return stored_unit(column) == "week"  # one date a week: each its own week's
    per_year = _PER_YEAR.get(unit or "")
    if per_year is None or not 0 < (column.distinct or 0) <= FEW_DATES:
        return False
    if (span := span_of(column)) is None:
        return False
    lo, hi = span
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    units = months * per_year // 12 + 1  # the units the span holds, both ends included
    return units * 0.9 <= (column.distinct or 0) <= units


def grouped_at_own_grain(units: tuple[str, ...], facts: Facts) -> bool:
    """Whether the plan groups by a date column, as it is, stored at one of ``units``."""
    for column in facts.read_columns():
        if column.semantic != "temporal" or column.name not in facts.group_fields:
            continue
        if any(at_own_grain(column, unit) for unit in units):
            return True
    return False


#: calendar units a date may be stored at, coarsest first, and how many of each a year holds
_STORED = (("year", 1), ("quarter", 4), ("month", 12))
#: a profile's distinct count is an estimate: this much above the slots still fits them
_ESTIMATE = 1.05


def stored_unit(column: Column) -> str | None:
    """The calendar unit ``column`` holds one date of (``"month"`` of a monthly series stored
    as 1960-01-01, 1960-02-01 …), read from its profile: first days of their units, as many as
    the units its span holds (90% at least: a few missing); ``"day"`` for dates as many as the
    days they span (60% at least: trading days, weekdays); ``"week"`` for one date a week (90% at least); else None (events on scattered days,
    timestamps)."""
    n = column.distinct or 0
    if column.semantic != "temporal" or n < 2 or (span := span_of(column)) is None:
        return None
    lo, hi = span
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    for unit, per_year in _STORED:
        step = 12 // per_year
        if lo.day != 1 or hi.day != 1 or months % step:
            continue
        slots = months // step + 1
        if 0.9 * slots <= n <= _ESTIMATE * slots:
            return unit
    days = (hi - lo).days + 1
    if 0.6 * days <= n <= _ESTIMATE * days:
        return "day"
    weeks = days // 7 + 1  # a weekly series (one date a week, any weekday)
    return "week" if 0.9 * weeks <= n <= _ESTIMATE * weeks else None


#: a grouping's time unit → the calendar unit each of its periods is, as :func:`stored_unit`
#: names them; and the calendar units by size
_CALENDAR = {"yearmonth": "month", "yearquarter": "quarter", "year": "year", "yearweek": "week",
             "week": "week", "day": "day", "date": "day", "yearmonthdate": "day"}  # fmt: skip
_SIZE = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}


def calendar_unit(unit: str | None) -> str | None:
    """The calendar unit a grouping's time ``unit`` makes periods of ("yearmonth" → month)."""
    return _CALENDAR.get(unit or "")


def coarser_or_same(unit: str, stored: str) -> bool:
    """Whether calendar ``unit`` holds whole periods of calendar ``stored`` (a year of months)."""
    return _SIZE[unit] >= _SIZE[stored]


def span_of(column: Column) -> tuple[date, date] | None:
    """The first and last dates ``column`` holds, by its profile; None when not dates."""
    try:
        return date.fromisoformat(str(column.min)[:10]), date.fromisoformat(str(column.max)[:10])
    except ValueError:
        return None


#: adverbs of how often a series' rows are taken, and the unit
_EVERY = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
          "quarterly": "quarter", "yearly": "year", "annual": "year"}  # fmt: skip


def taken_every(i: int, words: list[str], facts: Facts) -> bool:
    """ "how many [hourly] readings" of a table of hourly timestamps: how often the counted
    rows were taken, which the data's own dates say — no grouping, and no rows left out."""
    unit = _EVERY.get(words[i])
    if unit is None or "count" not in facts.aggregates or facts.group_fields:
        return False
    if not (i >= 2 and words[i - 2 : i] in (["how", "many"], ["number", "of"])):
        return False
    return any(_taken(c, unit) for t in facts.read_tables() for c in t.columns)


def _taken(column: Column, unit: str) -> bool:
    """Whether ``column`` holds one date (or time) per ``unit``."""
    if unit != "hour":
        return stored_unit(column) == unit
    span, n = span_of(column), column.distinct or 0
    if column.semantic != "temporal" or span is None:
        return False
    hours = ((span[1] - span[0]).days + 1) * 24
    return 0.6 * hours <= n <= _ESTIMATE * hours
