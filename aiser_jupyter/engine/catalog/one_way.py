"""Which way an inferred join goes: a column that points at another table's key is not
itself a key others point at; one that was found in such a column is found in the key it
points at (containment carries over)."""

from __future__ import annotations

from .model import Join, Table

__all__ = ["one_way"]


def one_way(joins: list[Join], tables: list[Table]) -> list[Join]:
    """A column that points at another table is not itself the key others point at.

    On small or one-to-one data both ``trips.origin → stations.code`` and
    ``stations.code → trips.origin`` pass the containment check; the way kept is the one
    into the smaller table, then into the key more columns point at.
    """
    rows = {t.name.lower(): t.row_count or 0 for t in tables}

    def side(table: str, column: str) -> tuple[str, str]:
        return table.lower(), column.lower()

    referred: dict[tuple[str, str], int] = {}
    for j in joins:
        if not j.partial:  # a dimension of some rows says nothing of which way two keys go
            referred[side(j.ref_table, j.ref_column)] = (
                referred.get(side(j.ref_table, j.ref_column), 0) + 1
            )
    dropped: set[int] = set()
    for i, j in enumerate(joins):
        for k, other in enumerate(joins):
            if k <= i or j.declared or other.declared:
                continue
            if side(j.table, j.column) == side(other.ref_table, other.ref_column) and side(
                j.ref_table, j.ref_column
            ) == side(other.table, other.column):

                def rank(x: Join) -> tuple[int, int]:
                    return rows.get(x.ref_table.lower(), 0), -referred.get(
                        side(x.ref_table, x.ref_column), 0
                    )

                dropped.add(i if rank(j) > rank(other) else k)
    kept = [j for i, j in enumerate(joins) if i not in dropped]
    pointing = {side(j.table, j.column) for j in kept}
    by_side = {side(k.table, k.column): k for k in kept}
    out: list[Join] = []
    for j in kept:
        if j.declared or side(j.ref_table, j.ref_column) not in pointing:
            out.append(j)
        elif (through := _through(j, by_side)) is not None and through not in out:
            out.append(through)
    return out


def _through(j: Join, by_side: dict[tuple[str, str], Join]) -> Join | None:
    """``j`` redirected to the key its key points at: ``incomeInequality.Year`` found in
    ``USFinanceIndustry.year``, itself found in ``USPS.Year``, is found in ``USPS.Year`` —
    containment carries over, and a column that points elsewhere is no key to join to
    (``by_side``: the kept joins by their own table and column, lower case)."""
    seen = {(j.table.lower(), j.column.lower())}
    hop, partial = by_side.get((j.ref_table.lower(), j.ref_column.lower())), j.partial
    via: list[str] = []
    while hop is not None and (hop.table.lower(), hop.column.lower()) not in seen:
        seen.add((hop.table.lower(), hop.column.lower()))
        partial, via = partial or hop.partial, [*via, hop.table]
        nxt = by_side.get((hop.ref_table.lower(), hop.ref_column.lower()))
        if nxt is None:
            if hop.ref_table.lower() == j.table.lower():
                return None
            return j.model_copy(
                update={
                    "ref_table": hop.ref_table,
                    "ref_column": hop.ref_column,
                    "partial": partial,
                    "evidence": f"{j.evidence}, through {' and '.join(via)}",
                }
            )
        hop = nxt
    return None
