"""Reduce big charts in the database, so a chart over 1e8 rows costs what its query costs.

Chosen automatically from the compiled chart and the catalog (row counts, cardinality):

- scatter over many points → a reservoir sample (``USING SAMPLE reservoir(n ROWS)``);
- line/area over many points → M4: per pixel bucket of x, the first, last, lowest and
  highest point (what a line drawn at that width shows), per colour;
- bars/pies with too many categories → the top N plus one "Other" row aggregated in SQL;
- histograms → bin width from DuckDB's stored column statistics (no extra scan);
- heatmaps over quantitative columns → 2-D bins instead of one cell per distinct pair.

Every reduced query also returns the unreduced count (``aiser_n``), so the chart can say
"sampled 2,500 of 84,112,930 points" and ``answer.reduction`` has the exact figures.
Sample and M4 are DuckDB SQL; SQLite and PostgreSQL get their own M4 for lines, a cheap
sample for scatters (rowid modulo, ``TABLESAMPLE``) and top-N + Other (see
reduce_dialects.py); others keep the row cap.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import sqlglot
from sqlglot import exp

from ..compile.bounds import minmax as _minmax
from ..compile.bounds import stats_bounds as _stats_bounds
from ..compile.query import BASE, Compiled, nice_step
from ..plan import Bin
from ..sql.checked import GuardedPlan
from ..sql.timeunits import aggregate_sql

if TYPE_CHECKING:
    import pyarrow as pa

    from ..catalog.model import Catalog
    from ..config import Limits
    from ..sources.base import Source

__all__ = ["Reduction", "finish", "prepare", "rewrite", "wants_other"]

N_COLUMN = "aiser_n"
OTHER_COLUMN = "aiser_other"
SEED = 42


@dataclass
class Reduction:
    """How the plotted rows were reduced from the full result.

    Attributes
    ----------
    kind
        ``"sample"``, ``"m4"``, ``"other"`` or ``"bins"``.
    total
        Points (rows of the base query) or categories before the reduction.
    shown
        Rows plotted.
    limit
        Sample size, bucket count or number of top categories asked for.
    """

    kind: str
    limit: int
    total: int | None = None
    shown: int | None = None
    column: str | None = None  #: the category column of an "other" reduction
    budget: int = 0  #: points an M4 line may show; fewer in all → plot them all instead

    @property
    def note(self) -> str:
        total, shown = f"{self.total or 0:,}", f"{self.shown or 0:,}"
        if self.kind == "sample":
            return f"sampled {shown} of {total} points"
        if self.kind == "m4":
            return f"{shown} of {total} points (min/max per pixel column)"
        if self.kind == "other":
            return f"top {self.limit} of {total} categories, the rest as Other"
        return f"binned {total} distinct values into {shown} cells"

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "limit": self.limit,
            "total": self.total,
            "shown": self.shown,
            "note": self.note,
        }


# --------------------------------------------------------------------------- before compiling
def _column(catalog: Catalog, name: str) -> Any:
    for table in catalog.tables:
        col = table.column(name)
        if col is not None:
            return col
    return None


def prepare(checked: GuardedPlan, catalog: Catalog, source: Source, limits: Limits) -> GuardedPlan:
    """The plan to compile: bin widths filled in from cheap bounds, heatmaps over many values binned.

    Bounds are read with queries built from the guarded base query (never the plan's text).
    """
    chart = checked.chart
    channels = chart.encoding.channels()
    wanted: dict[str, int] = {}
    x = channels.get("x")
    if (
        chart.mark == "histogram"
        and x is not None
        and x.field
        and not x.timeUnit
        and not x.aggregate
        and (not isinstance(x.bin, Bin) or x.bin.step is None)
    ):
        wanted["x"] = x.bin.maxbins if isinstance(x.bin, Bin) and x.bin.maxbins else 20
    if chart.mark == "heatmap":
        for name, maxbins in (("x", 40), ("y", 30)):
            fd = channels.get(name)
            if (
                fd is None
                or not fd.field
                or fd.timeUnit
                or fd.aggregate
                or (fd.type and fd.type != "quantitative")
            ):
                continue
            col = _column(catalog, fd.field)
            if fd.bin is None and (
                col is None or col.semantic != "quantitative" or (col.distinct or 0) <= maxbins
            ):
                continue
            if not isinstance(fd.bin, Bin) or fd.bin.step is None:
                wanted[name] = (
                    fd.bin.maxbins if isinstance(fd.bin, Bin) and fd.bin.maxbins else maxbins
                )
    if not wanted:
        return checked
    fields = {name: channels[name].field or "" for name in wanted}
    bounds = _stats_bounds(checked, sorted(set(fields.values())), source, limits, catalog)
    update = {}
    for name, maxbins in wanted.items():
        fd = channels[name]
        lohi = bounds.get(fields[name])
        if lohi is None and chart.mark == "histogram":
            continue  # compile fetches the bounds with one min/max query
        if lohi is None:
            lohi = _minmax(checked, fields[name], source, limits)
        if lohi is None:
            continue
        update[name] = fd.model_copy(
            update={"bin": Bin(maxbins=maxbins, step=nice_step(*lohi, maxbins))}
        )
    if not update:
        return checked
    encoding = chart.encoding.model_copy(update=update)
    return checked.with_chart(chart.model_copy(update={"encoding": encoding}))


# --------------------------------------------------------------------------- after compiling
def _rows_estimate(tree: exp.Expression, catalog: Catalog) -> int | None:
    counts = []
    for table in tree.find_all(exp.Table):
        known = catalog.table(table.name) if hasattr(catalog, "table") else None
        if known is not None:
            counts.append(known.row_count)
    if not counts or any(c is None for c in counts):
        return None
    return max(c for c in counts if c is not None)


def _inner(compiled: Compiled) -> exp.Select:
    """The compiled query without its ORDER BY and LIMIT (the full plotted relation)."""
    tree = sqlglot.parse_one(compiled.sql, read=compiled.dialect)
    assert isinstance(tree, exp.Select)
    tree.set("order", None)
    tree.set("limit", None)
    return tree


def _q(name: str) -> str:
    return str(exp.to_identifier(name, quoted=True).sql("duckdb"))


def rewrite(
    compiled: Compiled,
    catalog: Catalog,
    *,
    max_points: int,
    max_categories: int,
    force_other: bool = False,
    plan: GuardedPlan | None = None,
    source: Source | None = None,
    limits: Limits | None = None,
) -> tuple[Compiled, Reduction | None]:
    """Replace the compiled SQL by a reduced one when the chart would plot too many rows.

    ``plan``, ``source`` and ``limits`` let a line's x range come from stored statistics
    (one pass over the data instead of two).
    """
    f = compiled.fields
    if compiled.dialect not in ("duckdb", "sqlite", "postgres", "spark"):
        return compiled, None
    if (
        not compiled.aggregated
        and compiled.mark in ("point", "line", "area")
        and "x" in f
        and "y" in f
    ):
        inner = _inner(compiled)
        if compiled.dialect != "duckdb":
            from .dialects import m4, sample

            if compiled.mark in ("line", "area"):
                return m4(compiled, inner, catalog, max_points)
            return sample(compiled, inner, catalog, max_points)
        estimate = _rows_estimate(inner, catalog)
        if estimate is not None and estimate <= max_points:
            return compiled, None
        x, y, color = f["x"], f["y"], f.get("color")
        line = (
            compiled.mark in ("line", "area")
            and x.type in ("temporal", "quantitative")
            and set(f) <= {"x", "y", "color"}
        )
        if line:
            lohi = None
            if plan is not None and source is not None and limits is not None and x.field:
                lohi = _stats_bounds(plan, [x.field], source, limits, catalog).get(x.field)
            colors = 1
            if color is not None:
                col = _column(catalog, color.field or "")
                colors = max(min(col.distinct or 1, 50), 1) if col is not None else 1
            buckets = max(max_points // (4 * colors), 8)
            sql = _m4_sql(
                inner.sql("duckdb"),
                _q(x.alias),
                _q(y.alias),
                _q(color.alias) if color else None,
                temporal=x.type == "temporal",
                buckets=buckets,
                bounds=lohi,
            )
            return replace(compiled, sql=sql, notes=list(compiled.notes)), Reduction(
                "m4", buckets, budget=max_points
            )
        inner_sql = inner.sql("duckdb")
        sql = (
            f"SELECT *, (SELECT COUNT(*) FROM ({inner_sql}) AS aiser_c) AS {N_COLUMN} FROM ({inner_sql}) AS aiser_s "
            f"USING SAMPLE reservoir({int(max_points)} ROWS) REPEATABLE ({SEED})"
        )
        if compiled.mark != "point":
            sql = f"SELECT * FROM ({sql}) AS aiser_r ORDER BY {_q(x.alias)}"
        return replace(compiled, sql=sql, notes=list(compiled.notes)), Reduction(
            "sample", max_points
        )
    if force_other or wants_other(compiled, catalog, max_categories):
        return _other(compiled, max_categories)
    return compiled, None


def _m4_sql(
    inner: str,
    x: str,
    y: str,
    color: str | None,
    *,
    temporal: bool,
    buckets: int,
    bounds: tuple[float, float] | None,
) -> str:
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
    return f"""WITH aiser_b AS (SELECT *, {e} AS aiser_e FROM ({inner}) AS aiser_i WHERE {x} IS NOT NULL AND {y} IS NOT NULL),
aiser_r AS ({ranges}),
aiser_g AS (SELECT {part}LEAST(GREATEST({step}, 0), {buckets - 1}) AS aiser_k, SUM(COUNT(*)) OVER () AS aiser_c,
  MIN({x}) AS x1, ARG_MIN({y}, aiser_e) AS y1, MAX({x}) AS x2, ARG_MAX({y}, aiser_e) AS y2,
  ARG_MIN({x}, {y}) AS x3, MIN({y}) AS y3, ARG_MAX({x}, {y}) AS x4, MAX({y}) AS y4
  FROM aiser_b, aiser_r GROUP BY ALL)
SELECT DISTINCT {part}UNNEST([x1, x2, x3, x4]) AS {x}, UNNEST([y1, y2, y3, y4]) AS {y}, aiser_c AS {N_COLUMN}
FROM aiser_g ORDER BY {part}{x}"""


def wants_other(
    compiled: Compiled, catalog: Catalog | None, max_categories: int, rows: int | None = None
) -> bool:
    """Whether a bar or pie chart has more categories than can be read (from the catalog or the result)."""
    dim, measure = _other_parts(compiled)
    if dim is None or measure is None:
        return False
    if rows is not None:
        return rows > max_categories
    col = _column(catalog, dim.field or "") if catalog is not None and dim.field else None
    return col is not None and col.distinct is not None and col.distinct > max_categories


def _other_parts(compiled: Compiled) -> tuple[Any, Any]:
    f = compiled.fields
    if compiled.limit or not compiled.aggregated or compiled.mark not in ("bar", "arc"):
        return None, None
    dims = [o for o in f.values() if not o.is_measure]
    measures = [o for o in f.values() if o.is_measure]
    if len(dims) != 1 or len(measures) != 1 or measures[0].aggregate == "box":
        return None, None
    dim = dims[0]
    if dim.time_unit or dim.bin_step or dim.type != "nominal" or not dim.field:
        return None, None
    return dim, measures[0]


def _other(compiled: Compiled, top: int) -> tuple[Compiled, Reduction | None]:
    dim, measure = _other_parts(compiled)
    if dim is None or measure is None:
        return compiled, None
    inner = _inner(compiled)
    full = sqlglot.parse_one(compiled.sql, read=compiled.dialect)
    order = ", ".join(
        o.sql("duckdb")
        for o in (full.args.get("order").expressions if full.args.get("order") else [])
    )
    base = next((s for s in inner.find_all(exp.Subquery) if s.alias == BASE), None)
    if base is None:
        return compiled, None
    d, m = _q(dim.alias), _q(measure.alias)
    agg = aggregate_sql(
        measure.aggregate,
        exp.column(measure.field, quoted=True) if measure.field else None,
        "duckdb",
    )
    sql = f"""WITH aiser_g AS ({inner.sql("duckdb")}),
aiser_t AS (SELECT * FROM aiser_g ORDER BY {m} DESC NULLS LAST, {d} LIMIT {int(top)})
SELECT * FROM (
  SELECT CAST({d} AS VARCHAR) AS {d}, {m}, 0 AS {OTHER_COLUMN}, (SELECT COUNT(*) FROM aiser_g) AS {N_COLUMN} FROM aiser_t
  UNION ALL
  SELECT 'Other', {agg.sql("duckdb")}, 1, (SELECT COUNT(*) FROM aiser_g) FROM {base.sql("duckdb")}
  WHERE NOT EXISTS (SELECT 1 FROM aiser_t WHERE aiser_t.{d} IS NOT DISTINCT FROM {BASE}.{_q(dim.field or "")})
  HAVING COUNT(*) > 0
) AS aiser_o ORDER BY {OTHER_COLUMN}{", " + order if order else ""}"""
    if compiled.dialect != "duckdb":
        from .dialects import other

        sql = other(sql, compiled) or ""
        if not sql:
            return compiled, None
    return replace(compiled, sql=sql, notes=list(compiled.notes)), Reduction(
        "other", top, column=dim.alias
    )


def finish(table: pa.Table, reduction: Reduction | None) -> tuple[pa.Table, Reduction | None]:
    """Drop the bookkeeping columns; fill the reduction's counts (``None`` when nothing was dropped)."""
    from ..figure.arrowcols import strings

    if reduction is None:
        return table, None
    names = table.column_names
    total = int(table.column(N_COLUMN)[0].as_py() or 0) if N_COLUMN in names and len(table) else 0
    if reduction.kind == "other" and OTHER_COLUMN in names:
        flags = table.column(OTHER_COLUMN).to_pylist()
        if any(f == 1 for f in flags) and reduction.column in names:
            other = f"Other ({total - reduction.limit:,} more)"
            labels = [
                other if f == 1 else v if v is None or isinstance(v, str) else str(v)
                for f, v in zip(flags, table.column(reduction.column).to_pylist(), strict=True)
            ]
            i = names.index(reduction.column)
            table = table.set_column(i, reduction.column, strings(labels))
    table = table.drop_columns([c for c in (OTHER_COLUMN, N_COLUMN) if c in names])
    reduction.total, reduction.shown = total, len(table)
    if reduction.kind == "other" and total <= reduction.limit:
        return table, None
    if (reduction.kind in ("sample", "m4") and total <= len(table)) or (
        reduction.kind == "m4" and total <= reduction.budget
    ):
        return table, None
    return table, reduction
