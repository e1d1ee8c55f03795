"""Conditions on an attribute of the things rows belong to: "stops per neighborhood for
neighborhoods with a median household income below $30,000", "uses of force in neighborhoods
with more than 10,000 residents".

The attribute lives on the things' own table, one row per thing (a dimension): each thing
has one value of it, so the comparison keeps rows (a WHERE), never a group's aggregate, and
it is not a second number to draw. An aggregate word before it ("median household income",
"average rent") is then part of the figure's name — an aggregate over one row is that row's
value — and the noun naming the things ("in neighborhoods with …") says which rows are
measured, not an axis."""

from __future__ import annotations

from dataclasses import dataclass

from ...catalog.model import Column, Table
from .draft import Draft
from .link import Mention
from .reading import Agg, Compare

__all__ = ["attribute_conditions", "kept_entities"]

#: words between the things and the attribute that keeps them
_RELATIVE = frozenset(["with", "whose", "having", "where"])
#: words that stand for things named earlier ("among those with …")
_BACK = frozenset(["those", "ones", "them"])
#: words that may stand between the relative word and the attribute
_GAP = frozenset(["a", "an", "the", "their", "its", "his", "her"])


@dataclass
class _Phrase:
    """ "<things> with [a] [median] <attribute> <comparison>"."""

    cmp: Compare
    attribute: Mention
    table: Table  #: the things' own table, holding the attribute
    entity: Mention | None  #: the things' noun; None for "those"
    agg: Agg | None  #: an aggregate word inside the attribute's name


def _unique(table: Table, column: Column) -> bool:
    """Whether ``column`` names each row of ``table`` (one row per thing)."""
    if column.primary_key:
        return True
    rows = table.row_count
    return (
        bool(rows)
        and column.distinct == rows
        and not column.nulls
        and column.semantic in ("nominal", "geo")
    )


def _names_key(m: Mention, table: Table) -> bool:
    """Whether mention ``m`` names the things ``table`` holds one row of."""
    return any(
        c.kind == "column"
        and c.table is table
        and c.column is not None
        and _unique(table, c.column)
        for c in m.cands
    )


def _attribute(d: Draft, cmp: Compare, used: bool) -> tuple[Mention, int, Agg | None] | None:
    """The quantitative mention the comparison compares, with the relative word's index
    and an aggregate word before the attribute: "with a median income below", "with more
    than 3,000 residents"."""
    for m in d.mentions:
        if (id(m) in d.used) != used or m.column is None or m.column.semantic != "quantitative":
            continue
        if m.hi == cmp.lo:  # "with a median household income below …"
            i, agg = m.lo - 1, None
            while i >= 0 and d.q.words[i].text not in _RELATIVE:
                found = next((a for a in d.r.aggs if a.hi == i + 1 and a.strict), None)
                if found is not None and agg is None:
                    agg, i = found, found.i - 1
                elif d.q.words[i].text in _GAP or (used and d.q.used.get(i) == "compared"):
                    i -= 1
                else:
                    break
            if i >= 0 and d.q.words[i].text in _RELATIVE:
                return m, i, agg
        elif m.lo == cmp.hi and cmp.lo > 0 and d.q.words[cmp.lo - 1].text in _RELATIVE:
            return m, cmp.lo - 1, None  # "with more than 3,000 residents"
    return None


def _phrase(d: Draft, cmp: Compare, used: bool) -> _Phrase | None:
    if cmp.vs_average or cmp.implied or cmp.after:
        return None
    found = _attribute(d, cmp, used)
    if found is None:
        return None
    m, rel, agg = found
    table = m.table
    if rel == 0:
        return None
    if d.q.words[rel - 1].text in _BACK:  # "among those with": things named earlier
        if any(x.hi <= rel - 1 and _names_key(x, table) for x in d.mentions):
            return _Phrase(cmp, m, table, None, agg)
        return None
    entity = next((x for x in d.mentions if x.hi == rel and _names_key(x, table)), None)
    return _Phrase(cmp, m, table, entity, agg) if entity is not None else None


def attribute_conditions(d: Draft) -> None:
    """Before measures are read: the attribute a comparison on the things' own table compares
    is a condition (:func:`~.conditions.comparisons` makes it a WHERE), and an aggregate word
    in its name is no measure."""
    for cmp in d.r.compares:
        p = _phrase(d, cmp, used=False)
        if p is None:
            _group_aggregate(d, cmp)
            continue
        if p.agg is not None:
            d.r.aggs.remove(p.agg)
            d.q.claim(p.agg.i, p.agg.hi, "compared")
        d.take(p.attribute, "compared")


def _group_aggregate(d: Draft, cmp: Compare) -> None:
    """ "number of listings per borough for boroughs with an average price above 1,300": on
    the rows of each group, the aggregate compared keeps groups (a HAVING) and is not drawn
    beside the count asked for."""
    found = _attribute(d, cmp, used=False)
    if found is None:
        return
    m, rel, agg = found
    if agg is None:
        return
    entity = next((x for x in d.mentions if x.hi == rel and x.column is not None), None)
    if entity is None or entity.table is not m.table or not d.r.counts:
        return
    if not all(hi < entity.lo - 2 for _, hi in d.r.counts):
        return  # "number of boroughs with …": the things themselves are counted
    d.q.claim(agg.i, agg.hi, f"aggregate {agg.agg}")
    d.take(m, "compared aggregate")


def kept_entities(d: Draft) -> None:
    """ "How many uses of force were in neighborhoods with …": where the rows measured are
    another table's, pointing at the things' table, the things' noun says which rows are
    kept — not one bar per thing."""
    for cmp in d.r.compares:
        p = _phrase(d, cmp, used=True)
        if p is None or p.entity is None or id(p.entity) in d.used:
            continue
        if not any(t is p.table for t, _ in d.where):
            continue  # the comparison kept no rows of the things' table
        reaches = [
            m
            for m in d.measures
            if m.table is not p.table and p.table.name.lower() in d.catalog.upward(m.table.name)
        ]
        if reaches and len(reaches) == len(d.measures):
            d.take(p.entity, "kept by a condition")
