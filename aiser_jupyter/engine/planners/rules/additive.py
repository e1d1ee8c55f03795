"""Whether an aggregate the question asks for in words means something of a column: a code's
total or average, a date part's total, a rate's total mean nothing — the plan refuses rather
than draw them."""

from __future__ import annotations

from ....errors import error
from ...catalog.model import Column, Table
from ..lexicon import split_name
from .draft import calendar_part, is_identifier

__all__ = ["check_additive"]

#: name words of a number that is a ratio of two others, per a unit of its own: its values
#: never add up (percent shares of one whole do: a channel owner's total audience share)
RATE_WORDS = frozenset(["rate", "rates", "ratio", "capita"])


def check_additive(table: Table, column: Column, agg: str) -> None:
    """Raise ``AISER-PLAN-UNSURE`` for an aggregate of ``column`` that means nothing. An
    average year may be asked ("the average model year"): years lie on a line; months,
    weekdays and hours go round, their numbers are labels."""
    part = calendar_part(column)
    if agg not in ("sum", "mean", "median"):
        return
    if is_identifier(table, column):
        what = "a code that names things"
    elif part is not None and (agg == "sum" or part != "year"):
        what = "a part of a date"
    elif agg == "sum" and set(split_name(column.name)) & RATE_WORDS:
        what = "a rate"
    else:
        return
    hint = (
        f"say 'average {column.name}'"
        if what == "a rate"
        else f"to count the rows say 'number of {table.name}'"
    )
    total = "total" if agg == "sum" else "average"
    msg = f"{column.name} holds {what}, so its {total} means nothing; {hint}"
    raise error(
        "AISER-PLAN-UNSURE", msg, understood=f"{agg} of {column.name}", unused=[column.name]
    )
