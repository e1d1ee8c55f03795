"""Keys of two columns: ``who(country, year, …)`` → ``population(country, year)``,
``challenges(series, baker, …)`` → ``bakers(series, baker)``.

Panel data is keyed by an entity and a period, neither unique alone. Two tables sharing
two same-named columns (of a key's type) that no single-column join links are checked on
the data: the pair must be unique on one side (no pair repeats) and the many side's pairs
found there (:data:`.joins.MIN_CONTAINED`, on a bounded sample). A confirmed key is one
:class:`~.model.Join` per column, as a declared composite key is.
"""

from __future__ import annotations

from itertools import combinations

from sqlglot import exp

from ...errors import AiserError
from ..config import Limits
from .joins import CHECK_ROWS, CHECK_VALUES, MIN_CONTAINED, key_family, quoted, unique
from .model import CatalogSource, Column, Join, Table

__all__ = ["MAX_COMPOSITE_CHECKS", "composite_joins"]

#: queries spent on two-column keys per catalog
MAX_COMPOSITE_CHECKS = 60
#: same-named columns tried per pair of tables (pairs of them are checked)
_MAX_SHARED = 5


def composite_joins(tables: list[Table], joins: list[Join], source: CatalogSource) -> list[Join]:
    """Two-column keys between tables no join links yet, each confirmed on the data."""
    linked = {frozenset((j.table.lower(), j.ref_table.lower())) for j in joins}
    budget = [MAX_COMPOSITE_CHECKS]
    out: list[Join] = []
    for a, b in combinations(tables, 2):
        if frozenset((a.name.lower(), b.name.lower())) in linked:
            continue
        for pair in combinations(_shared(a, b), 2):
            found = _confirmed(source, a, b, pair, budget)
            if found:
                out += found
                break
    return out


def _shared(a: Table, b: Table) -> list[str]:
    """Same-named columns of a key's type (text or integer), in ``a``'s order."""
    names = []
    for c in a.columns:
        k = b.column(c.name)
        if k is not None and key_family(c) is not None and key_family(c) == key_family(k):
            names.append(c.name)
    return names[:_MAX_SHARED]


def _confirmed(
    source: CatalogSource, a: Table, b: Table, pair: tuple[str, str], budget: list[int]
) -> list[Join]:
    """The joins of ``pair`` from the many side to the unique side, or none."""
    sides = []
    for many, one in ((a, b), (b, a)):
        cols = [one.column(n) for n in pair]
        if any(c is None or unique(one, c) for c in cols):
            continue  # one column alone is a key: a single-column join, not this
        if budget[0] < 2:
            return []
        budget[0] -= 2
        if not _unique_pair(source, one, pair):
            continue
        share = _contained(source, many, one, pair)
        if share is not None and share[0] >= 1 and share[1] >= MIN_CONTAINED:
            sides.append((many, one, share))
    if not sides:
        return []
    many, one, (n, found) = min(sides, key=lambda s: s[1].row_count or 0)  # 1:1: the smaller
    evidence = f"composite key ({', '.join(pair)}): {found:.0%} of {n:,} sampled pairs found"
    return [
        Join(
            table=many.name,
            column=_column(many, name).name,
            ref_table=one.name,
            ref_column=_column(one, name).name,
            declared=False,
            evidence=evidence,
        )
        for name in pair
    ]


def _column(table: Table, name: str) -> Column:
    column = table.column(name)
    assert column is not None
    return column


def _cols(table: Table, pair: tuple[str, str]) -> list[exp.Column]:
    return [exp.Column(this=quoted(_column(table, n).name)) for n in pair]


def _not_null(cols: list[exp.Column]) -> exp.Expression:
    return exp.and_(*(exp.Not(this=exp.Is(this=c.copy(), expression=exp.Null())) for c in cols))


def _run(source: CatalogSource, query: exp.Expression) -> list[dict[str, object]] | None:
    try:
        return list(
            source.run(
                query.sql(source.dialect), Limits(max_rows=2, timeout=10 * source.catalog_patience)
            ).to_pylist()
        )
    except AiserError:
        return None


def _unique_pair(source: CatalogSource, table: Table, pair: tuple[str, str]) -> bool:
    """Checked in SQL: no pair of values repeats in ``table`` (NULLs aside)."""
    cols = _cols(table, pair)
    repeats = (
        exp.select(*[c.copy() for c in cols])
        .from_(exp.Table(this=quoted(table.name)))
        .where(_not_null(cols))
        .group_by(*[c.copy() for c in cols])
        .having(exp.GT(this=exp.Count(this=exp.Star()), expression=exp.Literal.number(1)))
        .subquery("d")
    )
    rows = _run(source, exp.select(exp.Count(this=exp.Star()).as_("n")).from_(repeats))
    return rows is not None and bool(rows) and int(str(rows[0]["n"] or 0)) == 0


def _contained(
    source: CatalogSource, many: Table, one: Table, pair: tuple[str, str]
) -> tuple[int, float] | None:
    """``(pairs checked, share found)``: the many side's distinct pairs found on the one side."""
    cols = _cols(many, pair)
    rows = (
        exp.select(*[c.copy().as_(f"v{i}") for i, c in enumerate(cols)])
        .from_(exp.Table(this=quoted(many.name)))
        .limit(CHECK_ROWS)
        .subquery("rows_")
    )
    values = (
        exp.select("v0", "v1")
        .distinct()
        .from_(rows)
        .where(_not_null([exp.column("v0"), exp.column("v1")]))
        .limit(CHECK_VALUES)
        .subquery("s")
    )
    ref = (
        exp.select(*[c.copy().as_(f"k{i}") for i, c in enumerate(_cols(one, pair))])
        .from_(exp.Table(this=quoted(one.name)))
        .subquery("r")
    )
    on = exp.and_(
        *(
            exp.EQ(this=exp.column(f"v{i}", table="s"), expression=exp.column(f"k{i}", table="r"))
            for i in range(2)
        )
    )
    query = (
        exp.select(
            exp.Count(this=exp.Star()).as_("n"),
            exp.Count(this=exp.column("k0", table="r")).as_("found"),
        )
        .from_(values)
        .join(ref, on=on, join_type="left")
    )
    got = _run(source, query)
    if not got:
        return None
    n, found = int(str(got[0]["n"] or 0)), int(str(got[0]["found"] or 0))
    return n, (found / n if n else 0.0)
