"""Read a question's instructions: chart, sort, top-N, time units, time ranges,
comparisons, aggregate words, grouping cues, bins and axes.

Each recognizer is a small pure function over the :class:`~.question.Question`: it
finds its phrase, records what it means in the :class:`Reading` and claims the
words it used. Nothing here knows a schema; linking the remaining words to tables,
columns and values is :mod:`.link`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from .question import Question

__all__ = ["Agg", "Compare", "Reading", "TimeRange", "read"]

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for m in names
}
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
_MONTH_RE = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
_YEAR_RE = r"(?:1[89]\d\d|20\d\d)"


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


def _claim(q: Question, m: re.Match[str], why: str, group: int | str = 0) -> tuple[int, int]:
    lo, hi = q.span(m.start(group), m.end(group))
    q.claim(lo, hi, why)
    return lo, hi


def _free(q: Question, m: re.Match[str]) -> bool:
    lo, hi = q.span(m.start(), m.end())
    return all(q.free(i) for i in range(lo, hi))


# ------------------------------------------------------------------ chart words
_MARKS: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:pie|donut|doughnut)(?: chart| graph| plot)?s?\b|\b(?:what )?(?:share|proportion|percentage|fraction) of\b|\bproportions\b",
        "arc",
    ),
    (r"\bheat ?maps?\b", "heatmap"),
    (r"\bbox ?plots?\b|\bbox(?:-and-whisker)? (?:chart|plot)s?\b", "box"),
    (r"\bhistograms?\b", "histogram"),
    (r"\bscatter ?(?:plot|chart|graph)?s?\b", "point"),
    (r"\barea (?:chart|plot|graph)s?\b", "area"),
    (r"\bline (?:chart|graph|plot)s?\b|\blines\b|\bas a line\b|\ba line\b", "line"),
    (r"\b(?:bar|column) (?:chart|graph|plot)s?\b|\bbars\b|\bas bars\b|\bbar\b", "bar"),
    (r"\b(?:as a|in a) table\b|\btabulate\b", "table"),
    (r"\b(?:kpi|single number|big number)\b", "kpi"),
)


def _mark(q: Question, r: Reading) -> None:
    text = q.joined()
    for pattern, mark in _MARKS:
        if m := re.search(pattern, text):
            r.mark = mark
            _claim(q, m, "chart type")
            if mark == "histogram":
                r.histogram = True
            break
    if re.search(r"\bgroup(?:ed|ing)? scatter", text):
        r.grouped_points = True
    if m := re.search(r"\bstack(?:ed)?\b", text):
        r.stack = "zero"
        r.mark = r.mark or "bar"
        _claim(q, m, "stacked")
    elif m := re.search(r"\b(?:side by side|grouped|clustered)\b", text):
        r.stack = "grouped"
        _claim(q, m, "side by side")
    elif m := re.search(r"\bnormali[sz]ed\b|\b100 ?%", text):
        r.stack = "normalize"
        _claim(q, m, "normalized")
    for m in re.finditer(
        r"\b(?:as|in|into|with|using|on|by|via) (?:a|an) (?:\w+ )?(?:chart|plot|graph|diagram|visuali[sz]ation)s?\b"
        r"|\b(?:chart|graph|diagram|visuali[sz]ation)s?\b|^(?:please )?(?:draw|plot|visuali[sz]e)\b|\b(?:draw|visuali[sz]e)\b",
        text,
    ):
        _claim(q, m, "chart words")


# ------------------------------------------------------------------ sort and top-N
_DESC = r"reversed? (?:lexicographical|alphabetical)(?: order)?|desc|descending|decreasing|highest first|largest first|biggest first|most first|from (?:the )?(?:high|large|big|top|most|old)\w* to (?:the )?(?:low|small|bottom|least|young)\w*|largest to smallest|highest to lowest|most to least"
_ASC = r"asc|ascending|increasing|lowest first|smallest first|least first|from (?:the )?(?:low|small|bottom|least|young)\w* to (?:the )?(?:high|large|big|top|most|old)\w*|smallest to largest|lowest to highest|alphabetical(?:ly)?|lexicographical(?:ly)?|a to z"


_SORT_VERB = re.compile(
    r"\b(?:sort|sorted|sorting|order|ordered|ordering|rank|ranked|ranking|arrange|arranged|list|listed|"
    r"display|displayed|show|shown|put|present|presented)\b"
)


def _sort(q: Question, r: Reading) -> None:
    """ "sorted by the y-axis in descending order", "list by the Name in desc", "from the oldest
    to the youngest": the direction, the axis, and the words naming what is sorted (left free
    for linking: :func:`~.planner` decides whether they name x or y)."""
    text = q.joined()
    direction = None
    for m in re.finditer(rf"\b(?:in |by )?(?:the )?(?:{_DESC}|{_ASC})\b(?: order)?", text):
        direction = m
    if direction is None:
        if by := re.search(
            r"\b(?:sort|sorted|order|ordered|rank|ranked|arrange|arranged) (?:it |them )?by\b", text
        ):
            r.sort_words = _claim(q, by, "sort")
        return
    r.descending = bool(re.search(rf"\b(?:{_DESC})\b", direction[0]))
    lo, hi = q.span(direction.start(), direction.end())
    start = lo
    head = text[: direction.start()]
    verbs = [
        v
        for v in _SORT_VERB.finditer(head)
        if direction.start() - v.end() <= (45 if re.match(r"sort|order|rank|arrang", v[0]) else 22)
    ]
    if verbs:
        v = verbs[-1]
        start = q.span(v.start(), v.end())[0]
        q.claim(start, start + 1, "sort")
        between = text[v.end() : direction.start()]
        if re.search(r"\b(?:y|yaxis|y axis|y-axis)(?:\b|$)", between):
            r.sort_channel = "y"
        elif re.search(r"\b(?:x|xaxis|x axis|x-axis)\b", between):
            r.sort_channel = "x"
        for w in re.finditer(
            r"\b(?:it|them|the|by|in|result|results|x|y|axis|xaxis|yaxis|x-axis|y-axis|the x|the y|bars)\b",
            between,
        ):
            i = q.span(v.end() + w.start(), v.end() + w.end())[0]
            if q.free(i):
                q.claim(i, i + 1, "sort")
    q.claim(lo, hi, "sort")
    tail = re.match(
        r" by (?:the )?((?:x|y)(?:[- ]?axis)?|xaxis|yaxis)\b| by (?:the )?", text[direction.end() :]
    )
    if tail is not None:  # "in ascending by the X", "in desc by the names"
        t_lo, t_hi = q.span(direction.end() + tail.start(), direction.end() + tail.end())
        q.claim(t_lo, t_hi, "sort")
        hi = max(hi, t_hi + (0 if tail[1] else 3))
        if tail[1]:
            r.sort_channel = "y" if tail[1].startswith("y") else "x"
    r.sort_words = (start, hi)
    if r.sort_channel is None and re.fullmatch(
        r"(?:in |by )?(?:the )?(?:asc|ascending|desc|descending)(?: order)?", direction[0]
    ):
        said = q.texts(start + 1, lo) if start < lo else []
        r.bare_sort = not [
            w
            for w in said
            if w not in ("it", "them", "the", "in", "by", "and", "result", "results", "order")
        ]
    if r.sort_channel is None and re.search(r"alphabetical|a to z|lexicographical", direction[0]):
        r.sort_channel = "x"


def _top(q: Question, r: Reading) -> None:
    text = q.joined()
    top = re.search(
        r"(?<!\bat )\b(top|first|best|largest|biggest|highest|most|leading) (\d+)(?![.\d])\b", text
    )
    bottom = re.search(
        r"(?<!\bat )\b(bottom|last|worst|smallest|lowest|least|fewest) (\d+)(?![.\d])\b", text
    )
    the_n = re.search(r"\bthe (\d+) (?=\w)", text)
    if top and q.words[q.span(top.start(2), top.end(2))[0]].hyphen:
        top = None  # "highest 7-day viewers": a compound word, not a count
    if bottom and q.words[q.span(bottom.start(2), bottom.end(2))[0]].hyphen:
        bottom = None
    if top:
        r.top, r.descending = int(top[2]), True
        _claim(q, top, "top N")
    elif bottom:
        r.top, r.descending = int(bottom[2]), False
        _claim(q, bottom, "bottom N")
    elif the_n and 1 <= int(the_n[1]) <= 100:
        # "the 3 oldest bakers", "the 5 years with the highest inflation": the superlative decides
        after = text[the_n.end() :]
        sup = re.search(
            r"\b(?:most|highest|largest|biggest|oldest|heaviest|longest|best|greatest|windiest|hottest|"
            r"least|lowest|smallest|youngest|lightest|shortest|worst|fewest|coldest)\b",
            after,
        )
        if sup:
            r.top = int(the_n[1])
            if sup[0] not in IMPLIED:  # "the 3 pizzas with the lowest revenue": a sort
                q.claim(*q.span(the_n.end() + sup.start(), the_n.end() + sup.end()), "top N")
            r.descending = sup[0] not in (
                "least",
                "lowest",
                "smallest",
                "youngest",
                "lightest",
                "shortest",
                "worst",
                "fewest",
                "coldest",
            )
            _claim(q, the_n, "top N")
    elif m := re.search(
        r"\bwhich (\d+) .*?\b(most|highest|largest|biggest|fewest|least|lowest|smallest)\b", text
    ):
        r.top = int(m[1])
        r.descending = m[2] in ("most", "highest", "largest", "biggest")
        q.claim(*q.span(m.start(1), m.end(1)), "top N")
        q.claim(*q.span(m.start(2), m.end(2)), "top N")
    elif (m := re.search(r"\btop\b", text)) and _free(q, m):
        r.top, r.descending = 10, True
        _claim(q, m, "top N")
    elif m := re.search(
        r"\bwhich (\w+ )?(?:has|have|had) the (most|highest|largest|fewest|least|lowest)\b", text
    ):
        r.descending = m[2] in ("most", "highest", "largest")


# ------------------------------------------------------------------ time units
_UNITS: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:by |per |each |for each |in each )?month of (?:the )?year\b|\bcalendar month\b|\bseasonality\b",
        "month",
    ),
    (r"\b(?:by |per |each )?(?:weekday|day of (?:the )?week|days of (?:the )?week)s?\b", "weekday"),
    (
        r"\b(?:by |per |each |for each )?hour of (?:the )?day\b|\bhourly\b|\b(?:by|per|each|every) hour\b",
        "hour",
    ),
    (r"\b(?:by |per |each )?quarter of (?:the )?year\b", "quarter"),
    (
        r"\bmonthly\b|\b(?:by|per|each|every|a) month\b|\bmonth (?:by|over|to) month\b|\bmonths\b(?= of)",
        "yearmonth",
    ),
    (
        r"\bquarterly\b|\b(?:by|per|each|every|a) quarter\b|\bquarter (?:by|over|to) quarter\b|\bquarters\b",
        "yearquarter",
    ),
    (r"\bweekly\b|\b(?:by|per|each|every|a) week\b|\bweek (?:by|over|to) week\b", "yearweek"),
    (r"\bdaily\b|\b(?:by|per|each|every|a) (?:day|date)\b|\bday by day\b", "day"),
    (
        r"\byearly\b|\bannual(?:ly)?\b|\b(?:by|per|each|every|a|of each) year\b|\byear (?:by|over|to) year\b|\bover the years\b|\bthrough the years\b",
        "year",
    ),
)


_GROUPED_UNITS = (
    (r"\b(?:by|per|each|every|for each|in each) year\b", "year"),
    (r"\b(?:by|per|each|every|for each|in each) month\b", "yearmonth"),
    (r"\b(?:by|per|each|every|for each|in each) quarter\b", "yearquarter"),
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


def _units(q: Question, r: Reading) -> None:
    text = q.joined()
    m = re.search(
        r"\bbin(?:ning|ned|s)? (?:the )?(?:(.+?) )?(?:by|into|in|to|as) (?:the )?(?:a )?(year|month|weekday|week|day|date|quarter)s?\b(?: interval)?",
        text,
    )
    if m is not None:  # "bin the date by weekday": a part of the date named
        r.unit = _BIN_UNITS[m[2]]
        head = q.span(m.start(), m.start(1) if m[1] else m.start(2))
        q.claim(head[0], head[1], "bin")
        r.unit_span = _claim(q, m, f"time unit {r.unit}", group=2)
        if m[1]:
            after = q.span(m.end(1), m.start(2))
            q.claim(after[0], after[1], "bin")
            r.x_words = q.span(m.start(1), m.end(1))
        if m[0].endswith("interval"):
            q.claim(*q.span(m.end() - 8, m.end()), "bin")
        return
    if not re.search(
        r"month of (?:the )?year|day of (?:the )?week|hour of (?:the )?day|quarter of", text
    ):
        for pattern, unit in _GROUPED_UNITS:  # "daily low temperature by year": the grouping wins
            if (m := re.search(pattern, text)) and _free(q, m):
                r.unit, r.unit_span = unit, _claim(q, m, f"time unit {unit}")
                break
    for pattern, unit in _UNITS:
        if r.unit:
            break
        for m in re.finditer(pattern, text):
            if not _free(q, m):
                continue
            r.unit = r.unit or unit
            r.unit_span = r.unit_span or _claim(q, m, f"time unit {unit}")
            break
        if r.unit:
            break
    if (
        m := re.search(
            r"\b(?:over|through|across) time\b|\btime ?series\b|\btrends?\b|\bevolution\b|\bover the (?:years|months|period)\b|\bchanged?\b",
            text,
        )
    ) and _free(q, m):
        r.over_time = True
        _claim(q, m, "over time")


# ------------------------------------------------------------------ time ranges
def _year(text: str) -> int:
    return int(text)


def _ranges(q: Question, r: Reading) -> None:
    text = q.joined()
    patterns: list[tuple[str, Callable[[re.Match[str]], TimeRange]]] = [
        (
            rf"\b(?:between|from) (?:the years? )?({_YEAR_RE}) (?:and|to|until|through|-) ({_YEAR_RE})\b",
            lambda m: _years(_year(m[1]), _year(m[2])),
        ),
        (
            rf"\b({_YEAR_RE}) (?:compared (?:with|to)|vs\.?|versus|against|and|or) ({_YEAR_RE})\b",
            lambda m: TimeRange(
                year_list=[int(m[1]), int(m[2])],
                lo=date(min(int(m[1]), int(m[2])), 1, 1),
                hi=date(max(int(m[1]), int(m[2])) + 1, 1, 1),
            ),
        ),
        (
            r"\b(?:in |during |of )?the ((?:1[89]|20)\d)0s\b",
            lambda m: _decade(m[1]),
        ),
        (
            rf"\b(?:in |during |for |of )?({_MONTH_RE}) (?:of )?({_YEAR_RE})\b",
            lambda m: _month_of(MONTHS[m[1]], _year(m[2])),
        ),
        (
            rf"\b(?:since|from|starting(?: in)?|after|as of|beginning(?: in)?) ({_YEAR_RE})\b(?: on(?:wards?)?)?",
            lambda m: _years(_year(m[1]) + (1 if m[0].startswith("after") else 0), None),
        ),
        (
            rf"\b(?:before|until|prior to|up to|through|till) ({_YEAR_RE})\b",
            lambda m: _years(
                None, _year(m[1]) - (0 if re.match("(?:until|through|up to|till)", m[0]) else 1)
            ),
        ),
        (
            rf"\b(?:in|during|for|of|only|over|throughout) ({_YEAR_RE})\b|^({_YEAR_RE})\b|\b({_YEAR_RE})(?=$| only)",
            lambda m: _years(_year(m[1] or m[2] or m[3]), _year(m[1] or m[2] or m[3])),
        ),
        (
            rf"\b(?:in|during|for|of|only) ({_MONTH_RE}(?:(?:,| and| or) {_MONTH_RE})*)\b",
            lambda m: TimeRange(months=[MONTHS[x] for x in re.findall(_MONTH_RE, m[1])]),
        ),
        (
            r"\b(?:in|during) the (first|second) half of (?:the|each) year\b",
            lambda m: TimeRange(
                months=list(range(1, 7)) if m[1] == "first" else list(range(7, 13))
            ),
        ),
        (
            r"\b(?:in|during) the (first|second|third|fourth|1st|2nd|3rd|4th|last) quarter\b",
            lambda m: TimeRange(quarters=[_ordinal(m[1])]),
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
            if not _free(q, m):
                continue
            found = build(m)
            found.span = _claim(q, m, "time range")
            r.ranges.append(found)


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
    }[word]


def _hour(h: int, ampm: str) -> int:
    return (h % 12) + (12 if ampm == "pm" else 0)


def _weekdays(word: str) -> list[int]:
    if word.startswith("weekend"):
        return [6, 7]
    if word == "weekdays":
        return [1, 2, 3, 4, 5]
    return [WEEKDAYS[word.rstrip("s") if word.rstrip("s") in WEEKDAYS else word]]


def _years(lo: int | None, hi: int | None) -> TimeRange:
    return TimeRange(
        lo=date(lo, 1, 1) if lo is not None else None,
        hi=date(hi + 1, 1, 1) if hi is not None else None,
        years=(lo, hi),
    )


def _decade(head: str) -> TimeRange:
    start = int(head) * 10 if len(head) == 3 else int(head)
    return _years(start, start + 9)


def _month_of(month: int, year: int) -> TimeRange:
    hi = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return TimeRange(lo=date(year, month, 1), hi=hi, years=(year, year), months=[month])


# ------------------------------------------------------------------ comparisons
_OPS: tuple[tuple[str, str], ...] = (
    (
        r"at least|no less than|not less than|greater than or equal to|or more|and (?:more|above|over)|minimum of",
        ">=",
    ),
    (
        r"at most|no more than|not more than|less than or equal to|or less|or fewer|or younger|and (?:less|below|under)|maximum of|up to",
        "<=",
    ),
    (
        r"(?:greater|more|larger|higher|bigger|older|longer|heavier|taller|later) than|above|over|exceed(?:s|ing|ed)?|beyond",
        ">",
    ),
    (r"(?:less|fewer|smaller|lower|younger|shorter|lighter|earlier) than|below|under|beneath", "<"),
    (r"(?:equal to|equals|exactly)", "="),
)


def _compares(q: Question, r: Reading) -> None:
    words = q.words
    text = q.joined()
    for m in re.finditer(
        r"\b(?:between|in the range of|from) (-?\d+(?:\.\d+)?) (?:and|to) (-?\d+(?:\.\d+)?)\b", text
    ):
        if not _free(q, m):
            continue
        lo, hi = q.span(m.start(), m.end())
        a, b = q.span(m.start(1), m.end(1))[0], q.span(m.start(2), m.end(2))[0]
        va, vb = words[a].number, words[b].number
        if va is None or vb is None:
            continue
        r.compares.append(Compare(">=", min(va, vb), lo, hi, a))
        r.compares.append(Compare("<=", max(va, vb), lo, hi, b))
        q.claim(lo, hi, "comparison between")
    for m in re.finditer(
        r"\b(older|younger|greater|more|less|bigger|smaller|higher|lower|larger|above|below) than (?:the )?(?:average|mean)\b",
        text,
    ):
        if _free(q, m):
            lo, hi = q.span(m.start(), m.end())
            op = (
                ">"
                if m[1] in ("older", "greater", "more", "bigger", "higher", "larger", "above")
                else "<"
            )
            r.compares.append(
                Compare(op, 0.0, lo, hi, lo, vs_average=True, implied=_IMPLIED_BY.get(m[1], ()))
            )
            q.claim(lo, hi, f"comparison {op} average")
    for m in re.finditer(r"\b(negative|positive|non-negative|nonnegative)\b", text):
        lo, hi = q.span(m.start(), m.end())
        if q.free(lo):
            op = {"negative": "<", "positive": ">"}.get(m[1], ">=")
            r.compares.append(Compare(op, 0.0, lo, hi, lo, after=True))
            q.claim(lo, hi, f"comparison {op} 0")
    for pattern, op in _OPS:
        before = rf"\b(?:{pattern}) (?:a |an |the )?(-?\d+(?:\.\d+)?)\b"
        after = rf"\b(-?\d+(?:\.\d+)?) (?:{pattern})\b"
        for regex, num_group in ((before, 1), (after, 1)):
            for m in re.finditer(regex, text):
                if not _free(q, m):
                    continue
                lo, hi = q.span(m.start(), m.end())
                ni = q.span(m.start(num_group), m.end(num_group))[0]
                value = words[ni].number
                if value is None:
                    continue
                scaled = None
                raw = float(words[ni].raw.split()[0].replace(",", "")) if words[ni].raw else value
                if raw != value:
                    scaled = raw
                word = re.match(r"\w+", m[0])
                implied = _IMPLIED_BY.get(word[0] if word else "", ())
                r.compares.append(
                    Compare(op, value, lo, hi, ni, scaled_from=scaled, implied=implied)
                )
                q.claim(lo, hi, f"comparison {op}")
                # a unit after the number ("50 grams", "20 minutes", "30 mm") belongs to it
                nxt = hi
                if nxt < len(words) and words[nxt].text in _UNIT_WORDS:
                    q.claim(nxt, nxt + 1, "unit")


#: comparatives that name the number compared
_IMPLIED_BY = {
    "older": ("age",),
    "younger": ("age",),
    "heavier": ("weight",),
    "lighter": ("weight",),
    "taller": ("height",),
    "shorter": ("height",),
}

_UNIT_WORDS = {
    "gram",
    "grams",
    "g",
    "kg",
    "kilograms",
    "pounds",
    "lbs",
    "minutes",
    "minute",
    "min",
    "mins",
    "hours",
    "hrs",
    "seconds",
    "secs",
    "days",
    "mm",
    "cm",
    "m",
    "km",
    "miles",
    "mi",
    "degrees",
    "degree",
    "percent",
    "%",
    "dollars",
    "usd",
    "eur",
    "euros",
    "times",
    "people",
    "inches",
    "feet",
    "ft",
    "years",
    "year",
}


# ------------------------------------------------------------------ aggregate words
_AGGS: tuple[tuple[str, str, bool], ...] = (
    (r"average|avg|mean|typical", "mean", True),
    (r"averaged", "mean", True),
    (r"median", "median", True),
    (r"total|sum|overall|combined|cumulative", "sum", True),
    (r"maximum|max|peak", "max", True),
    (r"minimum|min", "min", True),
    (
        r"highest|largest|biggest|greatest|heaviest|longest|oldest|windiest|hottest|warmest|wettest|rainiest|tallest|priciest|richest|most expensive",
        "max",
        False,
    ),
    (r"lowest|smallest|lightest|shortest|youngest|coldest|cheapest|driest|poorest", "min", False),
)


#: superlatives that name what they measure (no library derives these)
IMPLIED: dict[str, tuple[str, tuple[str, ...]]] = {
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
}


def _aggs(q: Question, r: Reading) -> None:
    text = q.joined()
    for m in re.finditer(
        r"\b(?:how many|number of|count of|count the|count|counts|tally|frequency of|amount of|by number sold|number sold|times sold)\b",
        text,
    ):
        if _free(q, m):
            r.counts.append(_claim(q, m, "count"))
    for pattern, agg, strict in _AGGS:
        for m in re.finditer(rf"\b(?:{pattern})\b", text):
            lo, hi = q.span(m.start(), m.end())
            if not all(q.free(i) for i in range(lo, hi)):
                continue
            if (
                agg == "sum"
                and m[0] == "total"
                and (tn := re.match(r"total (?:number|count)\b", text[m.start() :]))
            ):
                lo2, hi2 = q.span(m.start(), m.start() + tn.end())
                q.claim(lo2, hi2, "count")
                r.counts.append((lo2, hi2))
                continue
            implied = IMPLIED.get(m[0], (agg, ()))[1]
            r.aggs.append(Agg(agg, lo, hi, strict, implied))
    for m in re.finditer(r"\b(?:distinct|different|unique|separate)\b", text):
        r.distinct.add(q.span(m.start(), m.end())[0])


# ------------------------------------------------------------------ grouping, versus, bins, axes
def _groups(q: Question, r: Reading) -> None:
    text = q.joined()
    for m in re.finditer(
        r"\b(?:broken down by|split by|grouped by|group by|for each|for every|in each|of each|for the different|"
        r"according to|per|by|each|every|across|within each|over the|over|for different|for the different|across different)\b",
        text,
    ):
        if _free(q, m):
            lo, hi = q.span(m.start(), m.end())
            r.group_cues.update(range(lo, hi))
            q.claim(lo, hi, "grouping")
    for m in re.finditer(r"\b(?:vs\.?|versus|compared (?:with|to)|against|and)\b", text):
        if _free(q, m) and m[0] != "and":
            r.versus.append(_claim(q, m, "versus"))


def _bins(q: Question, r: Reading) -> None:
    text = q.joined()
    if m := re.search(
        r"\b(?:in |with |into |using )?(?:bins of |bin width of |buckets of )(\d+(?:\.\d+)?)\b(?: \w+)?",
        text,
    ):
        r.bin_step = q.words[q.span(m.start(1), m.end(1))[0]].number
    elif m := re.search(
        r"\b(?:in |with |into |using )?(\d+(?:\.\d+)?)[- ]?(\w+ )?(?:bins|buckets|intervals)\b",
        text,
    ):
        value = q.words[q.span(m.start(1), m.end(1))[0]].number
        if (
            m[2] is None
            and value is not None
            and value >= 3
            and value.is_integer()
            and "width" not in text
        ):
            r.bin_count = int(value)
        else:
            r.bin_step = value
    elif m := re.search(r"\b(\d+) (?:bins|buckets)\b", text):
        r.bin_count = int(m[1])
    else:
        m = None
    if m is not None:
        r.histogram = True
        _claim(q, m, "bins")
    if m := re.search(
        r"\b(?:distribution of|spread of|histogram of|how \w+ (?:are|is) distributed)\b", text
    ):
        r.distribution = True  # a histogram when one number is all it names (decided by form)
        _claim(q, m, "distribution")


def _axes(q: Question, r: Reading) -> None:
    text = q.joined()
    if m := re.search(
        r"\b(?:x[- ]?axis|the x) (?:is |as |shows |showing |represents )?(?:the )?(.+?)(?= and | with |,|\.|\by[- ]?axis\b|$)",
        text,
    ):
        r.x_words = q.span(m.start(1), m.end(1))
        q.claim(*q.span(m.start(), m.start(1)), "axis")
    if m := re.search(
        r"\b(?:y[- ]?axis|the y) (?:is |as |shows |showing |represents )?(?:the )?(.+?)(?= and | with |,|\.|\bx[- ]?axis\b|$)",
        text,
    ):
        r.y_words = q.span(m.start(1), m.end(1))
        q.claim(*q.span(m.start(), m.start(1)), "axis")
    if m := re.search(
        r"\b(?:colou?red by|colou?r by|stacked by|split by|group(?:ed)? by attribute|and group(?:ed)? by|(?:chart|plot|graph) that groups? by|broken down by|with a (?:line|bar|series) (?:for|per) (?:each )?|one (?:line|bar|series) (?:for|per) (?:each )?)(?:the )?(.+?)(?= and | with |,|\.|\bbin\b|$)",
        text,
    ):
        r.color_words = q.span(m.start(1), m.end(1))
        q.claim(*q.span(m.start(), m.start(1)), "colour")


def _followup(q: Question, r: Reading) -> None:
    text = q.joined()
    if re.match(
        r"^(?:now|instead|only|just|also|again|same|but|then|make it|switch|change|show it|as a|what about|and|how about)\b",
        text,
    ):
        r.followup = True
    if m := re.search(r"\binstead\b|\bas well\b", text):  # "average delay instead"
        r.followup = True
        _claim(q, m, "follow-up")


def _fillers(q: Question, r: Reading) -> None:
    """Asking words: "show me", "what is", "please", "give me a chart of"."""
    text = q.joined()
    for m in re.finditer(
        r"^(?:please |can you |could you |i want to |i'd like to |let's )?(?:show|plot|chart|draw|display|give|list|visuali[sz]e|compare|tell|find|get|return|what(?:'s| is| are| was| were)|which|who|where|when|how(?! many| much))\b(?: me| us)?"
        r"|\bplease\b|\bthanks?\b",
        text,
    ):
        _claim(q, m, "asking")


RECOGNIZERS: tuple[Recognizer, ...] = (
    _fillers,
    _mark,
    _bins,
    _axes,
    _sort,
    _top,
    _ranges,
    _units,
    _compares,
    _aggs,
    _groups,
    _followup,
)


def read(q: Question) -> Reading:
    """Run every recognizer over ``q`` (claiming the words each uses)."""
    r = Reading()
    for recognize in RECOGNIZERS:
        recognize(q, r)
    return r
