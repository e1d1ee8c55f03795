"""How a date is drawn over time when no unit is asked, the time nouns that name no axis
("ridership on [days] when it snowed": which days are kept, not one point per day), and
whether dates are a series (drawn by their own values, a line) or a tally of the periods a
number compared keeps (bars)."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column
from ..roles import calendar_part
from ..words import AGGREGATE_WORDS
from .draft import Dim, Draft
from .link import Mention
from .question import Question

__all__ = [
    "clause_kept_axis",
    "default_unit",
    "few_periods",
    "kept_date",
    "kept_days",
    "kept_periods",
    "own_dates",
]


#: the most dates a line draws as they are, over time
_READABLE = 360


def few_periods(dim: Dim, unit: str | None) -> bool:
    """Whether a time axis holds at most two periods (years of a race held in 2017 and 2018):
    a line of two points is one segment; two bars compare them."""
    column = dim.column
    if column.semantic == "temporal" and (dim.unit or unit) == "year":
        lo, hi = str(column.min or ""), str(column.max or "")
        return lo[:4].isdigit() and hi[:4].isdigit() and int(hi[:4]) - int(lo[:4]) < 2
    return calendar_part(column) == "year" and 0 < (column.distinct or 0) <= 2


def default_unit(column: Column) -> str | None:
    """The unit a date is drawn by over time: its own values when a line of them is readable
    (up to 360 dates: 30 years of months; a price index's 240 months summed or averaged by
    year is another series than the one asked for), else a unit that makes a readable line
    of its span."""
    from datetime import date

    if 0 < (column.distinct or 0) <= _READABLE:
        return None
    lo, hi = str(column.min or ""), str(column.max or "")
    try:
        span = (date.fromisoformat(hi[:10]) - date.fromisoformat(lo[:10])).days
    except ValueError:
        return "yearmonth"
    return "year" if span > 6 * 365 else "yearmonth" if span > 120 else "day"


#: words that end the phrase a time noun heads, looking back for "on"
_BREAKS = frozenset(["and", "or", "by", "per", "vs", "versus", "of", "for", "each", "every"])
#: how many words may stand between "on" and the time noun ("on Bears home game days")
_REACH = 4


def kept_days(q: Question, i: int) -> bool:
    """Whether the time noun ``q.words[i]`` says which rows are kept, not an axis: "on days
    when …", "on Bears home game days"; not "the 3 windiest days", "on the 10 busiest days"
    (a number or a superlative ranks them: one bar each), nor "months with a total above …"
    (the months are the groups a condition keeps)."""
    words = [w.text for w in q.words]
    if _in_units_that(words, i):
        return True
    before = words[max(0, i - _REACH) : i]
    if any(w.isdigit() or w.endswith("est") or w in ("most", "top", "least") for w in before):
        return False
    for word in reversed(before):
        if word == "on":
            return True
        if word in _BREAKS:
            return False
    return False


#: words that open what a plural time noun after "in" is said to be: "in years [with] …"
_CLAUSE = frozenset(["with", "when", "where", "whose", "that", "which", "in", "during"])


def _in_units_that(words: list[str], i: int) -> bool:
    """ "how many crashes in [years] with 20 or more hijackings", "total … in the [months]
    when …": the units a clause says which of are the rows an aggregate is over, no axis
    ("northern rainfall in years whose …" lists those years)."""
    k = i - 1 if i and words[i - 1] == "the" else i
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return (
        any(w in AGGREGATE_WORDS for w in words)  # "total …", "how many …": one number
        and words[i].endswith("s")
        and k > 0
        and words[k - 1] in ("in", "during")
        and nxt in _CLAUSE
        and (nxt != "in" or words[i + 2 : i + 3] == ["which"])
    )


def kept_date(d: Draft, m: Mention) -> bool:
    """A date (or a calendar column's) named as the days kept ("ridership on [days] when it
    froze", "in [years] with …"), no axis."""
    return (
        m.column is not None
        and (m.column.semantic == "temporal" or bool(calendar_part(m.column)))
        and kept_days(d.q, m.lo)
    )


def clause_kept_axis(d: Draft) -> bool:
    """The time axis was said as units a clause keeps some of ("northern rainfall in
    [years] whose February SOI fell below -15"): those units are no series — bars."""
    words = d.q.texts()
    return any(
        why.startswith(("time axis", "time unit"))
        and words[i] in _UNITS
        and (
            words[i + 1 : i + 2] in (["whose"], ["when"], ["where"], ["with"])
            or words[i + 1 : i + 3] == ["in", "which"]
        )
        for i, why in d.q.used.items()
    )


#: the plural time nouns a clause may keep some of
_UNITS = frozenset(["years", "months", "quarters", "weeks", "days", "decades"])


def own_dates(d: Draft) -> bool:
    """ "Remain share by end date": dates drawn by their own values, each a point along the
    time — unless a number compared keeps some of them ("days with more than 150 deaths")."""
    dim = d.dims[0]
    if dim.column.semantic != "temporal" or dim.unit is not None or dim.binned:
        return False
    return not _compared(d, dim)


#: plural periods a count may count ("number of [days] with more than 100 deaths")
_PERIODS = frozenset(["days", "nights", "weeks", "months", "quarters", "hours"])


def kept_periods(d: Draft) -> bool:
    """ "number of days with at least 100 deaths, per year": the periods a number compared
    keeps, counted in each year — a tally of some days, drawn as bars, not a series."""
    m = d.measures[0] if d.measures else None
    if m is None or m.agg != "count" or m.column is not None:
        return False
    return bool(_PERIODS & set(d.q.texts())) and _compared(d, d.dims[0])


def _compared(d: Draft, dim: Dim) -> bool:
    """Whether the rows kept are kept by a number compared, on a column other than ``dim``'s."""
    compared = (exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Between)
    own = dim.column.name.lower()
    return any(
        not any(c.name.lower() == own for c in node.find_all(exp.Column))
        for _, cond in d.where
        for node in cond.find_all(*compared)
    )
