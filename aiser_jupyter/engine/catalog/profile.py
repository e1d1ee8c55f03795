"""Cheap column profiles for the catalog: row count, cardinality, range, samples.

Profiling SQL is built with sqlglot in the source's dialect and reads a bounded
sample of each table. The sample of a big table is drawn over all its rows (on DuckDB
and PostgreSQL): a table stored sorted by a category shows every common value, not
only those of its first rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlglot import exp

from ...errors import AiserError
from ..config import Limits
from ..jsonvalue import json_value

if TYPE_CHECKING:
    from .model import CatalogSource, Table

__all__ = ["profile_table", "sampled"]

SAMPLE_ROWS = 200_000
#: DuckDB tables up to this many rows are sampled row by row (one scan, ~0.3 s at 1e7)
RANDOM_ROWS = 20_000_000
#: nominal columns with at most this many values keep them all (for matching literals in questions)
ALL_VALUES_UPTO = 300
SAMPLE_VALUES = 5


def _q(name: str) -> exp.Identifier:
    return exp.to_identifier(name, quoted=True)


def sampled(source: CatalogSource, table: Table) -> exp.Expression:
    """At most ``SAMPLE_ROWS`` rows of ``table`` as the subquery ``s``: its first rows,
    or, when it is bigger (``table.row_count`` known) and the dialect can, rows drawn
    over the whole table with a fixed seed (the same rows on every build)."""
    n, d = table.row_count or 0, source.dialect
    base = exp.Table(this=_q(table.name))
    if n > SAMPLE_ROWS and d in ("duckdb", "postgres"):
        # a little under the rows wanted: a LIMIT that bites keeps the head of the sample
        share = round(95.0 * SAMPLE_ROWS / n, 4)
        # DuckDB: each row on its own up to RANDOM_ROWS rows (one scan, deterministic);
        # above, and on PostgreSQL, whole blocks or pages (cheap, nearly as spread)
        rows = d == "duckdb" and n <= RANDOM_ROWS
        base.set(
            "sample",
            exp.TableSample(
                method=exp.var("BERNOULLI" if rows else "SYSTEM"),
                percent=exp.Literal.number(share),
                seed=exp.Literal.number(0),
            ),
        )
    return exp.select("*").from_(base).limit(SAMPLE_ROWS).subquery("s")


def profile_table(source: CatalogSource, table: Table) -> None:
    """Fill ``table.row_count`` and each column's ``distinct``, ``min``, ``max``, ``samples``."""
    limits = Limits(max_rows=10_000, timeout=30 * source.catalog_patience)
    d = source.dialect
    try:
        count = source.run(
            exp.select(exp.Count(this=exp.Star())).from_(exp.Table(this=_q(table.name))).sql(d),
            limits,
        )
        table.row_count = int(count.column(0)[0].as_py())
        selects: list[exp.Expression] = [exp.alias_(exp.Count(this=exp.Star()), "n")]
        for i, col in enumerate(table.columns):
            ident = exp.Column(this=_q(col.name))
            selects.append(exp.alias_(exp.Count(this=ident.copy()), f"v{i}"))
            distinct: exp.Expression = (
                # DuckDB: HyperLogLog, ~3x cheaper; names and keys stay exact (planners compare them)
                exp.ApproxDistinct(this=ident)
                if d == "duckdb" and col.semantic in ("temporal", "quantitative")
                else exp.Count(this=exp.Distinct(expressions=[ident]))
            )
            selects.append(exp.alias_(distinct, f"d{i}"))
            if col.semantic in ("temporal", "quantitative", "key"):
                selects += [
                    exp.alias_(exp.Min(this=ident.copy()), f"lo{i}"),
                    exp.alias_(exp.Max(this=ident.copy()), f"hi{i}"),
                ]
        if len(selects) == 1:
            return
        stats = source.run(
            exp.select(*selects).from_(sampled(source, table)).sql(d), limits
        ).to_pylist()[0]
    except AiserError:
        return  # an unreadable table stays unprofiled; planning still sees its columns
    for i, col in enumerate(table.columns):
        col.distinct = json_value(stats.get(f"d{i}"))
        col.min, col.max = json_value(stats.get(f"lo{i}")), json_value(stats.get(f"hi{i}"))
        if stats.get("n") is not None and stats.get(f"v{i}") is not None:
            col.nulls = int(stats["n"]) - int(stats[f"v{i}"])
    if d == "duckdb":
        _duckdb_samples(source, table, limits)
        return
    for col in table.columns:
        if _wants_samples(col):
            want = ALL_VALUES_UPTO if (col.distinct or 0) <= ALL_VALUES_UPTO else SAMPLE_VALUES
            ident = exp.Column(this=_q(col.name))
            query = (
                exp.select(ident)
                .from_(sampled(source, table))
                .where(exp.Not(this=exp.Is(this=ident.copy(), expression=exp.Null())))
                .group_by(ident.copy())
                .order_by(exp.Ordered(this=exp.Count(this=exp.Star()), desc=True))
                .limit(want)
            )
            try:
                col.samples = [
                    json_value(v) for v in source.run(query.sql(d), limits).column(0).to_pylist()
                ]
            except AiserError:
                col.samples = []
        elif col.semantic == "temporal" and col.min is not None:
            col.samples = [col.min, col.max]


def _wants_samples(col: Any) -> bool:
    return (
        col.semantic in ("nominal", "geo", "boolean")
        or (col.semantic == "quantitative" and (col.distinct or 0) <= 12)
        or (col.semantic == "key" and not any(k in col.type.lower() for k in ("int", "num", "dec")))
    )


def _duckdb_samples(source: CatalogSource, table: Table, limits: Any) -> None:
    """Most frequent values of every column that wants them, in one query (``approx_top_k``)."""
    wanted = [c for c in table.columns if _wants_samples(c)]
    for col in table.columns:
        if col.semantic == "temporal" and col.min is not None:
            col.samples = [col.min, col.max]
    if not wanted:
        return
    selects = [
        exp.alias_(
            exp.Anonymous(
                this="approx_top_k",
                expressions=[
                    exp.Column(this=_q(c.name)),
                    exp.Literal.number(
                        ALL_VALUES_UPTO if (c.distinct or 0) <= ALL_VALUES_UPTO else SAMPLE_VALUES
                    ),
                ],
            ),
            f"t{i}",
        )
        for i, c in enumerate(wanted)
    ]
    try:
        row = source.run(
            exp.select(*selects).from_(sampled(source, table)).sql("duckdb"), limits
        ).to_pylist()[0]
    except AiserError:
        return
    for i, col in enumerate(wanted):
        col.samples = [json_value(v) for v in row.get(f"t{i}") or [] if v is not None]
