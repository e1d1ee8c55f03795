"""A semantic layer entry's SQL text as one checked-to-parse expression: no query, no
window; an aggregate only where the entry may aggregate itself (a metric's ratio of sums)."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ...errors import error
from ..sql.guard import MAX_SQL_CHARS

__all__ = ["parse_expression"]


def parse_expression(
    text: str, dialect: str, part: str, *, metric: bool, aggregated: bool = False
) -> exp.Expression:
    """``text`` parsed as one expression (``part``: which field, for the error). ``metric``:
    the metric's own sql; ``aggregated``: it may be an aggregate expression."""
    if "\x00" in text or len(text) > MAX_SQL_CHARS:
        raise error(
            "AISER-SEM-SQL", "the expression holds a NUL character or is too long", part=part
        )
    try:
        node = sqlglot.parse_one(text, read=dialect or None)
    except Exception:
        msg = f"{text!r} is not a SQL expression in the {dialect} dialect"
        raise error("AISER-SEM-SQL", msg, part=part) from None
    if isinstance(node, (exp.Block, exp.Query, exp.Command)) or node.find(exp.Query, exp.Block):
        msg = "write one expression over columns, not a query or several statements"
        raise error("AISER-SEM-SQL", msg, part=part)
    if node.find(exp.Window):
        raise error("AISER-SEM-SQL", "window functions are not accepted here", part=part)
    if node.find(exp.AggFunc) and not aggregated:
        msg = (
            "write the row-level expression and put the aggregate in 'aggregate' (or leave "
            "'aggregate' out for an aggregate expression such as SUM(a) / SUM(b))"
            if metric and part == "sql"
            else "an aggregate is not accepted here"
        )
        raise error("AISER-SEM-SQL", msg, part=part)
    if node.find(exp.AggFunc):
        _whole_aggregate(node, part)
    return node


def _whole_aggregate(node: exp.Expression, part: str) -> None:
    """An aggregate expression gives one value a group: every column inside an aggregate
    (``volume / SUM(sales)`` has a column outside), and no aggregate inside another."""
    for agg in node.find_all(exp.AggFunc):
        if agg.find_ancestor(exp.AggFunc) is not None:
            raise error("AISER-SEM-SQL", "an aggregate inside another is not accepted", part=part)
    for col in node.find_all(exp.Column):
        if col.find_ancestor(exp.AggFunc) is None:
            msg = (
                f"column {col.sql()!r} is outside every aggregate: put it inside one (SUM, AVG...)"
            )
            raise error("AISER-SEM-SQL", msg, part=part)
