"""Columns named like identifiers that identify nothing: ``test_id`` holding 'covid' and
'xcvd1' over fifteen thousand tests is the kind of each test, not its id.

A real identifier names many things (customers, orders, stations); a column that takes a
handful of values over thousands of rows names a type, a panel or a code list, whatever its
name says. Counting its distinct values as "the number of tests" answers with 2 for every
group; so its name's noun is no name of its values, and "number of tests" is left to the
table's rows (when they are tests) or to a refusal.
"""

from __future__ import annotations

from ..catalog.model import Column, Table

__all__ = ["repeats_as_kind"]

#: at most this many values: a handful, what a list of kinds holds
_HANDFUL = 10
#: each value over at least this many rows on average
_ROWS_PER_VALUE = 100


def repeats_as_kind(table: Table, column: Column) -> bool:
    """Whether ``column`` takes a handful of values, each over many rows of ``table``: a
    kind of its rows, never a count of things (its name may say ``_id``)."""
    rows, values = table.row_count or 0, column.distinct or 0
    return 0 < values <= _HANDFUL and rows >= _ROWS_PER_VALUE * values
