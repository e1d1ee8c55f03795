"""The semantic layer's metrics and dimensions as the rule planner's steps handle them: a
:class:`DerivedColumn` stands for a term's checked expression inside one draft.

A derived column lives only in the draft (it is never added to the catalog, so neither the
LLM prompt nor the guard ever sees a name that is not in the source); where the plan's SQL
is built, :func:`~.draft.column_ref` writes its expression — the file's SQL, checked when
the file was applied, with every column qualified by the catalog's table — instead of a
name.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, PrivateAttr
from sqlglot import exp

from ...catalog.join import Join
from ...catalog.model import Catalog, Column, Table
from ...catalog.semantics import Dimension, Metric

__all__ = [
    "DerivedColumn",
    "bare_column",
    "dimension_column",
    "metric_column",
    "qualified",
    "values_of",
]


class DerivedColumn(Column):
    """A metric's or a dimension's expression standing where the steps expect a column."""

    term: str = Field(description="The semantic layer term it stands for.")
    kind: str = Field(default="dimension", description="'metric' | 'dimension'")
    joins: list[Join] = Field(
        default_factory=list, description="Joins from its table to the tables it reads."
    )
    unit: str | None = None
    format: str | None = Field(default=None, description="A metric's d3-format.")
    aggregate: str | None = Field(default=None, description="A metric's own aggregate.")
    filter_sql: str | None = None
    _expr: Any = PrivateAttr(default=None)
    _filter: Any = PrivateAttr(default=None)

    def expression(self) -> exp.Expression:
        """A copy of the qualified expression."""
        return self._expr.copy()

    def condition(self) -> exp.Expression | None:
        """A copy of the metric's qualified filter, or None."""
        return None if self._filter is None else self._filter.copy()

    def settle_filter(self, *, in_where: bool) -> None:
        """Apply the filter once: in the WHERE (the caller put it there), or — when other
        measures share the rows — inside the expression, ``CASE WHEN filter THEN expr END``."""
        if self._filter is not None and not in_where:
            if self.aggregate == "custom":  # a ratio of sums: each sum of the rows that count
                self._expr = _filtered_aggregates(self._expr, self._filter)
            else:
                self._expr = exp.Case(ifs=[exp.If(this=self._filter, true=self._expr)])
        self._filter = None


def _filtered_aggregates(expr: exp.Expression, condition: exp.Expression) -> exp.Expression:
    """``SUM(a) / SUM(b)`` of the rows where ``condition`` holds: each aggregate's argument
    becomes ``CASE WHEN condition THEN arg END`` (``COUNT(*)``: of 1)."""
    out = expr.copy()
    for agg in list(out.find_all(exp.AggFunc)):
        arg = agg.this
        if isinstance(arg, exp.Distinct):
            arg.set(
                "expressions",
                [exp.Case(ifs=[exp.If(this=condition.copy(), true=e)]) for e in arg.expressions],
            )
            continue
        value = exp.Literal.number(1) if arg is None or isinstance(arg, exp.Star) else arg
        agg.set("this", exp.Case(ifs=[exp.If(this=condition.copy(), true=value)]))
    return out


def qualified(tree: exp.Expression, table: Table, catalog: Catalog) -> exp.Expression:
    """``tree`` with every column qualified by its table as the catalog spells both (a bare
    column belongs to ``table``), so it reads the same beside the joins of any plan."""
    out = tree.copy()
    for col in list(out.find_all(exp.Column)):
        owner = (catalog.table(col.table) if col.table else None) or table
        found = owner.column(col.name)
        new = exp.column(found.name if found is not None else col.name, table=owner.name)
        if col is out:
            return new  # the expression is one bare column
        col.replace(new)
    return out


def _typed(expr: exp.Expression, catalog: Catalog) -> str:
    """The SQL type of ``expr`` (upper case), as far as sqlglot can tell; else ``UNKNOWN``."""
    from sqlglot.optimizer.annotate_types import annotate_types

    schema = {t.name: {c.name: c.type or "UNKNOWN" for c in t.columns} for t in catalog.tables}
    try:
        select = exp.select(exp.alias_(expr.copy(), "v"))
        typed = annotate_types(select, schema=schema, dialect=catalog.dialect or None)
        found = typed.selects[0].type
    except Exception:  # a type sqlglot does not know leaves the column untyped
        return "UNKNOWN"
    return found.sql().upper() if found is not None else "UNKNOWN"


def _semantic(type_: str) -> str:
    lowered = type_.lower()
    if any(w in lowered for w in ("date", "time")):
        return "temporal"
    if any(w in lowered for w in ("int", "double", "float", "decimal", "numeric", "real")):
        return "quantitative"
    if "bool" in lowered:
        return "boolean"
    return "nominal"


def metric_column(metric: Metric, catalog: Catalog) -> tuple[Table, DerivedColumn] | None:
    """The metric's table and its expression as a derived column (None: no such table)."""
    table = catalog.table(metric.table)
    if table is None:
        return None
    column = DerivedColumn(
        name=metric.name,
        type="DOUBLE",
        semantic="quantitative",
        term=metric.name,
        kind="metric",
        unit=metric.unit,
        format=metric.format,
        aggregate=metric.aggregate,
        description=metric.description,
        filter_sql=metric.filter,
    )
    column._expr = qualified(metric.tree(), table, catalog)
    condition = metric.filter_tree()
    column._filter = qualified(condition, table, catalog) if condition is not None else None
    return table, column


def dimension_column(dimension: Dimension, catalog: Catalog) -> tuple[Table, DerivedColumn] | None:
    """The dimension's table and its expression as a derived column: a bare column keeps that
    column's profile (type, values, nulls), an expression gets the type sqlglot infers."""
    table = catalog.table(dimension.table)
    if table is None:
        return None
    expr = qualified(dimension.tree(), table, catalog)
    facts: dict[str, Any] = {}
    if isinstance(expr, exp.Column):
        owner = catalog.table(expr.table)
        real = owner.column(expr.name) if owner is not None else None
        if real is not None:
            facts = real.model_dump(exclude={"name", "description", "synonyms", "primary_key"})
    if not facts:
        type_ = _typed(expr, catalog)
        facts = {"type": type_, "semantic": _semantic(type_), "samples": _outputs(expr)}
    column = DerivedColumn(
        name=dimension.name,
        term=dimension.name,
        kind="dimension",
        joins=list(dimension.joins),
        description=dimension.description,
        **facts,
    )
    column._expr = expr
    return table, column


def bare_column(dimension: Dimension, catalog: Catalog) -> tuple[Table, Column] | None:
    """The catalog's own table and column when the dimension is one column (``nation.n_name``)."""
    tree = dimension.tree()
    if not isinstance(tree, exp.Column):
        return None
    owner = catalog.table(tree.table) if tree.table else catalog.table(dimension.table)
    column = owner.column(tree.name) if owner is not None else None
    return (owner, column) if owner is not None and column is not None else None


def _outputs(expr: exp.Expression) -> list[Any]:
    """The text values a CASE or IF can give (``'small'``, ``'large'``): what a question may
    name to keep rows of the dimension."""
    out: list[Any] = []
    for node in expr.find_all(exp.If):
        out += [node.args.get("true"), node.args.get("false")]
    for node in expr.find_all(exp.Case):
        out.append(node.args.get("default"))
    return sorted(
        {v.this for v in out if isinstance(v, exp.Literal) and v.is_string and v.this.strip()}
    )


def values_of(dimension: Dimension) -> list[str]:
    """The text values a dimension's CASE/IF gives (none for other expressions)."""
    return [str(v) for v in _outputs(dimension.tree())]
