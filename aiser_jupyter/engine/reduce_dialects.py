"""Reductions for SQLite and PostgreSQL, where they are cheap.

- Scatter and raw line over one big table: a sample that costs no sort —
  PostgreSQL ``TABLESAMPLE SYSTEM`` (whole pages) on big tables, ``BERNOULLI`` below 1e6 rows, SQLite
  ``rowid % k = 0`` (a systematic sample: one scan, no sort). ``ORDER BY random()``
  would sort the whole table and is never used. Lines are sampled too (no M4: neither
  database has ``arg_min``), and the chart says so. The total is the catalog's row count.
- Bars with too many categories: the DuckDB top-N + "Other" SQL, transpiled by sqlglot.

Anything else (joins, views, filters over a sample) keeps the row cap and its note.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

import sqlglot
from sqlglot import exp

if TYPE_CHECKING:
    from .catalog import Catalog
    from .compile import Compiled
    from .reduce import Reduction

__all__ = ["other", "sample"]

#: TABLESAMPLE SYSTEM returns whole pages, so about the percentage asked: a guard above it
SLACK = 2
#: below this many rows PostgreSQL samples rows (BERNOULLI) instead of pages (SYSTEM)
SYSTEM_FROM_ROWS = 1_000_000
SEED = 42


def sample(
    compiled: Compiled, inner: exp.Select, catalog: Catalog, max_points: int
) -> tuple[Compiled, Reduction | None]:
    """A cheap sample of a scatter/line over one table; the chart unchanged when it cannot be."""
    from .reduce import N_COLUMN, Reduction

    tables = list(inner.find_all(exp.Table))
    known = catalog.table(tables[0].name) if len(tables) == 1 else None
    if (
        known is None
        or known.kind != "table"
        or not known.row_count
        or known.row_count <= max_points
    ):
        return compiled, None
    table, rows = tables[0], known.row_count
    tree = inner.copy()
    target = next(tree.find_all(exp.Table))
    if compiled.dialect == "postgres":
        percent = min(100.0, math.ceil(max_points / rows * 100 * 1000) / 1000)
        # SYSTEM picks whole pages (no full scan) but on a table of few pages it can pick
        # none at all; BERNOULLI picks rows (one scan, no sort). REPEATABLE: same chart twice.
        method = "SYSTEM" if rows >= SYSTEM_FROM_ROWS else "BERNOULLI"
        target.set(
            "sample",
            exp.TableSample(
                method=exp.var(method),
                percent=exp.Literal.number(percent),
                seed=exp.Literal.number(SEED),
            ),
        )
    elif compiled.dialect == "sqlite":
        step = max(math.ceil(rows / max_points), 2)
        alias = target.alias or table.name
        rowid = exp.column("rowid", table="aiser_t")
        picked = (
            exp.select("*")
            .from_(exp.Table(this=target.this.copy(), alias=exp.TableAlias(this="aiser_t")))
            .where(
                exp.EQ(
                    this=exp.Mod(this=rowid, expression=exp.Literal.number(step)),
                    expression=exp.Literal.number(0),
                )
            )
        )
        target.replace(picked.subquery(alias))
    else:
        return compiled, None
    x = compiled.fields["x"].alias
    query = (
        exp.select("*", exp.alias_(exp.Literal.number(rows), N_COLUMN))
        .from_(tree.subquery("aiser_s"))
        .limit(max_points * SLACK)
    )
    if compiled.mark != "point":
        query = query.order_by(exp.column(x, quoted=True))
    return replace(
        compiled, sql=query.sql(compiled.dialect), notes=list(compiled.notes)
    ), Reduction("sample", max_points)


def other(duckdb_sql: str, compiled: Compiled) -> str | None:
    """The top-N + Other SQL in ``compiled.dialect`` (``None`` when sqlglot cannot say it)."""
    try:
        return str(sqlglot.transpile(duckdb_sql, read="duckdb", write=compiled.dialect)[0])
    except sqlglot.errors.SqlglotError:
        return None
