"""Build the base SELECT of a rule planner draft (joins, aliases, filters)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from ....errors import error
from ...catalog.model import Catalog, Join, Table
from ...sql.idents import quote_names
from .schema_words import date_literal, relative_start

if TYPE_CHECKING:
    from .planner import Draft

__all__ = ["base_sql"]


def base_sql(
    draft: Draft, catalog: Catalog, fact: Table, dialect: str
) -> tuple[str, dict[int, str]]:
    """The base SELECT of a draft: the fact table joined along the shortest key paths to every
    table the draft needs, its columns aliased for the chart, filters in WHERE.

    Returns the SQL and, per dimension/measure object id, the alias the chart refers to.
    """
    tables = [fact] + [d.table for d in draft.dims] + [m.table for m in draft.measures]
    tables += [t for t, _, _ in draft.filters] + [t for t, _ in draft.conditions] + draft.joined
    if draft.time:
        tables.append(draft.time[0])
    joins: list[Join] = []
    joined = {fact.name.lower()}
    for table in tables:
        if table.name.lower() in joined:
            continue
        path = catalog.join_path(fact.name, table.name, prefer=draft.words)
        if path is None:
            msg = f"No chain of keys joins {fact.name} to {table.name}"
            raise error("AISER-PLAN-NO-JOIN", msg)
        for step in path:
            for name in (step.table.lower(), step.ref_table.lower()):
                if name not in joined:
                    joined.add(name)
                    joins.append(step)
    query = exp.select().from_(exp.Table(this=exp.to_identifier(fact.name)))
    seen = {fact.name.lower()}
    for step in joins:
        new = step.ref_table if step.table.lower() in seen else step.table
        seen.add(new.lower())
        on = exp.EQ(
            this=exp.column(step.column, table=step.table),
            expression=exp.column(step.ref_column, table=step.ref_table),
        )
        query = query.join(exp.Table(this=exp.to_identifier(new)), on=on)
    aliases: dict[int, str] = {}
    used: set[str] = set()

    def add(expr: exp.Expression, alias: str) -> str:
        name, n = alias, 2
        while name.lower() in used:
            name, n = f"{alias}_{n}", n + 1
        used.add(name.lower())
        query.select(
            exp.alias_(expr, exp.to_identifier(name))
            if expr.alias_or_name != name or not isinstance(expr, exp.Column)
            else expr,
            copy=False,
        )
        return name

    group: list[exp.Expression] = []
    for dim in draft.dims:
        col = exp.column(dim.column.name, table=dim.table.name)
        aliases[id(dim)] = add(col, dim.alias)
        group.append(col.copy())
    for measure in draft.measures:
        if measure.per_entity is not None:
            key = (
                measure.per_entity.primary_key[0]
                if measure.per_entity.primary_key
                else measure.per_entity.columns[0].name
            )
            key_col = exp.column(key, table=measure.per_entity.name)
            add(key_col, key)
            assert measure.column is not None
            aliases[id(measure)] = add(
                exp.Sum(this=exp.column(measure.column.name, table=measure.table.name)),
                measure.alias,
            )
            group.append(key_col.copy())
        elif measure.column is not None:
            aliases[id(measure)] = add(
                exp.column(measure.column.name, table=measure.table.name), measure.column.name
            )
    conditions: list[exp.Expression] = []
    for table, column, value in draft.filters:
        target = exp.column(column.name, table=table.name)
        if isinstance(value, tuple):  # "A or C": any of the values
            conditions.append(exp.In(this=target, expressions=[exp.convert(v) for v in value]))
        else:
            conditions.append(exp.EQ(this=target, expression=exp.convert(value)))
    conditions += [cond for _, cond in draft.conditions]
    if draft.time:
        table, column, tf = draft.time
        col = exp.column(column.name, table=table.name)
        lo, hi = tf.lo, tf.hi
        if tf.relative is not None:
            lo = relative_start(column, *tf.relative)
        if lo:
            conditions.append(
                exp.GTE(this=col.copy(), expression=date_literal(lo, column, dialect))
            )
        if hi:
            conditions.append(exp.LT(this=col.copy(), expression=date_literal(hi, column, dialect)))
    if conditions:
        query = query.where(exp.and_(*conditions))
    if any(m.per_entity is not None for m in draft.measures):
        query = query.group_by(*group)
    if not query.selects:
        query.select(exp.Star(), copy=False)
    # every name here is a catalog name or the planner's alias: quote those the dialect needs
    return quote_names(query, dialect).sql(dialect=dialect, pretty=True), aliases
