"""One follow-up applied to the chart it changes: "now by month", "only online orders",
"for 2024", "top 3", "as a line". Its groupings replace the chart's (or add to them after
"also"; a grouping drops the values the chart was kept to on that column), its time unit
and its period go on the chart's own date, its conditions replace those on the same column,
its measure and its chart words win."""

from __future__ import annotations

from sqlglot import exp

from ...catalog.model import Column, Table
from .draft import Dim, Draft, calendar_part, column_ref
from .groups import time_axis
from .near_tables import nearest_tables

__all__ = ["apply_change"]


def apply_change(base: Draft, change: Draft) -> None:
    """Apply one follow-up to ``base``: its groupings (added after "also", else instead), its
    time unit (on ``base``'s own date), its conditions, its measure, its chart words."""
    named = [x for x in change.dims if not x.found and _cued(change, x)]
    adds = bool(change.q.words) and change.q.words[0].text in ("also", "and", "plus")
    adds = adds or (bool(named) and all(_coloured(change, x) for x in named))  # "split by"
    if named:
        base.dims = [*base.dims, *named] if adds else named
        # "by channel instead" after "only online": the values of the new grouping, all of
        # them — kept to the one value before, the chart would be one bar
        grouped = {column_ref(x.table, x.column).sql() for x in named}
        base.where = [(t, c) for t, c in base.where if _chosen(c) not in grouped]
    elif change.r.unit or change.r.over_time:
        if not adds:
            base.dims = [x for x in base.dims if x.color]
        base.dims = [x for x in base.dims if not (x.unit or calendar_part(x.column))]
        base.r.unit, base.r.over_time = change.r.unit, change.r.over_time
        time_axis(base)
    if change.r.ranges:  # "for 2024" after a chart by order date: on that date
        change.where = [_on_own_date(base, t, c) for t, c in change.where]
    chosen = {_chosen(cond) for _, cond in change.where} - {None}
    # "only from LAX" after "from JFK": the new value replaces the old one, not both at once
    base.where = [(t, c) for t, c in base.where if _chosen(c) not in chosen] + change.where
    base.having += change.having
    if change.measures and change.measures[0].column is not None:
        base.measures = change.measures
    for name in ("mark", "top", "descending", "sort_channel", "sort_words", "stack", "histogram"):
        value = getattr(change.r, name)
        if value not in (None, False):
            setattr(base.r, name, value)
    base.q = change.q


def _cued(change: Draft, dim: Dim) -> bool:
    """Whether a grouping of the follow-up was asked as one ("now by channel", "and per
    region"), not the rows its condition keeps ("only online [orders]")."""
    if dim.words is None or _coloured(change, dim):
        return True
    return any(k in change.r.group_cues for k in (dim.words[0] - 1, dim.words[0] - 2))


def _coloured(change: Draft, dim: Dim) -> bool:
    """Whether a grouping of the follow-up is said as the series ("split by channel")."""
    span = change.r.color_words
    return dim.words is not None and span is not None and span[0] <= dim.words[0] < span[1]


def _own_date(base: Draft) -> tuple[Table, Column] | None:
    """The date the chart runs along, else the one date of the nearest table to the rows it
    measures."""
    for x in base.dims:
        if x.column.semantic == "temporal":
            return x.table, x.column
    for table in nearest_tables(base)[:3]:  # an order line's order before its customer
        dates = [c for c in table.columns if c.semantic == "temporal"]
        if len(dates) == 1:
            return table, dates[0]
        if dates:
            return None  # two dates of one table: which one, the follow-up does not say
    return None


def _on_own_date(base: Draft, table: Table, cond: exp.Expression) -> tuple[Table, exp.Expression]:
    """A period the follow-up read on some date, moved to the chart's own date and its table
    (a follow-up alone knows no chart: "for 2024" had kept the customers' signup dates)."""
    own = _own_date(base)
    if own is None:
        return table, cond
    columns = list(cond.find_all(exp.Column))
    dated = [c for c in columns if (col := table.column(c.name)) and col.semantic == "temporal"]
    if not dated or len(dated) != len(columns):
        return table, cond
    moved = cond.transform(lambda n: column_ref(*own) if isinstance(n, exp.Column) else n)
    return own[0], moved


def _chosen(cond: exp.Expression) -> str | None:
    """The column an equality or IN condition picks values of (``origin`` of origin = 'JFK')."""
    if isinstance(cond, (exp.EQ, exp.In)) and isinstance(cond.this, exp.Column):
        return str(cond.this.sql())
    return None
