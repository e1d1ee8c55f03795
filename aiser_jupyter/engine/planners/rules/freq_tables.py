"""Tables of counts: one row per combination of categories (a country and a year, a sex and
an age group) with the number of things of that kind in a count column (``Freq``, ``n``,
``count``, ``num_incidents``), as R's ``as.data.frame(table())`` or a GROUP BY makes them.
"number of incidents by country" over such a table named after its things is the sum of
that column: a count of its rows would count the combinations, not the things."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..count_names import COUNT_FORMS
from ..lexicon import lemma, split_name
from ..roles import calendar_part
from .draft import Draft, Measure

__all__ = ["frequency_column", "sum_frequencies"]

#: name words of a column that holds each row's number of things
_COUNT_WORDS = COUNT_FORMS | {"freq", "frequency", "total"}


def _counts_named(table: Table, column: Column) -> bool:
    """Named only by count words (``Freq``, ``n``), or by a count word and the words of the
    table's name (``num_incidents`` in ``incidents``)."""
    words = split_name(column.name)
    table_words = {lemma(w) for w in split_name(table.name)}
    return any(w in _COUNT_WORDS for w in words) and all(
        w in _COUNT_WORDS or lemma(w) in table_words for w in words
    )


def _a_category(column: Column) -> bool:
    return column.semantic in ("nominal", "geo", "boolean") or calendar_part(column) is not None


def frequency_column(table: Table) -> Column | None:
    """The count column of a table of counts (see the module): whole numbers of at least 0,
    every other column a category or a part of a date; None for any other table."""
    counts = [
        c
        for c in table.columns
        if "int" in c.type.lower()
        and calendar_part(c) is None
        and _counts_named(table, c)
        and isinstance(c.min, (int, float))
        and c.min >= 0
    ]
    if len(counts) != 1 or len(table.columns) < 2:
        return None
    others = [c for c in table.columns if c is not counts[0]]
    return counts[0] if all(_a_category(c) for c in others) else None


def _summed(d: Draft, m: Measure) -> Measure:
    if m.agg != "count" or m.column is not None or m.per is not None:
        return m
    freq = frequency_column(m.table)
    named = any(c.kind == "table" and c.table is m.table for x in d.mentions for c in x.cands)
    if freq is None or not named:
        return m
    return Measure("sum", m.table, freq, name=m.name, explicit=True)


def sum_frequencies(d: Draft) -> None:
    """Rows counted of a table of counts that the question names ("number of incidents",
    "incidents by country" over ``incidents``) are the sum of its count column, in the
    chart's measures and in the comparisons on its groups ("more than 5,000 incidents")."""
    d.measures = [_summed(d, m) for m in d.measures]
    for h in d.having:
        h.measure = _summed(d, h.measure)
