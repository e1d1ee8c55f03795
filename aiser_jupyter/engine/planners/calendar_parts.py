"""The parts of a date a column holds, from its name and its profile: an integer year,
month, hour … (``year``, ``Mo.Sold``, ``day_of_week``), years or weekdays kept as text
(``'2014'``, ``'Mon'``), and years written in two digits."""

from __future__ import annotations

import re

from ..catalog.model import Column, Table
from .lexicon import split_name
from .month_parts import MONTH_NAMES
from .words import WEEKDAYS

__all__ = [
    "CALENDAR_NAMES",
    "CENTURY",
    "YEARS",
    "beside_a_date",
    "calendar_part",
    "coded_year",
    "month_labels",
    "two_digit_year",
    "weekday_labels",
]

#: words of integer columns that hold a part of a date, and the part
CALENDAR_NAMES = {
    "year": "year",
    "yr": "year",
    "yyyy": "year",
    "season": None,
    "quarter": "quarter",
    "qtr": "quarter",
    "month": "month",
    "mon": "month",
    "mo": "month",  # Mo.Sold, mo_sold: the month of a sale (a value 1..12 checked below)
    "mth": "month",
    "mnth": "month",
    "week": "week",
    "wk": "week",
    "day": "day",
    "dow": "weekday",
    "weekday": "weekday",
    "hour": "hour",
    "hr": "hour",
    "minute": "minute",
}
_CALENDAR_RANGES = {
    "year": (1000, 2200),  # :data:`YEARS`
    "quarter": (1, 4),
    "month": (1, 12),
    "week": (0, 53),
    "day": (1, 31),
    "weekday": (0, 7),
    "hour": (0, 24),
    "minute": (0, 59),
}  #: name words of integer columns that, holding 1800…2100, hold years
_YEARISH = frozenset(
    [
        "date",
        "start",
        "from",
        "since",
        "founded",
        "built",
        "opened",
        "established",
        "season",
        "born",
        "birth",
        "until",
        "end",
    ]
)


#: the whole numbers that may be a year (a column's values, a number said before a name)
YEARS = _CALENDAR_RANGES["year"]

#: a year word after a letter or two of prefix, run together: ``iyear``, ``fyear``, ``cyr``
_PREFIXED_YEAR = re.compile(r"[a-z]{1,2}(?:year|yr)")


def calendar_part(column: Column) -> str | None:
    """``year``, ``month``, ``hour`` … when an integer column holds that part of a date
    (or a text column holds years: ``'2014'``)."""
    if column.semantic == "nominal" and _years_as_text(column):
        return "year"
    if column.semantic == "nominal" and _weekdays_as_text(column):
        return "weekday"  # ``wday`` of 'Mon' … 'Sun': the days' own labels
    if column.semantic == "nominal" and _months_as_text(column):
        return "month"  # ``month`` of 'Jan' … 'Apr': the months' own labels
    if column.semantic not in ("quantitative", "key") or not _whole_numbers(column):
        return None
    words = split_name(column.name, expand=False)
    if words[-2:] == ["of", "week"] and words[-3:-2] == ["day"]:
        words = ["weekday"]  # ``day_of_week``: 1 … 7, the day's place in its week
    elif "of" in words[1:]:  # "day of month", "hour of day": the part named before "of"
        words = words[: words.index("of", 1)]
    part = next((CALENDAR_NAMES.get(w) for w in reversed(words) if w in CALENDAR_NAMES), None)
    if part is None and (
        set(words) & _YEARISH or _PREFIXED_YEAR.fullmatch(words[-1]) or words == ["time"]
    ):  # an integer "open date", "built", "iyear" of 1820…2000; R's yearly series' "time"
        part = "year"
    if part is None or (part != "year" and "int" not in column.type.lower()):
        return None  # a float of whole hours or days is a duration; of whole years, a year
    if part != "year" and _plural_unit(column.name, words):
        return None  # ``weeks`` (worked), ``hours_worked``: how many, a duration
    lo, hi = _CALENDAR_RANGES[part]
    if part == "year" and two_digit_year(column):
        return part
    try:
        if (
            column.min is not None
            and column.max is not None
            and not (lo <= float(column.min) and float(column.max) <= hi)
        ):
            return None
    except (TypeError, ValueError):
        return None
    return part


def coded_year(column: Column) -> bool:
    """Whether ``column`` numbers years in a code of its own: an integer named for one year
    (``yrdispl`` 1 … 10, the year a worker was displaced, counted from the survey's first),
    holding small whole numbers, not years. A year's place is no amount: never summed or
    averaged. Plural names (``yrs_married``, ``years``) are durations, and add up."""
    if column.semantic != "quantitative" or "int" not in column.type.lower():
        return False
    words = split_name(column.name, expand=False)
    if not any(CALENDAR_NAMES.get(w) == "year" for w in words) or _plural_unit(column.name, words):
        return False
    if any(w in ("years", "yrs") for w in _raw_words(column.name)):
        return False
    try:
        return float(column.min) >= 0 and float(column.max) <= _CODED_YEARS
    except (TypeError, ValueError):
        return False


#: the largest number a coded year holds (a year's place in a survey's span)
_CODED_YEARS = 30


def _raw_words(name: str) -> list[str]:
    """``name``'s words as written, lower case: split at case changes and at non-letters."""
    return re.split(r"[^a-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower())


def _plural_unit(name: str, words: list[str]) -> bool:
    """Whether the name says its calendar word in the plural (``weeks``, ``HoursWorked``)."""
    raw = _raw_words(name)
    return any(w in CALENDAR_NAMES and w + "s" in raw for w in words)


def beside_a_date(table: Table, column: Column, series: bool = False) -> bool:
    """Whether ``column`` names a part of a cycle ("day of month", "hour of day"), or a
    ``series`` of months was asked for, in a table that also holds the dates: "daily",
    "monthly" run along the dates, not round the month's days or the year's months
    (``MonthSold`` 1 … 12 beside the dates of sale)."""
    words = split_name(column.name, expand=False)
    return ("of" in words[1:] or series) and any(c.semantic == "temporal" for c in table.columns)


#: the years of the 20th century some files store in two digits (68 … 88 for 1968 … 1988)
_TWO_DIGITS = (30, 99)
#: the century a two-digit year is read in
CENTURY = 1900


def two_digit_year(column: Column) -> bool:
    """An integer column named as a year whose values run within 30 … 99: the years 1930 …
    1999 written in two digits, as Stata's and older surveys' files store them (``year`` 68 …
    88, ``yronset`` 85 … 93); never a year of study (1 … 6)."""
    if "int" not in column.type.lower() or column.min is None or column.max is None:
        return False
    words = split_name(column.name, expand=False)
    if not any(CALENDAR_NAMES.get(w) == "year" for w in words):
        return False
    try:
        return _TWO_DIGITS[0] <= float(column.min) and float(column.max) <= _TWO_DIGITS[1]
    except (TypeError, ValueError):
        return False


def _whole_numbers(column: Column) -> bool:
    """An integer column, or a floating one that holds whole numbers only (a year read from a
    file with gaps becomes 1997.0: pandas, SQLite's REAL, CSV readers)."""
    if "int" in column.type.lower():
        return True
    values = [column.min, column.max, *column.samples]
    try:
        return all(v is not None and float(v).is_integer() for v in values)
    except (TypeError, ValueError):
        return False


def _years_as_text(column: Column) -> bool:
    words = split_name(column.name, expand=False)
    if not words or CALENDAR_NAMES.get(words[-1]) != "year":
        return False
    values = [str(v) for v in column.samples if v is not None]
    return bool(values) and all(re.fullmatch(r"(1[89]|20)\d\d", v.strip()) for v in values)


#: the names a text column of the days of the week stores, in full or cut to three or four
_WEEKDAY_NAMES = frozenset(d[:k] for d in WEEKDAYS for k in (3, 4, len(d)))


#: the names a text column of months stores, in full or cut to three or four ("Sept")
_MONTH_NAMES = frozenset(m[:k] for m in MONTH_NAMES for k in (3, 4, len(m)))


def _months_as_text(column: Column) -> bool:
    values = {str(v).strip().lower() for v in column.samples if v is not None}
    return len(values) >= 3 and values <= _MONTH_NAMES


def month_labels(column: Column, months: list[int]) -> list[str]:
    """The stored labels of ``months`` (1 January … 12 December) in a text column of month
    names; [] when the column is none, or lacks one of them."""
    if column.semantic != "nominal" or not _months_as_text(column):
        return []
    return _labels(column, [MONTH_NAMES[m - 1] for m in months])


def _weekdays_as_text(column: Column) -> bool:
    values = {str(v).strip().lower() for v in column.samples if v is not None}
    return len(values) >= 5 and values <= _WEEKDAY_NAMES


def weekday_labels(column: Column, days: list[int]) -> list[str]:
    """The stored labels of ``days`` (1 Monday … 7 Sunday) in a text column of the days of
    the week ("Sat", "Sun" of the weekend); [] when the column is none, or lacks a day."""
    if column.semantic != "nominal" or not _weekdays_as_text(column):
        return []
    names = {number: name for name, number in WEEKDAYS.items()}
    return _labels(column, [names[day] for day in days])


def _labels(column: Column, names: list[str]) -> list[str]:
    """The one stored label of each of ``names`` (a full name it starts), or []."""
    found: list[str] = []
    for name in names:
        hits = [str(v) for v in column.samples if v is not None and _names(str(v), name)]
        if len(hits) != 1:
            return []
        found.append(hits[0])
    return found


def _names(label: str, day: str) -> bool:
    text = label.strip().lower()
    return len(text) >= 3 and day.startswith(text)
