"""The step that reads "average X per Y by Z" where the rows are one per Y and Z: the mean over
the Ys of each Z ("average population per country by year": one average per year), not one
line per Y — "per Y" says what is averaged over, "by Z" what is drawn."""

from __future__ import annotations

from ..grain import numbered_steps, one_row_per
from .draft import Dim, Draft, calendar_part

__all__ = ["mean_over_entity"]


def mean_over_entity(d: Draft) -> None:
    """ "average population per country by year" on a table of one row per country and year."""
    if len(d.measures) != 1 or len(d.dims) != 2:
        return
    m = d.measures[0]
    if m.column is None or m.per is not None:
        return
    per = [
        x
        for x in d.dims
        if x.words
        and (
            (m.agg == "mean" and _after_per(d, x.words[0]))
            or (m.agg in _OVER_AGGS and _after_across(d, x.words[0]))
        )
    ]
    if len(per) != 1:
        return
    entity = per[0]
    other = next(x for x in d.dims if x is not entity)
    if entity.table is not m.table or other.table is not m.table:
        return
    if calendar_part(entity.column):
        return
    if _over_things(entity, other):
        if not one_row_per(m.table, entity.column, other.column):
            return  # several rows per country and year: their mean is not the mean over them
    elif not _one_period_each(d, entity):
        return  # several rows per college and degree: each pair's mean is drawn
    d.dims.remove(entity)
    assert entity.words is not None
    d.q.claim(entity.words[0] - 1, entity.words[1], "averaged over")


def _one_period_each(d: Draft, entity: Dim) -> bool:
    """ "average working students per college by predominant degree in 2012": the rows kept
    are one period's, and the table holds one row per thing and period — each thing is one
    row, so the mean of each group's rows is the mean over its things."""
    if entity.column.semantic not in ("nominal", "geo"):
        return False
    table = entity.table
    if (entity.column.distinct or 0) >= (table.row_count or 1) and not entity.column.nulls:
        return True  # one row per product: the mean of each category's rows is over products
    if not any(r.years and r.years[0] is not None and r.years[0] == r.years[1] for r in d.r.ranges):
        return False
    return any(calendar_part(c) and one_row_per(table, entity.column, c) for c in table.columns)


def _over_things(entity: Dim, other: Dim) -> bool:
    """Whether the Ys can be averaged over by Z: things (countries) by a period, or numbered
    steps (episodes, rounds) within any grouping — one row per step and group makes the
    average per step and group each row's own value, so "average" asks for the mean over
    the steps."""
    timed = other.unit is not None or calendar_part(other.column) is not None
    if entity.column.semantic in ("nominal", "geo"):
        return timed
    return numbered_steps(entity.column)


#: aggregates that run over the things "across the states" names, one value per year
_OVER_AGGS = frozenset(["mean", "median", "sum", "min", "max"])


def _after_across(d: Draft, lo: int) -> bool:
    """The words start after "across (all) (the)": "murder rate per year across the states"."""
    i = lo - 1
    while i > 0 and d.q.words[i].text in ("the", "all"):
        i -= 1
    return i >= 0 and d.q.words[i].text == "across"


def _after_per(d: Draft, lo: int) -> bool:
    """The words start right after "per", which follows the averaged measure's words."""
    return lo >= 2 and d.q.words[lo - 1].text == "per"
