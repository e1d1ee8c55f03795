"""Years and months said in words the time reader keeps apart from its other patterns:
"for 1970, 1978 and 1986" (those years), "the 1800s" (a century), "1900s to 1990s" (the
decades from one to the other), "September 2016 or later" (open at one end), "Hawaii's May
CO2" (a capital says the month), "in these years" / "over the period" (the whole span)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .question import Question
from .reading import MONTH_RE, MONTHS, YEAR_RE, Reading, TimeRange

__all__ = [
    "capital_months",
    "compared_years",
    "decades",
    "listed_months",
    "listed_years",
    "month_of",
    "open_months",
    "over_span",
    "years_range",
]

Pattern = tuple[str, Callable[[re.Match[str]], TimeRange | None]]


def years_range(lo: int | None, hi: int | None) -> TimeRange:
    """The years ``lo`` to ``hi``, either end open when None."""
    return TimeRange(
        lo=date(lo, 1, 1) if lo is not None else None,
        hi=date(hi + 1, 1, 1) if hi is not None else None,
        years=(lo, hi),
    )


def month_of(month: int, year: int) -> TimeRange:
    hi = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return TimeRange(lo=date(year, month, 1), hi=hi, years=(year, year), months=[month])


def listed_years() -> list[Pattern]:
    """ "for 1970, 1978 and 1986": those years, each of them (before any two-year pattern)."""
    return [
        (
            rf"\b{YEAR_RE}(?:,? {YEAR_RE})+,? (?:and|or) {YEAR_RE}\b",
            lambda m: _year_list([int(y) for y in re.findall(YEAR_RE, m[0])]),
        )
    ]


def compared_years() -> list[Pattern]:
    """ "1952 compared with 2007", "2010 vs 2020": those two years."""
    return [
        (
            rf"\b({YEAR_RE}) (?:compared (?:with|to)|vs\.?|versus|against|and|or|next to|beside|alongside)(?: in)? ({YEAR_RE})\b",
            lambda m: _year_list([int(m[1]), int(m[2])]),
        )
    ]


def listed_months() -> list[Pattern]:
    """ "over June, July and August 2017": the months listed, all of that one year."""
    return [
        (
            rf"\b(?:in |during |for |of |over )?((?:{MONTH_RE})(?:(?:,? and|,? or|,)? (?:{MONTH_RE}))+)"
            rf" (?:of )?({YEAR_RE})\b",
            lambda m: _months_of(re.findall(MONTH_RE, m[1]), int(m[2])),
        )
    ]


def _months_of(names: list[str], year: int) -> TimeRange:
    found = years_range(year, year)
    found.months = sorted({MONTHS[name] for name in names})
    return found


def _year_list(years: list[int]) -> TimeRange:
    return TimeRange(
        year_list=sorted(set(years)), lo=date(min(years), 1, 1), hi=date(max(years) + 1, 1, 1)
    )


def decades() -> list[Pattern]:
    """ "1900s to 1990s", "the 1860s", "the 1800s"."""
    return [
        (  # "1900s to 1990s": from the first decade's first year to the last one's last
            r"\b(?:from )?(?:the )?((?:1[89]|20)\d)0s (?:to|through|until|-|–) (?:the )?"
            r"((?:1[89]|20)\d)0s\b",
            lambda m: years_range(int(m[1]) * 10, int(m[2]) * 10 + 9),
        ),
        (
            r"\b(?:in |during |of |through )?the ((?:1[89]|20)\d)0s\b",
            lambda m: decade(m[1]),
        ),
    ]


def decade(head: str) -> TimeRange:
    """ "the 1860s": ten years; "the 1800s", "the 1900s": a century, as said of whole
    hundreds (but "the 2000s", the first decade of this century)."""
    start = int(head) * 10 if len(head) == 3 else int(head)
    if start % 100 == 0 and start < 2000:
        return years_range(start, start + 99)
    return years_range(start, start + 9)


def open_months() -> list[Pattern]:
    """ "September 2016 or later" / "onwards", "since June 2024": from that month on; "or
    earlier", "until June 2024": up to its end; "before June 2024": up to its start (before
    the pattern of a month of a year)."""
    return [
        (
            rf"\b(?:since|starting(?: in)?|beginning(?: in)?|as of) ({MONTH_RE}) (?:of )?({YEAR_RE})\b",
            lambda m: TimeRange(lo=date(int(m[2]), MONTHS[m[1]], 1)),
        ),
        (
            rf"\bafter ({MONTH_RE}) (?:of )?({YEAR_RE})\b",
            lambda m: TimeRange(lo=month_of(MONTHS[m[1]], int(m[2])).hi),
        ),
        (
            rf"\b(?:before|prior to) ({MONTH_RE}) (?:of )?({YEAR_RE})\b",
            lambda m: TimeRange(hi=date(int(m[2]), MONTHS[m[1]], 1)),
        ),
        (
            rf"\b(?:until|till|through|up to) ({MONTH_RE}) (?:of )?({YEAR_RE})\b",
            lambda m: TimeRange(hi=month_of(MONTHS[m[1]], int(m[2])).hi),
        ),
        (
            rf"\b(?:in |from |since )?({MONTH_RE}) (?:of )?({YEAR_RE})"
            r" (?:(?:or|and) (?:later|after)|on ?wards?)\b"
            rf"|\bfrom ({MONTH_RE}) (?:of )?({YEAR_RE}) on\b(?! (?:a|an|the|each|every|[a-z]+days?|weekends?)\b)",
            lambda m: TimeRange(lo=date(int(m[2] or m[4]), MONTHS[m[1] or m[3]], 1)),
        ),
        (
            rf"\b(?:in |until |through )?({MONTH_RE}) (?:of )?({YEAR_RE}) (?:or|and)"
            r" (?:earlier|before)\b",
            lambda m: TimeRange(hi=month_of(MONTHS[m[1]], int(m[2])).hi),
        ),
    ]


def capital_months(q: Question, r: Reading) -> None:
    """ "Hawaii's May CO2", "the March SOI": a capital inside the question says the month,
    never the verb (read after every other pattern, on the words still free)."""
    for i, w in enumerate(q.words):
        if i and w.raw in ("May", "March") and q.free(i):
            q.claim(i, i + 1, "time range")
            r.ranges.append(TimeRange(months=[MONTHS[w.text]], span=(i, i + 1)))


#: the whole span of the data said after an aggregate ("highest rate any state had in these
#: years", "states whose average product over the period exceeds …"): no grouping by time
_OVER_SPAN = re.compile(
    r"\b(?:in|during|across|over|for) (?:all )?(?:these|those) (?:years|months|days|weeks|quarters)\b"
    r"|\b(?:in|during|across|over|for) all (?:the )?(?:years|months|days|weeks|quarters)\b"
    r"|\b(?:average|mean|total|median|highest|lowest|maximum|minimum)\b(?: [a-z0-9']+){1,5}?"
    r" (over the (?:whole |entire )?period)\b"
)


def over_span(q: Question) -> None:
    """Claim "in these years", "over the period" (after an aggregate) as the rows all kept."""
    for m in _OVER_SPAN.finditer(q.joined()):
        span = q.span(m.start(1), m.end(1)) if m[1] else q.span(m.start(), m.end())
        if all(q.free(i) or q.used.get(i) == "over all rows" for i in range(*span)):
            q.claim(*span, "over all rows")
