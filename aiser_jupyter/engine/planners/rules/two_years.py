"""Two years in one table: a bare ``year`` column beside a date of other years.

In a table of ratings with a ``timestamp`` (1995–2016) and a ``year`` (1902–2016, the
movie's release), "average rating per year" may mean either: the column says only that it
is a year, not of what. When the year column's range is not the date's, the plan that reads
"year" as that column is refused, naming both years; "by year of timestamp" or a word of the
year column's own meaning ("release year") settles it. A year column that spans the date's
years (a sale's ``year`` beside its ``sale_date``) is the same year and is read as before.
"""

from __future__ import annotations

from sqlglot import exp

from ....errors import error
from ...catalog.model import Column, Table
from ..lexicon import split_name
from ..words import instruction_words
from .draft import Draft

__all__ = ["two_years"]

#: the question's words that say only "a year" (not whose)
_BARE = frozenset(["year", "years", "yearly", "annual", "annually"])
#: years by which two ranges may differ and still be one calendar (a fiscal year, late rows)
_SLACK = 1


def two_years(d: Draft) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when a bare year column is grouped or filtered on while its
    table has a date whose years are others."""
    for table, column in _year_columns_read(d):
        other = _other_date(table, column)
        if other is None or not _said_bare(d, table, column):
            continue
        date, (lo, hi) = other
        msg = (
            f"{table.name} has two years: {column.name} ({column.min}–{column.max}) and the "
            f"year of {date.name} ({lo}–{hi}), and the question does not say which one; "
            f"say 'by year of {date.name}', or what {column.name} is the year of"
        )
        raise error(
            "AISER-PLAN-UNSURE",
            msg,
            understood=f"year ({column.name} or the year of {date.name}: unclear)",
            unused=["year"],
            suggestions=[column.name, f"year of {date.name}"],
        )


def _year_columns_read(d: Draft) -> list[tuple[Table, Column]]:
    found: list[tuple[Table, Column]] = [
        (x.table, x.column) for x in d.dims if _bare_year(x.column) and x.unit is None
    ]
    for table, cond in d.where:
        for ref in cond.find_all(exp.Column):
            column = table.column(ref.name)
            if column is not None and _bare_year(column):
                found.append((table, column))
    return found


def _bare_year(column: Column) -> bool:
    return split_name(column.name) == ["year"] and isinstance(column.min, int | float)


def _other_date(table: Table, column: Column) -> tuple[Column, tuple[int, int]] | None:
    """The table's date column whose years are not the year column's, with its years."""
    lo, hi = int(column.min), int(column.max)
    for date in table.columns:
        if date.semantic != "temporal" or date is column:
            continue
        years = _years(date)
        if years is None:
            continue
        if lo < years[0] - _SLACK or hi > years[1] + _SLACK:
            return date, years
    return None


def _years(date: Column) -> tuple[int, int] | None:
    try:
        return int(str(date.min)[:4]), int(str(date.max)[:4])
    except (TypeError, ValueError):
        return None


def _said_bare(d: Draft, table: Table, column: Column) -> bool:
    """The words that chose the column say only "year" (not "release year"), or no word
    names it (a year number alone)."""
    for m in d.mentions:
        if m.column is not None and m.table is table and m.column.name == column.name:
            words = d.q.texts(m.lo, m.hi)
            if not set(words) <= _BARE:
                return False
            before = d.q.words[m.lo - 1].text if m.lo else ""
            # "release year", "model year": a word before it says whose year
            return not (before.isalpha() and before not in instruction_words())
    return True  # "ratings given in 2000": no word names either year
