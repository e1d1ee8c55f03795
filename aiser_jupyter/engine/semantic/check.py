"""``semantic check``: a file against a live source — every term runs, every verified plan runs.

Applying the file already guards each metric, dimension and verified plan (``AISER-SEM-*``
naming line and field); the check then runs each one on the source under the engine's
limits, so an expression the database itself rejects (a type error, a missing function) is
found before a user meets it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlglot import exp

from ...errors import AiserError, error
from .apply import with_joins

if TYPE_CHECKING:
    from ..catalog.model import Catalog
    from ..catalog.semantics import Metric
    from ..core import Engine
    from ..sources.base import Source

__all__ = ["CheckReport", "check_layer"]


@dataclass
class CheckReport:
    """What ran and what failed (``problems`` holds coded one-line messages)."""

    path: str
    key: str | None
    passed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    valid: bool = True  #: False: the file itself does not validate (nothing was run)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        head = f"{self.path}: " + (
            "not a valid semantic layer file"
            if not self.valid
            else f"sources.{self.key}"
            if self.key
            else "no entry for this source (nor 'default')"
        )
        return [head, *(f"  ok  {p}" for p in self.passed), *(f"  FAIL {p}" for p in self.problems)]


def check_layer(engine: Engine, alias: str) -> CheckReport:
    """Apply the engine's semantic layer file to ``alias`` and run every entry on it; every
    problem is reported (its line and field), not only the first."""
    from .apply import apply_layer

    try:
        loaded = engine.semantic.loaded()
    except AiserError as exc:
        every = exc.details.get("problems")
        if not every:
            raise
        path = engine.semantic.path()
        report = CheckReport(str(path) if path else "", None, valid=False)
        report.problems = [f"{exc.code}: {p}" for p in every]
        return report
    if loaded is None:
        raise error("AISER-SEM-FILE", "No semantic layer file to check")
    report = CheckReport(str(loaded.path or loaded.name), None)
    refused: list[AiserError] = []
    catalog = apply_layer(_bare_catalog(engine, alias), loaded, alias, refused)
    report.problems += [f"{exc.code}: {exc.message}" for exc in refused]
    semantic = catalog.semantic
    if semantic is None:
        return report
    report.key = semantic.key
    src = engine.source(alias)
    base = ("sources", semantic.key)
    for i, metric in enumerate(semantic.metrics):
        select = exp.select(_aggregated(metric)).from_(_table(metric.table))
        where = metric.filter_tree()
        _run(
            engine,
            src,
            catalog,
            select.where(where) if where is not None else select,
            f"metric {metric.name}",
            loaded.where((*base, "metrics", i)),
            report,
        )
    for i, dim in enumerate(semantic.dimensions):
        select = with_joins(exp.select(dim.tree()).from_(_table(dim.table)), dim.table, dim.joins)
        _run(
            engine,
            src,
            catalog,
            select.limit(5),
            f"dimension {dim.name}",
            loaded.where((*base, "dimensions", i)),
            report,
        )
    for i, v in enumerate(semantic.verified):
        where = loaded.where((*base, "verified", i))
        try:
            answer = engine.run_plan(v.plan, alias, question=v.question)
            report.passed.append(f"verified {v.question!r}: {answer.rows} rows")
        except AiserError as exc:
            report.problems.append(f"{where}: verified {v.question!r}: {exc.text}")
    return report


def _bare_catalog(engine: Engine, alias: str) -> Catalog:
    """The catalog of ``alias`` as the source describes it, before the file: the check
    applies the file itself, collecting every refusal."""
    from .layer import SemanticLayer

    layer = engine.semantic
    engine.semantic = SemanticLayer(off=True)
    try:
        return engine.catalog(alias)
    finally:
        engine.semantic = layer


def _table(name: str) -> exp.Table:
    return exp.Table(this=exp.to_identifier(name, quoted=True))


def _run(
    engine: Engine,
    src: Source,
    catalog: Catalog,
    select: exp.Select,
    what: str,
    where: str,
    report: CheckReport,
) -> None:
    """Guard ``select`` and run it on ``src``; a refusal or failure becomes a problem line."""
    from ..sql.guard import check_sql, render

    try:
        tables = [t.name for t in catalog.tables]
        dialect = src.dialect
        tree = check_sql(render(select, dialect), dialect=dialect, tables=tables, max_rows=5).tree
        table = src.run(render(tree, dialect), engine.config.limits)
        report.passed.append(f"{what}: runs ({table.num_rows} rows)")
    except AiserError as exc:
        report.problems.append(f"{where}: {what}: {exc.text}")


def _aggregated(metric: Metric) -> exp.Expression:
    """The metric over all its rows: its aggregate of its expression, or (``custom``) the
    expression itself, an aggregate already."""
    tree = metric.tree()
    if metric.aggregate == "custom":
        return tree
    if metric.aggregate == "distinct":
        return exp.Count(this=exp.Distinct(expressions=[tree]))
    funcs: dict[str, type[exp.Func]] = {
        "mean": exp.Avg,
        "sum": exp.Sum,
        "min": exp.Min,
        "max": exp.Max,
        "median": exp.Median,
    }
    return funcs.get(metric.aggregate, exp.Count)(this=tree)
