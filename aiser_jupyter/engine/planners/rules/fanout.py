"""Fan-out: a measure of a table over a join that repeats its rows.

Joining ``orders`` to ``lineitem`` (to filter or group on a line's attribute) repeats
each order once per line; ``SUM(o_totalprice)`` or a count of orders over that join is
inflated. The catalog knows which side of a join is unique (checked on the data), so
the planner sees where the walk from the measured table goes to the many side. It then
reads each row of the measured table once per group: the base query keeps the measured
table's key and is ``SELECT DISTINCT`` — a sum counts each order once, a count of
customers is a count of distinct customers. A count of the *many* side's rows ("number of
line items by order priority") walks to the one side and is no fan-out. A key of two
columns (``targets(region, year)``, repeated by every sale of its region and year) is read
once on both columns, and a count of its rows counts each once; so is a one-column key
when nothing is grouped ("how many states does the cigarette panel cover": each state
once, not once per state-year).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...catalog.joins import unique
from ...catalog.model import Column, Join, Table
from .draft import Draft
from .panel_join import PanelJoin
from .roles import RoleStep

__all__ = ["FanOut", "fan_out"]

#: aggregates of a column a repeated row changes (min, max and distinct counts it does not)
_INFLATED = {"sum", "mean", "median"}


@dataclass(frozen=True)
class FanOut:
    """The measured table's key, read once per group, and why."""

    table: Table
    key: tuple[Column, ...]  #: empty: not deduplicated (a count of the join's rows, or no key)
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
        once = _two_columns(d, many) or not d.dims  # "how many states does the panel cover"
        key = _key(d, fact, many) if _counts_rows(d) and once else ()
        if key:  # "number of targets … for sales over 40": each target once, not per sale
            names = ", ".join(f"{fact.name}.{c.name}" for c in key)
            note = f"{via} repeats rows of {fact.name}: each is counted once (distinct {names})"
            return FanOut(fact, key, note)
        note = f"{via} repeats rows of {fact.name}: rows of the join are counted"
        return FanOut(fact, (), note)
    key = _key(d, fact, many)
    if not key:
        note = f"{via} repeats rows of {fact.name}, and no key of {fact.name} is known: "
        return FanOut(fact, (), note + "a row is counted once per repeat")
    names = ", ".join(f"{fact.name}.{c.name}" for c in key)
    note = (
        f"{via} repeats rows of {fact.name}: each {fact.name} row is read once per group "
        f"(distinct {names})"
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
        elif isinstance(step, PanelJoin):  # one row per (thing, year): repeats nothing
            seen.add(step.table.lower())
        else:
            many.append(step)
            seen.add(step.table.lower())
    return many


def _key(d: Draft, fact: Table, many: list[Join]) -> tuple[Column, ...]:
    """Columns known to be unique together in ``fact``: the key a repeating join or another
    confirmed join refers to (all columns of a composite one: ``(series, baker)``), or its
    declared primary key; empty when none is known."""
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
            return (column,)
    for j in many:  # a composite key the repeating join refers to, checked on the data
        parts = [k for k in into if k.table.lower() == j.table.lower() and k.role is None]
        columns = [fact.column(k.ref_column) for k in parts]
        if j.ref_table.lower() == fact.name.lower() and len(parts) > 1:
            return tuple(c for c in columns if c is not None)
    return ()


def _alone(j: Join, into: list[Join]) -> bool:
    """Whether ``j``'s key is one column (not a part of a composite key: ``series`` of
    ``(series, baker)`` repeats)."""
    return not any(
        k.table.lower() == j.table.lower() and k.ref_column.lower() != j.ref_column.lower()
        for k in into
    )


def _counts_rows(d: Draft) -> bool:
    """Whether the plan only counts rows of the measured table (``COUNT(*)``)."""
    return all(m.agg == "count" and m.column is None for m in d.measures)


def _two_columns(d: Draft, many: list[Join]) -> bool:
    """Whether a repeating join is a key of several columns (``(region, year)``): its rows
    are entities of their own (a region's target of a year), counted once each; over a key
    of one column the join's rows are counted, as SQL written by hand does."""
    return any(
        k.table.lower() == j.table.lower()
        and k.ref_table.lower() == j.ref_table.lower()
        and k.column.lower() != j.column.lower()
        and k.role is None
        for j in many
        for k in d.catalog.joins
    )
