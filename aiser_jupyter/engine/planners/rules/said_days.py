"""Days said in a question: "2003-09-15" (which the tokenizer reads as 2003 -09 -15),
"15 September 2003", "the 15th of Sept 2003", "September 15th, 2003" — and, after
"before", "since", "after", "until" …, the dates before or from it; "from September 1 to
October 31, 2017"; and days of the year said with no year ("on Christmas Day", "February
29", "Friday the 13th"), kept in every year."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .reading import MONTH_RE, MONTHS, WEEKDAYS, YEAR_RE, TimeRange

__all__ = ["HOLIDAYS", "month_days", "said_days"]


def said_days() -> list[tuple[str, Callable[[re.Match[str]], TimeRange | None]]]:
    """One day: "2003-09-15" (read as 2003 -09 -15), "15 September 2003", "the 15th of
    Sept 2003", "September 15th, 2003" — the dates of that day; after "before", "since",
    "after", "until" … the dates before or from it."""
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    opens = r"(?:(before|prior to|until|till|through|up to|since|from|as of|after) )?"
    to = r"(?:to|and|through|until|till|-)"
    return [
        (  # "from 10 September 2017 to 11 September 2017": two whole dates, both kept
            rf"\b(?:from|between) (?:the )?{day} (?:of )?({MONTH_RE}),? ({YEAR_RE}) {to} "
            rf"(?:the )?{day} (?:of )?({MONTH_RE}),? ({YEAR_RE})\b",
            lambda m: _span((m[3], MONTHS[m[2]], m[1]), (m[6], MONTHS[m[5]], m[4])),
        ),
        (  # "from September 10, 2017 to September 11, 2017"
            rf"\b(?:from|between) ({MONTH_RE}) (?:the )?{day},? ({YEAR_RE}) {to} "
            rf"({MONTH_RE}) (?:the )?{day},? ({YEAR_RE})\b",
            lambda m: _span((m[3], MONTHS[m[1]], m[2]), (m[6], MONTHS[m[4]], m[5])),
        ),
        (  # "from 2017-09-10 to 2017-09-11" (read as 2017 -09 -10)
            rf"\b(?:from|between) ({YEAR_RE}) -(\d\d) -(\d\d) {to} ({YEAR_RE}) -(\d\d) -(\d\d)\b",
            lambda m: _span((m[1], int(m[2]), m[3]), (m[4], int(m[5]), m[6])),
        ),
        (  # "on 10 and 11 September 2017", "from 10 to 12 September 2017": days of one month
            rf"\b(on|from|between) (?:the )?{day} (and|to|through|until|-) (?:the )?{day} "
            rf"(?:of )?({MONTH_RE}),? ({YEAR_RE})\b",
            lambda m: _pair(m[1] != "between" and m[3], (m[6], MONTHS[m[5]]), m[2], m[4]),
        ),
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
        *month_days(),  # read after a day with its year: "on July 4" of every year
    ]


def _days(year: str, first: tuple[int, str], last: tuple[int, str]) -> TimeRange | None:
    """The dates from the ``first`` (month, day) to the ``last`` of ``year``, both kept."""
    try:
        lo = date(int(year), first[0], int(first[1]))
        hi = date(int(year), last[0], int(last[1])) + timedelta(days=1)
    except ValueError:
        return None
    return TimeRange(lo=lo, hi=hi) if lo < hi else None


def _pair(joined: str | bool, month: tuple[str, int], first: str, last: str) -> TimeRange | None:
    """Days ``first`` to ``last`` of one month; "on 10 and 11" only when they are next to each
    other (two days apart are no range: left unread, so the honesty check says so); "between
    1 and 10" is a range."""
    if joined == "and" and int(last) != int(first) + 1:
        return None
    return _span((month[0], month[1], first), (month[0], month[1], last))


def _span(first: tuple[str, int, str], last: tuple[str, int, str]) -> TimeRange | None:
    """The dates from the ``first`` (year, month, day) to the ``last``, both kept."""
    try:
        lo = date(int(first[0]), first[1], int(first[2]))
        hi = date(int(last[0]), last[1], int(last[2])) + timedelta(days=1)
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


#: days of the year named by a holiday, the same date every year
HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "new year day": (1, 1),  # "New Year's Day", as the question's words read it
    "new year eve": (12, 31),
    "halloween": (10, 31),
    "valentine day": (2, 14),
}
#: the weekdays' full names ("friday" of "Friday the 13th")
_WEEKDAY_NAMES = tuple(d for d in WEEKDAYS if d.endswith("day"))


def month_days() -> list[tuple[str, Callable[[re.Match[str]], TimeRange | None]]]:
    """A day of the year said with no year — a holiday ("on Christmas Day"), a month and a
    day ("February 29", "the 4th of July") — or a weekday on a day of the month ("Friday the
    13th"): the rows of that day in every year."""
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    no_year = r"(?!,? ?(?:of )?\d{4}\b)"
    holidays = "|".join(sorted((re.escape(h) for h in HOLIDAYS), key=len, reverse=True))
    return [
        (  # … not "near Christmas", "before Christmas": days around it, not the day
            rf"(?<!near )(?<!around )(?<!before )(?<!after )(?<!until )\b(?:on )?({holidays})\b",
            lambda m: _on(HOLIDAYS[m[1]]),
        ),
        (rf"\b(?:on )?({MONTH_RE}) {day}\b{no_year}", lambda m: _on((MONTHS[m[1]], int(m[2])))),
        (
            rf"\b(?:on )?the {day} of ({MONTH_RE})\b{no_year}",
            lambda m: _on((MONTHS[m[2]], int(m[1]))),
        ),
        (
            rf"\b(?:on )?({'|'.join(_WEEKDAY_NAMES)})s? the {day}\b",
            lambda m: TimeRange(weekdays=[WEEKDAYS[m[1]]], monthdays=[(None, int(m[2]))]),
        ),
    ]


def _on(month_day: tuple[int, int]) -> TimeRange | None:
    """The rows of one day of the year, every year; None for no such day (June 31)."""
    month, day = month_day
    try:
        date(2000, month, day)  # a leap year: February 29 is a day
    except ValueError:
        return None
    return TimeRange(monthdays=[(month, day)])
