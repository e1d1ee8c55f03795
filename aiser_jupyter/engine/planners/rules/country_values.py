"""Country names over columns of ISO codes: "bookings from Portugal" where ``country`` holds
``prt`` is ``country = 'prt'`` (:mod:`..countries`), a value candidate like a stored one."""

from __future__ import annotations

from typing import Any

from ...catalog.model import Catalog, Column, Table
from ..countries import code_for, fold, is_code_column, name_index
from .question import Question

__all__ = ["COUNTRY_SCORE", "country_values"]

#: a country named for its code: as sure as a value typed as stored, in another form
COUNTRY_SCORE = 0.9
#: the longest country name, in words ("united kingdom of great britain and northern ireland")
_LONGEST = 8


def code_columns(catalog: Catalog) -> list[tuple[Table, Column]]:
    """The text columns whose sampled values are mostly ISO 3166 country codes (once per
    catalog)."""
    return catalog.derived("country code columns", _code_columns)


def _code_columns(catalog: Catalog) -> list[tuple[Table, Column]]:
    return [
        (table, column)
        for table in catalog.tables
        for column in table.columns
        if column.semantic in ("nominal", "geo", "key") and is_code_column(column.samples)
    ]


def country_values(
    q: Question, catalog: Catalog, taken: set[int]
) -> list[tuple[int, int, Table, Column, Any]]:
    """ "from Portugal", "in the United States": free words (none of them ``taken`` by a name
    or value) that name a country, over each column of its codes, as
    ``(first word, end, table, column, code as stored)``; the longest name wins."""
    columns = code_columns(catalog)
    if not columns:
        return []
    names = name_index()
    found: list[tuple[int, int, Table, Column, Any]] = []
    i = 0
    while i < len(q.words):
        for hi in range(min(len(q.words), i + _LONGEST), i, -1):
            span = q.words[i:hi]
            if any(w.i in taken or w.quoted or not q.free(w.i) for w in span):
                continue
            key = tuple(p for w in span for p in fold(w.text))
            code = names.get(key)
            if code is not None:
                for table, column in columns:
                    found.append((i, hi, table, column, code_for(code, column.samples)))
                i = hi - 1
                break
        i += 1
    return found
