"""A plan never compares a text column with a number: ``region = 2008`` makes the database
cast every region to a number ("Could not convert string 'Eastern Europe' to INT32") or, on a
lenient database, keep no rows. Such a plan is refused before it runs, saying which words were
read as a value of which column."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from ...errors import error
from ..catalog.model import Catalog, Column

__all__ = ["no_text_numbers", "text_with_words"]

_COMPARES = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE)
_TEXT_TYPES = ("CHAR", "TEXT", "STRING", "CLOB")


def text_with_words(column: Column) -> bool:
    """A text column whose profiled values are not all numbers ('Eastern Europe', 'A12'): a
    number compared with it matches none of its values. Numbers kept as text ('1', '2')
    and missing markers ('NA') do not count."""
    kind = column.type.upper()
    if not any(t in kind for t in _TEXT_TYPES):
        return False
    for value in column.samples:
        if value is None or str(value).strip().lower() in column.markers:
            continue
        try:
            float(str(value).replace(",", ""))
        except ValueError:
            return True
    return False


def no_text_numbers(sql: str, catalog: Catalog, dialect: str, understood: str) -> None:
    """Raise ``AISER-PLAN-UNSURE`` when ``sql`` compares a text column with a number."""
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return
    for node in tree.find_all(*_COMPARES, exp.In):
        if isinstance(node, exp.In):
            col, numbers = node.this, list(node.expressions)
        else:
            col, numbers = node.this, [node.expression]
            if not isinstance(col, exp.Column):
                col, numbers = node.expression, [node.this]
        if not isinstance(col, exp.Column) or not numbers:
            continue
        if not all(isinstance(n, exp.Literal) and not n.is_string for n in numbers):
            continue
        column = _resolve(col, node, catalog)
        if column is not None and text_with_words(column):
            said = ", ".join(n.sql() for n in numbers)
            msg = (
                f"I understood {understood!r}, which compares {column.name} with {said}; "
                f"{column.name} holds text (for example {str(column.samples[0])!r}), so no "
                "row would match"
            )
            raise error("AISER-PLAN-UNSURE", msg, understood=understood)


def _resolve(col: exp.Column, node: exp.Expression, catalog: Catalog) -> Column | None:
    """The catalog column ``col`` names, through the aliases of the SELECT around ``node``."""
    select = node.find_ancestor(exp.Select)
    tables = list(select.find_all(exp.Table)) if select is not None else []
    names = {t.alias_or_name.lower(): t.name.lower() for t in tables}
    wanted = names.get(col.table.lower(), col.table.lower()) if col.table else None
    found = [
        c
        for t in catalog.tables
        if (wanted is None and t.name.lower() in names.values()) or t.name.lower() == wanted
        for c in t.columns
        if c.name.lower() == col.name.lower()
    ]
    return found[0] if len(found) == 1 else None
