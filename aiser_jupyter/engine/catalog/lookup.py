"""A bounded look-up of phrases typed in a question among a source's stored text values.

The catalog keeps every value of a text column with few of them, and only a handful of a
column with many (names of organisations, of people). "How many breaches did Walgreen Co.
report?" names one of the many: before refusing, a planner may ask whether a phrase is
stored, as typed (case and surrounding spaces aside), in a few text columns of the tables it
reads. Each look-up is one small query per column, with a row cap and a short timeout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sqlglot import exp

from ...errors import AiserError
from ..config import Limits

if TYPE_CHECKING:
    from .model import CatalogSource

__all__ = ["Lookup", "value_lookup"]

#: (phrases, [(table, column)]) -> [(phrase, table, column, stored value)]
Lookup = Callable[[Sequence[str], Sequence[tuple[str, str]]], list[tuple[str, str, str, str]]]

#: at most this many columns and phrases are looked up for one question
MAX_COLUMNS = 8
MAX_PHRASES = 4
_LIMITS = Limits(max_rows=3, timeout=5.0)


def value_lookup(source: CatalogSource) -> Lookup:
    """A :data:`Lookup` over ``source``: for each phrase, the text columns that store it."""

    def lookup(
        phrases: Sequence[str], columns: Sequence[tuple[str, str]]
    ) -> list[tuple[str, str, str, str]]:
        wanted = {p.strip().lower(): p for p in list(phrases)[:MAX_PHRASES] if p.strip()}
        found: list[tuple[str, str, str, str]] = []
        for table, column in list(columns)[:MAX_COLUMNS]:
            for stored in _stored(source, table, column, sorted(wanted)):
                said = wanted.get(stored.strip().lower())
                if said is not None:
                    found.append((said, table, column, stored))
        return found

    return lookup


def _stored(source: CatalogSource, table: str, column: str, wanted: list[str]) -> list[str]:
    if not wanted:
        return []
    ident = exp.column(exp.to_identifier(column, quoted=True))
    query = (
        exp.select(ident.copy())
        .distinct()
        .from_(exp.Table(this=exp.to_identifier(table, quoted=True)))
        .where(
            exp.In(
                this=exp.Lower(this=exp.Trim(this=ident.copy())),
                expressions=[exp.Literal.string(w) for w in wanted],
            )
        )
        .limit(_LIMITS.max_rows)
    )
    try:
        rows = source.run(query.sql(source.dialect), _LIMITS).column(0).to_pylist()
    except AiserError:
        return []
    return [v for v in rows if isinstance(v, str)]
