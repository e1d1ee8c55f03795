"""A table and its own number named alike: ``population(country, year, population)``.

"population of Brazil over time", "India's population in 2010": the word names the table
and a numeric column of it; a measure is meant (no "number of" / "how many" counts it), so
the word is the column, summed over the rows kept — not a count of the table's rows.
"""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from ..lexicon import split_name
from ..roles import calendar_part, summable
from .draft import Draft

__all__ = ["own_column", "range_trend", "units"]


def own_column(d: Draft) -> None:
    """Put the same-named numeric column first where a word names its table too."""
    counted = {i for lo, hi in d.r.counts for i in range(lo, hi + 2)}  # "number of [pop]"
    for m in d.free():
        if m.kind != "table" or m.lo in counted:
            continue
        own = split_name(m.table.name)
        for c in m.cands:
            if (
                c.kind == "column"
                and c.table is m.table
                and c.column is not None
                and split_name(c.column.name) == own
                and summable(c.table, c.column)
            ):
                m.cands.remove(c)
                m.cands.insert(0, c)
                break


def range_trend(d: Draft) -> None:
    """ "population of Nigeria between 2000 and 2010": a quantity over a span of years, with
    no aggregate said and nothing grouped, is its trend over those years — one total of a
    level over eleven years means nothing ("since 2000": the years from 2000 on). "total sales
    between 2000 and 2010" stays one number."""
    from .draft import Dim

    if d.dims or len(d.measures) != 1 or d.r.mark not in (None, "line"):
        return
    m = d.measures[0]
    if m.column is None or m.explicit:
        return
    for tr in d.r.ranges:
        # "since 2000" too: the years from 2000 to the data's last
        if tr.years is None or tr.years == (None, None) or tr.years[0] == tr.years[1]:
            continue
        for table, cond in d.where:
            column = _year_column(table, cond)
            if column is not None and table is m.table:
                d.dims.append(Dim(table, column))
                return


def _year_column(table: Table, cond: exp.Expression) -> Column | None:
    """The integer year column a condition compares."""
    ref = cond.this if isinstance(cond, (exp.GTE, exp.LTE, exp.Between)) else None
    if not isinstance(ref, exp.Column):
        return None
    column = table.column(ref.name)
    return column if column is not None and calendar_part(column) == "year" else None


def units(d: Draft) -> None:
    """ "average hours of sleep", "months of inventory": a calendar word that is the unit of
    the number named after it is claimed as a unit, so the aggregate before it reaches the
    number and no time axis is read from it."""
    from ..units import is_unit_of_measure

    texts = [w.text for w in d.q.words]
    numbers = {
        i
        for m in d.mentions
        for i in range(m.lo, m.hi)
        if m.kind == "column"
        and m.column is not None
        and m.column.semantic == "quantitative"
        and calendar_part(m.column) is None
    }
    for i in range(len(texts)):
        if i not in numbers and (
            (texts[i].endswith("s") and is_unit_of_measure(i, texts, numbers))
            or _years_of_a_noun(d, i, texts)
        ):
            d.q.claim(i, i + 1, "unit")
            for m in d.free():
                if m.lo <= i < m.hi:
                    d.take(m, "unit")  # "months" is no month column here
            if i + 1 < len(texts) and texts[i + 1] == "of":
                d.q.claim(i + 1, i + 2, "unit")


#: words after "years of" that make it a span of dates ("years of the war", "months of 2019")
_NOT_A_QUANTITY = frozenset(["the", "a", "an", "this", "that", "these", "those", "data", "each"])


def _years_of_a_noun(d: Draft, i: int, texts: list[str]) -> bool:
    """ "years of schooling", "hours of sleep", "months of experience": a plural calendar unit
    before "of" and a noun that names no date is a quantity's unit, never the year column,
    whatever the noun turns out to name."""
    from ..units import UNIT_WORDS

    if texts[i] not in UNIT_WORDS or not texts[i].endswith("s") or texts[i + 1 : i + 2] != ["of"]:
        return False
    noun = texts[i + 2] if i + 2 < len(texts) else ""
    if not noun.isalpha() or noun in _NOT_A_QUANTITY or noun in UNIT_WORDS:
        return False
    return not any(
        m.lo <= i + 2 < m.hi and (m.column is None or m.column.semantic == "temporal")
        for m in d.mentions
    )  # "years of [reign]" of a column of dates; "months of [orders]": the table's dates
