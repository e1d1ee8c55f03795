"""Reductions for SQLite and PostgreSQL, where they are cheap.

- Raw line/area over many points: M4 (per pixel bucket of x, per colour, the points with
  the first/last x and the lowest/highest y), exact as DuckDB's. Neither database has
  ``arg_min``, so each says it its own way:

  - SQLite: one ``GROUP BY`` for the extremes of each bucket, one scan for the rows holding
    them, and over those few rows four ``GROUP BY`` parts with a single ``MIN()``/``MAX()``
    each, whose bare columns come from the row holding it (a documented SQLite rule);
  - PostgreSQL: one hash aggregation; ``MIN(ARRAY[x, y])`` gives y at the first x and
    ``MIN(ARRAY[y, x])`` the x at the lowest y (arrays order lexicographically). Time goes
    through epoch seconds and comes back as the bucket's first x plus an interval, so
    the plotted values are the stored ones in the column's own type (no time zone).

  Plus one MIN/MAX scan for the bucket bounds. The total is the count of non-null points.
- Scatter over one big table: a sample that costs no sort —
  PostgreSQL ``TABLESAMPLE SYSTEM`` (whole pages) on big tables, ``BERNOULLI`` below 1e6 rows, SQLite
  ``rowid % k = 0`` (a systematic sample: one scan, no sort). ``ORDER BY random()``
  would sort the whole table and is never used. The total is the catalog's row count.
- Bars with too many categories: the DuckDB top-N + "Other" SQL, transpiled by sqlglot.

A scatter over joins, views or a filter keeps the row cap and its note (no cheap sample).
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

import sqlglot
from sqlglot import exp

if TYPE_CHECKING:
    from ..catalog.model import Catalog
    from ..compile.query import Compiled
    from .reductions import Reduction

__all__ = ["m4", "other", "sample"]

#: TABLESAMPLE SYSTEM returns whole pages, so about the percentage asked: a guard above it
SLACK = 2
#: below this many rows PostgreSQL samples rows (BERNOULLI) instead of pages (SYSTEM)
SYSTEM_FROM_ROWS = 1_000_000
SEED = 42


def sample(
    compiled: Compiled, inner: exp.Select, catalog: Catalog, max_points: int
) -> tuple[Compiled, Reduction | None]:
    """A cheap sample of a scatter/line over one table; the chart unchanged when it cannot be."""
    from .reductions import N_COLUMN, Reduction

    if compiled.dialect == "spark":
        from .spark import sample as spark_sample

        return spark_sample(compiled, inner, catalog, max_points)
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


def m4(
    compiled: Compiled, inner: exp.Select, catalog: Catalog, max_points: int
) -> tuple[Compiled, Reduction | None]:
    """M4 of a raw line/area in SQLite or PostgreSQL; a sample when x is not a number or a time.

    ``inner`` is the compiled query without ORDER BY and LIMIT. Like DuckDB's M4: the
    bucket count is ``max(max_points // (4 * colours), 8)`` and the chart is left whole
    when the catalog says the table has no more than ``max_points`` rows.
    """
    from .reductions import Reduction, _column, _rows_estimate

    f = compiled.fields
    x, y, color = f["x"], f["y"], f.get("color")
    if (
        compiled.dialect not in ("sqlite", "postgres", "spark")
        or x.type not in ("temporal", "quantitative")
        or not set(f) <= {"x", "y", "color"}
    ):
        return sample(compiled, inner, catalog, max_points)
    estimate = _rows_estimate(inner, catalog)
    if estimate is not None and estimate <= max_points:
        return compiled, None
    colors = 1
    if color is not None:
        col = _column(catalog, color.field or "")
        colors = max(min(col.distinct or 1, 50), 1) if col is not None else 1
    buckets = max(max_points // (4 * colors), 8)
    dialect = compiled.dialect
    args = (
        inner.sql(dialect),
        _quoted(x.alias, dialect),
        _quoted(y.alias, dialect),
        _quoted(color.alias, dialect) if color else None,
    )
    temporal = x.type == "temporal"
    if dialect == "sqlite":
        sql = _m4_sqlite(*args, temporal=temporal, buckets=buckets)
    elif dialect == "spark":
        from .spark import m4_sql

        sql = m4_sql(*args, temporal=temporal, buckets=buckets)
    else:
        xcol = _column(catalog, x.field or "") if x.field and not x.time_unit else None
        is_date = xcol is not None and xcol.type.upper() == "DATE"
        sql = _m4_postgres(*args, temporal=temporal, buckets=buckets, is_date=is_date)
    return replace(compiled, sql=sql, notes=list(compiled.notes)), Reduction(
        "m4", buckets, budget=max_points
    )


def _quoted(name: str, dialect: str) -> str:
    return str(exp.to_identifier(name, quoted=True).sql(dialect))


def _m4_sqlite(
    inner: str, x: str, y: str, color: str | None, *, temporal: bool, buckets: int
) -> str:
    """M4 from one ``GROUP BY`` of the bucket extremes and one scan for the rows holding them.

    SQLite has no hash aggregation (a ``GROUP BY`` sorts its input) and no ``arg_min``: the
    four extremes of each bucket come from a single ``GROUP BY``, a second scan keeps the
    rows that hold one of them, and over those few rows four ``GROUP BY`` parts, each with
    a single ``MIN()``/``MAX()``, pick one real point per extreme (SQLite documents that
    the bare columns of such a query come from a row holding the min/max). Times stored
    as text are ordered by ``julianday`` (ISO text, with or without a time zone), times
    stored as numbers as they are.
    """
    from .reductions import N_COLUMN

    part = f"{color}, " if color else ""
    e = f"(CASE typeof({x}) WHEN 'text' THEN julianday({x}) ELSE {x} END)" if temporal else x
    # aiser_e >= lo, so the bucket is never negative; the highest x lands on `buckets`
    keyed = (
        f"SELECT aiser_p.*, MIN(CAST((aiser_e - (SELECT lo FROM aiser_r)) / (SELECT w FROM aiser_r) "
        f"AS INTEGER), {buckets - 1}) AS aiser_k FROM aiser_p"
    )
    same = f" AND aiser_q.{color} IS aiser_g.{color}" if color else ""
    parts = "\n  UNION ALL\n  ".join(
        f"SELECT {part}{agg} AS aiser_m, {x}, {y}, aiser_e FROM aiser_x GROUP BY {part}aiser_k"
        for agg in ("MIN(aiser_e)", "MAX(aiser_e)", f"MIN({y})", f"MAX({y})")
    )
    # aiser_p is used three times: SQLite >= 3.35 materializes it, so e is computed once a row
    return f"""WITH aiser_p AS (SELECT * FROM (SELECT {part}{x}, {y}, {e} AS aiser_e
  FROM ({inner}) AS aiser_i WHERE {x} IS NOT NULL AND {y} IS NOT NULL) AS aiser_b WHERE aiser_e IS NOT NULL),
aiser_r AS (SELECT MIN(aiser_e) AS lo, MAX((MAX(aiser_e) - MIN(aiser_e)) / {float(buckets)!r}, 1e-300) AS w,
  COUNT(*) AS aiser_c FROM aiser_p),
aiser_g AS (SELECT {part}aiser_k, MIN(aiser_e) AS aiser_e1, MAX(aiser_e) AS aiser_e2,
  MIN({y}) AS aiser_y3, MAX({y}) AS aiser_y4 FROM ({keyed}) AS aiser_q GROUP BY {part}aiser_k),
aiser_x AS (SELECT aiser_q.* FROM ({keyed}) AS aiser_q
  JOIN aiser_g ON aiser_q.aiser_k = aiser_g.aiser_k{same}
  WHERE aiser_q.aiser_e IN (aiser_e1, aiser_e2) OR aiser_q.{y} IN (aiser_y3, aiser_y4))
SELECT {part}{x}, {y}, (SELECT aiser_c FROM aiser_r) AS {N_COLUMN} FROM (
  SELECT DISTINCT {part}{x}, {y}, aiser_e FROM (
  {parts}) AS aiser_u) AS aiser_d
ORDER BY {part}aiser_e, {x}"""


def _m4_postgres(
    inner: str,
    x: str,
    y: str,
    color: str | None,
    *,
    temporal: bool,
    buckets: int,
    is_date: bool,
) -> str:
    """M4 as one hash aggregation: extremes and the other coordinate through array min/max.

    ``MIN(ARRAY[e, y])`` is the pair with the first x (then the lowest y); its second
    element is y there. The x at the lowest y comes back as a number (epoch seconds for
    time), so a time is rebuilt as the bucket's first x plus the difference: the column's
    own type (timestamp, timestamptz, time, interval), exact to the microsecond.
    ``OFFSET 0`` keeps PostgreSQL from inlining the points, so the epoch and the float y
    are computed once per row rather than once per aggregate (a third faster).
    """
    from .reductions import N_COLUMN

    part = f"{color}, " if color else ""
    e = f"date_part('epoch', {x})" if temporal else f"CAST({x} AS DOUBLE PRECISION)"
    points = (
        f"SELECT {part}{x}, {y}, {e} AS aiser_e, CAST({y} AS DOUBLE PRECISION) AS aiser_y8 "
        f"FROM ({inner}) AS aiser_i WHERE {x} IS NOT NULL AND {y} IS NOT NULL"
    )
    if temporal:
        x3, x4 = (f"aiser_x1 + make_interval(secs => aiser_e{i} - aiser_e1)" for i in (3, 4))
        if is_date:  # date + interval is a timestamp
            x3, x4 = f"CAST({x3} AS DATE)", f"CAST({x4} AS DATE)"
    else:
        x3, x4 = "aiser_e3", "aiser_e4"
    return f"""WITH aiser_r AS (SELECT MIN(aiser_e) AS lo,
  GREATEST((MAX(aiser_e) - MIN(aiser_e)) / {buckets}, CAST(1e-300 AS DOUBLE PRECISION)) AS w
  FROM ({points}) AS aiser_p),
aiser_g AS (SELECT {part}LEAST(GREATEST(CAST(FLOOR((aiser_e - lo) / w) AS INTEGER), 0), {buckets - 1}) AS aiser_k,
  CAST(SUM(COUNT(*)) OVER () AS BIGINT) AS aiser_c,
  MIN({x}) AS aiser_x1, MIN(aiser_e) AS aiser_e1, (MIN(ARRAY[aiser_e, aiser_y8]))[2] AS aiser_y1,
  MAX({x}) AS aiser_x2, (MAX(ARRAY[aiser_e, aiser_y8]))[2] AS aiser_y2,
  (MIN(ARRAY[aiser_y8, aiser_e]))[2] AS aiser_e3, MIN({y}) AS aiser_y3,
  (MAX(ARRAY[aiser_y8, aiser_e]))[2] AS aiser_e4, MAX({y}) AS aiser_y4
  FROM ({points} OFFSET 0) AS aiser_p, aiser_r GROUP BY {part}aiser_k)
SELECT DISTINCT {part}aiser_v.aiser_x AS {x}, aiser_v.aiser_y AS {y}, aiser_c AS {N_COLUMN}
FROM aiser_g CROSS JOIN LATERAL (VALUES (aiser_x1, aiser_y1), (aiser_x2, aiser_y2),
  ({x3}, aiser_y3), ({x4}, aiser_y4)) AS aiser_v (aiser_x, aiser_y)
ORDER BY {part}{x}"""


def other(duckdb_sql: str, compiled: Compiled) -> str | None:
    """The top-N + Other SQL in ``compiled.dialect`` (``None`` when sqlglot cannot say it)."""
    try:
        return str(sqlglot.transpile(duckdb_sql, read="duckdb", write=compiled.dialect)[0])
    except sqlglot.errors.SqlglotError:
        return None
