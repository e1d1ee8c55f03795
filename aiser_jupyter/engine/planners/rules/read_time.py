"""Recognizers of time in a question: units to group by ("per month", "by hour of day") and
ranges to keep ("in July 1990", "since 2010", "in the 1990s", "from 6 pm on")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ..number_words import short_end, year_part
from .not_kept_time import counted_units, price_base, supposed
from .question import Question
from .reading import MONTH_RE, MONTHS, WEEKDAYS, YEAR_RE, Reading, TimeRange, claim, is_free
from .said_days import said_days
from .said_years import (
    capital_months,
    compared_years,
    decades,
    listed_months,
    listed_years,
    open_months,
    over_span,
)
from .said_years import month_of as _month_of
from .said_years import years_range as _years

__all__ = ["read_ranges", "read_units"]

# ------------------------------------------------------------------ time units
_UNITS: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:by |per |each |for each |in each )?month of (?:the )?year\b|\bcalendar month\b|\bseasonality\b",
        "month",
    ),
    (r"\b(?:by |per |each )?(?:weekday|day of (?:the )?week|days of (?:the )?week)s?\b", "weekday"),
    (r"\bhour (?:by|over|to) hour\b", "yearmonthdatehours"),  # each hour in time, a series
    (
        r"\b(?:by |per |each |for each )?hours? of (?:the )?day\b|\bhourly\b|\b(?:by|per|each|every) hour\b",
        "hour",
    ),
    (r"\b(?:by |per |each )?quarter of (?:the )?year\b", "quarter"),
    (
        r"\bmonthly\b|\b(?:by|per|each|every|a) month\b|\bmonth (?:by|over|to) month\b|\bmonths\b(?= of (?:the |each |every )?(?:year|\d{4})\b)",
        "yearmonth",
    ),
    (
        r"\bquarterly\b|\b(?:by|per|each|every|a) quarter\b(?! of [a-z])|\bquarter (?:by|over|to) quarter\b|\bquarters\b",
        "yearquarter",
    ),
    (r"\bweekly\b|\b(?:by|per|each|every|a) week\b|\bweek (?:by|over|to) week\b", "yearweek"),
    (  # "on a day when gold was above 1,000": one day's rows, no axis
        r"\bdaily\b|\b(?:by|per|each|every) (?:day|date)\b|(?<!\bon )\ba (?:day|date)\b"
        r"(?! when| where| that)|\bday by day\b",
        "day",
    ),
    (
        r"\b(?:by|per|each|every|for each|in each|a|by the) decade\b|\bdecade (?:by|over|to) decade\b",
        "decade",
    ),
    (
        r"\byearly\b|\bannual(?:ly)?\b|\b(?:by|per|each|every|a|of each) year\b|\byear (?:by|over|to) year\b|\bover the years\b|\bthrough the years\b",
        "year",
    ),
)


#: "by quarter of birth", "by year of death": the part of another event's date (``qob``,
#: ``birth_year``), for the names to read — no time unit of the table's own date
_OF_EVENT = r"(?! of (?!the\b|each\b|every\b|a\b|year|day|week|month|\d)[a-z])"

_NOT_IN = r"(?<!\bin )(?<!\bin the )(?<!\bduring )(?<!\bduring the )"
_GROUPED_UNITS = (
    (r"\b(?:by|per|each|every|for each|in each) year\b" + _OF_EVENT, "year"),
    # "years in which the average daily volume was above …": the years are the groups
    # … but "crashes in years when ASN counted …": the years a clause keeps, no axis
    (_NOT_IN + r"\byears(?= (?:in which|where|when|during which)\b)", "year"),
    (_NOT_IN + r"\bmonths(?= (?:in which|where|when|during which)\b)", "yearmonth"),
    (  # "top 3 years by …": the years ranked are the groups
        r"(?:(?<=top )|(?<=top \d )|(?<=top \d\d )|(?<=bottom \d ))years\b",
        "year",
    ),
    (r"\b(?:by|per|each|every|for each|in each) month\b" + _OF_EVENT, "yearmonth"),
    (r"\b(?:by|per|each|every|for each|in each) quarter\b" + _OF_EVENT, "yearquarter"),
    (r"\b(?:by|per|each|every|for each|in each) week\b", "yearweek"),
    (r"\b(?:by|per|each|every|for each|in each) (?:day|date)\b", "day"),
)


_BIN_UNITS = {
    "year": "year",
    "month": "month",
    "weekday": "weekday",
    "week": "weekday",
    "day": "day",
    "date": "day",
    "quarter": "quarter",
}


#: "15 hours a day", "3 visits per week": the period of a rate, after a number and its unit
_RATE = (
    r"\b\d+(?:\.\d+)? (?:(?!(?:and|or|older|younger|over|under|above|below|plus|up) )[a-z]+ ){1,2}"
    r"((?:a|an|per) (?:second|minute|hour|day|week|month|year))\b"
)  # … but "65 and older per year" is a grouping by year after a comparison


#: a rate's period right after its number ("more than $100,000 a year"); "per year" there
#: stays a grouping ("below 80 per year")
_RATE_BARE = r"\b\d+(?:\.\d+)? ((?:a|an) (?:second|minute|hour|day|week|month|year))\b"


def read_units(q: Question, r: Reading) -> None:
    text = q.joined()
    m = re.search(
        r"\bbin(?:ning|ned|s)? (?:the )?(?:(.+?) )?(?:by|into|in|to|as) (?:the )?(?:a )?(year|month|weekday|week|day|date|quarter)s?\b(?: interval)?",
        text,
    )
    if m is not None:  # "bin the date by weekday": a part of the date named
        r.unit = _BIN_UNITS[m[2]]
        head = q.span(m.start(), m.start(1) if m[1] else m.start(2))
        q.claim(head[0], head[1], "bin")
        r.unit_span = claim(q, m, f"time unit {r.unit}", group=2)
        if m[1]:
            after = q.span(m.end(1), m.start(2))
            q.claim(after[0], after[1], "bin")
            r.x_words = q.span(m.start(1), m.end(1))
        if m[0].endswith("interval"):
            q.claim(*q.span(m.end() - 8, m.end()), "bin")
        return
    for m in re.finditer(r"\bacross the (?:days|weeks|months|quarters)(?= (?:of|in) )", text):
        if is_free(q, m):  # "average … across the months of 2009": one number over them
            claim(q, m, "over all rows")
    over_span(q)  # "the highest rate in these years": no grouping by year
    rates = [*re.finditer(_RATE, text), *re.finditer(_RATE_BARE, text)]
    for m in rates:  # "sleep more than 15 hours a day", "earn more than 10,000 a month"
        lo, hi = q.span(m.start(1), m.end())
        if not (lo and q.words[lo - 1].comma):  # "above 50 cents, per year": a grouping
            q.claim(lo, hi, "unit")
    if not re.search(
        r"month of (?:the )?year|day of (?:the )?week|hour of (?:the )?day|quarter of", text
    ):
        for pattern, unit in _GROUPED_UNITS:  # "daily low temperature by year": the grouping wins
            if (m := re.search(pattern, text)) and is_free(q, m) and not counted_units(text, m):
                r.unit, r.unit_span = unit, claim(q, m, f"time unit {unit}")
                break
    for pattern, unit in _UNITS:
        if r.unit:
            break
        for m in re.finditer(pattern, text):
            if is_free(q, m) and counted_units(text, m):
                claim(q, m, "counted time")  # the rows counted, never a column named Quarter
            if not is_free(q, m):
                continue
            r.unit = r.unit or unit
            r.unit_span = r.unit_span or claim(q, m, f"time unit {unit}")
            break
        if r.unit:
            break
    if (
        m := re.search(
            r"\b(?:changed? )?(?:over|through|across) time\b|\btime ?series\b|\btrends?\b|\bevolution\b|\bover the (?:years|months|period)\b|\bchanged?\b"
            r"|\b(?:through(?:out)?|over|across) the year\b",  # "demand through the year"
            text,
        )
    ) and is_free(q, m):
        r.over_time = True
        claim(q, m, "over time")


# ------------------------------------------------------------------ time ranges


def _year(text: str) -> int:
    return int(text)


def _year_spans() -> list[tuple[str, Callable[[re.Match[str]], TimeRange]]]:
    """ "between 2000 and 2005", "from 1995 to 2012", "2010 to 2014", "2000-2012"; and
    "July 2016 to August 2017": one span from the first month to the end of the last."""
    return [
        (
            rf"\b(?:between |from )?({MONTH_RE}) (?:of )?({YEAR_RE}) ?(?:to|until|through|thru"
            rf"|and|-|–) ?({MONTH_RE}) (?:of )?({YEAR_RE})\b",
            lambda m: _months_span(MONTHS[m[1]], _year(m[2]), MONTHS[m[3]], _year(m[4])),
        ),
        (
            rf"\b(?:between|from) (?:the years? )?({YEAR_RE}) (?:and|to|until|through|-) ({YEAR_RE})\b",
            lambda m: _years(_year(m[1]), _year(m[2])),
        ),
        (  # "per year, 2010 to 2014", "by year, 2000-2012": a span of years without "from"
            rf"\b({YEAR_RE}) ?(?:to|until|through|thru|-|–) ?-?({YEAR_RE})\b",
            lambda m: _years(min(_year(m[1]), _year(m[2])), max(_year(m[1]), _year(m[2]))),
        ),
        (  # "over 1960-78", "1995–05": the end year's last two digits
            rf"\b({YEAR_RE}) ?(?:-|–) ?(\d\d)\b(?! ?%)",
            lambda m: _years(_year(m[1]), short_end(_year(m[1]), int(m[2]))),
        ),
    ]


_QUARTERS = ("first", "second", "third", "fourth")


def _parts_of_years() -> list[tuple[str, Callable[[re.Match[str]], TimeRange]]]:
    """ "from June to September" (those months of every year), "the first half of 1849"."""
    return [
        (  # "from June to September": those months of every year
            rf"\b(?:from|between) ({MONTH_RE}) (?:to|and|through|until|-|–) ({MONTH_RE})\b(?! (?:of )?\d)",
            lambda m: _months_of_years(MONTHS[m[1]], MONTHS[m[2]]),
        ),
        (  # "in Q4 2024": the months of that quarter of that year
            rf"\b(?:in |during |for )?q([1-4]) (?:of )?({YEAR_RE})\b",
            lambda m: _part_of_year(_QUARTERS[int(m[1]) - 1], "quarter", _year(m[2])),
        ),
        (  # "in the first half of 1849", "the third quarter of 2020": months of that year
            rf"\b(?:in |during )?the (first|second|third|fourth|last) (half|quarter) of ({YEAR_RE})\b",
            lambda m: _part_of_year(m[1], m[2], _year(m[3])),
        ),
    ]


def _open_years() -> list[tuple[str, Callable[[re.Match[str]], TimeRange]]]:
    """ "since 1995", "model year 2000 or newer", "before 2010": years open at one end."""
    return [
        (  # "since the start of 2016", "after the end of 2019": from the first or the next year
            rf"\b(?:since|from|starting|after|as of) the (?:very )?(start|beginning|end) of ({YEAR_RE})\b",
            lambda m: _years(_year(m[2]) + (1 if m[1] == "end" else 0), None),
        ),
        (  # "until the end of 1990", "before the start of 2000": up to that year or the one before
            rf"\b(?:before|until|till|up to|through|by|prior to) the (?:very )?(start|beginning|end) of ({YEAR_RE})\b",
            lambda m: _years(None, _year(m[2]) - (0 if m[1] == "end" else 1)),
        ),
        (
            rf"\b(?:since|from|starting(?: in)?|after|as of|beginning(?: in)?) ({YEAR_RE})\b(?: on(?:wards?)?)?",
            lambda m: _years(_year(m[1]) + (1 if m[0].startswith("after") else 0), None),
        ),
        (  # "model year 2000 or newer", "2004 onwards": that year on ("or later" is a comparison)
            rf"\b({YEAR_RE}) (?:(?:or|and) newer|on ?wards?|and beyond)\b",
            lambda m: _years(_year(m[1]), None),
        ),
        (  # "founded in 1990 or later": said of a time, "in" before the year
            rf"\b(?:in|from) ({YEAR_RE}) (?:or|and) (?:later|after)\b",
            lambda m: _years(_year(m[1]), None),
        ),
        (  # "had died by 1992": up to that year, said at the end of a clause
            rf"\bby ({YEAR_RE})(?= *(?:$|[?,.;!]))",
            lambda m: _years(None, _year(m[1])),
        ),
        (
            rf"\b(?:before|until|prior to|up to|through|till) ({YEAR_RE})\b",
            lambda m: _years(
                None, _year(m[1]) - (0 if re.match("(?:until|through|up to|till)", m[0]) else 1)
            ),
        ),
    ]


def read_ranges(q: Question, r: Reading) -> None:
    text = q.joined()
    patterns: list[tuple[str, Callable[[re.Match[str]], TimeRange | None]]] = [
        *said_days(),  # … and days of the year said with no year (:func:`month_days`)
        *_year_spans(),
        *listed_years(),
        *compared_years(),
        *decades(),
        *open_months(),
        *listed_months(),
        (
            rf"\b(?:in |during |for |of )?({MONTH_RE}) (?:of )?({YEAR_RE})\b",
            lambda m: _month_of(MONTHS[m[1]], _year(m[2])),
        ),
        *_parts_of_years(),
        *_open_years(),
        (
            rf"\b(?:in|during|for|of|only|over|throughout) ({YEAR_RE})\b|^({YEAR_RE})\b|\b({YEAR_RE})(?=$| only)",
            lambda m: _years(_year(m[1] or m[2] or m[3]), _year(m[1] or m[2] or m[3])),
        ),
        (  # "histogram of 2013 populations": "of" read already as part of "histogram of";
            # "the 2016 freedom scores": a year said as an adjective before what is measured
            rf"(?:(?<=\bof )|(?<=\bthe )|(?<=\btheir )|(?<=\bits ))({YEAR_RE})\b(?= [a-z])"
            r"(?! (?:largest|biggest|smallest|most|least|top|best|worst|highest|lowest|richest"
            r"|data|dataset|records|rows|entries|table)\b)",  # "the 1999 data": which year column?
            lambda m: _years(_year(m[1]), _year(m[1])),
        ),
        (
            # "in June, July or August" (the commas are gone from the joined words)
            rf"\b(?:in|during|for|of|only) (?:any |every )?({MONTH_RE}(?:(?:,| and| or)? {MONTH_RE})*)\b",
            lambda m: TimeRange(months=[MONTHS[x] for x in re.findall(MONTH_RE, m[1])]),
        ),
        (  # "total July sales": a month's name before what is measured (never "may", "march")
            r"\b(january|february|april|june|july|august|september|october|november|december)"
            r"(?= [a-z])(?! (?:of|to|through|until|and|or)\b)",
            lambda m: TimeRange(months=[MONTHS[m[1]]]),
        ),
        (
            r"\b(?:in|during) the (first|second) half of (?:the|each) year\b",
            lambda m: TimeRange(months=list(range(1, 7) if m[1] == "first" else range(7, 13))),
        ),
        (
            r"\b(?:(?:in|during|for|of) )?the (first|second|third|fourth|1st|2nd|3rd|4th|last) quarters?\b"
            r"|\b(?:in |during |for )?(q[1-4])\b",
            lambda m: TimeRange(quarters=[_ordinal(m[1] or m[2])]),
        ),
        (
            r"\b(?:on|for) (mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays)\b",
            lambda m: TimeRange(weekdays=_weekdays(m[1])),
        ),
        (
            r"\b(?:from|after|since) (\d{1,2}) ?(am|pm) ?(?:on(?:wards?)?)?\b",
            lambda m: TimeRange(hours=(_hour(int(m[1]), m[2]), None)),
        ),
        (
            r"\b(?:before|until) (\d{1,2}) ?(am|pm)\b",
            lambda m: TimeRange(hours=(None, _hour(int(m[1]), m[2]))),
        ),
        (
            r"\b(?:in the )?(?:last|past|previous|recent) (\d+ )?(day|week|month|quarter|year)s?\b",
            lambda m: TimeRange(relative=(int(m[1] or 1), m[2])),
        ),
    ]
    for pattern, build in patterns:
        for m in re.finditer(pattern, text):
            if is_free(q, m) and counted_units(text, m):
                claim(q, m, "counted time")  # the rows counted, never a column named Quarter
            if not is_free(q, m) or price_base(text, m) or supposed(text, m):
                continue
            found = build(m)
            if found is None:
                continue  # "31 February 2003": no day
            found.span = claim(q, m, "time range")
            r.ranges.append(found)
    capital_months(q, r)


def _ordinal(word: str) -> int:
    return {
        "first": 1,
        "1st": 1,
        "second": 2,
        "2nd": 2,
        "third": 3,
        "3rd": 3,
        "fourth": 4,
        "4th": 4,
        "last": 4,
        "q1": 1,
        "q2": 2,
        "q3": 3,
        "q4": 4,
    }[word]


def _hour(h: int, ampm: str) -> int:
    return (h % 12) + (12 if ampm == "pm" else 0)


def _weekdays(word: str) -> list[int]:
    if word.startswith("weekend"):
        return [6, 7]
    if word == "weekdays":
        return [1, 2, 3, 4, 5]
    return [WEEKDAYS[word.rstrip("s") if word.rstrip("s") in WEEKDAYS else word]]


def _months_span(m1: int, y1: int, m2: int, y2: int) -> TimeRange:
    """From the first day of month ``m1`` of ``y1`` to the end of month ``m2`` of ``y2``."""
    if (y2, m2) < (y1, m1):
        m1, y1, m2, y2 = m2, y2, m1, y1
    hi = date(y2 + 1, 1, 1) if m2 == 12 else date(y2, m2 + 1, 1)
    return TimeRange(lo=date(y1, m1, 1), hi=hi, years=(y1, y2))


def _part_of_year(ordinal: str, part: str, year: int) -> TimeRange:
    """The months of a year's half or quarter ("the first half of 1849": January to June; an
    ordinal past the year's parts, its last)."""
    first, last = year_part(ordinal, part) or year_part("last", part) or (1, 12)
    return _months_span(first, year, last, year)


def _months_of_years(first: int, last: int) -> TimeRange:
    """The months from ``first`` to ``last`` (wrapping past December) in any year."""
    months = (
        list(range(first, last + 1)) if first <= last else [*range(first, 13), *range(1, last + 1)]
    )
    return TimeRange(months=months)
