"""Example questions built from a source's schema — and kept only when the planner answers
them as meant (the measure and the grouping it was built from), so a suggestion is never a
question the tool gets wrong."""

from __future__ import annotations

import itertools

from ...catalog.model import Catalog, Column, Table
from ..lexicon import split_name
from ..words import LABEL_WORDS
from .build import build, form
from .draft import calendar_part, is_identifier, summable
from .steps import draft

__all__ = ["examples"]

MAX_EXAMPLES = 6


def _words(table: Table, column: Column) -> str:
    """A column's name in words, without the prefix every column of its table shares
    (``l_quantity`` of a table of ``l_…`` columns reads "quantity")."""
    words = split_name(column.name, expand=False)
    firsts = [split_name(c.name, expand=False)[:1] for c in table.columns]
    shared = len(words) > 1 and sum(f == words[:1] for f in firsts) >= 0.8 * len(firsts) > 1
    return " ".join(words[1:] if shared else words)


def _plural(table: Table) -> str:
    """What a table's rows are, in the plural: its name when it is one ("orders"), the thing
    its key names ("customer" with a customer_id: "customers"), else "rows"."""
    words = split_name(table.name)
    last = words[-1] if words else table.name.lower()
    keyed = any(is_identifier(table, c) and last in split_name(c.name) for c in table.columns)
    if last.endswith("s") and not last.endswith("ss"):
        return " ".join(words)
    if not keyed:
        return "rows"
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        plural = last[:-1] + "ies"
    elif last.endswith(("ss", "x", "ch", "sh")):
        plural = last + "es"
    else:
        plural = last + "s"
    return " ".join([*words[:-1], plural])


def _categories(table: Table) -> list[Column]:
    """Columns worth grouping a count or a total by: a few values, not a label of each row
    (a region's name, one per region), not a key."""
    rows = table.row_count or 0
    return [
        c
        for c in table.columns
        if c.semantic in ("nominal", "geo", "boolean")
        and 2 <= (c.distinct or 0) <= 50
        and not (rows and (c.distinct or 0) >= 0.9 * rows)
        and not set(split_name(c.name)) <= LABEL_WORDS
        and not is_identifier(table, c)
    ]


def _candidates(catalog: Catalog) -> list[tuple[str, Table, Column | None, Column | None]]:
    """(question, table, measured column or None for a count, grouping column): the
    tables' candidates in turn (the largest table first), so examples cover several tables."""
    per_table = [
        _table_candidates(t) for t in sorted(catalog.tables, key=lambda t: -(t.row_count or 0))
    ]
    return [c for row in itertools.zip_longest(*per_table) for c in row if c is not None]


def _table_candidates(table: Table) -> list[tuple[str, Table, Column | None, Column | None]]:
    out: list[tuple[str, Table, Column | None, Column | None]] = []
    cats = _categories(table)
    numbers = [
        c
        for c in table.columns
        if c.semantic == "quantitative" and not is_identifier(table, c) and not calendar_part(c)
    ]
    dates = [c for c in table.columns if c.semantic == "temporal"]
    years = [c for c in table.columns if calendar_part(c) == "year"]
    rows = _plural(table)
    for cat in [c for c in cats if _words(table, c) not in rows][:2]:
        out.append((f"number of {rows} by {_words(table, cat)}", table, None, cat))
    for num in numbers[:2]:
        word = "total" if summable(table, num) else "average"
        what = f"{word} {_words(table, num)}".replace("total total", "total")
        if cats:
            out.append((f"{what} by {_words(table, cats[0])}", table, num, cats[0]))
        if dates:
            out.append((f"{what} per month", table, num, dates[0]))
        elif years:
            out.append((f"{what} per year", table, num, years[0]))
    return out


def examples(catalog: Catalog) -> list[str]:
    """Up to six questions about ``catalog`` that the rule planner answers as meant, found
    once per catalog (they depend on its profile, not only on its schema)."""
    return catalog.derived("examples", _examples)


def _examples(catalog: Catalog) -> list[str]:
    found: list[str] = []
    for question, _table, measured, grouped in _candidates(catalog):
        try:
            d = draft(question, catalog, catalog.dialect)
            if not d.measures or not d.dims:
                continue
            if d.measures[0].column is not measured or d.dims[0].column is not grouped:
                continue
            form(d)
            build(d)
        except Exception:  # a suggestion that fails is left out; it never hides the real answer
            continue
        found.append(question)
        if len(found) >= MAX_EXAMPLES:
            break
    return found
