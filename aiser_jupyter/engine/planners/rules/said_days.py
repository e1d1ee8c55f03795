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
    return [
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
