"""Numbers typed right before a number column's name keep its rows: "cars with 4 or 6
cylinders" is ``cylinders IN (4, 6)``, "homes with 3 bedrooms" is ``bedrooms = 3`` — not the
codes '4' and '6' of some other text column (a country id stored as text)."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column
from ..calendar_parts import YEARS
from ..lexicon import split_name
from .draft import Draft, column_ref
from .link import Mention
from .question import Word

__all__ = ["counted_values"]

#: words that join the numbers of one list ("4 or 6", "4, 6 and 8")
_JOINERS = frozenset(["or", "and", ","])


def counted_values(d: Draft) -> None:
    """Keep the rows whose number column, named right after a free number or a list of them,
    holds one of those numbers; the numbers are no longer read as any column's values."""
    words = d.q.words
    i = 0
    while i < len(words):
        numbers = _listed(d, i)
        if not numbers or (i and words[i - 1].text == "per"):
            i += 1  # "murder rate per 10,000 people": a rate's denominator, no rows kept
            continue
        after = numbers[-1].i + 1
        m = next((x for x in d.mentions if x.lo == after and x.kind == "column"), None)
        values = [_value(w.number) for w in numbers if w.number is not None]
        if m is None or m.column is None or not _holds(m.column, values) or _years(m, values):
            i = after
            continue
        target = column_ref(m.table, m.column)
        d.where.append(
            (
                m.table,
                exp.EQ(this=target, expression=exp.convert(values[0]))
                if len(values) == 1
                else exp.In(this=target, expressions=[exp.convert(v) for v in values]),
            )
        )
        d.mentions = [x for x in d.mentions if x is m or x.hi <= i or x.lo >= after]
        d.q.claim(i, after, "value")
        if id(m) not in d.used:
            d.take(m, "compared")
        i = after


def _listed(d: Draft, i: int) -> list[Word]:
    """The free numbers from word ``i`` on, joined by "or", "and" or commas ("4 or 6")."""
    words = d.q.words
    found: list[Word] = []
    j = i
    while j < len(words) and words[j].number is not None and d.q.free(j):
        if words[j].hyphen or words[j].plus or words[j].stop:
            return []  # "5-year bins", "65+": a span or a bound, not a value
        found.append(words[j])
        if j + 2 < len(words) and words[j + 1].text in _JOINERS and d.q.free(j + 1):
            j += 2
            continue
        break
    if found and any(x.lo < found[0].i < x.hi for x in d.mentions if x.hi - x.lo > 1):
        return []  # "under-5 mortality": a word of a name
    return found


def _value(number: float) -> float | int:
    return int(number) if float(number).is_integer() else number


def _holds(column: Column, values: list[float | int]) -> bool:
    """Whether ``column`` is a count-like number column whose range holds every value."""
    if column.semantic != "quantitative" or not isinstance(column.min, (int, float)):
        return False
    if not isinstance(column.max, (int, float)):
        return False
    return all(column.min <= v <= column.max for v in values)


def _years(m: Mention, values: list[float | int]) -> bool:
    """Whether the numbers are years of the table's own year column ("each person's [1982]
    wage" of a panel by ``year``): the wage of that year, not a wage of 1982 dollars."""
    years = [
        c
        for c in m.table.columns
        if c is not m.column and "year" in split_name(c.name) and isinstance(c.min, int)
    ]
    return all(isinstance(v, int) and YEARS[0] <= v <= YEARS[1] for v in values) and any(
        c.min <= v <= c.max for c in years for v in values if isinstance(c.max, int)
    )
