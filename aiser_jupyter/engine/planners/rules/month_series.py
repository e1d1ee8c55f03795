"""A series of months or quarters asked for in so many words: "monthly births", "sale price
month by month", "sales per month over time". Beside a table's dates such a series runs
along them (each month of each year), never round an integer month column's 1 … 12; "by
month" alone, "the months of the year", keep the month column where there is one."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..roles import beside_a_date
from .draft import Draft, calendar_part

__all__ = ["part_columns", "series_said"]


def part_columns(d: Draft, table: Table, part: str) -> list[Column]:
    """``table``'s integer columns of calendar ``part`` a time unit may run along: none of
    a cycle's parts beside its dates, nor any when a series of months is asked for there."""
    series = series_said(d)
    return [
        c for c in table.columns if calendar_part(c) == part and not beside_a_date(table, c, series)
    ]


def series_said(d: Draft) -> bool:
    """Whether the question's time unit is a series of months or quarters said as one:
    an adverb ("monthly", "quarterly"), the unit repeated ("month by month"), or over time."""
    span = d.r.unit_span
    if d.r.unit not in ("yearmonth", "yearquarter") or span is None:
        return False
    said = d.q.texts(*span)
    before = d.q.texts(span[0] - 1, span[0]) if span[0] else []
    return d.r.over_time or any(w.endswith("ly") for w in said) or before == said[-1:]
