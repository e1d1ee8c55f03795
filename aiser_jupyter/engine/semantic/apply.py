"""Applying a loaded semantic layer file to a source's :class:`Catalog`.

:func:`apply_layer` returns a copy of the catalog with the file's descriptions, synonyms,
time columns and joins on its tables, and ``catalog.semantic`` holding the metrics,
dimensions and verified plans — every expression and plan checked by the SQL guard against
this source first. Anything refused names the file, line and field (``AISER-SEM-*``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlglot import exp

from ...errors import AiserError, error
from ..catalog.model import Catalog, Column, Join, Table
from ..catalog.semantics import Dimension, Metric, Semantics, Verified
from .load import Loaded, Loc
from .model import ColumnDoc, DimensionDef, JoinDef, MetricDef, TableDoc, VerifiedQuestion
from .parse import parse_expression

__all__ = ["apply_layer", "check_expression", "with_joins"]


def apply_layer(
    catalog: Catalog, loaded: Loaded, alias: str, problems: list[AiserError] | None = None
) -> Catalog:
    """``catalog`` with the file's entry for ``alias`` (or ``default``) applied, or unchanged
    when the file has neither. Raises ``AISER-SEM-*`` naming line and field — or, given a
    ``problems`` list (``semantic check``), adds each refusal to it, leaves that entry out and
    goes on, so one run names every problem."""
    found = loaded.file.layer(alias)
    if found is None:
        return catalog
    key, layer = found
    out = catalog.model_copy(deep=True)
    base: Loc = ("sources", key)
    each = _Each(problems)
    for name, doc in layer.tables.items():
        each(_table_doc, out, name, doc, loaded, (*base, "tables", name), each)
    each(_joins, out, layer.joins, loaded, (*base, "joins"))
    names: dict[str, Loc] = {}
    metrics = []
    for i, m in enumerate(layer.metrics):
        loc = (*base, "metrics", i)
        if each(_unique, m.name, loc, names, loaded) is not _FAILED:
            metrics.append(each(_metric, out, m, loaded, loc))
    dimensions = []
    for i, d in enumerate(layer.dimensions):
        loc = (*base, "dimensions", i)
        if each(_unique, d.name, loc, names, loaded) is not _FAILED:
            dimensions.append(each(_dimension, out, d, loaded, loc))
    verified = [
        each(_verified, out, v, loaded, (*base, "verified", i))
        for i, v in enumerate(layer.verified)
    ]
    metrics = [m for m in metrics if isinstance(m, Metric)]
    dimensions = [d for d in dimensions if isinstance(d, Dimension)]
    verified = [v for v in verified if isinstance(v, Verified)]
    out.semantic = Semantics(
        path=str(loaded.path) if loaded.path else None,
        digest=loaded.digest,
        key=key,
        description=layer.description,
        metrics=metrics,
        dimensions=dimensions,
        verified=verified,
    )
    return out


def _table(catalog: Catalog, name: str, loaded: Loaded, loc: Loc) -> Table:
    table = catalog.table(name)
    if table is None:
        known = ", ".join(t.name for t in catalog.tables)
        msg = (
            f"{loaded.where(loc)}: no table {name!r} in source {catalog.source!r} (tables: {known})"
        )
        raise error("AISER-SEM-TABLE", msg, line=loaded.line(loc))
    return table


#: what :class:`_Each` returns for an entry it left out
_FAILED = object()


class _Each:
    """Run one entry's step: a refusal raises, or — collecting — is kept and the entry left out."""

    def __init__(self, problems: list[AiserError] | None) -> None:
        self.problems = problems

    def __call__(self, step: Callable[..., object], *args: object) -> object:
        try:
            return step(*args)
        except AiserError as exc:
            if self.problems is None:
                raise
            self.problems.append(exc)
            return _FAILED


def _table_doc(
    catalog: Catalog, name: str, doc: TableDoc, loaded: Loaded, loc: Loc, each: _Each
) -> None:
    table = _table(catalog, name, loaded, loc)
    table.description = doc.description or table.description
    table.synonyms = list(doc.synonyms)
    for column_name, cdoc in doc.columns.items():
        each(_column_doc, table, column_name, cdoc, loaded, (*loc, "columns", column_name))
    if doc.time_column:
        found = each(_column, table, doc.time_column, loaded, (*loc, "time_column"))
        if isinstance(found, Column):
            table.time_column = found.name


def _column_doc(table: Table, name: str, doc: ColumnDoc, loaded: Loaded, loc: Loc) -> None:
    column = _column(table, name, loaded, loc)
    column.description = doc.description or column.description
    column.synonyms = list(doc.synonyms)


def _column(table: Table, name: str, loaded: Loaded, loc: Loc) -> Column:
    column = table.column(name)
    if column is None:
        known = ", ".join(c.name for c in table.columns)
        msg = f"{loaded.where(loc)}: {table.name} has no column {name!r} (columns: {known})"
        raise error("AISER-SEM-TABLE", msg, line=loaded.line(loc))
    return column


def _joins(catalog: Catalog, joins: list[JoinDef], loaded: Loaded, base: Loc) -> None:
    from ..catalog.user_joins import apply_user_joins, parse_join

    added: list[Join] = []
    dropped: list[Join] = []
    for i, spec in enumerate(joins):
        loc = (*base, i, "on")
        try:
            join = parse_join(spec.on, catalog.tables)
        except AiserError as exc:
            msg = f"{loaded.where(loc)}: {exc.message}"
            raise error("AISER-SEM-TABLE", msg, line=loaded.line(loc)) from None
        join = join.model_copy(
            update={"declared": True, "evidence": f"declared in {loaded.name}", "role": spec.role}
        )
        (dropped if spec.drop else added).append(join)
    if not added and not dropped:
        return
    pairs = {frozenset((j.table.lower(), j.ref_table.lower())) for j in added}
    kept = [
        j for j in catalog.joins if frozenset((j.table.lower(), j.ref_table.lower())) not in pairs
    ]
    roles = {(j.table, j.column, j.ref_table, j.ref_column): j.role for j in added if j.role}
    catalog.joins = [
        j.model_copy(
            update={"role": roles.get((j.table, j.column, j.ref_table, j.ref_column), j.role)}
        )
        for j in apply_user_joins(kept, added, dropped)
    ]


def _unique(name: str, loc: Loc, names: dict[str, Loc], loaded: Loaded) -> None:
    lowered = name.lower()
    if lowered in names:
        msg = f"{loaded.where((*loc, 'name'))}: {name!r} is already the name of {loaded.where(names[lowered])}"
        raise error("AISER-SEM-FIELD", msg, line=loaded.line(loc))
    names[lowered] = loc


def _metric(catalog: Catalog, m: MetricDef, loaded: Loaded, loc: Loc) -> Metric:
    table = _table(catalog, m.table, loaded, (*loc, "table"))
    open_ = m.aggregate in (None, "none", "custom")  # the sql may aggregate itself
    tree, where, joins = _checked(
        catalog, table, m.name, m.sql, m.filter, loaded, loc, metric=True, aggregated=open_
    )
    custom = tree.find(exp.AggFunc) is not None
    if m.aggregate in ("none", "custom") and not custom:
        field = (*loc, "aggregate")
        msg = f"{loaded.where(field)}: {m.aggregate!r} means the sql aggregates itself (e.g. SUM(a) / SUM(b)); write such an expression, or name the aggregate (sum, mean...)"
        raise error("AISER-SEM-SQL", msg, line=loaded.line(field))
    metric = Metric(
        name=m.name,
        synonyms=list(m.synonyms),
        table=table.name,
        sql=_sql(tree, catalog.dialect),
        description=m.description,
        aggregate="custom" if custom else (m.aggregate or "sum"),
        filter=_sql(where, catalog.dialect) if where is not None else None,
        unit=m.unit,
        format=m.format,
    )
    if joins:
        msg = f"{loaded.where((*loc, 'sql'))}: a metric reads only its own table {table.name}; make the other table's column a dimension"
        raise error("AISER-SEM-SQL", msg, line=loaded.line((*loc, "sql")))
    metric._tree, metric._filter_tree = tree, where
    return metric


def _dimension(catalog: Catalog, d: DimensionDef, loaded: Loaded, loc: Loc) -> Dimension:
    table = _table(catalog, d.table, loaded, (*loc, "table"))
    tree, _, joins = _checked(catalog, table, d.name, d.sql, None, loaded, loc, metric=False)
    dimension = Dimension(
        name=d.name,
        synonyms=list(d.synonyms),
        table=table.name,
        sql=_sql(tree, catalog.dialect),
        description=d.description,
        joins=joins,
    )
    dimension._tree = tree
    return dimension


def _checked(
    catalog: Catalog,
    table: Table,
    name: str,
    text: str,
    condition: str | None,
    loaded: Loaded,
    loc: Loc,
    *,
    metric: bool,
    aggregated: bool = False,
) -> tuple[exp.Expression, exp.Expression | None, list[Join]]:
    field = "sql"
    try:
        tree, where, joins = check_expression(
            catalog, table, name, text, condition, metric=metric, aggregated=aggregated
        )
    except AiserError as exc:
        field = str(exc.details.get("part", "sql"))
        reason = exc.message if exc.code.startswith("AISER-SEM") else f"{exc.code}: {exc.message}"
        msg = f"{loaded.where((*loc, field))}: {reason}"
        raise error("AISER-SEM-SQL", msg, line=loaded.line((*loc, field))) from None
    return tree, where, joins


def check_expression(
    catalog: Catalog,
    table: Table,
    name: str,
    text: str,
    condition: str | None = None,
    *,
    metric: bool = True,
    aggregated: bool = False,
) -> tuple[exp.Expression, exp.Expression | None, list[Join]]:
    """Parse ``text`` (and ``condition``) as expressions over ``table`` (and tables joined to
    it), run ``SELECT text AS name FROM table … WHERE condition`` through the SQL guard and the
    column check, and return the checked expression, condition and the joins it needs.
    ``aggregated``: ``text`` may be an aggregate expression (a metric's ratio of two sums),
    every column inside an aggregate, none nested in another."""
    node = parse_expression(text, catalog.dialect, "sql", metric=metric, aggregated=aggregated)
    where = (
        parse_expression(condition, catalog.dialect, "filter", metric=False) if condition else None
    )
    joins = _join_path(catalog, table, [node] + ([where] if where is not None else []))
    select = exp.select(exp.alias_(node, name, quoted=True)).from_(_table_ref(table.name))
    select = with_joins(select, table.name, joins)
    checked = _guard(select, catalog, "sql")
    if where is not None:
        checked = _guard(select.where(where), catalog, "filter")
    projection = checked.selects[0]
    out = projection.unalias() if isinstance(projection, exp.Alias) else projection
    checked_where = checked.args.get("where")
    return out, (checked_where.this if checked_where is not None else None), joins


def _join_path(catalog: Catalog, table: Table, nodes: list[exp.Expression]) -> list[Join]:
    path: list[Join] = []
    for node in nodes:
        for col in node.find_all(exp.Column):
            if not col.table or col.table.lower() == table.name.lower():
                continue
            other = catalog.table(col.table)
            if other is None:
                known = ", ".join(t.name for t in catalog.tables)
                raise error("AISER-SEM-SQL", f"no table {col.table!r} (tables: {known})")
            steps = catalog.join_path(table.name, other.name)
            if steps is None:
                msg = f"no join leads from {table.name} to {other.name}; declare one under 'joins'"
                raise error("AISER-SEM-SQL", msg)
            for step in steps:  # with the other columns of a composite key
                path += [j for j in catalog.key_joins(step) if j not in path]
    return path


def with_joins(select: exp.Select, start: str, joins: list[Join]) -> exp.Select:
    """``select`` (FROM ``start``) LEFT JOINed along ``joins``; the columns of a composite key
    between the same two tables go into one ON clause."""
    pairs: dict[frozenset[str], list[Join]] = {}
    for step in joins:
        pairs.setdefault(frozenset((step.table, step.ref_table)), []).append(step)
    present = {start}
    for steps in pairs.values():
        first = steps[0]
        new = first.ref_table if first.ref_table not in present else first.table
        present.add(new)
        on = exp.and_(
            *(
                exp.EQ(
                    this=exp.column(j.column, j.table, quoted=True),
                    expression=exp.column(j.ref_column, j.ref_table, quoted=True),
                )
                for j in steps
            )
        )
        select = select.join(_table_ref(new), on=on, join_type="left")
    return select


def _table_ref(name: str) -> exp.Table:
    return exp.Table(this=exp.to_identifier(name, quoted=True))


def _guard(select: exp.Select, catalog: Catalog, part: str) -> exp.Expression:
    """The checked tree of ``select``; a refusal says which ``part`` of the entry caused it."""
    from ..compile.basecols import base_columns
    from ..sql.guard import check_sql, render

    columns = {t.name: [c.name for c in t.columns] for t in catalog.tables}
    try:
        sql = render(select, catalog.dialect)
        checked = check_sql(
            sql, dialect=catalog.dialect, tables=[t.name for t in catalog.tables], columns=columns
        ).tree
        base_columns(checked, catalog, catalog.dialect)  # AISER-SQL-COLUMN: a column nowhere
    except AiserError as exc:
        exc.details["part"] = part
        raise
    return checked


def _sql(tree: exp.Expression, dialect: str) -> str:
    from ..sql.guard import render

    return render(tree, dialect)


def _verified(catalog: Catalog, v: VerifiedQuestion, loaded: Loaded, loc: Loc) -> Verified:
    from ..compile.query import compile_plan
    from ..sql.checked import guard_plan

    plan = v.plan.model_copy(update={"provenance": None})
    try:
        compile_plan(guard_plan(plan, catalog, catalog.dialect), catalog)
    except AiserError as exc:
        field = (*loc, "plan", "sql" if exc.code.startswith("AISER-SQL") else "chart")
        msg = f"{loaded.where(field)}: {exc.code}: {exc.message}"
        raise error("AISER-SEM-SQL", msg, line=loaded.line(field)) from None
    when = v.verified_at
    stamp = when.isoformat() if isinstance(when, (date, datetime)) else when
    return Verified(question=v.question, plan=plan, verified_by=v.verified_by, verified_at=stamp)
