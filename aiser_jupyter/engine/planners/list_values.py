"""Text columns that hold lists ("Laptop, Desktop Computer", "Theft, Loss"): which they are,
read from their sampled values, and the elements a question may name.

A column is list-valued when several of its values are made of other values of the same
column joined by one separator (", ", "; " or "/"): "Laptop, Desktop Computer" beside
"Laptop" and "Desktop Computer". Its elements (and, in a list joined by commas, the parts of
an element joined by "/": "Hacking" of "Hacking/IT Incident") are what "breaches involving
a laptop" keeps: the rows whose list contains it, on every dialect a ``LIKE`` test.
Only the bounded samples of the catalog's profile are read; no query is run.
"""

from __future__ import annotations

from sqlglot import exp

from ..catalog.model import Catalog, Column

__all__ = ["Element", "contains", "elements", "keeps", "list_elements"]

#: separators a list is joined by, the first that holds wins
SEPARATORS = (", ", "; ", "/")
#: values made of other values, at least, for a column to be read as a list
_LISTS_AT_LEAST = 3
_ESCAPE = "\\"


class Element(str):
    """A value that is one element of a list-valued column: kept with ``contains``."""

    __slots__ = ()


def _separator(values: list[str]) -> str | None:
    """The separator that joins several values out of other values, if one does."""
    whole = {v.strip() for v in values}
    for sep in SEPARATORS:
        joined = [v for v in whole if sep in v]
        made_of = [v for v in joined if all(p.strip() in whole for p in v.split(sep))]
        if len(made_of) >= _LISTS_AT_LEAST and 2 * len(made_of) >= len(joined):
            return sep
    return None


def elements(column: Column) -> list[str]:
    """The elements of ``column``'s lists, or [] when it does not hold lists. An element that
    is a part of another ("Other" of "Other Portable Electronic Device") is left out: a
    containment test would keep both."""
    if column.semantic not in ("nominal", "geo") or len(column.samples) <= 5:
        return []
    values = [v for v in column.samples if isinstance(v, str) and v.strip()]
    sep = _separator(values)
    if sep is None:
        return []
    whole = {p.strip() for v in values for p in v.split(sep)} - {""}
    found = dict.fromkeys(sorted(whole))
    if sep != "/":  # "Hacking/IT Incident": either part of it too
        for e in whole:
            found.update((p.strip(), None) for p in e.split("/") if "/" in e and p.strip())
    return [e for e in found if 2 < len(e) <= 60 and not _inside_another(e, whole)]


def _inside_another(element: str, whole: set[str]) -> bool:
    """Whether ``element`` is spelled inside another element ("Other" in "Other Portable
    Electronic Device") other than as one of its "/" parts: a ``LIKE`` would keep both."""
    low = element.lower()
    return any(
        low in e.lower() and low not in (p.strip().lower() for p in e.split("/"))
        for e in whole
        if e != element
    )


def list_elements(catalog: Catalog) -> dict[int, list[str]]:
    """The elements of every list-valued column of ``catalog``, by ``id`` of the column."""

    def build(cat: Catalog) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for table in cat.tables:
            for column in table.columns:
                found = elements(column)
                if found:
                    out[id(column)] = found
        return out

    return catalog.derived("list_elements", build)


def contains(target: exp.Expression, element: str) -> exp.Expression:
    """``target LIKE '%element%'`` with the element's own ``%``, ``_`` escaped: the rows
    whose list holds ``element`` (DuckDB, SQLite, PostgreSQL alike)."""
    text = element
    for ch in (_ESCAPE, "%", "_"):
        text = text.replace(ch, _ESCAPE + ch)
    like = exp.Like(this=target, expression=exp.Literal.string(f"%{text}%"))
    if text == element:
        return like
    return exp.Escape(this=like, expression=exp.Literal.string(_ESCAPE))


def keeps(target: exp.Expression, values: list[object]) -> exp.Expression:
    """The condition that keeps ``values`` of ``target``: ``=`` one, ``IN`` several, and for
    elements of a list (:class:`Element`) the rows whose list contains any of them."""
    if not any(isinstance(v, Element) for v in values):
        if len(values) == 1:
            return exp.EQ(this=target, expression=exp.convert(values[0]))
        return exp.In(this=target, expressions=[exp.convert(v) for v in values])
    tests = [
        contains(target.copy(), v)
        if isinstance(v, Element)
        else exp.EQ(this=target.copy(), expression=exp.convert(v))
        for v in values
    ]
    return tests[0] if len(tests) == 1 else exp.Paren(this=exp.or_(*tests))
