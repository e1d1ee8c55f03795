"""A year said between an aggregate and what it aggregates: "average 1982 wage", "total 2019
sales" keep the rows of 1982 (of 2019), as "the 1982 wage" does — unless the year, read as
a name, already picked a column that carries it (``2020_gross_inc`` of "average 2020
income"): no word of the question was left for it then."""

from __future__ import annotations

from ..calendar_parts import YEARS
from .draft import Draft
from .said_years import years_range

__all__ = ["aggregated_years"]


def aggregated_years(d: Draft) -> None:
    """Read a free year right after a strict aggregate word, before a word of the question
    that names something, as that year kept."""
    words = d.q.words
    for agg in d.r.aggs:
        i = agg.hi
        if not agg.strict or i + 1 >= len(words) or not d.q.free(i):
            continue
        number = words[i].number
        if number is None or not float(number).is_integer() or words[i].hyphen:
            continue
        if not YEARS[0] <= number <= YEARS[1] or any(m.lo <= i < m.hi for m in d.mentions):
            continue
        if not any(m.lo == i + 1 for m in d.mentions):
            continue  # "average 1982 [wage]": a name after it
        found = years_range(int(number), int(number))
        found.span = (i, i + 1)
        d.r.ranges.append(found)
        d.q.claim(i, i + 1, "time range")
