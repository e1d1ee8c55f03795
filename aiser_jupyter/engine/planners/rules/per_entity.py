"""The step for a money total per thing, averaged: "average order value", "median basket
size", "customer spend" — each entity's rows summed first, then the aggregate over entities."""

from __future__ import annotations

from ...catalog.model import Column, Table
from ..lexicon import lemma, split_name
from .draft import MONEY, Draft, Measure

__all__ = ["per_entity", "per_thing"]


#: words for a money total per thing ("order value", "basket size", "customer spend")
ENTITY_VALUE = frozenset(["value", "size", "spend", "spending", "total"])


def per_entity(d: Draft) -> None:
    """ "average order value", "median basket size": each entity's money total, then averaged."""
    if d.measures:
        return
    for m in d.free():
        if (
            m.kind != "table"
            or m.best.score < 1.0
            or m.hi >= len(d.q)
            or d.q.words[m.hi].lemma not in ENTITY_VALUE  # "order values"
        ):
            continue
        covering = next((x for x in d.mentions if x.lo <= m.hi < x.hi), None)
        if covering is not None and covering.best.score >= 0.9:
            continue  # "order total price", "pizza size": the word belongs to a column's name
        if covering is not None:  # "order [value]" read as unit_price: part of the phrase
            d.mentions.remove(covering)
        money = _money(d, m.table)
        if money is None:
            continue
        said = next((a for a in d.r.aggs if a.hi <= m.lo and m.lo - a.hi <= 1 and a.strict), None)
        agg = said.agg if said is not None else "mean"
        d.measures.append(Measure(agg, money[0], money[1], per=m.table, explicit=said is not None))
        d.take(m, "per entity")
        d.q.claim(m.hi, m.hi + 1, "per entity")
        for a in d.r.aggs:
            if a.hi <= m.lo and m.lo - a.hi <= 1:
                d.q.claim(a.i, a.hi, f"aggregate {a.agg}")
        return


def _money(d: Draft, entity: Table) -> tuple[Table, Column] | None:
    """The money column of ``entity`` or of a table whose rows belong to it."""
    tables = [entity] + [
        t
        for t in d.catalog.tables
        if any(j.table == t.name and j.ref_table == entity.name for j in d.catalog.joins)
    ]
    for word in MONEY:
        for table in tables:
            for column in table.columns:
                if column.semantic == "quantitative" and word in split_name(column.name):
                    return table, column
    return None


#: words after "per" that are a number's grouping or unit, never a thing counted against
_PER_UNITS = frozenset(["year", "month", "day", "week", "quarter", "hour", "capita", "person"])


def per_thing(d: Draft, i: int) -> bool:
    """Whether words ``i…`` are "per" and a thing ("average products [per order]"): things
    counted per thing, never the things' own number ("per year", "per capita" are not)."""
    after = d.q.texts(i, i + 2)
    return after[:1] == ["per"] and len(after) == 2 and lemma(after[1]) not in _PER_UNITS
