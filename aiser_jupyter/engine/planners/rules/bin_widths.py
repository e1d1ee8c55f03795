"""A stated bin width: "bin width 5", "with a bin width of 0.5", "bucket size 10", "bins of
width 2", "bins 10 units wide". The width is exact (decimals too); the words are the chart's
form, claimed as bins. Numbers grouped by so many units ("10-year age groups", "500-mile
distance bands") are bins of that width too."""

from __future__ import annotations

import math
import re

from ....errors import error
from ...catalog.model import Column
from .draft import Dim, calendar_part, is_identifier
from .question import Question
from .reading import Reading, claim

__all__ = ["binnable", "read_bin_width", "read_bins", "readable_width"]

_NUMBER = r"(\d+(?:\.\d+)?)"
_BIN = r"(?:bin|bucket|interval|class)s?"
_GROUP = r"(?:group|band|bracket|cohort)s?"
#: a number grouped by so many of its units: "10-year age groups", "in 10-year groups",
#: "by 500-mile distance band"
_UNITS = r"(?:year|mile|km|kilometre|kilometer|point|dollar|degree|pound|kg|hour|minute|day|cm)"
_BANDS = rf"\b{_NUMBER} ?-?{_UNITS}(?= (?:[a-z]+ )?{_GROUP}\b)"
#: the forms an analyst states a width in, the number in group 1
_WIDTH_FORMS = (
    # "bin width 5", "with a bin width of 0.5", "bucket size 10", "binwidth 0.25"
    rf"\b(?:(?:with |using |and )?(?:an? |the )?)?(?:{_BIN} ?(?:width|size)|binwidth|binsize)"
    rf"(?: of| is| equal to| set to)? {_NUMBER}\b",
    # "bins of width 2", "bins with a width of 5", "bins of size 10"
    rf"\b(?:(?:in|into|with|using) )?{_BIN} (?:of|with) (?:an? |the )?(?:width|size) (?:of )?{_NUMBER}\b",
    # "bins 10 units wide", "buckets 5 wide"
    rf"\b(?:(?:in|into|with|using) )?{_BIN} {_NUMBER} (?:\w+ )?wide\b",
    # "in 10-year age groups", "5-year age bands", "500-mile distance bands"
    _BANDS,
)


def read_bin_width(q: Question, r: Reading) -> bool:
    """Set ``r.bin_step`` from a width stated in one of :data:`_WIDTH_FORMS`."""
    text = q.joined()
    for form in _WIDTH_FORMS:
        m = re.search(form, text)
        if m is None:
            continue
        value = q.words[q.span(m.start(1), m.end(1))[0]].number
        if value is None or value <= 0:
            continue
        r.bin_step = value
        r.histogram = r.histogram or form is not _BANDS  # "10-year age groups" of a measure too
        claim(q, m, "bins")
        return True
    return False


def binnable(dim: Dim) -> bool:
    """Whether ``dim`` may be grouped in bins of a stated width: a quantity, no date part or key."""
    c = dim.column
    return c.semantic == "quantitative" and not calendar_part(c) and not is_identifier(dim.table, c)


def read_bins(q: Question, r: Reading) -> None:
    """A histogram's bins: a stated width (:func:`read_bin_width`), "bins of 5", "$1,000 bins",
    "10-minute bins" (a width), "20 bins" (a count), "half-minute bins"."""
    text = q.joined()
    if read_bin_width(q, r):
        m = None
    elif m := re.search(
        r"\b(?:in |with |into |using )?(?:bins of |bin width of |buckets of )(\d+(?:\.\d+)?)\b(?: \w+)?",
        text,
    ):
        r.bin_step = q.words[q.span(m.start(1), m.end(1))[0]].number
    elif m := re.search(
        r"\b(?:in |with |into |using )?(\d+(?:\.\d+)?)[- ]?((?!\d)\w+ )?(?:bins|buckets|intervals)\b",
        text,
    ):
        word = q.words[q.span(m.start(1), m.end(1))[0]]
        value, typed = word.number, re.escape(word.raw or m[1])  # "$1,000 bins" as typed
        if (
            m[2] is None
            and value is not None
            and value >= 3
            and value.is_integer()
            and "width" not in text
            and not re.search(rf"[$€£] ?{typed}[kKmM]?\b", q.text)  # "$20 bins"
        ):
            r.bin_count = int(value)
        else:
            r.bin_step, r.bin_unit = value, (m[2] or "").strip() or None
    elif m := re.search(r"\b(\d+) (?:bins|buckets)\b", text):
        r.bin_count = int(m[1])
    elif m := re.search(
        r"\b(?:in |into )?(half|quarter)[- ]?(?:an? )?\w+[- ]?(?:bins|buckets)\b", text
    ):
        r.bin_step = 0.5 if m[1] == "half" else 0.25  # "half-minute bins"
    else:
        m = None
    if m is not None:
        r.histogram = True
        claim(q, m, "bins")


#: more bins than a histogram can show: a width said in a unit the column is not kept in
_MOST_BINS = 200
#: units of time, which a column of durations may keep in another (seconds for minutes)
_TIME_UNITS = frozenset(["second", "minute", "hour", "day", "week", "month", "year"])


def readable_width(column: Column, r: Reading) -> None:
    """Refuse a width said in a unit ("10-minute bins") that cuts ``column`` into more bins than
    a chart can show: the column is kept in another unit (seconds), which its name does not
    say, so the bins drawn would not be the ones asked for."""
    step, unit = r.bin_step, r.bin_unit
    low, high = column.min, column.max
    if (
        not step
        or unit not in _TIME_UNITS
        or not all(isinstance(v, int | float) for v in (low, high))
    ):
        return
    bins = (high - low) / step
    if bins <= _MOST_BINS:
        return
    raise error(
        "AISER-PLAN-UNSURE",
        f"'{step:g}-{unit} bins' would cut {column.name} ({low:g} to {high:g}) into about "
        f"{bins:,.0f} bins, so it seems not to be kept in {unit}s; ask for a width in its "
        f"own unit, e.g. 'histogram of {column.name} in bins of {_nice((high - low) / 20)}'",
        understood=f"a histogram of {column.name}",
    )


def _nice(width: float) -> str:
    """A round width near ``width``: 1, 2 or 5 times a power of ten."""
    power = 10 ** math.floor(math.log10(width))
    return f"{min((k * power for k in (1, 2, 5, 10)), key=lambda w: abs(w - width)):g}"
