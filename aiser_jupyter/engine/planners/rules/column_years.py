"""Steps for wide tables whose column names carry the year or the unit of a row.

- "under-5 mortality in 2018": the year picks the column of the family that carries it
  (``under5_mortality_2018``) and is explained by it, not a WHERE on some other table's
  ``year``; "infant mortality in 2018 against infant mortality in 1990" picks two columns.
- "average maternal mortality ratio across countries": a mean *across* the values of a column
  unique on every row is one number over the rows, not one bar per row.
"""

from __future__ import annotations

from ...catalog.model import Catalog, Column, Table
from ..long_tables import one_per_key_value
from ..name_years import family_words, name_year
from .draft import Draft
from .link import Mention
from .reading import TimeRange

__all__ = ["across_rows", "column_years", "year_member"]


def column_years(d: Draft) -> None:
    """A single year that a column of the family the question names carries is that column."""
    kept: list[TimeRange] = []
    for tr in d.r.ranges:
        m = _named_year(d, tr)
        if m is None:
            kept.append(tr)
            continue
        d.q.used.update({i: "the column's year" for i in range(tr.span[0], tr.span[1])})
    d.r.ranges = kept


def year_member(d: Draft, table: Table, column: Column) -> Column:
    """The member of ``column``'s family of years that a single year the question says
    carries ("most populous … in 2020": ``year_2020``), that year then read; else ``column``."""
    words = family_words(column)
    for tr in d.r.ranges:
        year = _single_year(tr)
        if year is None:
            continue
        same = (c for c in table.columns if name_year(c) == year and family_words(c) == words)
        if (member := next(same, None)) is not None:
            d.r.ranges.remove(tr)
            d.q.used.update({i: "the column's year" for i in range(tr.span[0], tr.span[1])})
            d.pinned.add((table.name.lower(), member.name.lower()))
            return member
    return column


def _single_year(tr: TimeRange) -> int | None:
    if tr.years is None or tr.years[0] is None or tr.years[0] != tr.years[1]:
        return None
    if tr.months or tr.weekdays or tr.quarters or tr.hours or tr.year_list or tr.relative:
        return None
    return tr.years[0]


def _named_year(d: Draft, tr: TimeRange) -> Mention | None:
    """The mention nearest the range with a column of its family carrying the range's year,
    that column put first; None when no mention has one."""
    year = _single_year(tr)
    if year is None:
        return None
    lo, hi = tr.span
    best: tuple[int, Mention, int] | None = None
    for m in d.mentions:
        if m.kind != "column" or m.column is None or name_year(m.column) is None:
            continue
        words = family_words(m.column)
        hit = next(
            (
                k
                for k, c in enumerate(m.cands)
                if c.kind == "column"
                and c.column is not None
                and c.table is m.table
                and family_words(c.column) == words
                and name_year(c.column) == year
            ),
            None,
        )
        if hit is None:
            continue
        gap = lo - m.hi if m.hi <= lo else m.lo - hi + 1  # a year after its name is nearer
        if best is None or gap < best[0]:
            best = (gap, m, hit)
    if best is None:
        return None
    _, m, hit = best
    m.cands.insert(0, m.cands.pop(hit))
    column = m.cands[0].column
    if column is not None:  # the year said pins it among the family's members
        d.pinned.add((m.cands[0].table.name.lower(), column.name.lower()))
    return m


def across_rows(d: Draft) -> None:
    """ "average X across countries" where each row is one country: one number over the rows;
    "average packs across the states, by year", "the lowest price of any state": the things
    aggregated over, whatever the rows are, when another grouping or "any" says so."""
    if not d.dims or len(d.measures) != 1 or d.r.mark or d.r.top:
        return
    measure = d.measures[0]
    if measure.agg not in ("mean", "median", "sum", "min", "max") or measure.column is None:
        return
    for dim in list(d.dims):
        own = [m for m in d.mentions if m.column is dim.column]
        rows = [m for m in d.mentions if m.kind == "table" and m.table is dim.table]
        cue = next(iter(own + rows), None)  # the column's own word before the table's
        if cue is None:
            continue
        i = cue.lo - 1
        while i > 0 and d.q.words[i].text in ("the", "all"):
            i -= 1
        before = d.q.words[i].text if i >= 0 else ""
        summed = before == "over" and i > 0 and d.q.words[i - 1].text in _SUMMED  # "summed over"
        over = (
            before == "any"
            or summed
            or (before == "across" and (len(d.dims) > 1 or _one_asked(d)))
            or (before == "across" and _said_aggregate(d) and _one_year(d))
        )  # "average unemployment rate across states in 1982": one number over the states
        if not over:
            one_row = _row_key(dim.table, dim.column.name, d.catalog) and _row_key(
                measure.table, dim.column.name, d.catalog
            )  # one row per value in the grouped table and in the measured one
            said = before == "across" or (before == "of" and _said_aggregate(d))
            if len(d.dims) != 1 or not one_row or not said:
                continue  # "by country", "per country", "for each country": drawn
        d.dims.remove(dim)
        d.q.used.update({j: "over all rows" for j in range(max(i, 0), cue.hi)})
        return


#: verbs that say a number is added up over the things after "over" ("summed over the states")
_SUMMED = frozenset(["summed", "totaled", "totalled", "aggregated", "added", "pooled"])


def _one_year(d: Draft) -> bool:
    """One year kept ("in 1982"): a panel's things each have one row in it, whose figures
    an aggregate said before "across the states" runs over."""
    return not d.r.over_time and any(
        tr.years is not None and tr.years[0] is not None and tr.years[0] == tr.years[1]
        for tr in d.r.ranges
    )


def _one_asked(d: Draft) -> bool:
    """ "What was the average tax across states in 1990?": a question after one number."""
    words = d.q.texts()[:2]
    return words[:1] == ["what"] and words[1:] in (["was"], ["is"])


def _row_key(table: Table, name: str, catalog: Catalog | None = None) -> bool:
    """One row per value of ``name`` in ``table`` — or, of a long table whose key the plan
    keeps to one value (``description = 'GDP growth'``), one per value of its grain."""
    column = table.column(name)
    rows = table.row_count or 0
    if column is not None and rows > 0 and (column.distinct or 0) >= rows:
        return True
    return catalog is not None and one_per_key_value(catalog, table, name)


def _said_aggregate(d: Draft) -> bool:
    """ "average life expectancy of countries where …": the aggregate is a word of the question."""
    return any(a.strict and a.agg in ("mean", "median", "sum") for a in d.r.aggs)
