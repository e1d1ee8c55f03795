"""A distinct count of a table's own column per a column that is unique in that same table
is 1 in every group: "count the brand of each lens" grouped by the lens's name counts the
one brand each lens has; so is a count of rows per such a column, which a top N then ranks
(:func:`no_ranked_ones`, checked after the words). Such a chart answers nothing asked (the question most likely
meant lenses per brand), so it is refused before it is drawn."""

from __future__ import annotations

from sqlglot import exp

from ...errors import error
from ..catalog.model import Catalog, Column, Table
from ..plan import ChartPlan
from .self_count import outer_items

__all__ = ["no_bar_per_row", "no_distinct_of_own_column", "no_ranked_ones", "picked_columns"]


def _unique(table: Table, column: Column) -> bool:
    """Every row of ``table`` has its own value of ``column`` (a one-column key, or as many
    distinct values as rows and no NULL)."""
    if column.primary_key and len(table.primary_key) == 1:
        return True
    rows = table.row_count or 0
    return rows >= 2 and (column.distinct or 0) >= rows and not column.nulls


def picked_columns(sql: str, dialect: str) -> dict[str, exp.Column]:
    """Output name (lower case) → the table column it is, of the plan's outermost SELECT."""
    out: dict[str, exp.Column] = {}
    for item in outer_items(sql, dialect):
        col = item.unalias()
        if isinstance(col, exp.Column) and col.table:
            out[item.alias_or_name.lower()] = col
    return out


def _owned(catalog: Catalog, key: exp.Column | None) -> tuple[Table, Column] | None:
    """The catalog's table and column that a picked column of the plan's SQL is."""
    table = catalog.table(key.table) if key is not None else None
    column = table.column(key.name) if table is not None and key is not None else None
    return (table, column) if table is not None and column is not None else None


def no_distinct_of_own_column(
    plan: ChartPlan, catalog: Catalog, dialect: str, understood: str
) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when a chart counts the distinct values of a column of a
    table per a column that every row of that table has its own value of."""
    channels = plan.chart.encoding.channels().values()
    counted = [f.field for f in channels if f.aggregate == "distinct" and f.field]
    grouped = [f.field for f in channels if not f.aggregate and not f.bin and f.field]
    if len(counted) != 1 or len(grouped) != 1:
        return
    picked = picked_columns(plan.sql, dialect)
    what, key = picked.get(counted[0].lower()), picked.get(grouped[0].lower())
    if what is None or key is None or what.table.lower() != key.table.lower():
        return
    owned = _owned(catalog, key)
    if owned is None or not _unique(*owned):
        return
    table, column = owned
    msg = (
        f"I understood {understood!r}: the number of distinct {what.name} of each "
        f"{column.name}, and each {column.name} is one row of {table.name} with one "
        f"{what.name}, so every bar is 1. Ask for the number of {table.name} by "
        f"{what.name}, or name what to count"
    )
    raise error("AISER-PLAN-UNSURE", msg, understood=understood)


def no_ranked_ones(plan: ChartPlan, catalog: Catalog, dialect: str, understood: str) -> None:
    """Raise ``AISER-PLAN-UNSURE`` for a top N of a count of rows per a column every row of the
    one table read has its own value of: "the 5 states with the most murders" over a table of
    one row per state ranks 1s (checked once the words are accounted for: an unread word
    says more)."""
    import sqlglot

    channels = plan.chart.encoding.channels().values()
    rows = [f for f in channels if f.aggregate == "count"]
    plain = [f.field for f in channels if not f.aggregate and not f.bin and not f.timeUnit]
    grouped = [f.field for f in channels if not f.aggregate and not f.bin and f.field]
    if plan.chart.limit is None or len(rows) != 1 or len(grouped) != 1 or plain != grouped:
        return
    owned = _owned(catalog, picked_columns(plan.sql, dialect).get((grouped[0] or "").lower()))
    if owned is None or not _unique(*owned):
        return
    table, column = owned
    if any(True for _ in sqlglot.parse_one(plan.sql, read=dialect).find_all(exp.Join)):
        return
    msg = (
        f"I understood {understood!r}: each {column.name} is one row of {table.name}, so "
        f"every bar would be 1. Name the number of {table.name} to show for each {column.name}"
    )
    raise error("AISER-PLAN-UNSURE", msg, understood=understood)


#: more bars than this, each (nearly) one row of the table measured, answer no question asked
ROW_BARS = 1_000


def no_bar_per_row(plan: ChartPlan, catalog: Catalog, dialect: str, understood: str) -> None:
    """Raise ``AISER-PLAN-UNSURE`` for bars or slices, with no top N, of an aggregate per a
    column that most rows of the table measured have their own value of, in more than
    :data:`ROW_BARS` values: "the average GCSE score of students who scored 0" grouped by
    ``student`` draws 3,688 bars of one student each, where the question asked one number."""
    if plan.chart.mark not in ("bar", "arc") or plan.chart.limit is not None:
        return
    channels = plan.chart.encoding.channels().values()
    measured = [f.field for f in channels if f.aggregate and f.field]
    grouped = [f.field for f in channels if not f.aggregate and f.field]
    if len(grouped) != 1 or any(f.bin or f.timeUnit for f in channels if not f.aggregate):
        return
    picked = picked_columns(plan.sql, dialect)
    owned = _owned(catalog, picked.get(grouped[0].lower()))
    if owned is None:
        return
    table, column = owned
    owners = {c.table.lower() for f in measured if (c := picked.get(f.lower())) is not None}
    if owners - {table.name.lower()}:
        return  # "revenue by customer" of orders: many rows to each bar
    distinct, rows = column.distinct or 0, table.row_count or 0
    if distinct <= ROW_BARS or distinct * 2 < rows:
        return
    msg = (
        f"I understood {understood!r}: one bar for each of about {distinct:,} {column.name} "
        f"values, most of them a single row of {table.name}. Ask for the top 10, one number, "
        "or a grouping with fewer values"
    )
    raise error("AISER-PLAN-UNSURE", msg, understood=understood)
