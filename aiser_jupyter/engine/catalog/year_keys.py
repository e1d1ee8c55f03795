"""A key that holds one row per year on one side only: ``gss_abortion(id, year)`` against
``gss_spending(id, year = 2018)``.

A survey's respondent numbers start again each year. The one side lists each ``id`` once
(one year of the survey), so the values check finds the join; but every year of the many
side holds an ``id`` 1, and each meets the one side's 2018 respondent — people of other
years joined to one person's answers. When the many side is confirmed to hold one row per
(``id``, ``year``) (:mod:`.panels`) and the one side has a year column of the same name
holding one year among the many side's, the year is part of the key: the join carries it, and
only the same year's rows meet.
"""

from __future__ import annotations

from collections import Counter

from .composite import a_year
from .model import Join, Table

__all__ = ["carry_year_keys"]


def carry_year_keys(tables: list[Table], joins: list[Join]) -> list[Join]:
    """The year columns to join beside inferred one-column joins whose many side repeats its
    key once a year (one :class:`Join` each, as composite keys are held)."""
    by_name = {t.name.lower(): t for t in tables}
    pairs = Counter((j.table.lower(), j.ref_table.lower()) for j in joins)
    single = [
        j
        for j in joins
        if not j.declared and j.role is None and pairs[(j.table.lower(), j.ref_table.lower())] == 1
    ]
    out: list[Join] = []
    for j in single:
        many, one = by_name.get(j.table.lower()), by_name.get(j.ref_table.lower())
        if many is None or one is None:
            continue
        own = next((c for c in many.columns if c.name.lower() == j.column.lower()), None)
        if own is None or not 0 < (own.distinct or 0) < (many.row_count or 0):
            continue  # a key unique on the many side too (a time ``t``): no year repeats it
        for key in many.row_keys:
            if len(key) != 2 or key[0].lower() != j.column.lower():
                continue
            year = _namesake_year(one, key[1], many)
            if year is not None:
                evidence = (
                    f"{j.evidence or 'a key'}; with {j.table}.{key[1]} = {j.ref_table}.{year}: "
                    f"one row per ({j.column}, {key[1]}) in {j.table}"
                )
                out.append(
                    j.model_copy(
                        update={"column": key[1], "ref_column": year, "evidence": evidence}
                    )
                )
    return out


def _namesake_year(one: Table, name: str, many: Table) -> str | None:
    """The year column of ``one`` named ``name`` holding one year, among ``many``'s years (a
    one side of several years is unique on its key alone: a thing's row, not a year's)."""
    theirs = next((c for c in many.columns if c.name.lower() == name.lower()), None)
    ours = next((c for c in one.columns if c.name.lower() == name.lower()), None)
    if theirs is None or ours is None or not (a_year(theirs) and a_year(ours)):
        return None
    try:
        one_year = float(ours.min) == float(ours.max)
        inside = one_year and float(theirs.min) <= float(ours.min) <= float(theirs.max)
    except (TypeError, ValueError):
        return None
    return ours.name if inside else None
