"""The number a superlative or comparative names without naming a column ("the heaviest
animals": a weight; "older than 40": an age), chosen among a table's columns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ...catalog.model import Column, Table
from ..lexicon import split_name
from ..name_years import name_year, table_family
from .stat_ties import EXTREME_WORDS

if TYPE_CHECKING:
    from .draft import Draft
    from .link import Mention
    from .reading import Compare

__all__ = ["compared_column", "implied_column", "names_another", "whole_of"]

#: qualifiers that narrow a quantity to nothing less than all of it: a "total population" or a
#: "body weight" is the population or the weight itself, not a part of it ("adult population",
#: "brain weight")
WHOLE = frozenset(["total", "overall", "all"])


def implied_column(
    tables: Iterable[Table], nouns: tuple[str, ...], agg: str | None = None
) -> tuple[Table, Column] | None:
    """The first table's number column named with one of ``nouns`` (weight, age). Of several
    such columns of one table, the one whose name or synonym is the noun alone ("weight" for
    ``bodywt``) wins over those a qualifier the question does not say narrows ("brain
    weight"); several qualified ones and none plain: which one is unsaid, so none. Of a
    day's maximum and minimum (``tmax``, ``tmin``), the superlative's own extreme
    (``agg``: "hottest" the maximum) is the one."""
    if len(nouns) > 1:  # "earn": an income before a salary hike, whichever table has it
        tables = list(tables)
        return next(filter(None, (implied_column(tables, (n,), agg) for n in nouns)), None)
    said = set(nouns)
    for table in tables:
        found = [
            c
            for c in table.columns
            if c.semantic == "quantitative" and set(split_name(c.name)) & said
        ]
        if not found and (member := _family_member(table, said)) is not None:
            return table, member  # "most populous" of world_pop's year_1960 … year_2020
        plain = [c for c in found if _plain(c, said)]
        if plain:
            return table, plain[0]
        if len(found) == 1:
            return table, found[0]
        extreme = [c for c in found if EXTREME_WORDS.get(agg or "") in split_name(c.name)]
        if len(extreme) == 1:
            return table, extreme[0]  # "the hottest days" of tmax beside tmin
        whole = whole_of(found, said)
        if whole is not None:
            return table, whole
        if found:
            return None
    return None


def _family_member(table: Table, said: set[str]) -> Column | None:
    """The latest of the columns of years whose table's name says one of ``said``
    (:func:`..name_years.table_family`): "population" of ``world_pop``."""
    members = [
        c
        for c in table.columns
        if c.semantic == "quantitative" and any(set(p) & said for p in table_family(table, c))
    ]
    return max(members, key=lambda c: name_year(c) or 0) if members else None


def whole_of(columns: list[Column], said: set[str]) -> Column | None:
    """Of several columns of a quantity (``said``: its words), the one that counts all of it
    ("pop total" among "pop adults", "pop white"; "body wt" among "brain wt"), if only one."""
    whole = [c for c in columns if set(split_name(c.name)) - said <= WHOLE]
    return whole[0] if len(whole) == 1 and len(columns) > 1 else None


def _plain(column: Column, said: set[str]) -> bool:
    """The column is the noun itself: its name's words, or one of its synonyms, say nothing more."""
    names = [column.name, *column.synonyms]
    return any(set(words) <= said for words in (split_name(n) for n in names) if words)


def names_another(d: Draft, cmp: Compare, target: Mention) -> bool:
    """Whether the bound's own words name a number other than ``target`` ("shorter than 500
    miles": a distance), so it bounds each row's number, not a group's aggregate."""
    if not cmp.implied or cmp.only_implied:
        return False
    implied = compared_column(d, cmp)
    return implied is not None and implied[1] is not target.column


def compared_column(d: Draft, cmp: Compare) -> tuple[Table, Column, Mention | None] | None:
    """ "older than 20": the age column of a table the question names, else of any table."""
    tables = [m.table for m in d.mentions] + list(d.catalog.tables)
    found = implied_column(tables, cmp.implied)
    return (*found, None) if found is not None else None
