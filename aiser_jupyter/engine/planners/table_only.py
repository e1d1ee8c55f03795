"""The words only the read tables' names say: what a question may call the data by, which
names no column read (``math`` of ``MathAchSchool``; "House" of ``midterms_house``)."""

from __future__ import annotations

from .facts import Facts, name_words

__all__ = ["table_only_words"]


def table_only_words(facts: Facts) -> frozenset[str]:
    """Words of the plan's tables' names that none of its columns' names has (``math`` of
    ``MathAchSchool`` when only ``School`` and ``MEANSES`` are read)."""
    known = {t.name.lower(): t.name for t in facts.catalog.tables} if facts.catalog else {}
    tables = {w for t in facts.tables for w in name_words(known.get(t, t))}
    return frozenset(tables - {w for _, c in facts.columns for w in name_words(c)})
