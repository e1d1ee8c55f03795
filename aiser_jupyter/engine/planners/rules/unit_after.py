"""A date column's head followed by a calendar unit: "per arrival month", "by order year",
"each ship week" — the column grouped by that unit, as "per month" alone would group the
time axis (:mod:`.read_time`)."""

from __future__ import annotations

from .draft import Dim, Draft
from .reading import MONTHS

__all__ = ["month_labels", "unit_after"]

#: the unit words that may follow a date column's words, and the unit each groups by
_UNITS = {
    "year": "year",
    "quarter": "yearquarter",
    "month": "yearmonth",
    "week": "yearweek",
    "day": "day",
    "date": "day",
}


def unit_after(d: Draft) -> None:
    """A grouped date column with no unit yet, the word right after its words a free unit
    ("arrival [month]"): grouped by that unit."""
    for dim in d.dims:
        if dim.unit is not None or dim.column.semantic != "temporal":
            continue
        for m in d.mentions:
            if m.column is not dim.column or m.kind != "column" or not d.q.free(m.hi):
                continue
            unit = _UNITS.get(d.q.words[m.hi].lemma) if m.hi < len(d.q.words) else None
            if unit is not None:
                dim.unit = unit
                d.q.claim(m.hi, m.hi + 1, f"time unit {unit}")
                break


def month_labels(d: Draft) -> None:
    """A grouped text column of month names ('Jan', 'Sept') beside the table's dates: the
    dates by month, in time order — the names sort as text, and repeat across years."""
    for k, dim in enumerate(d.dims):
        values = [v for v in dim.column.samples if isinstance(v, str)]
        if dim.column.semantic != "nominal" or not values:
            continue
        if not all(v.strip().lower().rstrip(".") in MONTHS for v in values):
            continue
        dates = [c for c in dim.table.columns if c.semantic == "temporal"]
        if len(dates) == 1:
            d.dims[k] = Dim(dim.table, dates[0], unit="yearmonth", words=dim.words)
