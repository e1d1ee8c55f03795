"""Reductions in Spark SQL: M4 for long lines, a seeded ``TABLESAMPLE`` for scatters.

- M4 is DuckDB's, said in Spark: one ``MIN``/``MAX`` pass for the bucket bounds, one
  ``GROUP BY`` pass where ``MIN_BY``/``MAX_BY`` give the first/last point and the lowest/
  highest point of each pixel bucket (per colour), and ``INLINE`` turns the four into rows.
  Time buckets are integer arithmetic on epoch microseconds (``UNIX_MICROS`` in the
  session's time zone, ``DIV``), so they fall where DuckDB's fall.
- A scatter over one big table reads a ``TABLESAMPLE (p PERCENT) REPEATABLE (42)`` of it:
  Spark samples each row on its own (one scan, no sort, no shuffle), and the seed gives the
  same chart twice. sqlglot writes the seed as ``SEED (42)``, which Spark does not parse,
  so the sampled table is written here.

Top-N + Other is the DuckDB SQL transpiled by sqlglot (:func:`.dialects.other`).
"""

from __future__ import annotations

import math
import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlglot import exp

if TYPE_CHECKING:
    from ..catalog.model import Catalog
    from ..compile.query import Compiled
    from .reductions import Reduction

__all__ = ["m4_sql", "sample"]

#: Spark samples each row with the percentage asked: a margin above it for the LIMIT
SLACK = 2
SEED = 42


def sample(
    compiled: Compiled, inner: exp.Select, catalog: Catalog, max_points: int
) -> tuple[Compiled, Reduction | None]:
    """A seeded sample of a scatter/line over one table; the chart unchanged when it cannot be."""
    from .reductions import N_COLUMN, Reduction

    tables = list(inner.find_all(exp.Table))
    known = catalog.table(tables[0].name) if len(tables) == 1 else None
    if known is None or known.kind != "table" or not known.row_count:
        return compiled, None
    rows = known.row_count
    if rows <= max_points:
        return compiled, None
    percent = min(100.0, math.ceil(max_points / rows * 100 * 1000) / 1000)
    tree = inner.copy()
    target = next(tree.find_all(exp.Table))
    # the placeholder is a name no catalog holds; replaced by the sampled table once written
    placeholder = f"aiser_sample_{uuid.uuid4().hex}"
    alias = target.args.get("alias")
    written = exp.Table(this=target.this.copy()).sql("spark")
    sampled = f"{written} TABLESAMPLE ({percent!r} PERCENT) REPEATABLE ({SEED})"
    if alias is not None:
        sampled += f" AS {alias.this.sql('spark')}"
    target.replace(exp.Table(this=exp.to_identifier(placeholder)))
    x = exp.to_identifier(compiled.fields["x"].alias, quoted=True).sql("spark")
    order = "" if compiled.mark == "point" else f" ORDER BY {x}"
    sql = (
        f"SELECT *, {rows} AS {N_COLUMN} FROM ({tree.sql('spark')}) AS aiser_s{order} "
        f"LIMIT {max_points * SLACK}"
    ).replace(placeholder, sampled)
    return replace(compiled, sql=sql, notes=list(compiled.notes)), Reduction("sample", max_points)


def m4_sql(inner: str, x: str, y: str, color: str | None, *, temporal: bool, buckets: int) -> str:
    """M4 in Spark SQL over ``inner`` (the compiled query without ORDER BY and LIMIT).

    ``x``, ``y`` and ``color`` are quoted names of its columns.
    """
    from .reductions import N_COLUMN

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
    corners = ", ".join(
        f"NAMED_STRUCT('x', {a}, 'y', {b})"
        for a, b in (("x1", "y1"), ("x2", "y2"), ("x3", "y3"), ("x4", "y4"))
    )
    return f"""WITH aiser_b AS (SELECT {part}{x}, {y}, {e} AS aiser_e FROM ({inner}) AS aiser_i
  WHERE {x} IS NOT NULL AND {y} IS NOT NULL),
aiser_r AS (SELECT {ranges} FROM aiser_b),
aiser_q AS (SELECT aiser_b.*, LEAST(GREATEST({step}, 0), {buckets - 1}) AS aiser_k
  FROM aiser_b CROSS JOIN aiser_r),
aiser_g AS (SELECT {part}aiser_k, SUM(COUNT(*)) OVER () AS aiser_c,
  MIN_BY({x}, aiser_e) AS x1, MIN_BY({y}, aiser_e) AS y1, MAX_BY({x}, aiser_e) AS x2,
  MAX_BY({y}, aiser_e) AS y2, MIN_BY({x}, {y}) AS x3, MIN({y}) AS y3, MAX_BY({x}, {y}) AS x4,
  MAX({y}) AS y4 FROM aiser_q GROUP BY {part}aiser_k)
SELECT DISTINCT {part}aiser_v.x AS {x}, aiser_v.y AS {y}, aiser_c AS {N_COLUMN}
FROM aiser_g LATERAL VIEW INLINE(ARRAY({corners})) aiser_v
ORDER BY {part}{x}"""
