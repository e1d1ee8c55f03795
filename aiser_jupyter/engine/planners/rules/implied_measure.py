"""The number a superlative names without naming a column, made the measure: "the 3 oldest
bakers" (an age), "the fastest 5k time" (the least time taken)."""

from __future__ import annotations

from ...catalog.model import Column
from ..lexicon import lemma, split_name
from .agg_names import of_dates
from .column_years import year_member
from .draft import Draft, Measure
from .implied import implied_column

__all__ = ["implied_measure"]


def implied_measure(d: Draft) -> None:
    """ "the 3 oldest bakers", "heaviest animal": a superlative names its number (age, weight)."""
    if d.measures:
        return
    for agg in d.r.aggs:
        if not agg.implied or not all(d.q.free(i) for i in range(agg.i, agg.hi)):
            continue
        home = [m.table for m in d.mentions]
        tables = home + [t for t in d.catalog.tables if t not in home]
        found = implied_column(tables, agg.implied, agg.agg)
        if found is not None:
            table, column = found
            column = year_member(d, table, column)  # "… in 2020" of year_1960 … year_2020
            said = of_dates(agg.agg, d.q.words[agg.i].text, column)  # "fastest": least time
            d.measures.append(Measure(said, table, column))
            d.q.claim(agg.i, agg.hi, f"aggregate {said} of {column.name}")
            _claim_noun(d, agg.hi, column)
            if d.r.top is not None and d.r.descending is None:
                d.r.descending = said == "max"
            return


def _claim_noun(d: Draft, start: int, column: Column) -> None:
    """ "the fastest 5k [time]": the noun of the number a superlative names, said within a few
    words after it, is that number's (not "time" as a date axis)."""
    names = set(split_name(column.name, expand=False))
    for i in range(start, min(start + 3, len(d.q))):
        if d.q.free(i) and d.q.words[i].lemma in names | {lemma(n) for n in names}:
            for m in d.mentions:
                if m.lo <= i < m.hi and id(m) not in d.used:
                    d.take(m, f"measure {column.name}")
            d.q.claim(i, i + 1, f"measure {column.name}")
            return
