"""Long raw lines: M4 in SQL — per pixel bucket of x (and colour), the points with the
first/last x and the lowest/highest y, which is what a line drawn at that width shows.

- DuckDB: one ``GROUP BY`` with ``ARG_MIN``/``ARG_MAX`` (x bounds from stored statistics
  when the base is a plain table: one pass; else one MIN/MAX pass first);
- SQLite: one ``GROUP BY`` for the extremes of each bucket, one scan for the rows holding
  them, and over those few rows four ``GROUP BY`` parts with a single ``MIN()``/``MAX()``
  each, whose bare columns come from the row holding it (a documented SQLite rule);
- PostgreSQL: one hash aggregation; ``MIN(ARRAY[x, y])`` gives y at the first x and
  ``MIN(ARRAY[y, x])`` the x at the lowest y (arrays order lexicographically). Time goes
  through epoch seconds and comes back as the bucket's first x plus an interval, so
  the plotted values are the stored ones in the column's own type (no time zone).
- Spark: DuckDB's, said in Spark SQL — one ``MIN``/``MAX`` pass for the bucket bounds, one
  ``GROUP BY`` where ``MIN_BY``/``MAX_BY`` give the first/last and lowest/highest point of
  each bucket, and ``INLINE`` turns the four into rows. Time buckets are integer arithmetic
  on epoch microseconds (``UNIX_MICROS`` in the session's time zone, ``DIV``), so they fall
  where DuckDB's fall.

A filter may leave few points, which M4 would thin for nothing: the same statement then
returns every row of the unreduced chart instead (:func:`_plot_all_when_few`), so the
line never needs a second query.
"""

from __future__ import annotations

from dataclasses import replace

import sqlglot
from sqlglot import exp

from ..catalog.model import Catalog
from ..compile.compiled import Compiled
from .base import (
    N_COLUMN,
    POS_COLUMN,
    Reduction,
    catalog_column,
    inner_select,
    parsed,
    quoted,
    rows_estimate,
)
from .sample import sample

__all__ = ["m4"]


def m4(
    compiled: Compiled,
    catalog: Catalog,
    max_points: int,
    *,
    bounds: tuple[float, float] | None = None,
) -> tuple[Compiled, Reduction | None]:
    """M4 of a raw line/area with more points than ``max_points``, else the chart unchanged.

    The bucket count is ``max(max_points // (4 * colours), 8)``; the chart is left whole
    when the catalog says its tables hold no more than ``max_points`` rows. ``bounds``:
    the x range from stored statistics (DuckDB), saving a pass. SQLite and PostgreSQL
    sample a line whose x is neither a number nor a time.
    """
    f = compiled.fields
    x, y, color = f["x"], f["y"], f.get("color")
    dialect = compiled.dialect
    inner = inner_select(compiled)
    if dialect != "duckdb" and x.type not in ("temporal", "quantitative"):
        return sample(compiled, inner, catalog, max_points)
    estimate = rows_estimate(inner, catalog)
    if estimate is not None and estimate <= max_points:
        return compiled, None
    colors = 1
    if color is not None:
        col = catalog_column(catalog, color.field or "")
        colors = max(min(col.distinct or 1, 50), 1) if col is not None else 1
    buckets = max(max_points // (4 * colors), 8)
    args = (
        inner.sql(dialect),
        quoted(x.alias, dialect),
        quoted(y.alias, dialect),
        quoted(color.alias, dialect) if color else None,
    )
    temporal = x.type == "temporal"
    if dialect == "duckdb":
        body, order = _duckdb(*args, temporal=temporal, buckets=buckets, bounds=bounds)
    elif dialect == "sqlite":
        body, order = _sqlite(*args, temporal=temporal, buckets=buckets)
    elif dialect == "spark":
        body, order = _spark(*args, temporal=temporal, buckets=buckets)
    else:
        xcol = catalog_column(catalog, x.field or "") if x.field and not x.time_unit else None
        is_date = xcol is not None and xcol.type.upper() == "DATE"
        body, order = _postgres(*args, temporal=temporal, buckets=buckets, is_date=is_date)
    sql = _plot_all_when_few(body, order, compiled, max_points)
    return replace(compiled, sql=sql, notes=list(compiled.notes)), Reduction(
        "m4", buckets, budget=max_points
    )


def _plot_all_when_few(body: str, order: str, compiled: Compiled, budget: int) -> str:
    """The M4 statement ``body``, or — when its count says ``budget`` points or fewer —
    every row of the unreduced chart, in its own order: one statement either way.

    Only one branch returns rows; the other's guard reads the few M4 rows and stops it
    before its scan (on DuckDB a cross join with an empty side, elsewhere an uncorrelated
    ``EXISTS``, which SQLite and PostgreSQL evaluate once).
    """
    dialect = compiled.dialect
    cols = ", ".join(quoted(o.alias, dialect) for o in compiled.fields.values())
    every = parsed(compiled.sql, dialect)  # join() and where() below copy it
    assert isinstance(every, exp.Select)
    by = ", ".join(o.sql(dialect) for o in (every.args.get("order") or exp.Order()).expressions)
    few = sqlglot.parse_one(
        f"SELECT 1 AS aiser_few FROM (SELECT MAX({N_COLUMN}) AS aiser_c FROM aiser_m) AS aiser_t "
        f"WHERE COALESCE(aiser_c, 0) <= {int(budget)}",
        read=dialect,
    )
    if dialect == "duckdb":
        every = every.join(few.subquery("aiser_few"), join_type="cross")
    else:
        every = every.where(exp.Exists(this=few))
    return f"""WITH aiser_m AS ({body})
SELECT * FROM (
  SELECT {cols}, {N_COLUMN}, ROW_NUMBER() OVER (ORDER BY {order}) AS {POS_COLUMN}
  FROM aiser_m WHERE {N_COLUMN} > {int(budget)}
  UNION ALL
  SELECT {cols}, 0, ROW_NUMBER() OVER (ORDER BY {by or cols}) FROM ({every.sql(dialect)}) AS aiser_a
) AS aiser_u ORDER BY {POS_COLUMN}"""


def _duckdb(
    inner: str,
    x: str,
    y: str,
    color: str | None,
    *,
    temporal: bool,
    buckets: int,
    bounds: tuple[float, float] | None,
) -> tuple[str, str]:
    """M4: per x bucket (and colour), the points with the first/last x and the lowest/highest y.

    One GROUP BY pass over the data (plus a MIN/MAX pass when stored statistics give no
    bounds). The bucket is integer arithmetic: on epoch microseconds for time, so
    ``ARG_MIN``/``ARG_MAX`` compare integers rather than timestamps.
    """
    part = f"{color}, " if color else ""
    e = f"epoch_us({x})" if temporal else f"CAST({x} AS DOUBLE)"
    if bounds is not None:  # from stored statistics: a single pass over the data
        lo_v, hi_v = bounds
        if temporal:
            lo_us, hi_us = round(lo_v * 1e6), round(hi_v * 1e6)
            ranges = f"SELECT CAST({lo_us} AS BIGINT) AS lo, CAST({(hi_us - lo_us) // buckets + 1} AS BIGINT) AS w"
        else:
            ranges = (
                f"SELECT CAST({float(lo_v)!r} AS DOUBLE) AS lo, "
                f"CAST({max((float(hi_v) - float(lo_v)) / buckets, 1e-300)!r} AS DOUBLE) AS w"
            )
    elif temporal:
        ranges = f"SELECT MIN(aiser_e) AS lo, (MAX(aiser_e) - MIN(aiser_e)) // {buckets} + 1 AS w FROM aiser_b"
    else:
        ranges = f"SELECT MIN(aiser_e) AS lo, GREATEST((MAX(aiser_e) - MIN(aiser_e)) / {buckets}, 1e-300) AS w FROM aiser_b"
    step = "(aiser_e - lo) // w" if temporal else "CAST(FLOOR((aiser_e - lo) / w) AS BIGINT)"
    return (
        f"""WITH aiser_b AS (SELECT *, {e} AS aiser_e FROM ({inner}) AS aiser_i WHERE {x} IS NOT NULL AND {y} IS NOT NULL),
aiser_r AS ({ranges}),
aiser_g AS (SELECT {part}LEAST(GREATEST({step}, 0), {buckets - 1}) AS aiser_k, SUM(COUNT(*)) OVER () AS aiser_c,
  MIN({x}) AS x1, ARG_MIN({y}, aiser_e) AS y1, MAX({x}) AS x2, ARG_MAX({y}, aiser_e) AS y2,
  ARG_MIN({x}, {y}) AS x3, MIN({y}) AS y3, ARG_MAX({x}, {y}) AS x4, MAX({y}) AS y4
  FROM aiser_b, aiser_r GROUP BY ALL)
SELECT DISTINCT {part}UNNEST([x1, x2, x3, x4]) AS {x}, UNNEST([y1, y2, y3, y4]) AS {y}, aiser_c AS {N_COLUMN}
FROM aiser_g""",
        f"{part}{x}",
    )


def _sqlite(
    inner: str, x: str, y: str, color: str | None, *, temporal: bool, buckets: int
) -> tuple[str, str]:
    """M4 from one ``GROUP BY`` of the bucket extremes and one scan for the rows holding them.

    SQLite has no hash aggregation (a ``GROUP BY`` sorts its input) and no ``arg_min``: the
    four extremes of each bucket come from a single ``GROUP BY``, a second scan keeps the
    rows that hold one of them, and over those few rows four ``GROUP BY`` parts, each with
    a single ``MIN()``/``MAX()``, pick one real point per extreme (SQLite documents that
    the bare columns of such a query come from a row holding the min/max). Times stored
    as text are ordered by ``julianday`` (ISO text, with or without a time zone), times
    stored as numbers as they are.
    """
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
    return (
        f"""WITH aiser_p AS (SELECT * FROM (SELECT {part}{x}, {y}, {e} AS aiser_e
  FROM ({inner}) AS aiser_i WHERE {x} IS NOT NULL AND {y} IS NOT NULL) AS aiser_b WHERE aiser_e IS NOT NULL),
aiser_r AS (SELECT MIN(aiser_e) AS lo, MAX((MAX(aiser_e) - MIN(aiser_e)) / {float(buckets)!r}, 1e-300) AS w,
  COUNT(*) AS aiser_c FROM aiser_p),
aiser_g AS (SELECT {part}aiser_k, MIN(aiser_e) AS aiser_e1, MAX(aiser_e) AS aiser_e2,
  MIN({y}) AS aiser_y3, MAX({y}) AS aiser_y4 FROM ({keyed}) AS aiser_q GROUP BY {part}aiser_k),
aiser_x AS (SELECT aiser_q.* FROM ({keyed}) AS aiser_q
  JOIN aiser_g ON aiser_q.aiser_k = aiser_g.aiser_k{same}
  WHERE aiser_q.aiser_e IN (aiser_e1, aiser_e2) OR aiser_q.{y} IN (aiser_y3, aiser_y4))
SELECT {part}{x}, {y}, (SELECT aiser_c FROM aiser_r) AS {N_COLUMN}, aiser_e FROM (
  SELECT DISTINCT {part}{x}, {y}, aiser_e FROM (
  {parts}) AS aiser_u) AS aiser_d""",
        f"{part}aiser_e, {x}",
    )


def _postgres(
    inner: str,
    x: str,
    y: str,
    color: str | None,
    *,
    temporal: bool,
    buckets: int,
    is_date: bool,
) -> tuple[str, str]:
    """M4 as one hash aggregation: extremes and the other coordinate through array min/max.

    ``MIN(ARRAY[e, y])`` is the pair with the first x (then the lowest y); its second
    element is y there. The x at the lowest y comes back as a number (epoch seconds for
    time), so a time is rebuilt as the bucket's first x plus the difference: the column's
    own type (timestamp, timestamptz, time, interval), exact to the microsecond.
    ``OFFSET 0`` keeps PostgreSQL from inlining the points, so the epoch and the float y
    are computed once per row rather than once per aggregate (a third faster).
    """
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
    return (
        f"""WITH aiser_r AS (SELECT MIN(aiser_e) AS lo,
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
  ({x3}, aiser_y3), ({x4}, aiser_y4)) AS aiser_v (aiser_x, aiser_y)""",
        f"{part}{x}",
    )


def _spark(
    inner: str, x: str, y: str, color: str | None, *, temporal: bool, buckets: int
) -> tuple[str, str]:
    """M4 in Spark SQL: the bounds in one pass, the four extremes of each bucket in a second."""
    part = f"{color}, " if color else ""
    if temporal:
        e = f"UNIX_MICROS(CAST({x} AS TIMESTAMP))"
        ranges = f"MIN(aiser_e) AS lo, (MAX(aiser_e) - MIN(aiser_e)) DIV {buckets} + 1 AS w"
        step = "(aiser_e - lo) DIV w"
    else:
        e = f"CAST({x} AS DOUBLE)"
        ranges = (
            f"MIN(aiser_e) AS lo, GREATEST((MAX(aiser_e) - MIN(aiser_e)) / {buckets}, 1e-300) AS w"
        )
        step = "CAST(FLOOR((aiser_e - lo) / w) AS BIGINT)"
    corners = ", ".join(f"NAMED_STRUCT('x', x{i}, 'y', y{i})" for i in range(1, 5))
    return (
        f"""WITH aiser_b AS (SELECT {part}{x}, {y}, {e} AS aiser_e FROM ({inner}) AS aiser_i
  WHERE {x} IS NOT NULL AND {y} IS NOT NULL),
aiser_r AS (SELECT {ranges} FROM aiser_b),
aiser_q AS (SELECT aiser_b.*, LEAST(GREATEST({step}, 0), {buckets - 1}) AS aiser_k
  FROM aiser_b CROSS JOIN aiser_r),
aiser_g AS (SELECT {part}aiser_k, SUM(COUNT(*)) OVER () AS aiser_c,
  MIN_BY({x}, aiser_e) AS x1, MIN_BY({y}, aiser_e) AS y1, MAX_BY({x}, aiser_e) AS x2,
  MAX_BY({y}, aiser_e) AS y2, MIN_BY({x}, {y}) AS x3, MIN({y}) AS y3, MAX_BY({x}, {y}) AS x4,
  MAX({y}) AS y4 FROM aiser_q GROUP BY {part}aiser_k)
SELECT DISTINCT {part}aiser_v.x AS {x}, aiser_v.y AS {y}, aiser_c AS {N_COLUMN}
FROM aiser_g LATERAL VIEW INLINE(ARRAY({corners})) aiser_v""",
        f"{part}{x}",
    )
