"""Places named over columns of their codes: "bookings from Portugal" where ``country`` holds
``prt`` is ``country = 'prt'`` (:mod:`..countries`), "Ohio counties" where ``state`` holds
``OH`` is ``state = 'OH'`` (:mod:`..us_states`); a value candidate like a stored one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from ...catalog.model import Catalog, Column, Table
from ..countries import code_for, fold, is_code_column, name_index
from ..us_states import STATE_COUNTRIES, is_state_column, state_code_for, state_country, state_index
from .question import Question

__all__ = [
    "COUNTRY_SCORE",
    "country_forms",
    "country_values",
    "other_forms",
    "place_values",
    "state_values",
]

#: a place named for its code: as sure as a value typed as stored, in another form
COUNTRY_SCORE = 0.9
#: the longest country name, in words ("united kingdom of great britain and northern ireland")
_LONGEST = 8

Found = list[tuple[int, int, Table, Column, Any]]


def code_columns(catalog: Catalog) -> list[tuple[Table, Column]]:
    """The text columns whose sampled values are mostly ISO 3166 country codes (once per
    catalog)."""
    return catalog.derived("country code columns", _code_columns)


def _code_columns(catalog: Catalog) -> list[tuple[Table, Column]]:
    return _columns(catalog, is_code_column)


def state_columns(catalog: Catalog) -> list[tuple[Table, Column]]:
    """The text columns whose sampled values are mostly US postal codes and not country codes
    (once per catalog)."""
    return catalog.derived("state code columns", _state_columns)


def _state_columns(catalog: Catalog) -> list[tuple[Table, Column]]:
    return [(t, c) for t, c in _columns(catalog, is_state_column) if not is_code_column(c.samples)]


def _columns(catalog: Catalog, test: Callable[[list[Any]], bool]) -> list[tuple[Table, Column]]:
    return [
        (table, column)
        for table in catalog.tables
        for column in table.columns
        if column.semantic in ("nominal", "geo", "key") and test(column.samples)
    ]


def place_values(
    q: Question, catalog: Catalog, taken: set[int], spans: Mapping[tuple[int, int], list[Any]]
) -> tuple[Found, set[tuple[int, int]]]:
    """Countries and US states named in free words, and the one-word spans a longer name
    replaces: a word of ``spans`` read as a value typed as stored may be a word of a state's
    name ("Washington DC": DC, not the values WA and DC)."""
    codes = {lo for (lo, hi), cs in spans.items() if hi == lo + 1 and cs[0].kind == "value"}
    found = country_values(q, catalog, taken)
    taken = taken | {i for lo, hi, *_ in found for i in range(lo, hi)}
    replaced: set[tuple[int, int]] = set()
    for lo, hi, table, column, code in state_values(q, catalog, taken - codes):
        if hi == lo + 1 and lo in taken:
            continue  # a code typed as stored is that value, found already
        replaced |= {(i, i + 1) for i in range(lo, hi) if hi > lo + 1}
        found.append((lo, hi, table, column, code))
    return found, replaced


def country_values(q: Question, catalog: Catalog, taken: set[int]) -> Found:
    """ "from Portugal", "in the United States": free words (none of them ``taken`` by a name
    or value) that name a country, over each column of its codes, as
    ``(first word, end, table, column, code as stored)``; the longest name wins."""
    return _named(q, code_columns(catalog), name_index(), code_for, taken)


def state_values(q: Question, catalog: Catalog, taken: set[int]) -> Found:
    """ "Ohio counties", "in Queensland": free words that name a state, over each column of
    that country's state codes, as :func:`country_values` finds countries."""
    found: Found = []
    for country in STATE_COUNTRIES:
        columns = [(t, c) for t, c in state_columns(catalog) if state_country(c.samples) == country]
        found += _named(q, columns, state_index(country), state_code_for, taken)
    return found


def _named(
    q: Question,
    columns: list[tuple[Table, Column]],
    names: dict[tuple[str, ...], str],
    stored: Callable[[str, list[Any]], str],
    taken: set[int],
) -> Found:
    if not columns:
        return []
    found: Found = []
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
                    found.append((i, hi, table, column, stored(code, column.samples)))
                i = hi - 1
                break
        i += 1
    return found


def country_forms(catalog: Catalog) -> dict[str, list[tuple[Table, Column, str]]]:
    """Alpha-3 code → each column of country names and the name it stores the country by
    ("United States" in one table, "United States of America" in another; once per catalog)."""
    return catalog.derived("country name forms", _forms)


def _forms(catalog: Catalog) -> dict[str, list[tuple[Table, Column, str]]]:
    index = name_index()
    out: dict[str, list[tuple[Table, Column, str]]] = {}
    for table in catalog.tables:
        for column in table.columns:
            if column.semantic != "geo":
                continue
            texts = [v for v in column.samples if isinstance(v, str)]
            known = {v: index[fold(v)] for v in texts if fold(v) in index}
            if len(known) < 5 or len(known) < _NAMES * len(texts):
                continue  # codes, cities, regions: not a column of country names
            if len(set(known.values())) < len(known):
                continue  # two names of one country in one column: which rows is unclear
            for value, code in known.items():
                out.setdefault(code, []).append((table, column, value))
    return out


#: a column is one of country names when at least this share of its sampled values are
_NAMES = 0.6


def other_forms(catalog: Catalog, mentions: list[list[Any]]) -> None:
    """ "coffee imports of the United States": a country found as stored in one table's
    names (a mention's value candidates, ``mentions``) is the same country in each other
    column of country names, under that column's name for it: a candidate as sure as the one
    found, so the table the rest of the question reads picks its own
    (:func:`.values._in_plan`)."""
    forms = country_forms(catalog)
    index = name_index()
    for cands in mentions if forms else ():
        found = [c for c in cands if c.kind == "value" and isinstance(c.value, str)]
        codes = {index.get(fold(c.value)) for c in found}
        code = codes.pop() if len(codes) == 1 else None
        if code is None:
            continue
        have = {(id(c.table), id(c.column)) for c in found}
        best = max(found, key=lambda c: c.score)
        for table, column, value in forms.get(code, []):
            if (id(table), id(column)) not in have:
                cands.append(replace(best, table=table, column=column, value=value))
