"""A distinct count of the very column a chart groups by is 1 in every group: each bar of
"number of distinct teams per team" is one team. Such a plan answers nothing asked (the
question meant rows, or another column), so it is refused before it is drawn."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ...errors import error
from ..catalog.model import Catalog
from ..plan import ChartPlan
from .roles import is_identifier

__all__ = ["no_count_per_key", "no_self_distinct", "outer_items"]


def outer_items(sql: str, dialect: str) -> list[exp.Expression]:
    """The items of the plan's outermost SELECT (none when the SQL is not one SELECT)."""
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return []
    return list(tree.expressions) if isinstance(tree, exp.Select) else []


def _sources(sql: str, dialect: str) -> dict[str, str]:
    """Output name (lower case) → the SQL of the expression it selects, from the plan's
    outermost SELECT."""
    out: dict[str, str] = {}
    for item in outer_items(sql, dialect):
        inner = item.this if isinstance(item, exp.Alias) else item
        out[item.alias_or_name.lower()] = inner.sql(dialect=dialect).lower()
    return out


def no_self_distinct(plan: ChartPlan, dialect: str, understood: str) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when a channel counts the distinct values of the same
    column another, unaggregated channel groups by."""
    channels = plan.chart.encoding.channels()
    counted = [f.field for f in channels.values() if f.aggregate == "distinct" and f.field]
    grouped = [f.field for f in channels.values() if not f.aggregate and f.field and not f.bin]
    if not counted or not grouped:
        return
    sources = _sources(plan.sql, dialect)
    by = {sources.get(g.lower(), g.lower()): g for g in grouped}
    for field in counted:
        same = by.get(sources.get(field.lower(), field.lower()))
        if same is not None:
            msg = (
                f"I understood {understood!r}: the number of distinct {same} in each {same}, "
                "which is 1 in every group. Ask for the number of rows (for example "
                f"'number of records by {same}') or name what to count"
            )
            raise error("AISER-PLAN-UNSURE", msg, understood=understood)


def no_count_per_key(plan: ChartPlan, catalog: Catalog, dialect: str, understood: str) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when rows are counted per value of an identifier that
    (nearly) every row has its own of ("how many cats are licensed" grouped by license
    number): each bar counts one row, the chart answers nothing asked."""
    channels = plan.chart.encoding.channels()
    if not any(f.aggregate == "count" for f in channels.values()):
        return
    try:
        tree = sqlglot.parse_one(plan.sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return
    if not isinstance(tree, exp.Select):
        return
    picked = {i.alias_or_name.lower(): i.unalias() for i in tree.expressions}
    for f in channels.values():
        col = picked.get((f.field or "").lower()) if not f.aggregate and not f.bin else None
        if not isinstance(col, exp.Column):
            continue
        table = catalog.table(col.table) if col.table else None
        column = table.column(col.name) if table is not None else None
        if table is None or column is None or not is_identifier(table, column):
            continue
        rows, distinct = table.row_count or 0, column.distinct or 0
        if rows >= 50 and distinct >= 0.95 * rows:
            msg = (
                f"I understood {understood!r}: rows counted per {column.name}, which nearly "
                "every row has its own of, so each bar is one row. Ask for the total number "
                f"of {table.name}, or by a category"
            )
            raise error("AISER-PLAN-UNSURE", msg, understood=understood)
