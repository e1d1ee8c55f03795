"""Chart a SELECT statement directly: pick the encoding from its result columns."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlglot import exp

from ...errors import AiserError, error
from ..catalog.model import Catalog
from ..config import Limits
from ..plan import ChartPlan, ChartSpec, Encoding, FieldDef, Provenance
from ..sql.guard import check_sql, render
from .base import PlanContext

if TYPE_CHECKING:
    import pyarrow as pa

    from ..sources.base import Source

__all__ = ["SqlPlanner", "plan_for_sql"]

PEEK_ROWS = 50


def _kind(column: pa.ChunkedArray) -> str:
    import pyarrow as pa

    t = column.type
    if pa.types.is_temporal(t):
        return "temporal"
    if pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t):
        return "quantitative"
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        values = [v for v in column.to_pylist() if v is not None][:PEEK_ROWS]
        if values and all(_looks_like_date(v) for v in values):
            return "temporal"
    return "nominal"


def _looks_like_date(value: str) -> bool:
    return len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit()


def _name_projections(tree: exp.Expression) -> exp.Expression:
    """Give every unnamed output column a stable name (``count``, ``sum_amount``, ``col_3``):
    databases name them differently (DuckDB says ``count_star()``), and the chart refers to names."""
    select = tree if isinstance(tree, exp.Select) else None
    if select is None:
        return tree
    taken = {e.alias_or_name.lower() for e in select.expressions if e.alias_or_name}
    named = []
    for i, projection in enumerate(select.expressions):
        if isinstance(projection, (exp.Alias, exp.Column, exp.Star)) or (
            isinstance(projection, exp.Column) and projection.name
        ):
            named.append(projection)
            continue
        inner = projection
        base = inner.key.lower() if isinstance(inner, exp.AggFunc) else f"col_{i + 1}"
        column = inner.find(exp.Column)
        if isinstance(inner, exp.AggFunc) and column is not None:
            base = f"{base}_{column.name}"
        name, n = base, 2
        while name.lower() in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name.lower())
        named.append(exp.alias_(inner, name))
    select.set("expressions", named)
    return select


def _keep_order(tree: exp.Expression, enc: dict[str, FieldDef], names: list[str]) -> None:
    """Carry the query's first ORDER BY key over to the chart (the chart re-sorts otherwise)."""
    order = tree.args.get("order") if isinstance(tree, exp.Select) else None
    if not order or not order.expressions or "x" not in enc:
        return
    key = order.expressions[0]
    target = key.this
    column = None
    if isinstance(target, exp.Literal) and target.is_int and 0 < int(target.name) <= len(names):
        column = names[int(target.name) - 1]
    elif isinstance(target, exp.Column):
        column = next((n for n in names if n.lower() == target.name.lower()), None)
    descending = bool(key.args.get("desc"))
    for channel, fd in list(enc.items()):
        if column is not None and fd.field == column:
            sort = (
                ("descending" if descending else "ascending")
                if channel == "x"
                else ("-" if descending else "") + channel
            )
            enc["x"] = enc["x"].model_copy(update={"sort": sort})
            return


def _needs_values(tree: exp.Select, schema: pa.Table, catalog: Catalog) -> bool:
    """Whether a text column might hold dates (only its values tell): not a plain catalog column."""
    import pyarrow as pa

    for i, projection in enumerate(tree.expressions):
        t = schema.schema.field(i).type if i < schema.num_columns else None
        if t is None or not (pa.types.is_string(t) or pa.types.is_large_string(t)):
            continue
        inner = projection.unalias() if isinstance(projection, exp.Alias) else projection
        known = [
            c
            for tb in catalog.tables
            if isinstance(inner, exp.Column)
            for c in tb.columns
            if c.name.lower() == inner.name.lower()
        ]
        if not known or any(c.semantic == "temporal" for c in known):
            return True
    return bool(len(tree.expressions) != schema.num_columns)


def _probe(source: Source, sql: str, rows: int, limits: Limits, deadline: float | None) -> pa.Table:
    """Run one planning probe within what is left of the planning deadline."""
    late = error(
        "AISER-DB-TIMEOUT",
        f"Looking at the query's columns took longer than {limits.timeout or 0:g} s and was stopped",
    )
    left = None if deadline is None else deadline - time.monotonic()
    if left is not None and left <= 0:
        raise late
    try:
        return source.run(sql, replace(limits, max_rows=rows, timeout=left, on_progress=None))
    except AiserError as exc:
        if exc.code == "AISER-DB-TIMEOUT":
            raise late from None
        raise


def plan_for_sql(
    sql: str,
    catalog: Catalog,
    source: Source,
    *,
    mark: str | None = None,
    limits: Limits | None = None,
) -> ChartPlan:
    """A plan that charts ``sql``'s rows as they are (the SQL already did the work).

    The probes that look at the result's columns share one deadline: ``limits.timeout``
    (the configured query timeout) for the whole planning, not per probe.
    """
    limits = limits or Limits()
    deadline = None if limits.timeout is None else time.monotonic() + limits.timeout
    names = [t.name for t in catalog.tables]
    columns = {t.name: [c.name for c in t.columns] for t in catalog.tables}
    checked = check_sql(sql, dialect=source.dialect, tables=names, columns=columns)
    tree = _name_projections(checked.tree)
    peek = None
    if isinstance(tree, exp.Select):  # the schema alone (LIMIT 0 costs no scan) usually decides
        peek = _probe(source, render(tree.copy().limit(0), source.dialect), 1, limits, deadline)
        if peek.num_columns < 2 or _needs_values(tree, peek, catalog):
            peek = None
    if peek is None:
        peek = _probe(source, render(tree, source.dialect), PEEK_ROWS, limits, deadline)
    kinds = [(name, _kind(peek.column(i))) for i, name in enumerate(peek.column_names)]
    dims = [n for n, k in kinds if k != "quantitative"]
    measures = [n for n, k in kinds if k == "quantitative"]
    kind_of = dict(kinds)
    enc: dict[str, FieldDef] = {}
    if len(kinds) == 1:
        name, kind = kinds[0]
        chosen = mark or ("kpi" if kind == "quantitative" and peek.num_rows == 1 else "table")
        enc["x" if chosen != "kpi" else "y"] = FieldDef(field=name, type=kind)
    else:
        x = dims[0] if dims else kinds[0][0]
        y = next((m for m in measures if m != x), next(n for n, _ in kinds if n != x))
        enc["x"] = FieldDef(field=x, type=kind_of[x])
        enc["y"] = FieldDef(field=y, type=kind_of[y])
        rest = [d for d in dims if d not in (x, y)]
        if rest:
            enc["color"] = FieldDef(field=rest[0], type="nominal")
        if mark:
            chosen = mark
        elif kind_of[x] == "temporal":
            chosen = "line"
        elif kind_of[x] == "quantitative" and kind_of[y] == "quantitative":
            chosen = "point"
        else:
            chosen = "bar"
    _keep_order(tree, enc, [name for name, _ in kinds])
    chart = ChartSpec.model_validate({"mark": chosen, "encoding": Encoding(**enc)})
    return ChartPlan(
        sql=render(tree, source.dialect),
        chart=chart,
        provenance=Provenance(planner="sql", question=sql, notes=list(checked.notes)),
    )


class SqlPlanner:
    """The planner for a question that is a SELECT: the chart comes from its result columns.

    Parameters
    ----------
    source
        Where the SELECT runs (its columns are probed there, ``LIMIT 0`` first).
    limits
        The probes share ``limits.timeout`` as one planning deadline.
    """

    name = "sql"

    def __init__(self, source: Source, limits: Limits | None = None) -> None:
        self.source, self.limits = source, limits

    def plan(self, question: str, catalog: Catalog, context: PlanContext) -> ChartPlan:
        return plan_for_sql(question, catalog, self.source, mark=context.mark, limits=self.limits)

    def cache_key(self, question: str, catalog: Catalog, context: PlanContext) -> None:
        """Never cached: the plan is read off the query's own columns, and whether a text
        column holds dates is read off its current values; probing costs a ``LIMIT 0``
        (no scan) where a cached plan could go stale."""
        return None
