"""Reduce big charts in the database, so a chart over 1e8 rows costs what its query costs.

:func:`reduce_chart` rewrites the compiled statement, before it runs, from the chart and
the catalog (row counts, cardinality); the reduced statement runs once and its result
says how much it left out (:func:`.base.finish` reads that):

- line/area over many points → M4 (:mod:`.m4`), or every point when a filter left few;
- scatter over many points → a sample (:mod:`.sample`);
- bars/pies over one category → the top N plus one "Other" row (:mod:`.other`).

Bin widths (histograms, heatmaps binned in two dimensions) are chosen before compiling
(:mod:`~..compile.bins`). DuckDB, SQLite, PostgreSQL and Spark are reduced; other databases
keep the row cap and its note.
"""

from __future__ import annotations

from ..catalog.model import Catalog
from ..compile.bounds import stats_bounds
from ..compile.compiled import Compiled
from ..config import Limits
from ..sources.base import Source
from ..sql.checked import GuardedPlan
from .base import Reduction, inner_select, rows_estimate
from .m4 import m4
from .other import other
from .sample import duckdb_sample, sample

__all__ = ["REDUCED_DIALECTS", "reduce_chart"]

REDUCED_DIALECTS = ("duckdb", "sqlite", "postgres", "spark")
#: a scatter of up to this many times the point budget is drawn whole: a sample of nearly
#: all its points would hide some for nothing (WebGL draws thousands of points at ease)
WHOLE_SCATTER = 2


def _whole(compiled: Compiled, max_points: int) -> int:
    """Rows drawn as they are: a line's budget, or a scatter's larger one."""
    return max_points * WHOLE_SCATTER if compiled.mark == "point" else max_points


def reduce_chart(
    compiled: Compiled,
    catalog: Catalog,
    *,
    max_points: int,
    max_categories: int,
    plan: GuardedPlan | None = None,
    source: Source | None = None,
    limits: Limits | None = None,
) -> tuple[Compiled, Reduction | None]:
    """``compiled`` rewritten to plot at most about ``max_points`` points or
    ``max_categories`` categories, with what it reduces; unchanged when nothing needs it.

    ``plan``, ``source`` and ``limits`` let a DuckDB line's x range come from stored
    statistics (one pass over the data instead of two).
    """
    f = compiled.fields
    if compiled.dialect not in REDUCED_DIALECTS:
        return compiled, None
    if (
        compiled.aggregated
        or compiled.mark not in ("point", "line", "area")
        or not {
            "x",
            "y",
        }
        <= set(f)
    ):
        return other(compiled, catalog, max_categories)
    line = compiled.mark in ("line", "area") and set(f) <= {"x", "y", "color"}
    if compiled.dialect != "duckdb":
        if line:
            return m4(compiled, catalog, max_points)
        return sample(
            compiled,
            inner_select(compiled),
            catalog,
            max_points,
            whole=_whole(compiled, max_points),
        )
    inner = inner_select(compiled)
    estimate = rows_estimate(inner, catalog)
    if estimate is not None and estimate <= _whole(compiled, max_points):
        return compiled, None
    x = f["x"]
    if line and x.type in ("temporal", "quantitative"):
        bounds = None
        if plan is not None and source is not None and limits is not None and x.field:
            bounds = stats_bounds(plan, [x.field], source, limits, catalog).get(x.field)
        return m4(compiled, catalog, max_points, bounds=bounds)
    return duckdb_sample(compiled, inner, max_points, whole=_whole(compiled, max_points))
