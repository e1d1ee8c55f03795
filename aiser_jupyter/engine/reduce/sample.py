"""Scatters over many points: a sample in SQL, with the unreduced count beside it.

- DuckDB: ``USING SAMPLE reservoir(n ROWS) REPEATABLE (seed)`` over the plotted relation;
- PostgreSQL: ``TABLESAMPLE SYSTEM`` (whole pages, no full scan) on big tables,
  ``BERNOULLI`` below 1e6 rows; SQLite: ``rowid % k = 0`` (a systematic sample: one
  scan, no sort). ``ORDER BY random()`` would sort the whole table and is never used.
  Spark: ``TABLESAMPLE (p PERCENT) REPEATABLE (seed)``, each row on its own (one scan, no
  sort, no shuffle). All three sample one plain table; a scatter over joins, views or a
  filter keeps the row cap.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import replace

from sqlglot import exp

from ..catalog.model import Catalog
from ..compile.compiled import Compiled
from .base import N_COLUMN, SEED, Reduction, quoted

__all__ = ["duckdb_sample", "sample"]

#: TABLESAMPLE SYSTEM returns whole pages, so about the percentage asked: a guard above it
SLACK = 2
#: below this many rows PostgreSQL samples rows (BERNOULLI) instead of pages (SYSTEM)
SYSTEM_FROM_ROWS = 1_000_000


def duckdb_sample(
    compiled: Compiled, inner: exp.Select, max_points: int, *, whole: int | None = None
) -> tuple[Compiled, Reduction]:
    """A reservoir sample of ``max_points`` of the plotted rows (sorted by x unless a scatter);
    every row when they are no more than ``whole`` (counted in the same statement)."""
    inner_sql = inner.sql("duckdb")
    if whole is not None and whole > max_points and compiled.mark == "point":
        n = N_COLUMN
        sql = (
            f"WITH aiser_b AS ({inner_sql}), aiser_c AS (SELECT COUNT(*) AS {n} FROM aiser_b) "
            f"SELECT aiser_b.*, {n} FROM aiser_b, aiser_c WHERE {n} <= {int(whole)} "
            f"UNION ALL SELECT * FROM (SELECT aiser_b.*, {n} FROM aiser_b, aiser_c "
            f"USING SAMPLE reservoir({int(max_points)} ROWS) REPEATABLE ({SEED})) AS aiser_s "
            f"WHERE {n} > {int(whole)}"
        )
        return replace(compiled, sql=sql, notes=list(compiled.notes)), Reduction(
            "sample", max_points
        )
    sql = (
        f"SELECT *, (SELECT COUNT(*) FROM ({inner_sql}) AS aiser_c) AS {N_COLUMN} FROM ({inner_sql}) AS aiser_s "
        f"USING SAMPLE reservoir({int(max_points)} ROWS) REPEATABLE ({SEED})"
    )
    if compiled.mark != "point":
        sql = f"SELECT * FROM ({sql}) AS aiser_r ORDER BY {quoted(compiled.fields['x'].alias, 'duckdb')}"
    return replace(compiled, sql=sql, notes=list(compiled.notes)), Reduction("sample", max_points)


def sample(
    compiled: Compiled,
    inner: exp.Select,
    catalog: Catalog,
    max_points: int,
    *,
    whole: int | None = None,
) -> tuple[Compiled, Reduction | None]:
    """A cheap sample of ``max_points`` of a scatter/line over one table; the chart unchanged
    when it cannot be, or when the table holds no more than ``whole`` rows (default:
    ``max_points``)."""
    tables = list(inner.find_all(exp.Table))
    known = catalog.table(tables[0].name) if len(tables) == 1 else None
    if (
        known is None
        or known.kind != "table"
        or not known.row_count
        or known.row_count <= (whole or max_points)
    ):
        return compiled, None
    table, rows = tables[0], known.row_count
    if compiled.dialect == "spark":
        return _spark(compiled, inner, rows, max_points), Reduction("sample", max_points)
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


def _spark(compiled: Compiled, inner: exp.Select, rows: int, max_points: int) -> Compiled:
    """A seeded ``TABLESAMPLE`` of the one table of ``inner``.

    sqlglot writes the seed as ``SEED (42)``, which Spark does not parse: the sampled table
    is written here, in place of a name no catalog holds.
    """
    percent = min(100.0, math.ceil(max_points / rows * 100 * 1000) / 1000)
    tree = inner.copy()
    target = next(tree.find_all(exp.Table))
    placeholder = f"aiser_sample_{uuid.uuid4().hex}"
    sampled = (
        f"{exp.Table(this=target.this.copy()).sql('spark')} "
        f"TABLESAMPLE ({percent!r} PERCENT) REPEATABLE ({SEED})"
    )
    alias = target.args.get("alias")
    if alias is not None:
        sampled += f" AS {alias.this.sql('spark')}"
    target.replace(exp.Table(this=exp.to_identifier(placeholder)))
    order = (
        ""
        if compiled.mark == "point"
        else f" ORDER BY {quoted(compiled.fields['x'].alias, 'spark')}"
    )
    sql = (
        f"SELECT *, {rows} AS {N_COLUMN} FROM ({tree.sql('spark')}) AS aiser_s{order} "
        f"LIMIT {max_points * SLACK}"
    ).replace(placeholder, sampled)
    return replace(compiled, sql=sql, notes=list(compiled.notes))
