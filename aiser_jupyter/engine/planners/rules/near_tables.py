"""The order in which tables are searched for the date a time unit or a time range runs
along: the measured and named tables first, each with the tables its rows belong to (an
order line's order before the customer named), then the others by how far they are."""

from __future__ import annotations

from ...catalog.model import Table
from .draft import Draft

__all__ = ["nearest_tables"]


def nearest_tables(d: Draft) -> list[Table]:
    """Tables in the order a time column is looked for: the measured and named ones, then the
    others by how many keys away from the measured table they are."""
    home = [m.table for m in d.measures] + ([d.fact] if d.fact else [])
    home += [m.table for m in d.mentions]
    hops = d.catalog.distances(home[0].name) if home else {}
    up = d.catalog.upward(home[0].name) if home else set()  # the order of an order line next
    home[1:1] = sorted(
        (t for t in d.catalog.tables if t.name.lower() in up),
        key=lambda t: hops.get(t.name.lower(), 99),
    )
    seen: dict[int, Table] = {}
    for t in home:
        seen.setdefault(id(t), t)

    def distance(t: Table) -> int:
        return hops.get(t.name.lower(), 99) if home else 0

    rest = sorted((t for t in d.catalog.tables if id(t) not in seen), key=distance)
    return list(seen.values()) + rest
