"""What the reader finds in a question (:class:`Reading` and its parts), and the helpers
recognizers share: claiming the words a pattern used, month and weekday names."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from ..adjectives import superlatives
from ..month_parts import MONTHS
from .question import Question

__all__ = [
    "IMPLIED",
    "MONTHS",
    "MONTH_RE",
    "WEEKDAYS",
    "YEAR_RE",
    "Agg",
    "Compare",
    "Reading",
    "Recognizer",
    "TimeRange",
    "claim",
    "is_free",
]

WEEKDAYS = {
    d: i
    for i, names in enumerate(
        [
            ("monday", "mon", "mondays"),
            ("tuesday", "tue", "tues", "tuesdays"),
            ("wednesday", "wed", "wednesdays"),
            ("thursday", "thu", "thur", "thurs", "thursdays"),
            ("friday", "fri", "fridays"),
            ("saturday", "sat", "saturdays"),
            ("sunday", "sun", "sundays"),
        ],
        1,
    )
    for d in names
}
MONTH_RE = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"


@dataclass
class Agg:
    """An aggregate word ("average", "total", "highest") at word ``i``."""

    agg: str
    i: int
    hi: int
    strict: bool = True  #: False for superlatives that may be a sort ("highest", "most")
    implied: tuple[str, ...] = ()  #: what a superlative measures: "oldest" → age


@dataclass
class Compare:
    """ "more than 10", "at least 0.09", "under 30", "above 50 grams": ``op value``."""

    op: str
    value: float
    lo: int  #: first word of the phrase
    hi: int
    number_i: int
    scaled_from: float | None = None  #: "10 million" → 1e7, scaled from 10
    after: bool = False  #: the column compared follows ("negative account balance")
    vs_average: bool = False  #: compared with the column's average ("older than average")
    implied: tuple[str, ...] = ()  #: the column a comparative names ("older" → age)
    between: bool = False  #: one bound of "between 10 and 20"
    only_implied: bool = False  #: "from day 50 on": only a column ``implied`` names is compared
    or_with: Compare | None = (
        None  #: "above 50 or below 46": the comparison this is an alternative to
    )


@dataclass
class TimeRange:
    """A condition on time: ``lo <= t < hi`` (dates; either open), months, weekdays, hours."""

    lo: date | None = None
    hi: date | None = None
    years: tuple[int | None, int | None] | None = None  #: for integer year columns, inclusive
    months: list[int] = field(default_factory=list)
    weekdays: list[int] = field(default_factory=list)
    hours: tuple[int | None, int | None] | None = None  #: ``lo <= hour < hi``
    quarters: list[int] = field(default_factory=list)
    #: days of the year said without a year ("on Christmas Day", "February 29"), (month or
    #: None for any month, day of the month): "Friday the 13th" is (None, 13)
    monthdays: list[tuple[int | None, int]] = field(default_factory=list)
    relative: tuple[int, str] | None = None  #: last N units before the data's latest date
    year_list: list[int] = field(default_factory=list)  #: "1952 compared with 2007": these years
    span: tuple[int, int] = (0, 0)


@dataclass
class Reading:
    """The instructions found in a question."""

    mark: str | None = None
    stack: str | None = None  #: "zero" | "grouped" | "normalize"
    top: int | None = None
    descending: bool | None = None
    sort_channel: str | None = None  #: "x" | "y" | None (decided by the words it names)
    sort_words: tuple[int, int] | None = None
    unit: str | None = None  #: a time unit to group by (year, yearmonth, month, weekday, hour, ...)
    unit_span: tuple[int, int] | None = None
    over_time: bool = False
    ranges: list[TimeRange] = field(default_factory=list)
    compares: list[Compare] = field(default_factory=list)
    aggs: list[Agg] = field(default_factory=list)
    counts: list[tuple[int, int]] = field(default_factory=list)  #: "number of", "how many"
    group_cues: set[int] = field(default_factory=set)  #: word indexes of "by", "per", "each", ...
    versus: list[tuple[int, int]] = field(default_factory=list)  #: "vs", "compared with"
    bin_step: float | None = None
    bin_count: int | None = None
    bin_unit: str | None = None  #: the unit a width was said in ("10-minute bins")
    histogram: bool = False
    distribution: bool = False  #: "distribution of …": a histogram if only one number is named
    grouped_points: bool = False  #: "group scatter", "grouping scatter": points coloured by group
    bare_sort: bool = False  #: "in ascending order" naming neither axis nor a column
    x_words: tuple[int, int] | None = None
    y_words: tuple[int, int] | None = None
    color_words: tuple[int, int] | None = None
    distinct: set[int] = field(default_factory=set)  #: "different", "distinct", "unique" words
    followup: bool = False


Recognizer = Callable[[Question, Reading], None]


def claim(q: Question, m: re.Match[str], why: str, group: int | str = 0) -> tuple[int, int]:
    lo, hi = q.span(m.start(group), m.end(group))
    q.claim(lo, hi, why)
    return lo, hi


def is_free(q: Question, m: re.Match[str]) -> bool:
    lo, hi = q.span(m.start(), m.end())
    return all(q.free(i) for i in range(lo, hi))


#: superlatives that name what they measure (no library derives these): those of the
#: adjectives' table (data/adjectives.tsv: "cheapest", "most expensive"), then these
IMPLIED: dict[str, tuple[str, tuple[str, ...]]] = {
    **superlatives(),
    "oldest": ("max", ("age",)),
    "youngest": ("min", ("age",)),
    "heaviest": ("max", ("weight",)),
    "lightest": ("min", ("weight",)),
    "tallest": ("max", ("height",)),
    "shortest": ("min", ("height", "length", "duration")),
    "longest": ("max", ("length", "duration")),
    "windiest": ("max", ("wind", "windspeed")),
    "hottest": ("max", ("temperature", "temp")),
    "warmest": ("max", ("temperature", "temp")),
    "coldest": ("min", ("temperature", "temp")),
    "wettest": ("max", ("precipitation", "rain", "rainfall")),
    "rainiest": ("max", ("precipitation", "rain", "rainfall")),
    "driest": ("min", ("precipitation", "rain", "rainfall")),
    "cheapest": ("min", ("price", "cost")),
    "priciest": ("max", ("price", "cost")),
    "richest": ("max", ("income", "wealth")),
    "poorest": ("min", ("income", "wealth")),
    "busiest": ("max", ()),
    # the fastest is the highest speed, or the least time taken (:func:`.agg_names.of_dates`)
    "fastest": ("max", ("speed", "pace", "time", "duration")),
    "quickest": ("max", ("speed", "pace", "time", "duration")),
    "slowest": ("min", ("speed", "pace", "time", "duration")),
}
