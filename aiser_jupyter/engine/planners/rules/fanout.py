"""Fan-out: a measure of a table over a join that repeats its rows.

Joining ``orders`` to ``lineitem`` (to filter or group on a line's attribute) repeats
each order once per line; ``SUM(o_totalprice)`` or a count of orders over that join is
inflated. The catalog knows which side of a join is unique (checked on the data), so
the planner sees where the walk from the measured table goes to the many side. It then
reads each row of the measured table once per group: the base query keeps the measured
table's key and is ``SELECT DISTINCT`` — a sum counts each order once, a count of
customers is a count of distinct customers. A count of the *many* side's rows ("number of
line items by order priority") walks to the one side and is no fan-out.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...catalog.joins import unique
from ...catalog.model import Column, Join, Table
from .draft import Draft
from .roles import RoleStep

__all__ = ["FanOut", "fan_out"]

#: aggregates of a column a repeated row changes (min, max and distinct counts it does not)
_INFLATED = {"sum", "mean", "median"}


@dataclass(frozen=True)
class FanOut:
    """The measured table's key, read once per group, and why."""

    table: Table
    key: Column | None  #: None: not deduplicated (a count of the join's rows, or no key)
    note: str


def fan_out(d: Draft, fact: Table, joins: list[Join | RoleStep]) -> FanOut | None:
    """How the plan reads each row of ``fact`` once when a join repeats it; None when no
    join does. A count over such a join counts the join's rows ("number of films for each
    type" over the films' market estimates) and says so in a note."""
    if not d.measures or any(m.table is not fact or m.per is not None for m in d.measures):
        return None
    many = _repeating(fact, joins)
    if not many:
        return None
    via = ", ".join(f"{j.ref_table}.{j.ref_column} = {j.table}.{j.column}" for j in many)
    if not any(m.agg in _INFLATED and m.column is not None for m in d.measures):
        note = f"{via} repeats rows of {fact.name}: rows of the join are counted"
        return FanOut(fact, None, note)
    key = _key(d, fact, many)
    if key is None:
        note = f"{via} repeats rows of {fact.name}, and no key of {fact.name} is known: "
        return FanOut(fact, None, note + "a row is counted once per repeat")
    note = (
        f"{via} repeats rows of {fact.name}: each {fact.name} row is read once per group "
        f"(distinct {fact.name}.{key.name})"
    )
    return FanOut(fact, key, note)


def _repeating(fact: Table, joins: list[Join | RoleStep]) -> list[Join]:
    """The joins walked from their unique side to the side that repeats it."""
    seen = {fact.name.lower()}
    many: list[Join] = []
    for step in joins:
        if isinstance(step, RoleStep):
            seen.add(step.join.ref_table.lower())
        elif step.table.lower() in seen:
            seen.add(step.ref_table.lower())
        else:
            many.append(step)
            seen.add(step.table.lower())
    return many


def _key(d: Draft, fact: Table, many: list[Join]) -> Column | None:
    """A column known to be unique in ``fact``: the key a repeating join or another
    confirmed join refers to, or its declared primary key."""
    into = [j for j in d.catalog.joins if j.ref_table.lower() == fact.name.lower()]
    names = [fact.primary_key[0]] if len(fact.primary_key) == 1 else []
    names += [
        j.ref_column
        for j in [*many, *into]
        if j.ref_table.lower() == fact.name.lower() and _alone(j, into)
    ]
    for name in names:
        column = fact.column(name)
        if column is not None and (name in fact.primary_key or unique(fact, column)):
            return column
    return None


def _alone(j: Join, into: list[Join]) -> bool:
    """Whether ``j``'s key is one column (not a part of a composite key: ``series`` of
    ``(series, baker)`` repeats)."""
    return not any(
        k.table.lower() == j.table.lower() and k.ref_column.lower() != j.ref_column.lower()
        for k in into
    )
