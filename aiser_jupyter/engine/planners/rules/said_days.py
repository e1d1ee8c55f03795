"""One day said in a question: "2003-09-15" (which the tokenizer reads as 2003 -09 -15),
"15 September 2003", "the 15th of Sept 2003", "September 15th, 2003" — and, after
"before", "since", "after", "until" …, the dates before or from it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .reading import MONTH_RE, MONTHS, YEAR_RE, TimeRange

__all__ = ["said_days"]


def said_days() -> list[tuple[str, Callable[[re.Match[str]], TimeRange | None]]]:
    """One day: "2003-09-15" (read as 2003 -09 -15), "15 September 2003", "the 15th of
    Sept 2003", "September 15th, 2003" — the dates of that day; after "before", "since",
    "after", "until" … the dates before or from it."""
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    opens = r"(?:(before|prior to|until|till|through|up to|since|from|as of|after) )?"
    to = r"(?:to|and|through|until|till|-)"
    return [
        (  # "from September 1 to October 31, 2017": both days in the year said last
            rf"\b(?:from|between) ({MONTH_RE}) {day} {to} ({MONTH_RE}) {day},? ({YEAR_RE})\b",
            lambda m: _days(m[5], (MONTHS[m[1]], m[2]), (MONTHS[m[3]], m[4])),
        ),
        (  # "between 1 September and 31 October 2017"
            rf"\b(?:from|between) {day} ({MONTH_RE}) {to} {day} ({MONTH_RE}),? ({YEAR_RE})\b",
            lambda m: _days(m[5], (MONTHS[m[2]], m[1]), (MONTHS[m[4]], m[3])),
        ),
        (rf"\b{opens}({YEAR_RE}) -(\d\d) -(\d\d)\b", lambda m: _day(m[1], m[2], m[3], m[4])),
        (
            rf"\b{opens}(?:the )?{day} (?:of )?({MONTH_RE}),? ({YEAR_RE})\b",
            lambda m: _day(m[1], m[4], str(MONTHS[m[3]]), m[2]),
        ),
        (
            rf"\b{opens}({MONTH_RE}) (?:the )?{day},? ({YEAR_RE})\b",
            lambda m: _day(m[1], m[4], str(MONTHS[m[2]]), m[3]),
        ),
    ]


def _days(year: str, first: tuple[int, str], last: tuple[int, str]) -> TimeRange | None:
    """The dates from the ``first`` (month, day) to the ``last`` of ``year``, both kept."""
    try:
        lo = date(int(year), first[0], int(first[1]))
        hi = date(int(year), last[0], int(last[1])) + timedelta(days=1)
    except ValueError:
        return None
    return TimeRange(lo=lo, hi=hi) if lo < hi else None


def _day(opener: str | None, year: str, month: str, day: str) -> TimeRange | None:
    """The day's dates, or those before it (``opener`` "before"; "until" keeps it) or from
    it ("since"; "after" leaves it out)."""
    try:
        lo = date(int(year), int(month), int(day))
    except ValueError:
        return None
    nxt = lo + timedelta(days=1)
    if opener in ("before", "prior to"):
        return TimeRange(hi=lo)
    if opener in ("until", "till", "through", "up to"):
        return TimeRange(hi=nxt)
    if opener == "after":
        return TimeRange(lo=nxt)
    return TimeRange(lo=lo) if opener is not None else TimeRange(lo=lo, hi=nxt)
