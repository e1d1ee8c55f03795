"""How a date is drawn over time when no unit is asked, and the time nouns that name no axis
("ridership on [days] when it snowed": which days are kept, not one point per day)."""

from __future__ import annotations

from ...catalog.model import Column
from ..date_grain import FEW_DATES
from .draft import Draft
from .link import Mention
from .question import Question

__all__ = ["default_unit", "kept_date", "kept_days"]


def default_unit(column: Column) -> str | None:
    """The unit a date is drawn by over time: its own values when they are few (a quarterly
    series' 48 quarters: a stock summed over a year's quarters means nothing), else a unit
    that makes a readable line of its span."""
    from datetime import date

    if 0 < (column.distinct or 0) <= FEW_DATES:
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
    before = words[max(0, i - _REACH) : i]
    if any(w.isdigit() or w.endswith("est") or w in ("most", "top", "least") for w in before):
        return False
    for word in reversed(before):
        if word == "on":
            return True
        if word in _BREAKS:
            return False
    return False


def kept_date(d: Draft, m: Mention) -> bool:
    """A date column named as the days kept ("ridership on [days] when it froze"), no axis."""
    return m.column is not None and m.column.semantic == "temporal" and kept_days(d.q, m.lo)
