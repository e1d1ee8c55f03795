"""A column that stores a count of things of another table ("Number_of_hosts" of a party,
with a table of hosts) cannot be summed by an attribute of those things: "number of hosts by
nationality" summed that way adds each party's hosts once to every nationality among them,
while the question counts hosts. Such a plan is refused before it is drawn."""

from __future__ import annotations

from ...errors import error
from ..catalog.model import Catalog
from ..plan import ChartPlan
from .lexicon import split_name
from .own_count import picked_columns

__all__ = ["no_stored_count_by_its_things"]

_COUNT_WORDS = {"number", "count", "num", "total"}


def _counted_thing(column: str) -> str | None:
    """The thing a column's name says it counts: ``Number_of_hosts`` / ``num_hosts`` /
    ``host_count`` → ``host``; None for another name."""
    words = [w for w in split_name(column) if w != "of"]
    if len(words) == 2 and words[0] in _COUNT_WORDS:
        return words[1]
    if len(words) == 2 and words[1] == "count":
        return words[0]
    return None


def no_stored_count_by_its_things(
    plan: ChartPlan, catalog: Catalog, dialect: str, understood: str
) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when a sum of one table's stored count of another table's
    rows is grouped by a column of that other table."""
    channels = plan.chart.encoding.channels().values()
    summed = [f.field for f in channels if f.aggregate == "sum" and f.field]
    grouped = [f.field for f in channels if not f.aggregate and f.field]
    if len(summed) != 1 or not grouped:
        return
    picked = picked_columns(plan.sql, dialect)
    count = picked.get(summed[0].lower())
    thing = _counted_thing(count.name) if count is not None else None
    if count is None or thing is None:
        return
    for field in grouped:
        key = picked.get(field.lower())
        if key is None or key.table.lower() == count.table.lower():
            continue
        table = catalog.table(key.table)
        if table is not None and split_name(table.name)[-1:] == [thing]:
            msg = (
                f"I understood {understood!r}: {count.name} of {count.table} added up by "
                f"{key.name} of {table.name}, which counts each {count.table} once for every "
                f"{key.name} among its {table.name}. Ask for the number of {table.name} by "
                f"{key.name}, or {count.name} by a column of {count.table}"
            )
            raise error("AISER-PLAN-UNSURE", msg, understood=understood)
