"""Example questions built from a source's schema — and kept only when the planner answers
them as meant (the measure and the grouping it was built from), so a suggestion is never a
question the tool gets wrong."""

from __future__ import annotations

from ...catalog.model import Catalog, Column, Table
from ..lexicon import split_name
from .draft import calendar_part, is_identifier, summable

__all__ = ["examples"]

_CACHE: dict[str, list[str]] = {}
MAX_EXAMPLES = 6


def _words(column: Column) -> str:
    return " ".join(split_name(column.name))


def _categories(table: Table) -> list[Column]:
    return [
        c
        for c in table.columns
        if c.semantic in ("nominal", "geo", "boolean")
        and 2 <= (c.distinct or 0) <= 50
        and not is_identifier(table, c)
    ]


def _candidates(catalog: Catalog) -> list[tuple[str, Table, Column | None, Column | None]]:
    """(question, table, measured column or None for a count, grouping column)."""
    out: list[tuple[str, Table, Column | None, Column | None]] = []
    for table in sorted(catalog.tables, key=lambda t: -(t.row_count or 0)):
        cats = _categories(table)
        numbers = [
            c
            for c in table.columns
            if c.semantic == "quantitative" and not is_identifier(table, c) and not calendar_part(c)
        ]
        dates = [c for c in table.columns if c.semantic == "temporal"]
        entity = " ".join(split_name(table.name))
        for cat in cats[:2]:
            out.append((f"number of {entity} by {_words(cat)}", table, None, cat))
        for num in numbers[:2]:
            word = "total" if summable(table, num) else "average"
            if cats:
                out.append((f"{word} {_words(num)} by {_words(cats[0])}", table, num, cats[0]))
            if dates:
                out.append((f"{word} {_words(num)} per month", table, num, dates[0]))
    return out


def examples(catalog: Catalog) -> list[str]:
    """Up to six questions about ``catalog`` that the rule planner answers as meant."""
    key = f"{catalog.source}:{catalog.fingerprint}"
    if key in _CACHE:
        return _CACHE[key]
    from .build import build, form
    from .planner import draft

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
    _CACHE[key] = found
    return found
