"""A scatter asked of one number by another: "scatter of hourly wage by age for French
speakers". Each row is a point, its age along the x and its wage up the y; grouped by age,
the points would be each age's total wage, which no word asked for and which a scatter of
the people does not show. An aggregate said ("scatter of average wage by age") keeps the
groups."""

from __future__ import annotations

from .draft import Draft, Measure, calendar_part, is_identifier

__all__ = ["scatter_rows"]

#: the words that ask for a scatter by name
_SCATTER = frozenset(["scatter", "scatterplot", "scatterplots", "scattergram"])


def scatter_rows(d: Draft) -> None:
    """Draw a scatter of one number grouped by another number of its rows as the rows."""
    if d.r.mark != "point" or not _SCATTER & set(d.q.texts()):
        return
    if len(d.measures) != 1 or len(d.dims) != 1:
        return
    m, x = d.measures[0], d.dims[0]
    if m.column is None or m.explicit or m.per is not None or m.table is not x.table:
        return
    if x.color or x.unit or x.binned or x.bin_step or x.bin_count:
        return
    column = x.column
    if column.semantic != "quantitative" or calendar_part(column):
        return
    if is_identifier(x.table, column) or m.column.semantic != "quantitative":
        return
    d.measures[:] = [Measure(None, x.table, column), Measure(None, m.table, m.column)]
    d.dims.clear()
    d.versus_ordered = True
