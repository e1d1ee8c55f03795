"""A stated bin width: "bin width 5", "with a bin width of 0.5", "bucket size 10", "bins of
width 2", "bins 10 units wide". The width is exact (decimals too); the words are the chart's
form, claimed as bins. Ages grouped by so many years ("10-year age groups") are bins of
that width too."""

from __future__ import annotations

import re

from .draft import Dim, calendar_part, is_identifier
from .question import Question
from .reading import Reading, claim

__all__ = ["binnable", "read_bin_width"]

_NUMBER = r"(\d+(?:\.\d+)?)"
_BIN = r"(?:bin|bucket|interval|class)s?"
_GROUP = r"(?:group|band|bracket|cohort)s?"
#: ages grouped by so many years: "10-year age groups", "in 10-year groups"
_YEARS = rf"\b{_NUMBER} ?-?year(?= (?:age )?{_GROUP}\b)"
#: the forms an analyst states a width in, the number in group 1
_WIDTH_FORMS = (
    # "bin width 5", "with a bin width of 0.5", "bucket size 10", "binwidth 0.25"
    rf"\b(?:(?:with |using |and )?(?:an? |the )?)?(?:{_BIN} ?(?:width|size)|binwidth|binsize)"
    rf"(?: of| is| equal to| set to)? {_NUMBER}\b",
    # "bins of width 2", "bins with a width of 5", "bins of size 10"
    rf"\b(?:(?:in|into|with|using) )?{_BIN} (?:of|with) (?:an? |the )?(?:width|size) (?:of )?{_NUMBER}\b",
    # "bins 10 units wide", "buckets 5 wide"
    rf"\b(?:(?:in|into|with|using) )?{_BIN} {_NUMBER} (?:\w+ )?wide\b",
    # "in 10-year age groups", "5-year age bands", "10-year groups" of ages
    _YEARS,
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
        r.histogram = r.histogram or form is not _YEARS  # "10-year age groups" of a measure too
        claim(q, m, "bins")
        return True
    return False


def binnable(dim: Dim) -> bool:
    """Whether ``dim`` may be grouped in bins of a stated width: a quantity, no date part or key."""
    c = dim.column
    return c.semantic == "quantitative" and not calendar_part(c) and not is_identifier(dim.table, c)
