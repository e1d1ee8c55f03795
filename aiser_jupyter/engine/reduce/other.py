"""Bars and pies with too many categories: the top N plus one "Other" row, in one statement.

Every bar or pie over one nominal dimension and one measure (no ``limit`` of its own)
is drawn from a statement that ranks the groups, keeps the top N and adds an "Other"
row only when there are more — so no second query is needed when the catalog's count
of categories was wrong or unknown (a SELECT, a derived column, a sampled profile):

- counts, minima and maxima (and sums on DuckDB, SQLite and Spark, where a sum of sums keeps
  its type) combine the remaining groups' values: no second pass over the data;
- other aggregates (mean, median, distinct; sums on PostgreSQL) aggregate the base rows
  of the remaining groups, joined by the category. With N groups or fewer that join has
  nothing to probe, and the databases skip the scan.

The statement is written in DuckDB's SQL and transpiled by sqlglot for SQLite, Spark and
PostgreSQL. A chart whose categories the catalog counted exactly (every table of the
query profiled whole) and found few keeps its plain statement.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import sqlglot
from sqlglot import exp

from ..catalog.model import Catalog
from ..catalog.profile import SAMPLE_ROWS
from ..compile.basecols import BASE
from ..compile.compiled import Compiled, OutField
from ..sql.timeunits import aggregate_sql
from .base import N_COLUMN, OTHER_COLUMN, Reduction, inner_select, parsed, quoted, rows_estimate

__all__ = ["other", "other_parts"]

#: how the rest's value is made from the remaining groups' values (no second pass)
COMBINE = {"count": "CAST(SUM({}) AS BIGINT)", "min": "MIN({})", "max": "MAX({})", "sum": "SUM({})"}
#: where a sum of sums has the type of a sum (PostgreSQL widens bigint sums to numeric; on
#: Spark bigint and double sums stay bigint and double, a decimal's precision grows, its
#: value does not — and joining the base rows again would scan the table a second time)
SUM_COMBINES = ("duckdb", "sqlite", "spark")


def other_parts(compiled: Compiled) -> tuple[OutField, OutField] | None:
    """(dimension, measure) of a bar or pie that may have too many categories, else ``None``."""
    f = compiled.fields
    if compiled.limit or not compiled.aggregated or compiled.mark not in ("bar", "arc"):
        return None
    dims = [o for o in f.values() if not o.is_measure]
    measures = [o for o in f.values() if o.is_measure]
    if len(dims) != 1 or len(measures) != 1 or measures[0].aggregate == "box":
        return None
    dim = dims[0]
    if dim.time_unit or dim.bin_step or dim.type != "nominal" or not dim.field:
        return None
    return dim, measures[0]


def other(compiled: Compiled, catalog: Catalog, top: int) -> tuple[Compiled, Reduction | None]:
    """The top ``top`` categories plus "Other" when there are more, in one statement."""
    parts = other_parts(compiled)
    if parts is None or _few_for_sure(compiled, catalog, parts[0], top):
        return compiled, None
    dim, measure = parts
    inner = inner_select(compiled)
    base = next((s for s in inner.find_all(exp.Subquery) if s.alias == BASE), None)
    if base is None:
        return compiled, None
    full = parsed(compiled.sql, compiled.dialect)  # read only
    order = ", ".join(o.sql("duckdb") for o in (full.args.get("order") or exp.Order()).expressions)
    names = list(inner.named_selects)
    d, m = quoted(dim.alias, "duckdb"), quoted(measure.alias, "duckdb")
    tops = ", ".join(quoted(n, "duckdb") for n in names)
    rest = _rest_row(compiled.dialect, names, dim, measure, base, top)
    sql = f"""WITH aiser_g AS ({inner.sql("duckdb")}),
aiser_r AS (SELECT *, ROW_NUMBER() OVER (ORDER BY {m} DESC NULLS LAST, {d}) AS aiser_i,
  COUNT(*) OVER () AS {N_COLUMN} FROM aiser_g)
SELECT * FROM (
  SELECT {tops}, 0 AS {OTHER_COLUMN}, {N_COLUMN} FROM aiser_r WHERE aiser_i <= {int(top)}
  UNION ALL
  {rest}
) AS aiser_o ORDER BY {OTHER_COLUMN}{", " + order if order else ""}"""
    if compiled.dialect != "duckdb":
        try:
            sql = str(sqlglot.transpile(sql, read="duckdb", write=compiled.dialect)[0])
        except sqlglot.errors.SqlglotError:
            return compiled, None
    return replace(compiled, sql=sql, notes=list(compiled.notes)), Reduction(
        "other", top, column=dim.alias
    )


def _rest_row(
    dialect: str, names: list[str], dim: OutField, measure: OutField, base: exp.Subquery, top: int
) -> str:
    """The SELECT of the "Other" row (nothing when no group is left), in DuckDB's SQL."""
    combine = COMBINE.get(measure.aggregate or "")
    if measure.aggregate == "sum" and dialect not in SUM_COMBINES:
        combine = None
    if combine is not None:  # from the remaining groups' values
        value = combine.format(quoted(measure.alias, "duckdb"))
        rest = f"FROM aiser_r WHERE aiser_i > {int(top)}"
        count = f"MAX({N_COLUMN})"
    else:  # from the remaining groups' rows
        field = exp.column(measure.field, table=BASE, quoted=True) if measure.field else None
        value = aggregate_sql(measure.aggregate or "count", field, "duckdb").sql("duckdb")
        key = exp.column(dim.field or "", table=BASE, quoted=True).sql("duckdb")
        rest = (
            f"FROM {base.sql('duckdb')} JOIN aiser_r ON aiser_r.{quoted(dim.alias, 'duckdb')} "
            f"IS NOT DISTINCT FROM {key} AND aiser_r.aiser_i > {int(top)}"
        )
        count = f"MAX(aiser_r.{N_COLUMN})"
    values: list[Any] = [value if n == measure.alias else "NULL" for n in names]
    return f"SELECT {', '.join(values)}, 1, {count} {rest} HAVING COUNT(*) > 0"


def _few_for_sure(compiled: Compiled, catalog: Catalog, dim: OutField, top: int) -> bool:
    """Whether the catalog counted the category's values exactly and found no more than ``top``:
    every table of the query was profiled whole, and the category is one of their columns."""
    tree = inner_select(compiled)
    estimate = rows_estimate(tree, catalog)
    if estimate is None or estimate > SAMPLE_ROWS:
        return False
    tables = [catalog.table(t.name) for t in tree.find_all(exp.Table)]
    columns = [c for t in tables if t is not None and (c := t.column(dim.field or ""))]
    return len(columns) == 1 and columns[0].distinct is not None and columns[0].distinct <= top
