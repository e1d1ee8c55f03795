"""Which joins keep every measured row: a to-one join that only reaches a grouping.

``revenue by customer segment`` joins ``orders`` to ``customers`` only to read each order's
segment. An inner join drops the orders whose customer is not in ``customers`` — the bars
sum to less than the table holds, and nothing says so. Such a join is a LEFT JOIN: those
orders form a group of their own with no segment (see :func:`unmatched_notes`). A join whose
table the plan filters on (``for retail customers``), measures, or asks rows to have
(``orders that have a customer``) stays an inner join: the condition needs the partner; so
does a join towards the many side (each order's lines), a join to a table that lists only
some of the keys (``EU countries``: the catalog's partial joins) and every join on the way to
one that stays inner.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlglot import exp

from ...catalog.model import Join
from .draft import Draft
from .roles import Roles, RoleStep

__all__ = ["outer_joins", "unmatched_notes"]


def outer_joins(
    d: Draft, fact_name: str, joins: Sequence[Join | RoleStep], roles: Roles
) -> set[int]:
    """The ids of the steps of ``joins`` written as LEFT JOIN: to-one, and only towards
    tables the plan groups or labels by."""
    needed = _needed(d, fact_name, roles)
    ends: list[tuple[str, str, bool]] = []  # (left name, new name, to-one) per step
    seen = {fact_name.lower()}
    for step in joins:
        if isinstance(step, RoleStep):
            new = (step.alias or step.join.ref_table).lower()
            ends.append((step.left.lower(), new, True))
        elif step.table.lower() in seen:
            ends.append((step.table.lower(), step.ref_table.lower(), True))
        else:  # walked from the unique side to the side that repeats it
            ends.append((step.ref_table.lower(), step.table.lower(), False))
        seen.add(ends[-1][1])
    outer: set[int] = set()
    for step, (left, new, to_one) in reversed(list(zip(joins, ends, strict=True))):
        join = step.join if isinstance(step, RoleStep) else step
        if to_one and new not in needed and not join.partial:
            outer.add(id(step))
        else:  # the partner is needed: so is every table on the way to it
            needed.add(left)
    return outer


def _needed(d: Draft, fact_name: str, roles: Roles) -> set[str]:
    """Names (lower; a role's alias) of the tables whose rows the plan needs a partner in."""
    names = {fact_name.lower()}
    names |= {m.table.name.lower() for m in d.measures}
    names |= {roles.qualifier.get(id(m), m.table.name).lower() for m in d.measures}
    names |= {h.measure.table.name.lower() for h in d.having}
    names |= {t.name.lower() for t in d.extra_tables}
    for table, cond in d.where:
        names.add(roles.qualifier.get(id(cond), table.name).lower())
        names |= {
            c.table.lower() for c in roles.qualify(id(cond), cond, table).find_all(exp.Column)
        }
    names.discard("")
    return names


def unmatched_notes(
    joins: Sequence[Join | RoleStep], outer: Collection[int], dropped: Collection[str]
) -> list[str]:
    """What a LEFT JOIN keeps, for the plan's notes; ``dropped``: tables (lower) whose
    grouping column's empty values are left out (and with them the rows with no partner)."""
    notes = []
    for step in joins:
        if id(step) not in outer:
            continue
        j = step.join if isinstance(step, RoleStep) else step
        what = f"rows of {j.table} whose {j.column} is not in {j.ref_table}.{j.ref_column}"
        if j.ref_table.lower() in dropped:
            notes.append(f"{what} have no value to group by either: left out with them")
        else:
            notes.append(f"{what} are kept (left join): drawn as a group with no value")
    return notes
