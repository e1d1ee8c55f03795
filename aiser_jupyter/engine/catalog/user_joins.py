"""Joins the user declares (``%chart join trips.origin = stations.code``) or drops, over the
ones the catalog found."""

from __future__ import annotations

import re

from .joins import unique, with_roles
from .model import Join, Table

__all__ = ["apply_user_joins", "parse_join", "same_join"]

_SPEC = re.compile(r"^\s*([\w$]+)\.([\w$]+)\s*(?:=|->)\s*([\w$]+)\.([\w$]+)\s*$")


def parse_join(spec: str, tables: list[Table]) -> Join:
    """ "trips.origin = stations.code" as a join of the catalog's tables (the many side first)."""
    from ...errors import error

    m = _SPEC.match(spec)
    if m is None:
        msg = f"{spec!r} is not a join; write it as table.column = other_table.column"
        raise error("AISER-PLAN-NO-JOIN", msg)
    by_name = {t.name.lower(): t for t in tables}
    ends = []
    for table_name, column_name in ((m[1], m[2]), (m[3], m[4])):
        table = by_name.get(table_name.lower())
        column = table.column(column_name) if table is not None else None
        if table is None or column is None:
            msg = f"{table_name}.{column_name} is not a column of this source"
            raise error("AISER-PLAN-NO-JOIN", msg)
        ends.append((table, column))
    (t, c), (r, k) = ends
    if unique(t, c) and not unique(r, k):  # written the other way round: the one side first
        (t, c), (r, k) = (r, k), (t, c)
    return Join(
        table=t.name,
        column=c.name,
        ref_table=r.name,
        ref_column=k.name,
        declared=False,
        evidence="declared by you",
    )


def same_join(a: Join, b: Join) -> bool:
    def key(j: Join) -> set[tuple[str, str]]:
        return {(j.table.lower(), j.column.lower()), (j.ref_table.lower(), j.ref_column.lower())}

    return key(a) == key(b)


def apply_user_joins(joins: list[Join], added: list[Join], dropped: list[Join]) -> list[Join]:
    """The catalog's joins with the user's declarations first and their drops removed; a declared
    join replaces any inferred one between the same columns."""
    kept = [j for j in joins if not any(same_join(j, x) for x in [*added, *dropped])]
    return with_roles([*added, *kept])
